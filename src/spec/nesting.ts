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

/**
 * Whether the text is UTF-16 (Notepad's and Excel's "Unicode") read as UTF-8, as fetch, the
 * loader and the command line read every file: its byte order mark (FF FE or FE FF) is two
 * U+FFFD, and each ASCII character, as a JSON text's first ones are, a NUL beside it, which JSON
 * never holds bare (a string writes it \u0000). A NUL further in is JSON.parse's to place.
 */
function isUtf16(text: string): boolean {
  const at = text.startsWith('\uFFFD\uFFFD') ? 2 : 0;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return !a !== !b && a + b < 128;
}

/**
 * parseJson for text from outside the page: refused as `json.utf16` where it is UTF-16 read as
 * UTF-8 (not "not valid JSON at line 1, column 1"), as `json.depth` where it passes MAX_DEPTH (its
 * line and column), before it is parsed; else parseJson's result.
 */
export function parseOutsideJson(text: string): Result<unknown, Problem> {
  if (isUtf16(text)) return { ok: false, errors: [problem('', 'json.utf16')] };
  const at = nestedTooDeep(text);
  return at < 0 ? parseJson(text) : { ok: false, errors: [problem('', 'json.depth', { max: MAX_DEPTH, ...placeIn(text, at) })] };
}
