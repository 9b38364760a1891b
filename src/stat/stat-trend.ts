import { parseDate } from '../format/dates.js';
import type { SeriesPoint } from '../spec/types.js';

/** A point of the history; the current figure may have no date. */
export interface TrendPoint {
  asOf?: string;
  value: number;
}

/**
 * Orders two `asOf` dates. Two dates of one period ("2024" and "2024-06", one the
 * other's prefix) are the same point in time; otherwise ISO text sorts as time does,
 * which is also how the validator checks that `series` runs oldest first.
 */
export function comparePeriods(a: string, b: string): number {
  if (a.startsWith(b) || b.startsWith(a)) return 0;
  return a < b ? -1 : 1;
}

/**
 * The history the trend is drawn from, with the current figure as its newest point.
 * The format calls `value` "the current figure" and `series` "history", so:
 * - `value` dated later than the last point of `series` is appended to it;
 * - `value` dated in the same period as the last point replaces that point (the value,
 *   which an attribute may override, is what the reader sees large);
 * - `value` without a date is taken as the newest figure and appended;
 * - `value` dated before the last point is a contradiction: `undefined`, which the element
 *   reports as an error on `asOf` rather than guess which figure is current.
 */
export function trendPoints(series: readonly SeriesPoint[] | undefined, value: number, asOf?: string): TrendPoint[] | undefined {
  const history = series ?? [];
  const last = history[history.length - 1];
  const current: TrendPoint = { asOf, value };
  if (!last || asOf === undefined) return [...history, current];
  const order = comparePeriods(asOf, last.asOf);
  if (order < 0) return undefined;
  return [...(order === 0 ? history.slice(0, -1) : history), current];
}

/** The change from the point before the newest to the newest, without floating-point dust (45.7 − 41.5 = 4.2). */
export function lastChange(points: readonly TrendPoint[]): { delta: number; previous: TrendPoint } | undefined {
  if (points.length < 2) return undefined;
  const previous = points[points.length - 2];
  const delta = Number((points[points.length - 1].value - previous.value).toPrecision(12));
  return { delta, previous };
}

/**
 * A date as a position on the time axis, in years: "2024" → 2024, "2024-07" → 2024.5.
 * An undated last point (the current figure) sits one average step after the point before it.
 */
export function timeline(points: readonly TrendPoint[]): number[] {
  const at = points.map((p) => {
    if (!p.asOf) return NaN;
    const { year, month = 1, day = 1 } = parseDate(p.asOf);
    return year + (month - 1) / 12 + (day - 1) / 365;
  });
  const n = at.length;
  if (n > 1 && Number.isNaN(at[n - 1])) {
    const step = n > 2 ? (at[n - 2] - at[0]) / (n - 2) : 1;
    at[n - 1] = at[n - 2] + step;
  }
  return at;
}

/**
 * How much of the target the value reaches, in whole percent rounded down, so a
 * reader never sees "đạt 100% mục tiêu" for 99.6%. `undefined` when there is no
 * meaningful share: no positive target, or lower is better (`direction: "down"`),
 * where "64% of a ceiling" says nothing.
 */
export function targetShare(value: number, target: number, direction: string, approx?: string): number | undefined {
  if (direction === 'down' || !(target > 0) || value < 0) return undefined;
  const share = Math.floor((value / target) * 100 + 1e-9);
  // "gần 500.000" (nearly) or "dưới" (under) the target has not reached all of it.
  return share === 100 && (approx === 'nearly' || approx === 'under') ? 99 : share;
}
