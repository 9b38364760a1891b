export type * from './types.js';
export { validateDocument, selectIndicator, parseJson, readIndicator, type Pick } from './validate.js';
export { readNumberAttribute, attributeOverrides, type IndicatorAttributes } from './attributes.js';
export { subscribe, clearFeeds, feedKey, DEFAULT_TIMEOUT_MS, type LoadResult, type LoadOptions } from './loader.js';
