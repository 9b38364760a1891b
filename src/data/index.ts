export type * from '../spec/types.js';
export { validateDocument, selectIndicator, readCollection, parseJson, readIndicator, type Pick } from '../spec/validate.js';
export { readNumberAttribute, attributeOverrides, type IndicatorAttributes } from '../spec/attributes.js';
export { toNFC } from '../spec/nfc.js';
export {
  subscribe,
  clearFeeds,
  loaderStats,
  feedKey,
  DEFAULT_TIMEOUT,
  type LoadResult,
  type FollowOptions,
  type Listener,
} from '../feed/loader.js';
