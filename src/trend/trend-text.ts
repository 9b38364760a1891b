import { formatDate, formatPeriod } from '../format/dates.js';
import { translate, type Locale, type MessageParams } from '../format/messages.js';
import { formatFigure, formatNumber, formatQuantity } from '../format/numbers.js';
import { deadlineWords } from '../format/pace.js';
import { pickText } from '../format/text.js';
import type { Benchmark, Indicator, Target } from '../spec/types.js';
import { STRINGS, type StringKey } from './trend.strings.js';

/** The trend's own words. */
export const say = (locale: Locale, key: StringKey, params?: MessageParams): string => translate(STRINGS, locale, key, params);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A tick of the time axis as readers write dates: a new year as "2021"; a month as
 * "tháng 6/2024" (en "Jun 2024"); another day, or any on an axis of days (`precision` 10), as
 * "15/6/2024" ("15 Jun 2024"). `month`: the axis marks no year (a lone month's figure, a span
 * under a year), so a January tick of months (`precision` 7) is written as its month; as "2024"
 * it would read as the whole year's.
 */
export function axisDate(day: number, locale: Locale, precision: number, month = false): string {
  const date = new Date(day * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  if (d !== 1 || precision > 7) return locale === 'en' ? `${d} ${MONTHS[m]} ${y}` : `${d}/${m + 1}/${y}`;
  if (m === 0 && !(month && precision === 7)) return String(y);
  return locale === 'en' ? `${MONTHS[m]} ${y}` : `tháng ${m + 1}/${y}`;
}

/** A value-axis tick: "60%", "320 nghìn", "0,4", "0,0002"; past a thousand trillion "2,5E20", under a millionth "3E-9". */
export function axisValue(value: number, unit: string | undefined, locale: Locale): string {
  // "nghìn tỷ" is the largest word: past it compact writes every digit ("100.000.000 nghìn tỷ",
  // 400 characters for 1e300), wider than the axis and the page. Ticks are round: six decimals
  // write every one down to a millionth, where three wrote 0,0001 and 0,0002 both "< 0,001".
  const scientific = Math.abs(value) >= 1e15 || (value !== 0 && Math.abs(value) < 1e-6);
  const number = formatNumber(
    value,
    locale,
    scientific ? { notation: 'scientific', maximumFractionDigits: 2 } : { notation: 'compact', maximumFractionDigits: 6 },
  );
  return unit === '%' ? `${number}%` : number;
}

/** A date as a sentence writes it: "năm 2020" / "2020", "tháng 06/2024" / "June 2024". */
const when = (asOf: string, locale: Locale) => (locale === 'en' ? formatDate(asOf, locale) : formatPeriod(asOf, locale));

/** A date inside a sentence: "năm 2020" / "in 2020", "tháng 06/2024" / "in June 2024", "ngày 01/06/2024" / "on 1 June 2024". */
export const sentenceDate = (asOf: string, locale: Locale) => say(locale, asOf.length > 7 ? 'on' : 'in', { date: when(asOf, locale) });

/** "mục tiêu 100% năm 2025", or the target's own label. */
export function targetPhrase(target: Target, unit: string | undefined, locale: Locale): string {
  const value = formatQuantity(target.value, unit, locale);
  const phrase = target.by
    ? say(locale, 'target', { value, date: deadlineWords(target.by, locale) })
    : say(locale, 'target.open', { value });
  // The plan's own name first, as its mark shows it: the name alone left a screen reader without the figure and the date.
  return target.label ? `${pickText(target.label, locale)}: ${phrase}` : phrase;
}

/** Beside a target's mark: "Mục tiêu 100% (2030)". */
export function targetMark(target: Target & { by: string }, unit: string | undefined, locale: Locale): string {
  const date = target.by.length === 4 ? target.by : formatDate(target.by, locale);
  // A named milestone keeps its name, with its figure and date: "Giai đoạn 1: 80% (2025)".
  if (target.label) return `${pickText(target.label, locale)}: ${formatQuantity(target.value, unit, locale)} (${date})`;
  return say(locale, 'mark', { value: formatQuantity(target.value, unit, locale), date });
}

/** A benchmark as its line is labelled, and said: "Cả nước 70%". */
export const benchmarkMark = (benchmark: Benchmark, unit: string | undefined, locale: Locale): string =>
  `${pickText(benchmark.label, locale)} ${formatQuantity(benchmark.value, unit, locale)}`;

export interface SummaryPoint {
  asOf: string;
  value: number;
  approx?: Indicator['approx'];
}

/**
 * The chart in one sentence, for its accessible name: "tăng từ 62,5% năm 2020 lên 84,9% năm
 * 2022; mục tiêu 100% năm 2025; Cả nước 70%; theo tốc độ hiện nay: 92,3% năm 2025". Every
 * line the drawing labels is in it: a benchmark's line without its words left a screen reader
 * without "Cả nước 70%", and in a narrow column, where its label is left out, everyone. The
 * pace's sentence (format/pace.ts) is the target's progress's too.
 */
export function summary(
  points: readonly SummaryPoint[],
  unit: string | undefined,
  targets: readonly Target[],
  benchmarks: readonly Benchmark[],
  projection: string | undefined,
  locale: Locale,
): string {
  const first = points[0];
  const last = points.at(-1)!;
  const figure = (p: SummaryPoint) => formatFigure({ value: p.value, unit, approx: p.approx }, locale);
  const [from, to] = [figure(first), figure(last)];
  // "Rose" or "fell" only where the ends are written apart; "held" only where every figure did.
  const kind =
    points.length === 1
      ? 'one'
      : from === to && points.every((p) => p.value === first.value)
        ? 'flat'
        : from === to || last.value === first.value
          ? 'both'
          : last.value > first.value
            ? 'up'
            : 'down';
  const trend = say(locale, kind, {
    from,
    fromDate: sentenceDate(first.asOf, locale),
    to,
    toDate: sentenceDate(last.asOf, locale),
    since: when(first.asOf, locale),
    until: when(last.asOf, locale),
  });
  return [trend, ...targets.map((t) => targetPhrase(t, unit, locale)), ...benchmarks.map((b) => benchmarkMark(b, unit, locale)), projection]
    .filter(Boolean)
    .join('; ');
}
