import { subscribe as follow, type Listener as FeedListener, type FollowOptions } from '../feed/loader.js';
import type { Result } from '../spec/types.js';
import { inWords } from '../spec/validate.js';

export type * from '../spec/types.js';
export {
  validateDocument,
  selectIndicator,
  readCollection,
  parseJson,
  readIndicator,
  readNumberAttribute,
  attributeOverrides,
  type Pick,
} from '../spec/validate.js';
export type { IndicatorAttributes } from '../spec/attributes.js';
export { toNFC } from '../spec/nfc.js';
// `clearFeeds`, for a page that wants fresh data, is the loader's refreshFeeds: its JSDoc says what a page gets.
export { loaderStats, feedKey, DEFAULT_TIMEOUT, refreshFeeds as clearFeeds, type FollowOptions } from '../feed/loader.js';

/** A feed's document, or why there is none, in words. */
export type LoadResult = Result<unknown>;

/** Receives each outcome; `changed` is false when a check found the same document as before. */
export type Listener = (result: LoadResult, changed: boolean) => void;

/** Each listener as the loader knows it: one per listener, as the loader keeps one entry per listener. */
const inner = new WeakMap<Listener, FeedListener>();

/**
 * Follows `src` with the page's shared loader; `listener` receives each outcome, its problems
 * in words. Returns the function that stops following.
 */
export function subscribe(src: string, listener: Listener, options?: FollowOptions): () => void {
  let heard = inner.get(listener);
  if (!heard) inner.set(listener, (heard = (result, changed) => listener(inWords(result), changed)));
  return follow(src, heard, options);
}
