import { extent, scaleLinear } from '../internal/scales.js';

/**
 * Bar-chart geometry in percentages of the bar column, so an SVG needs no viewBox: it
 * stretches to any width without distorting anything. Each row draws its own bar, so a row
 * that grows (a long name on two lines in a phone column) keeps its bar beside it.
 */

export interface Bar {
  /** Left edge and width, % of the bar column. */
  x: number;
  width: number;
}

/** Rounded to 0.01 %: finer than a pixel at 720 px, and shorter markup. */
const round = (n: number) => Math.round(n * 100) / 100;

/** A value → % of the plot width, with zero always on the scale (bars start at zero). */
export function valueScale(values: readonly number[]): (value: number) => number {
  const [low, high] = extent(values, 0);
  const x = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .range([0, 100]);
  return (value) => round(x(value));
}

/** A bar from zero to `value` on the value scale `x` (valueScale): it starts at zero, left or right of it. */
export function barFor(value: number, x: (value: number) => number): Bar {
  const zero = x(0);
  const end = x(value);
  return { x: Math.min(zero, end), width: round(Math.abs(end - zero)) };
}

/** Above this many slots the rank strip draws one track with a marker instead of a slot per rank. */
export const MAX_SLOTS = 100;

/** The rank strip: slot `i` (0-based) of `of`, in % of the strip's width, with a gap between slots. */
export function slotAt(i: number, of: number): { x: number; width: number } {
  const width = 100 / of;
  return { x: round(i * width), width: round(width * (of > 40 ? 0.6 : 0.75)) };
}

/**
 * Where a rank goal ends on the strip, in % of its width: in the gap after slot `top`
 * (the middle of it), or at `top / of` along a track of more than MAX_SLOTS.
 */
export function goalAt(top: number, of: number): number {
  const gap = of > MAX_SLOTS ? 0 : of > 40 ? 0.2 : 0.125;
  return round(((top - gap) / of) * 100);
}
