import { isPercentUnit } from '../format/text.js';
import { fraction } from '../internal/finite.js';
import type { Unit } from '../spec/types.js';
import type { Assessable } from './projection.js';

export interface BarScale {
  /** Where the progress starts: `baseline.value`, else 0 (a down target: 100% for a percentage, else the larger of value and target). */
  start: number;
  /** The smallest and largest figure on the bar, for `aria-valuemin` / `aria-valuemax`. */
  min: number;
  max: number;
  /** Where a figure falls, 0–1 from the worse end (left) to the better end (right). */
  at: (value: number) => number;
}

/**
 * The bar runs from the start to the target with "better" to the right whichever the
 * direction, and stretches to a value beyond either end: an overshoot is shown past
 * the target mark, never clipped to it.
 */
export function barScale({ value, target, baseline, direction, unit }: Assessable & { unit?: Unit }): BarScale {
  const sign = direction === 'down' ? -1 : 1;
  const start = baseline?.value ?? (sign > 0 ? 0 : isPercentUnit(unit) ? 100 : Math.max(value ?? target.value, target.value));
  const figures = [start, target.value, ...(value === undefined ? [] : [value])];
  const better = figures.map((v) => sign * v);
  const lo = Math.min(...better.filter((_, i) => i !== 1));
  const hi = Math.max(...better.slice(1));
  const at = (v: number) => (hi <= lo ? 1 : Math.min(1, Math.max(0, fraction(sign * v, lo, hi))));
  return { start, min: Math.min(...figures), max: Math.max(...figures), at };
}
