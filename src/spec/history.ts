import type { SeriesPoint } from './types.js';

/*
 * An indicator's history as the elements that draw it read it (the stat's sparkline and change,
 * the trend): the format calls `value` "the current figure" and `series` "history", and these
 * make of them one history, oldest first, as `targets.ts` makes one list of `target` and `targets`.
 */

/** A point of the history; the current figure may have no date. */
export interface TrendPoint {
  asOf?: string;
  value: number;
  /** Where it stands in time, when finer than `asOf`: the current figure of a year in place of its last month's. */
  at?: string;
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
 * The history a trend is drawn from (the stat's sparkline, the trend's line), with the current
 * figure as its newest point:
 * - `value` dated later than the last point of `series` is appended to it;
 * - `value` dated in the same period as the last point replaces that point (the value,
 *   which an attribute may override, is what the reader sees large), and stands at the finer
 *   date of the two (`at`): a year's figure after its months, at the year's start or middle,
 *   drew the line back from the last month;
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
  if (order === 0 && last.asOf.length > asOf.length) current.at = last.asOf;
  return [...(order === 0 ? history.slice(0, -1) : history), current];
}

/** The change from the point before the newest to the newest, without floating-point dust (45.7 − 41.5 = 4.2). */
export function lastChange(points: readonly TrendPoint[]): { delta: number; previous: TrendPoint } | undefined {
  if (points.length < 2) return undefined;
  const previous = points[points.length - 2];
  const delta = Number((points[points.length - 1].value - previous.value).toPrecision(12));
  return { delta, previous };
}
