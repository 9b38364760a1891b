import { parseDate } from '../format/dates.js';
import { areaPath, extent, linePath, scaleLinear } from '../internal/scales.js';
import type { TrendPoint } from '../spec/history.js';

/** The sparkline's drawing box. The SVG stretches it to its column (`preserveAspectRatio="none"`), strokes stay 2 px. */
export const SPARK_WIDTH = 100;
export const SPARK_HEIGHT = 40;
// Room inside the box so the 2 px line and the 7 px end dot are not clipped at the extremes.
const INSET_X = 2;
const INSET_Y = 5;

export interface SparkGeometry {
  /** The line through every point, oldest to newest. */
  line: string;
  /** The same line closed down to the bottom edge, for the light fill under it. */
  area: string;
  /** Where the newest point is drawn, for its dot. */
  end: [x: number, y: number];
}

/**
 * The sparkline of a history: time runs left to right at its true spacing (2019, 2023,
 * 2024 are not drawn evenly), values fill the height between their lowest and highest,
 * as sparklines do; a flat history is drawn across the middle.
 */
export function sparkGeometry(points: readonly TrendPoint[]): SparkGeometry {
  const times = timeline(points);
  const values = points.map((p) => p.value);
  const x = scaleLinear()
    .domain([times[0], times[times.length - 1]])
    .range([INSET_X, SPARK_WIDTH - INSET_X]);
  const y = scaleLinear()
    .domain(extent(values))
    .range([SPARK_HEIGHT - INSET_Y, INSET_Y]);
  const at = points.map((p, i): [number, number] => [x(times[i]), y(p.value)]);
  return {
    line: linePath(at),
    area: areaPath(at, SPARK_HEIGHT),
    end: at[at.length - 1],
  };
}

/**
 * A date as a position on the time axis, in years: "2024" → 2024, "2024-07" → 2024.5.
 * An undated last point (the current figure) sits one average step after the point before it; a
 * year's figure in place of its last month (spec/history.ts), at that month.
 */
function timeline(points: readonly TrendPoint[]): number[] {
  const at = points.map(({ asOf, at = asOf }) => {
    if (!at) return NaN;
    const { year, month = 1, day = 1 } = parseDate(at);
    return year + (month - 1) / 12 + (day - 1) / 365;
  });
  const n = at.length;
  if (n > 1 && Number.isNaN(at[n - 1])) {
    const step = n > 2 ? (at[n - 2] - at[0]) / (n - 2) : 1;
    at[n - 1] = at[n - 2] + step;
  }
  return at;
}
