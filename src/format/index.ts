export { resolveLocale, toLocale } from './locale.js';
export { formatNumber, formatQuantity, formatFigure, formatCount, approxWord, type NumberOptions } from './numbers.js';
export { formatDate, parseDate } from './dates.js';
export { message, bilingual, inBoth, translate, type Locale, type MessageKey, type StringTable } from './messages.js';
export { pickText, unitText, isPercentUnit } from './text.js';
export { formatTime } from './dates.js';
