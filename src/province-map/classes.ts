import { scaleThreshold } from 'd3-scale';

import { extent } from '../internal/finite.js';
import type { Direction } from '../spec/types.js';

/**
 * The map's colour classes: pure functions, no DOM. Five classes of equal width whose
 * bounds are round numbers (40, 50, … or 0,25, 0,5, …), so the legend reads as a reader
 * would write it, and one shade per class.
 */

/** Five shades: enough to tell regions apart, few enough to tell each shade from its neighbour. */
export const CLASSES = 5;

/** Round class widths: 1, 2, 2.5 and 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

/**
 * The bounds of `n` classes of one round width that hold every value: `n + 1` numbers, lowest
 * first, the first at or below the least value and the last at or above the greatest. Every
 * bound is finite for every finite figure (±1.8e308 included); a single value, or values too
 * close to tell apart, get classes of width 1 or of the value's order of magnitude.
 */
export function niceBounds(values: readonly number[], n = CLASSES): number[] {
  const [low, high] = extent(values);
  if (!(low <= high)) return Array.from({ length: n + 1 }, (_, i) => i);
  // Halves first: high - low overflows to Infinity for ±1e308.
  const width = high / n - low / n;
  const raw = width > 0 ? width : Math.abs(low) / n || 1;
  const exponent = Math.floor(Math.log10(raw));
  for (const m of STEPS) {
    // Below 1, a bound is a whole number of steps divided by a power of ten: exact to print
    // (0,3, never 0,30000000000000004).
    const scale = exponent < 0 && exponent > -22 ? 10 ** -exponent : 1;
    const step = scale > 1 ? m / scale : m * 10 ** exponent;
    const bound = (k: number) => (scale > 1 ? (k * m) / scale : k * step);
    let first = Math.floor(scale > 1 ? (low * scale) / m : low / step);
    if (bound(first) > low) first -= 1;
    const bounds = Array.from({ length: n + 1 }, (_, k) => bound(first + k));
    if (bounds[n] >= high && bounds.every(Number.isFinite)) return bounds;
  }
  // Past the largest round width (figures near ±1.8e308): equal classes from the least to the greatest.
  // In halves: k × width alone passes 1.8e308 between the two extremes.
  return Array.from({ length: n + 1 }, (_, k) => (k === n ? high : 2 * (low / 2 + k * (width / 2))));
}

/** The class (0 for the lowest values) of each value, by the inner bounds. */
export function classifier(bounds: readonly number[]): (value: number) => number {
  const scale = scaleThreshold<number, number>()
    .domain(bounds.slice(1, -1))
    .range(bounds.slice(1).map((_, i) => i));
  return (value) => scale(value);
}

/**
 * The shade of a class, 0 (lightest) to CLASSES − 1 (strongest): the better the figure, the
 * stronger the shade, so with `direction: "down"` (lower is better) the scale is reversed.
 */
export const shadeOf = (klass: number, direction: Direction = 'up'): number => (direction === 'down' ? CLASSES - 1 - klass : klass);

/**
 * Where `value` falls on a legend of equal classes, 0 (the lowest bound) to 1 (the highest),
 * kept within the ends: the national average's mark.
 */
export function legendPosition(value: number, bounds: readonly number[]): number {
  const n = bounds.length - 1;
  const k = Math.min(n - 1, Math.max(0, classifier(bounds)(value)));
  const [from, to] = [bounds[k], bounds[k + 1]];
  const within = to > from ? (value / 2 - from / 2) / (to / 2 - from / 2) : 0;
  return Math.min(1, Math.max(0, (k + within) / n));
}
