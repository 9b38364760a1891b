export type * from './types.js';
export { validateDocument, selectIndicator, readCollection, parseJson, readIndicator, type Pick } from './validate.js';
export { readNumberAttribute, attributeOverrides, type IndicatorAttributes } from './attributes.js';
export { toNFC } from './nfc.js';
export { subscribe, clearFeeds, loaderStats, feedKey, DEFAULT_TIMEOUT, type LoadResult, type FollowOptions, type Listener } from './loader.js';
