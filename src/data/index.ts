import { subscribe as follow, refreshFeeds, type Listener as FeedListener, type FollowOptions } from '../feed/loader.js';
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
export { loaderStats, feedKey, DEFAULT_TIMEOUT, type FollowOptions } from '../feed/loader.js';

/**
 * For a page that wants fresh data (a "refresh" button, a new publishing day): every feed is
 * forgotten and asked for again. Elements and `subscribe` listeners following a feed stay
 * subscribed: they keep showing their figures until the new ones arrive (or, if the request
 * fails, keep them, marked stale), then show them, and go on polling with their `refresh`.
 * Feeds nobody follows are dropped. A feed requested in the last second is asked again once
 * that second is over (at most one request a second per URL), and one whose server answered
 * 429 or 503 with a `Retry-After` once that time has come.
 */
export function clearFeeds(): void {
  refreshFeeds();
}

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
