import type { Indicator, Target } from './types.js';

/**
 * A document's `target` (and a rank's, "among the 15 leading provinces by 2025") may be one goal or a plan's dated milestones, earliest first
 * ("50% by 2024, 80% by 2025, 100% by 2030"). These read both the same way. Dates are
 * compared as text, no date maths: the validator uses them, and every element pays for it.
 */

/** A deadline as text that sorts as its last day does: "2024" → "2024-12-32", "2024-06" → "2024-06-32". */
export const deadlineKey = (by: string): string => (by.length === 4 ? `${by}-12-32` : by.length === 7 ? `${by}-32` : by);

/**
 * The reader's today as `YYYY-MM-DD`, local calendar. Written out by hand: toLocaleDateString
 * builds a formatter at each call, and a gauge asks at each check and render (21 ms of 100
 * gauges' mount in the benchmark).
 */
export function todayText(): string {
  const day = new Date();
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** A goal given once or as a list (a value target, a rank goal), as a list. */
export const listOf = <T>(one: T | readonly T[] | undefined): readonly T[] =>
  one === undefined ? [] : Array.isArray(one) ? one : [one as T];

/** Every target of the indicator, earliest first: the list, the single target, or none. */
export function targetsOf(indicator: Pick<Indicator, 'target' | 'targets'>): Target[] {
  return indicator.targets ?? (indicator.target ? [indicator.target] : []);
}

/**
 * The target to judge on `today` (`YYYY-MM-DD`): the earliest whose deadline has not passed
 * (one without a deadline never passes), else the last one, overdue or met; and those after it.
 */
export function upcomingTarget<T extends { by?: string }>(targets: readonly T[], today: string): { target: T; later: T[] } {
  const index = targets.findIndex((t) => t.by === undefined || deadlineKey(t.by) >= today);
  const at = index < 0 ? targets.length - 1 : index;
  return { target: targets[at], later: targets.slice(at + 1) };
}
