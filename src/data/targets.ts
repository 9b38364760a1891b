import { deadlineDay } from '../format/days.js';
import type { Indicator, Target } from './types.js';

/**
 * A document's `target` may be one goal or a plan's dated milestones, earliest first
 * ("50% by 2024, 80% by 2025, 100% by 2030"). These read both the same way.
 */

/** Every target of the indicator, earliest first: the list, the single target, or none. */
export function targetsOf(indicator: Pick<Indicator, 'target' | 'targets'>): Target[] {
  return indicator.targets ?? (indicator.target ? [indicator.target] : []);
}

/**
 * The target to judge on day `now`: the earliest whose deadline has not passed (one without
 * a deadline never passes), else the last one, overdue or met; and the targets after it.
 */
export function upcomingTarget(targets: readonly Target[], now: number): { target: Target; later: Target[] } {
  const index = targets.findIndex((t) => t.by === undefined || deadlineDay(t.by) >= now);
  const at = index < 0 ? targets.length - 1 : index;
  return { target: targets[at], later: targets.slice(at + 1) };
}
