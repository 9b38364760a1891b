/**
 * Gauge shapes in SVG user units. The track is one stroked path; the value is the
 * same path drawn with `pathLength="100"` and a dash offset, so its length is the
 * percentage itself and no arc needs recomputing when the value moves (the browser
 * animates the offset). d3-shape's `arc` would cost ~2.4 kB gz for what two SVG arc
 * commands do here. Angles are radians clockwise from 12 o'clock, as in d3-shape.
 */
import { fraction } from '../internal/finite.js';

export type GaugeShape = 'semicircle' | 'ring';

export interface GaugeLayout {
  viewBox: string;
  /** The centre line of the track, around (100, 100) at radius R. */
  path: string;
  startAngle: number;
  endAngle: number;
}

/** Radius of the track's centre line; both shapes centre on (100, 100). */
const R = 87;
/** Stroke width of the track (`stroke-width="18"` in the gauge's template): 18 of 200 units stays readable in a 240 px phone column. */
const THICKNESS = 18;

export const GAUGE_LAYOUTS: Record<GaugeShape, GaugeLayout> = {
  semicircle: {
    viewBox: '0 0 200 110',
    path: `M${100 - R} 100A${R} ${R} 0 0 1 ${100 + R} 100`,
    startAngle: -Math.PI / 2,
    endAngle: Math.PI / 2,
  },
  ring: {
    viewBox: '0 0 200 200',
    path: `M100 ${100 - R}A${R} ${R} 0 1 1 100 ${100 + R}A${R} ${R} 0 1 1 100 ${100 - R}`,
    startAngle: 0,
    endAngle: 2 * Math.PI,
  },
};

/** Where `value` falls between `min` and `max`, as 0–1 (clamped: callers reject values outside). */
export function fractionOf(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(1, Math.max(0, fraction(value, min, max)));
}

/** The dash offset that shows `fraction` of a `pathLength="100"` path. */
export function dashOffset(fraction: number): number {
  return 100 - 100 * fraction;
}

/**
 * Whether a band mark whose strip is `band` would come closer to the target mark, whose strip is
 * `target`, than the target's clear space, anywhere along the two: then the target stands in its
 * place. Both are radial, so they are closest at the band mark's inner end, R - 12 (75 units):
 * its half width (0.75), the target's (1.5) and the clear space (1.5) need 3.75 / 75 = 0.05 rad
 * there: 1.6% of the scale on a semicircle, 0.8% on a ring. Measured between the strips' inner ends
 * (R - 9), 2 * 78 * sin(0.025) = 3.9 units apart; a distance, not angles, so that on the ring 0
 * and 100 are one place.
 */
export const hidesBand = (band: Tick, target: Tick) => Math.hypot(band.x1 - target.x1, band.y1 - target.y1) < 3.9;

type Tick = ReturnType<typeof tickAt>;

/** A radial stroke across the track at a fraction (target and band marks), reaching `overhang` past each edge. */
export function tickAt(layout: GaugeLayout, fraction: number, overhang = 4): { x1: number; y1: number; x2: number; y2: number } {
  const angle = layout.startAngle + fraction * (layout.endAngle - layout.startAngle);
  const half = THICKNESS / 2 + overhang;
  const at = (r: number) => [100 + r * Math.sin(angle), 100 - r * Math.cos(angle)];
  const [x1, y1] = at(R - half);
  const [x2, y2] = at(R + half);
  return { x1, y1, x2, y2 };
}
