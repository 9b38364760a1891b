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
 * parseJson for text from outside the page: refused as `json.depth` where it passes MAX_DEPTH
 * (its line and column), before it is parsed; else parseJson's result.
 */
export function parseOutsideJson(text: string): Result<unknown, Problem> {
  const at = nestedTooDeep(text);
  return at < 0 ? parseJson(text) : { ok: false, errors: [problem('', 'json.depth', { max: MAX_DEPTH, ...placeIn(text, at) })] };
}
