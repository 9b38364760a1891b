import { deadlineText } from '../format/dates.js';
import { translate, type Locale, type MessageParams } from '../format/messages.js';
import { formatNumber, formatQuantity } from '../format/numbers.js';
import { targetLine } from '../format/targets.js';
import type { Direction, Target } from '../spec/types.js';
import { timeSpan, type Status } from './projection.js';
import { STRINGS, type StringKey } from './target-progress.strings.js';

/** The element's own words (see target-progress.strings.ts). */
export const say = (locale: Locale, key: StringKey, params?: MessageParams): string => translate(STRINGS, locale, key, params);

/** `{n}` in the reader's digits, with `{s}` for the English plural. */
const counted = (n: number, locale: Locale) => ({ n: formatNumber(n, locale), s: n === 1 ? '' : 's' });

/** "Mục tiêu …" at the head of a line. */
export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The target inside a sentence: the gauge's and the stat's line (`targetLine`) with its first
 * letter lowered, "mục tiêu 100% đến hết năm 2024", or the document's own `target.label` as written.
 */
export function targetText(target: Target, unit: string | undefined, locale: Locale): string {
  const line = targetLine(target, unit, locale);
  return target.label ? line : line.charAt(0).toLocaleLowerCase() + line.slice(1);
}

/** After the target judged, the rest of a plan: "sau đó còn 2 mục tiêu, đến hết năm 2030". */
export function laterText(later: readonly Target[], locale: Locale): string {
  const last = later[later.length - 1];
  return say(locale, last.by ? 'later.by' : 'later', {
    ...counted(later.length, locale),
    by: last.by ? deadlineText(last.by, locale) : '',
  });
}

/** A difference in the indicator's unit: "40 điểm %" for percentages, "750 tổ", "40". */
export function amountText(n: number, unit: string | undefined, locale: Locale): string {
  return unit === '%' ? say(locale, 'points', counted(n, locale)) : formatQuantity(n, unit, locale);
}

/** "còn 40 điểm %", "cần giảm thêm 5 điểm %" (a down target), "vượt 5 điểm %"; nothing when exactly met. */
export function gapText(gap: number | undefined, unit: string | undefined, direction: Direction, locale: Locale): string | undefined {
  // Nor one past the largest number (-1.7e308 to 1.7e308): Infinity was written "< 0,001".
  if (!gap || Math.abs(gap) === Infinity) return undefined;
  const amount = amountText(Math.abs(gap), unit, locale);
  return say(locale, gap < 0 ? 'over' : direction === 'down' ? 'gap.down' : 'gap.up', { gap: amount });
}

/** "còn 3 tháng", "quá hạn 12 ngày", "còn 2,5 năm", "hạn chót hôm nay". */
export function timeText(daysLeft: number, locale: Locale): string {
  if (daysLeft === 0) return say(locale, 'due.today');
  const { unit, count } = timeSpan(daysLeft);
  return say(locale, `${daysLeft < 0 ? 'late' : 'left'}.${unit}`, counted(count, locale));
}

/** The status in words; `spoken` is the form that ends the progress bar's sentence. */
export function statusText(status: Status, locale: Locale, spoken = false): string {
  return say(locale, spoken && status === 'behind' ? 'say.behind' : `status.${status}`);
}
