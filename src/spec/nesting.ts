import { MAX_DEPTH } from './limits.js';
import { parseJson, placeIn, problem } from './rules.js';
import type { Problem, Result } from './types.js';

/*
 * JSON text from outside the page (a feed, a file, a paste) may be 5 MB of `[`, which V8's
 * JSON.parse took 2 s to refuse (~10 s on a reader's cheap phone). Such text is checked for
 * nesting before it is parsed: by the feed loader, the CLI, the builder and dx-widgets/data's
 * parseJson. The page's own inline JSON and `data` text go to parseJson alone, their depth judged
 * after parsing (rules.ts `depthProblem`): an editor's own page is no attack, and every
 * element's entry would carry this scan (0.13 kB gz) for it; the loader is fetched with the
 * first `src`.
 */

/**
 * The offset of the first `[` or `{` nested deeper than MAX_DEPTH, or -1: one pass over the
 * text, strings skipped (a bracket in a text is no nesting; `\"` does not end it). It stops at
 * the 65th `[`. A 4.9 MB feed of 3 × 20,000 areas costs it ~10 ms to JSON.parse's ~21 (Node 20;
 * indented, 5.9 MB, 14 to 14). Not JSON is JSON.parse's to say.
 */
function nestedTooDeep(text: string): number {
  let depth = 0;
  for (let i = 0, n = text.length; i < n; i += 1) {
    const c = text.charCodeAt(i);
    // '"': to the string's closing quote, past every escaped character.
    if (c === 34) for (i += 1; i < n && text.charCodeAt(i) !== 34; i += 1) i += +(text.charCodeAt(i) === 92);
    // '[' or '{'; ']' or '}'.
    else if ((c | 32) === 123) {
      if ((depth += 1) > MAX_DEPTH) return i;
    } else if ((c | 32) === 125) depth -= 1;
  }
  return -1;
}

/** What a wide encoding is refused as: UTF-16 (Notepad's and Excel's "Unicode"), or UTF-32. */
export type WideProblem = 'json.utf16' | 'json.utf32';

/** UTF-16 or UTF-32, little- or big-endian: as TextDecoder names UTF-16's. */
export type WideMark = `utf-${16 | 32}${'le' | 'be'}`;

/** The problem of the encoding a mark names. */
export const markProblem = (mark: WideMark): WideProblem => (mark.includes('32') ? 'json.utf32' : 'json.utf16');

/**
 * The wide encoding a byte order mark names, UTF-32's (FF FE 00 00, 00 00 FE FF) before UTF-16's
 * (FF FE, FE FF), whatever follows it: FE and FF are never UTF-8. For the feed loader and the
 * command line, which hold the bytes; undefined for UTF-8, marked or not.
 */
export function wideMark(bytes: Uint8Array): WideMark | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'utf-32le' : 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return a === 0 && b === 0 && c === 0xfe && d === 0xff ? 'utf-32be' : undefined;
}

/**
 * Whether the text is UTF-16 (Notepad's and Excel's "Unicode") or UTF-32 read as UTF-8, as fetch,
 * the loader and the command line read every file: UTF-16's byte order mark (FF FE or FE FF) is two
 * U+FFFD, and each ASCII character, as a JSON text's first ones are, a NUL beside it in UTF-16, three
 * in UTF-32, which JSON never holds bare (a string writes it \u0000). A NUL further in is
 * JSON.parse's to place.
 */
function wideProblem(text: string): WideProblem | undefined {
  const at = text.startsWith('\uFFFD\uFFFD') ? 2 : 0;
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => text.charCodeAt(at + i));
  // UTF-32: a character, then three NULs (little-endian), or three NULs and then it (big-endian).
  if (b === 0 && c === 0 && !a !== !d && a + d < 128) return 'json.utf32';
  return !a !== !b && a + b < 128 ? 'json.utf16' : undefined;
}

/**
 * parseJson for text from outside the page: refused as `json.utf16` (or `json.utf32`) where it is
 * UTF-16 (UTF-32) read as UTF-8 (not "not valid JSON at line 1, column 1"), as `json.depth` where
 * it passes MAX_DEPTH (its line and column), before it is parsed; else parseJson's result.
 */
export function parseOutsideJson(text: string): Result<unknown, Problem> {
  const wide = wideProblem(text);
  if (wide) return { ok: false, errors: [problem('', wide)] };
  const at = nestedTooDeep(text);
  return at < 0 ? parseJson(text) : { ok: false, errors: [problem('', 'json.depth', { max: MAX_DEPTH, ...placeIn(text, at) })] };
}
