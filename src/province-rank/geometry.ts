import { extent, scaleLinear } from '../internal/scales.js';

/**
 * Bar-chart geometry in percentages of the plot box, so the SVG needs no viewBox:
 * it stretches to any width and row count without distorting anything, and the HTML
 * rows beside it (names, values) line up because every row has the same height.
 */

export interface Bar {
  /** Left edge and width, % of the plot width. */
  x: number;
  width: number;
  /** Top edge and height, % of the plot height. */
  y: number;
  height: number;
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

/** How much of its row a bar fills, centred: the rest is the gap that keeps rows apart. */
const BAR_SHARE = 0.7;

/**
 * One bar per row (`null` for a gap row), each centred in its row: every row takes an equal
 * share of the plot's height (as the HTML rows beside it do), and its bar 70 % of that, the
 * layout d3's band scale gives with inner padding 0.3 and outer 0.15. `values` are the row
 * values in row order; `x` the value scale (valueScale).
 */
export function barsFor(values: readonly (number | null)[], x: (value: number) => number): (Bar | null)[] {
  const row = 100 / values.length;
  const zero = x(0);
  return values.map((value, i) => {
    if (value === null) return null;
    const end = x(value);
    const y = row * (i + (1 - BAR_SHARE) / 2);
    return { x: Math.min(zero, end), width: round(Math.abs(end - zero)), y: round(y), height: round(row * BAR_SHARE) };
  });
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
