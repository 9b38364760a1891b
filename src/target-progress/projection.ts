import { deadlineDay, figureDay } from '../format/days.js';
import { fractionDigits, MOST_DIGITS } from '../format/pace.js';
import { extent } from '../internal/finite.js';
import { trendPoints } from '../spec/history.js';
import { isPercentUnit } from '../spec/text.js';
import type { Direction, Indicator, Target } from '../spec/types.js';

// The day maths live in format/days.ts, shared with the validator and the trend; these
// names stay importable from here.
export { dayNumber, deadlineDay, figureDay, today } from '../format/days.js';

/**
 * The time and pace maths of a dated target, as pure functions of day numbers
 * (whole days since 1970-01-01, UTC calendar), so articles and tests that fix
 * `now` get the same answer on every machine and in every time zone.
 *
 * How an `asOf`-style date becomes a day:
 * - a deadline is the LAST day of the period it names: "2024" → 31/12/2024,
 *   "2024-06" → 30/06/2024, a day → that day (still in time on the day itself);
 * - a figure holds at the MIDDLE of its period: "2024" → 1/7/2024, "2024-06" →
 *   15/06/2024, a day → that day. A yearly figure may have been counted at any
 *   time in the year; its middle is the unbiased guess, and it never places this
 *   year's figure after an October article's `now`.
 */

export interface Point {
  day: number;
  value: number;
}

/**
 * Every dated observation, for the pace: `series`, with `baseline` before it when dated before
 * the series, and the current `value` joined as the stat and the trend join it
 * (spec/history.ts `trendPoints`): after the last point, or in its period in its place (the
 * figure the reader sees large: the pace ran from the series' older figure for that period, the
 * trend's line from the current one); dated before it, left out.
 */
export function history({
  value,
  asOf,
  baseline,
  series = [],
}: Pick<Indicator, 'value' | 'asOf' | 'baseline'> & { series?: readonly { asOf: string; value: number; day?: number }[] }): Point[] {
  const joined = value !== undefined && asOf ? trendPoints(series, value, asOf) : undefined;
  // A point placed already (the trend's) is not read again: a 1,000-point series is 1,000 dates.
  // A year's figure in place of its last month stands at that month (`at`), not at 1 July.
  const points = (joined ?? series).map((p) => ({
    day: ('day' in p && p.day) || figureDay(('at' in p && p.at) || p.asOf!),
    value: p.value,
  }));
  const [first] = extent(points.map((p) => p.day));
  if (baseline) {
    const day = figureDay(baseline.asOf);
    if (day < first) points.unshift({ day, value: baseline.value });
  }
  return points;
}

/** The least-squares line through the points, as a function of the day; `undefined` without two different days. */
export function fitLine(points: Point[]): ((day: number) => number) | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const meanDay = points.reduce((s, p) => s + p.day, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.day - meanDay) ** 2;
    sxy += (p.day - meanDay) * (p.value - meanValue);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return (day) => meanValue + slope * (day - meanDay);
}

/**
 * Whether `value` falls short of `goal` (`sign` -1 for a goal to come down to). A fit through
 * exact figures can land a hair short in floating point: that hair is the goal reached, for the
 * status and for the figure written alike (else "on track" beside a pace stepped back to 79,9%).
 */
const falls = (value: number, goal: number, sign: number): boolean => sign * (value - goal) < -1e-9 * Math.max(1, Math.abs(goal));

/**
 * Where the pace leads, as it is written and drawn:
 * - within what the figure can be: 0–100 for a percentage, and not below 0 where no figure so
 *   far and no goal was (a count of households without internet, falling, read "-1.601,4 hộ" at
 *   the deadline); a figure that has been, or is meant to go, negative (a balance) may go on below;
 * - a percentage to a tenth of a point, as the press writes one ("79,9%"); any other figure no
 *   finer than the figures it is carried from (a count of whole subscribers read "1.510.958,9
 *   thuê bao"), and no finer than two significant digits, a tenth from 1 up ("2,5 ha"): a fixed
 *   tenth wrote the pace of figures all under 0.1 ("0,034 triệu đồng/người") as 0 or 0,1;
 * - short of `goal`, never rounded onto it: a pace of 99,96% written "100%" beside "chậm tiến
 *   độ" (behind) said the goal was both reached and not.
 * `known`: the figures and goals so far.
 */
export function projectedFigure(
  pace: number,
  known: readonly number[],
  unit: Indicator['unit'],
  goal?: { value: number; direction: Direction },
): number {
  const percent = isPercentUnit(unit);
  const floor = percent || known.every((v) => v >= 0) ? 0 : -Infinity;
  const value = Math.min(percent ? 100 : Infinity, Math.max(floor, pace));
  // Tenths for a percentage; else the most digits a figure shows, down to the pace's second significant one.
  const shown = known.reduce((most, v) => Math.max(most, fractionDigits(v)), 0);
  const significant = Math.max(1, 1 - Math.floor(Math.log10(Math.abs(value))));
  const scale = 10 ** (percent ? 1 : Math.min(MOST_DIGITS, shown, significant));
  const sign = goal?.direction === 'down' ? -1 : 1;
  const short = (v: number) => goal !== undefined && falls(v, goal.value, sign);
  // In steps, whole numbers: one step back from the goal is exact.
  const steps = Math.round(value * scale);
  return (short(value) && !short(steps / scale) ? steps - sign : steps) / scale;
}

/**
 * - `achieved`: the value has reached the target (whatever the date);
 * - `overdue`: the deadline has passed and it has not;
 * - `ontrack` / `behind`: the pace, carried to the deadline, reaches the target or not;
 * - `unknown`: fewer than two dated figures, so no pace to carry;
 * - `open`: the target has no deadline to judge the pace against;
 * - `nofigure`: there is no current value.
 */
export type Status = 'achieved' | 'ontrack' | 'behind' | 'overdue' | 'unknown' | 'open' | 'nofigure';

export interface Assessment {
  status: Status;
  /** What is still to go, in the indicator's unit: positive short of the target, negative past it (the overshoot). */
  gap?: number;
  /** Days from today to the deadline: 0 on the day itself, negative once it has passed. */
  daysLeft?: number;
  /** The value the pace reaches at the deadline, as `projectedFigure` writes it; only for `ontrack` and `behind`. */
  projected?: number;
}

export type Assessable = Pick<Indicator, 'value' | 'approx' | 'asOf' | 'baseline' | 'series' | 'unit'> & {
  direction: Direction;
  target: Target;
};

/** Where a target stands on day `now`. */
export function assess(indicator: Assessable, now: number): Assessment {
  const { value, target } = indicator;
  const sign = indicator.direction === 'down' ? -1 : 1;
  const deadline = target.by === undefined ? undefined : deadlineDay(target.by);
  const daysLeft = deadline === undefined ? undefined : deadline - now;
  if (value === undefined) return { status: 'nofigure', daysLeft };
  const gap = sign * (target.value - value);
  // "gần 80%" (nearly) or "dưới 80%" (under) has not reached 80, even when the number has.
  const short = indicator.approx === (sign > 0 ? 'under' : 'over') || indicator.approx === 'nearly';
  if (gap <= 0 && !(short && gap === 0)) return { status: 'achieved', gap, daysLeft };
  if (daysLeft === undefined) return { status: 'open', gap };
  if (daysLeft < 0) return { status: 'overdue', gap, daysLeft };
  const points = history(indicator);
  const pace = fitLine(points)?.(deadline!);
  // A fit whose sums overflow (figures near 1e308) is no pace: NaN read "đúng tiến độ", "< 1 ha".
  if (pace === undefined || !(Math.abs(pace) < Infinity)) return { status: 'unknown', gap, daysLeft };
  const reaches = !falls(pace, target.value, sign);
  const projected = projectedFigure(pace, [...points.map((p) => p.value), target.value], indicator.unit, {
    value: target.value,
    direction: indicator.direction,
  });
  return { status: reaches ? 'ontrack' : 'behind', gap, daysLeft, projected };
}

/** A span of days as a reader counts it: days under two months, then months, then years to a tenth. */
export function timeSpan(days: number): { unit: 'day' | 'month' | 'year'; count: number } {
  const d = Math.abs(days);
  if (d < 60) return { unit: 'day', count: d };
  const months = Math.round(d / 30.4375);
  if (months < 24) return { unit: 'month', count: months };
  return { unit: 'year', count: Math.round(d / 36.525) / 10 };
}
