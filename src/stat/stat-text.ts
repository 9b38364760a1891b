import { deadlineText, formatDate, formatPeriod } from '../format/dates.js';
import { translate, type Locale } from '../format/messages.js';
import { attachedUnit, formatNumber, formatQuantity, type NumberOptions } from '../format/numbers.js';
import { targetLine } from '../format/targets.js';
import { pickText } from '../format/text.js';
import type { TrendPoint } from '../spec/history.js';
import type { Direction, Target } from '../spec/types.js';
import { STAT_STRINGS } from './stat.strings.js';

const say = (locale: Locale, key: keyof typeof STAT_STRINGS, params?: Record<string, string | number>) =>
  translate(STAT_STRINGS, locale, key, params);

/**
 * Number options for `notation`. formatNumber itself keeps numbers under 10 000 exact
 * ("2.250 tổ" but "15 nghìn thành viên"), so percentages stay "97,27%".
 */
export function numberOptions(compact: boolean, extra?: NumberOptions): NumberOptions | undefined {
  return compact ? { ...extra, notation: 'compact' } : extra;
}

/** A figure as written inside a sentence: with "%" for percentages, a bare number otherwise. */
function amount(value: number, unit: string | undefined, locale: Locale, compact: boolean): string {
  return formatQuantity(value, attachedUnit(unit), locale, numberOptions(compact));
}

/** A date with the preposition a sentence needs: "năm 2023", "tháng 06/2023", "ngày 30/06/2023"; en "in 2023", "on 30 June 2023". */
export function when(asOf: string | undefined, locale: Locale): string {
  if (!asOf) return '';
  const kind = asOf.length === 4 ? 'when.year' : asOf.length === 7 ? 'when.month' : 'when.day';
  return say(locale, kind, { date: formatPeriod(asOf, locale) });
}

export type Tone = 'good' | 'bad' | 'flat';

export interface ChangeText {
  /** What a sighted reader sees after the arrow: "+12.400 so với năm 2023", "+4,2 điểm % so với năm 2023". */
  seen: string;
  /** What a listener hears, in words: "tăng 12.400 so với năm 2023". */
  heard: string;
  /** Up is good unless `direction` is "down"; no change is neither. */
  tone: Tone;
  /** ▲, ▼, or nothing for no change: the shape says what the colour says. */
  arrow: string;
}

/** The change since the previous point, in words and numbers. */
export function describeChange(
  delta: number,
  previous: TrendPoint,
  unit: string | undefined,
  direction: Direction,
  locale: Locale,
  compact: boolean,
): ChangeText {
  const dates = { when: when(previous.asOf, locale), date: previous.asOf ? formatDate(previous.asOf, locale) : '' };
  const write = (n: number, sign: 'exceptZero' | 'auto') => {
    const number = formatNumber(n, locale, numberOptions(compact, { signDisplay: sign }));
    return unit === '%' ? say(locale, 'points', { n: number }) : number;
  };
  if (delta === 0) {
    const same = say(locale, 'change.same', dates);
    return { seen: same, heard: same, tone: 'flat', arrow: '' };
  }
  const up = delta > 0;
  return {
    seen: say(locale, 'change.seen', { ...dates, delta: write(delta, 'exceptZero') }),
    heard: say(locale, up ? 'change.up' : 'change.down', { ...dates, amount: write(Math.abs(delta), 'auto') }),
    tone: up === (direction !== 'down') ? 'good' : 'bad',
    arrow: up ? '▲' : '▼',
  };
}

/** The sparkline in one phrase: its first and last point and which way it went. */
export function describeTrend(points: readonly TrendPoint[], unit: string | undefined, locale: Locale, compact: boolean): string {
  const first = points[0];
  const last = points[points.length - 1];
  const key = last.value > first.value ? 'trend.up' : last.value < first.value ? 'trend.down' : 'trend.same';
  // Unchanged up to an undated value (the current figure): "từ năm 2023 đến" would end on nothing.
  if (key === 'trend.same' && !last.asOf) return describeChange(0, first, unit, 'up', locale, compact).heard;
  return say(locale, key, {
    from: amount(first.value, unit, locale, compact),
    fromWhen: when(first.asOf, locale),
    to: amount(last.value, unit, locale, compact),
    toWhen: when(last.asOf, locale),
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The label under the sparkline's ends: "2021", "06/2021" (vi) or "June 2021" (en). */
export function shortDate(asOf: string | undefined, locale: Locale): string {
  if (!asOf) return '';
  return asOf.length === 4 ? asOf : formatDate(asOf, locale);
}

/** The target as a line of text, and how much of it is reached ("đạt 64% mục tiêu (500.000 thuê bao đến hết năm 2025)"). */
export function describeTarget(
  value: number,
  target: Target,
  unit: string | undefined,
  direction: Direction,
  locale: Locale,
  compact: boolean,
  approx?: string,
): { text: string; share?: number } {
  const goal = formatQuantity(target.value, unit, locale, numberOptions(compact));
  const by = target.by ? deadlineText(target.by, locale) : '';
  const share = targetShare(value, target.value, direction, approx);
  // Lower is better: no share to speak of, so the target is stated as the gauge states it.
  if (share === undefined) return { text: targetLine(target, unit, locale, goal) };
  const detail = target.label ? pickText(target.label, locale) : by ? say(locale, 'target.by', { value: goal, by }) : goal;
  return { text: say(locale, 'target', { share: formatQuantity(share, '%', locale), target: detail }), share };
}

/**
 * How much of the target the value reaches, in whole percent rounded down, so a
 * reader never sees "đạt 100% mục tiêu" for 99.6%. `undefined` when there is no
 * meaningful share: no positive target, lower is better (`direction: "down"`),
 * where "64% of a ceiling" says nothing, or one too large for a number.
 */
export function targetShare(value: number, target: number, direction: string, approx?: string): number | undefined {
  if (direction === 'down' || !(target > 0) || value < 0) return undefined;
  const share = Math.floor((value / target) * 100 + 1e-9);
  // Past the largest number (1e308 of 1e-10) no share is written: Infinity read "< 0,001%".
  if (share === Infinity) return undefined;
  // "gần 500.000" (nearly) or "dưới" (under) the target has not reached all of it.
  return share === 100 && (approx === 'nearly' || approx === 'under') ? 99 : share;
}
