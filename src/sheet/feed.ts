import { json } from '../cli/output.js';
import { both, feedSize } from '../cli/strings.js';
import { MAX_FEED_BYTES } from '../spec/limits.js';
import type { CollectionDocument } from '../spec/types.js';
import type { SheetProblem } from './rows.js';

/**
 * The feed's text as `from-csv`/`from-xlsx` write it and demo/sheet.html offers to download it,
 * or, past MAX_FEED_BYTES, the problem instead: a feed larger than the elements load would only
 * show an error where it is published.
 */
export function feedText(document: CollectionDocument): { ok: true; text: string } | { ok: false; problem: SheetProblem } {
  const text = json(document);
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_FEED_BYTES
    ? { ok: false, problem: { code: 'feed.size', message: both('feed.size', feedSize(bytes)) } }
    : { ok: true, text };
}
