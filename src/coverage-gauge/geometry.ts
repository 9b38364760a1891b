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
  /** The track's outline as a shape, round ends and all: what the strips under the marks are clipped to (evenodd for the ring). */
  outline: string;
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
    // The outer edge (R + 9) over the top, the right end's half circle (9), the inner edge (R - 9)
    // back, the left end's. Written out: computed, it cost the entry bytes.
    outline: 'M4 100A96 96 0 0 1 196 100A9 9 0 0 1 178 100A78 78 0 0 0 22 100A9 9 0 0 1 4 100Z',
    startAngle: -Math.PI / 2,
    endAngle: Math.PI / 2,
  },
  ring: {
    viewBox: '0 0 200 200',
    path: `M100 ${100 - R}A${R} ${R} 0 1 1 100 ${100 + R}A${R} ${R} 0 1 1 100 ${100 - R}`,
    // The circles R + 9 and R - 9 (evenodd): the round ends meet at the top, inside the ring.
    outline: 'M100 4a96 96 0 1 1 0 192a96 96 0 1 1 0-192M100 22a78 78 0 1 1 0 156a78 78 0 1 1 0-156',
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

const angleAt = (layout: GaugeLayout, fraction: number) => layout.startAngle + fraction * (layout.endAngle - layout.startAngle);

/**
 * Whether a band mark at `band` would come closer to the target mark at `target` than the target's
 * clear space, anywhere along the two: then the target stands in its place. Both are radial, so they
 * are closest at the band mark's inner end, R - 12 (75 units): its half width (0.75), the target's
 * (1.5) and the clear space (1.5) there is 3.75 / 75 = 0.05 rad, 1.6 points of a semicircle, 0.8 of
 * a ring.
 */
export function hidesBand(layout: GaugeLayout, target: number, band: number): boolean {
  const apart = Math.abs(angleAt(layout, target) - angleAt(layout, band));
  // On the ring, 0 and 100 are one place.
  return Math.min(apart, 2 * Math.PI - apart) < 0.05;
}

/** A radial stroke across the track at a fraction (target and band marks), reaching `overhang` past each edge. */
export function tickAt(layout: GaugeLayout, fraction: number, overhang = 4): { x1: number; y1: number; x2: number; y2: number } {
  const angle = angleAt(layout, fraction);
  const half = THICKNESS / 2 + overhang;
  const at = (r: number) => [100 + r * Math.sin(angle), 100 - r * Math.cos(angle)];
  const [x1, y1] = at(R - half);
  const [x2, y2] = at(R + half);
  return { x1, y1, x2, y2 };
}
