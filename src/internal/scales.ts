/**
 * The scale and shape pieces the chart elements draw with, in one place so their byte
 * cost is measured and chosen once. d3-scale's `scaleLinear` does not earn its bytes here: it
 * brings d3-interpolate, d3-color and d3-format (~7.5 kB gz) for what our charts use of it, a
 * domain mapped to a range. Nor does its `scaleBand` (~1.3 kB gz with d3's ordinal scale
 * under it) for the ranking's rows of equal height: one division (province-rank/geometry.ts).
 * Nor do d3-shape's `line` and `area` (1.7 kB gz measured in the bundle) for a sparkline of
 * straight segments: two SVG path strings below do the same.
 */
import { fraction } from './finite.js';

export { extent } from './finite.js';

/** A polyline through the points, as d3-shape's `line()` with its default linear curve draws it. */
export function linePath(points: readonly [number, number][]): string {
  return points.length ? `M${points.join('L')}` : '';
}

/** The polyline closed down to `baseline`, as d3-shape's `area().y0(baseline)` draws it. */
export function areaPath(points: readonly [number, number][], baseline: number): string {
  return points.length ? `${linePath(points)}V${baseline}H${points[0][0]}Z` : '';
}

export interface ScaleLinear {
  (value: number): number;
  domain(domain: [number, number]): ScaleLinear;
  range(range: [number, number]): ScaleLinear;
}

/** d3's `scaleLinear` as far as we use it. An empty domain maps to the middle of the range, as d3 does. */
export function scaleLinear(): ScaleLinear {
  let [d0, d1, r0, r1] = [0, 1, 0, 1];
  const scale = ((v: number) => r0 + (d1 === d0 ? 0.5 : fraction(v, d0, d1)) * (r1 - r0)) as ScaleLinear;
  scale.domain = (d) => (([d0, d1] = d), scale);
  scale.range = (r) => (([r0, r1] = r), scale);
  return scale;
}
