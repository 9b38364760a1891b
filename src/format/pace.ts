import { deadlinePeriod, formatPeriod } from './dates.js';
import { translate, type Locale, type StringTable } from './messages.js';
import { formatQuantity } from './numbers.js';

/**
 * Where the pace leads by a deadline, [vi, en]: one sentence for the target's progress and the
 * trend alike, which wrote the same pace in two near copies. The trend's words, short enough for
 * its key's two lines at 250 px (test/trend/height.test.ts), where the target's "by the end of
 * June 2025" was cut.
 */
const STRINGS = {
  projection: ['theo tốc độ hiện nay: {value} {by}', 'at the current pace: {value} {by}'],
  by: ['{date}', 'by {date}'],
  'by.year': ['năm {year}', 'by the end of {year}'],
} satisfies StringTable;

/**
 * A deadline inside a sentence, as the period a plan names (deadlinePeriod): "năm 2025" / "by the
 * end of 2025" for a year's end, whether written 2025 or 2025-12-31 (a plan's "by 2025" is its
 * end, not its start); "tháng 06/2025" / "by June 2025"; "ngày 30/06/2025" / "by 30 June 2025".
 * The pace and the trend's targets say it alike.
 */
export function deadlineWords(by: string, locale: Locale): string {
  const period = deadlinePeriod(by);
  return period.length === 4
    ? translate(STRINGS, locale, 'by.year', { year: period })
    : translate(STRINGS, locale, 'by', { date: formatPeriod(period, locale) });
}

/**
 * The most digits after the decimal mark a pace is written with, whatever its figures show: within
 * what a number format takes (20 everywhere), and far past any a source publishes.
 */
export const MOST_DIGITS = 20;

/** The digits after the decimal mark of a number as it is written at its shortest: 0.034 has 3, 1e-7 has 7, 1e21 none. */
export function fractionDigits(value: number): number {
  const [digits, exponent = '0'] = String(Math.abs(value)).split('e');
  return Math.max(0, (digits.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * "theo tốc độ hiện nay: 92,3% năm 2025", "at the current pace: 0.034 triệu đồng/người by June
 * 2025". `projected` as `projectedFigure` (target-progress/projection.ts) gives it, which decides
 * how finely it is written: it is written to its last digit, not cut again here (a cap of a
 * tenth wrote a pace of 0,034 as "0").
 */
export function projectionText(projected: number, unit: string | undefined, by: string, locale: Locale): string {
  const value = formatQuantity(projected, unit, locale, { maximumFractionDigits: Math.min(MOST_DIGITS, fractionDigits(projected)) });
  return translate(STRINGS, locale, 'projection', { value, by: deadlineWords(by, locale) });
}
