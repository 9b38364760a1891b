import { nice, ticks } from 'd3-array';
import { line } from 'd3-shape';
import { utcMonth, utcTickInterval, utcYear, type TimeInterval } from 'd3-time';

import { dayNumber, deadlineDay, periodDay } from '../format/days.js';
import { extent, fraction } from '../internal/finite.js';
import { scaleLinear } from '../internal/scales.js';
import type { Approx, Benchmark, Target } from '../spec/types.js';

/**
 * The trend's drawing in CSS pixels for a measured width, as a pure function: scales, nice
 * ticks, the line, marks and where their labels go. Nice ticks are d3's own: `utcTickInterval`
 * (d3-time) is what d3-scale's `scaleUtc().ticks()` steps by, `ticks` and `nice` (d3-array)
 * what `scaleLinear().ticks()` and `.nice()` call. d3-scale's scales themselves would bring
 * d3-interpolate, d3-color, d3-format and d3-time-format (15.9 kB gz with `line`, measured),
 * over the trend's 12 kB budget; the mapping is one multiplication (internal/scales.ts). The
 * line is d3-shape's, as the package's design intends (issue 20): its own polyline
 * (internal/scales.ts, the stat's sparkline) measured 2–8 ms less on a 1,000-point first draw
 * and ~1.2 kB less, a saving left for the planners to weigh against the fixed stack.
 */

export interface PlacedPoint {
  day: number;
  value: number;
  approx?: Approx;
}

export interface TrendInput {
  points: readonly PlacedPoint[];
  /** Dated targets, each drawn as a marked point. */
  targets: readonly (Target & { by: string })[];
  /** Horizontal lines: benchmarks, and a target without a date. */
  benchmarks: readonly Pick<Benchmark, 'value'>[];
  /** The labels of the first and last points, of each target and of each line, in that order. */
  texts: { ends: [string, string]; targets: string[]; benchmarks: string[] };
  /** The pace carried to the next target's deadline, when there is one to draw. */
  projection?: { day: number; value: number };
  /**
   * The finest date of the points and targets, as its length when written: 4 (years), 7
   * (months) or 10 (days). No tick is finer: months between yearly figures ("tháng 7/2021")
   * said more than the figures hold.
   */
  precision: number;
  percent: boolean;
  /** Counts and percentages start at 0; a bare number (an index) at its lowest value. */
  fromZero: boolean;
  yMax?: number;
}

/** How text is measured (an estimate from the font size) and written. */
export interface TrendText {
  width: number;
  /** The axis text's size in px. */
  fontSize: number;
  /**
   * A character's width in px: 0.6 of `fontSize` unless given (digits are 0.55 em in Roboto),
   * more in a font whose figures are wider (plot-size.ts measures it).
   */
  charWidth?: number;
  /**
   * The reader's letter- and word-spacing in px, inherited by the drawing's text (WCAG 1.4.12: a
   * user style sheet's 0.12em and 0.16em), added to each character and each space: without it
   * "Mục tiêu 0,1 triệu đồng/người (2026)", 18 % wider than placed, ran 11 px out of a 320 px card.
   */
  letterSpacing?: number;
  wordSpacing?: number;
  /**
   * A tick's date, written as finely as `precision` (4, 7 or 10, see TrendInput) asks: every tick
   * of an axis alike. A January written as a month (7) may mark its year instead ("2024" among
   * "tháng 4/2024", "tháng 7/2024"), unless `month`: where no year is marked, the axis naming a
   * lone month's figure or spanning less than a year, it is "tháng 1/2024" / "Jan 2024".
   */
  dayText: (day: number, precision: number, month: boolean) => string;
  valueText: (value: number) => string;
}

/**
 * A text placed by its anchor (SVG's `text-anchor`): its start at x, or its middle or end. Placed
 * from a width estimated at 0.6 em a character (TrendText's `charWidth`), a text drawn by its
 * start stopped short of the mark it labels when the font was narrower (25 px for "Mục tiêu 10%
 * (2025)" in Roboto); by its anchor it stands at the mark, and inside the box it was placed in.
 */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  /** Placed across a line, where no place clear of them was left: drawn on a halo of the card's colour. */
  over?: boolean;
}

type Anchor = 'start' | 'middle' | 'end';

export interface TrendGeometry {
  width: number;
  /** The axis text's size it was placed for. */
  fontSize: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /*
   * Each kind of mark is one path, however many marks: a <circle> or <line> per mark cost
   * its own template, element and layout object, ~40 a chart (BENCHMARKS.md).
   */
  line: string;
  /** The marked points, each a filled circle. */
  dots: string;
  /** The value ticks' grid lines. */
  grid: string;
  xTicks: Label[];
  /**
   * The value axis as one text, a line a tick from the top, each line centred on its grid
   * line (nice ticks are evenly spaced): one text to lay out, not six.
   */
  yTicks: { right: number; top: number; step: number; texts: string[] };
  /** The dated targets, each a diamond. */
  targets: string;
  /** The benchmarks' horizontal lines. */
  benchmarks: string;
  /** The pace: the dashed line from the last point, and the ring at its end. */
  projection?: { line: string; end: string };
  /** Where the end values, targets and benchmarks are labelled, in that order, each `undefined` where no room is left. */
  labels: (Label | undefined)[];
}

export const TREND_HEIGHT = 220;
const GAP = 12;
/** The most targets' and lines' labels placed again in other orders (the demo's plan has three). */
const RETRIED = 8;

type Box = [x0: number, y0: number, x1: number, y1: number];
/** Where a label may stand: its anchor's x, its baseline's y, and its anchor. */
type Place = [x: number, y: number, anchor: Anchor];

/** A coordinate to a tenth of a pixel, as the drawing writes every one. */
const r1 = (v: number) => Math.round(v * 10) / 10;
/** A circle as a path: two half arcs from its left edge. */
const circle = (x: number, y: number, r: number) => `M${r1(x - r)} ${r1(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Whether `box` overlaps the square of half width r centred at x, y (a mark): `overlaps` without a box made for each mark and place. */
const touches = (box: Box, x: number, y: number, r: number) => x - r < box[2] && box[0] < x + r && y - r < box[3] && box[1] < y + r;

/** Whether the segment from p to q passes through `box`: the part of it over the box's width, against its height. */
function crosses(box: Box, [x1, y1]: readonly number[], [x2, y2]: readonly number[]): boolean {
  const xa = Math.max(box[0], Math.min(x1, x2));
  const xb = Math.min(box[2], Math.max(x1, x2));
  if (xa > xb) return false;
  // Its heights at the box's two sides; an upright segment, its two ends.
  const ya = x1 === x2 ? y1 : y1 + ((y2 - y1) * (xa - x1)) / (x2 - x1);
  const yb = x1 === x2 ? y2 : y1 + ((y2 - y1) * (xb - x1)) / (x2 - x1);
  return Math.max(ya, yb) > box[1] && Math.min(ya, yb) < box[3];
}

/** A text's estimated width in px (TrendText's `charWidth`, `letterSpacing` and `wordSpacing`). */
type Measure = (text: string) => number;

/** Where a label of `text` sits with its anchor at x, kept inside [min, width]. */
function boxOf(
  x: number,
  y: number,
  text: string,
  anchor: Anchor,
  wide: Measure,
  size: number,
  width: number,
  min = 0,
): Label & { box: Box } {
  const w = wide(text);
  const shift = anchor === 'start' ? 0 : anchor === 'end' ? w : w / 2;
  const x0 = Math.max(min, Math.min(width - w, x - shift));
  const box: Box = [x0, y - size, x0 + w, y + size * 0.3];
  // Pushed against an edge, anchored to it: a text wider than its estimate ("27%" in bold) still ends inside.
  if (x0 === min) return { x: x0, y, text, anchor: 'start', box };
  if (x0 === width - w) return { x: width, y, text, anchor: 'end', box };
  return { x: x0 + shift, y, text, anchor, box };
}

const DAY = 86_400_000;

/** How finely `days` must be written, as a date's length: 4 when each starts a year, 7 when each starts a month, else 10. */
const finest = (days: number[]) =>
  Math.max(
    4,
    ...days.map((day) => {
      const date = new Date(day * DAY);
      return date.getUTCDate() !== 1 ? 10 : date.getUTCMonth() ? 7 : 4;
    }),
  );

/**
 * Where a tick written as `written` (4, 7 or 10) that names the period starting on `start`
 * stands: where a figure dated so is drawn (format/days.ts `periodDay`: a year at its 1 July, a
 * month at its 15th, a day on itself). At the year's first day, "2024" stood at the left edge
 * of a one-year chart, half a year from its one figure, and a target due by the end of 2023
 * stood on "2024": the tick a reader reads under a mark is the period it belongs to. By
 * arithmetic: the date written out and read back was a tenth of a 20-point trend's geometry.
 */
function middle(start: number, written: number): number {
  if (written === 10) return start;
  const date = new Date(start * DAY);
  return periodDay(date.getUTCFullYear(), written === 4 ? undefined : date.getUTCMonth() + 1);
}

/** The first day of the period (`precision` 4, 7 or 10) that `day` falls in. */
function periodStart(day: number, precision: number): number {
  if (precision === 10) return day;
  const date = new Date(day * DAY);
  return dayNumber(date.getUTCFullYear(), precision === 4 ? 1 : date.getUTCMonth() + 1, 1);
}

/**
 * The time ticks that fit: d3's nice ticks no finer than `precision`, each at the middle of the
 * period it names, fewer until their labels, kept inside, no longer touch. A lone date (one
 * figure, or all on one day) gets its own period's tick under it, written as finely as it is.
 */
function timeTicks(
  d0: number,
  d1: number,
  left: number,
  right: number,
  precision: number,
  text: TrendText,
  wide: Measure,
  lone?: number,
): Label[] {
  const x = scaleLinear().domain([d0, d1]).range([left, right]);
  const y = TREND_HEIGHT - 6;
  // Under a year there is no new year to mark: "2024" under a lone January's figure (or among
  // the months from November to March) read as the whole year's.
  const month = lone !== undefined || d1 - d0 < 365;
  const oneYear = new Date(d0 * DAY).getUTCFullYear() === new Date(d1 * DAY).getUTCFullYear();
  const tick = (start: number, at: number, written: number) =>
    boxOf(x(at), y, text.dayText(start, written, month), 'middle', wide, text.fontSize, text.width);
  if (lone !== undefined) return [tick(periodStart(lone, precision), lone, precision)];
  // A period whose middle is in the domain can start before it: up to half a year (a year's 1 July).
  const from = new Date((d0 - Math.min(184, d1 - d0)) * DAY);
  const to = new Date((d1 + 1) * DAY);
  // A tick per 80 px at most (6 years across a 616 px chart, not 12): as readable, and each
  // label is a text to lay out. At most 15 to try, and never an endless loop.
  let tried: (Label & { box: Box })[] = [];
  // One tick that fits, kept while two might still: June 2020 to June 2021 has one year's middle
  // in it, and "2020" alone at the left said nothing of 2021.
  let alone: Label[] | undefined;
  // Whole days only: an interval of hours (a domain of a day or two) would round onto them twice.
  const range = (interval: TimeInterval) =>
    interval
      .range(from, to)
      .filter((d) => d.getTime() % DAY === 0)
      .map((d) => d.getTime() / DAY);
  // d3's intervals go from three months to a year; half-years are the last try for months.
  const most = Math.min(15, Math.max(2, Math.floor((right - left) / 80)));
  for (let count = most; count >= (precision === 4 ? 1 : 0); count--) {
    let starts = count ? range(utcTickInterval(new Date(d0 * DAY), new Date(d1 * DAY), count) ?? utcYear) : range(utcMonth.every(6)!);
    // Finer than the figures (every other day across two months), the figures' own periods:
    // the days that happened to start one left "tháng 6/2024" alone under May's and June's figures.
    // Under a year that begins in one year and ends in the next, a year's tick is a lie: "2024",
    // alone at the right end of November 2023 to July 2024, stood over 2023's figures too. Its
    // months, then, however few fit.
    if (starts.some((day) => finest([day]) > precision) || (month && finest(starts) === 4 && !oneYear)) {
      starts = range(precision === 4 ? utcYear : utcMonth);
    }
    // "1/6/2024" beside "2/6/2024", not "tháng 6/2024", which reads as the whole month.
    const written = finest(starts);
    const labels = starts.flatMap((start) => {
      const at = middle(start, written);
      return at >= d0 && at <= d1 ? [tick(start, at, written)] : [];
    });
    // Fewer asked for can mean none found (a year of months has no new year in it): go on.
    if (!labels.length) continue;
    if (labels.every((l, i) => i === 0 || l.box[0] >= labels[i - 1].box[2] + GAP)) {
      if (labels.length > 1) return labels;
      alone ??= labels;
    } else tried = labels;
  }
  if (alone) return alone;
  // Not even two fit (a year of months at 240 px: "tháng 7/2024" is wide): the one nearest the
  // middle, so the axis still says when.
  const centre = (left + right) / 2;
  const off = (l: Label & { box: Box }) => Math.abs((l.box[0] + l.box[2]) / 2 - centre);
  return tried.length ? [tried.reduce((best, l) => (off(l) < off(best) ? l : best))] : [];
}

/** The whole drawing for `input` at `text.width` px. */
export function trendGeometry(input: TrendInput, text: TrendText): TrendGeometry {
  const { points, targets, benchmarks, projection } = input;
  const { width, fontSize, charWidth = fontSize * 0.6 } = text;
  const { letterSpacing = 0, wordSpacing = 0 } = text;
  // Spaces counted only where a reader set a word-spacing: labels are measured at every place tried.
  const wide: Measure = (t) => t.length * (charWidth + letterSpacing) + (wordSpacing && (t.match(/[ \u00a0]/g)?.length ?? 0) * wordSpacing);
  const height = TREND_HEIGHT;
  // Room above the top grid line for a label over a mark there: a 100% target's over its diamond.
  const top = fontSize + 12;
  const bottom = height - fontSize - 14;

  // Values: every figure drawn, from 0 for counts and percentages, to 100 for percentages.
  const values = [
    ...points.map((p) => p.value),
    ...targets.map((t) => t.value),
    ...benchmarks.map((b) => b.value),
    ...(projection ? [projection.value] : []),
  ];
  let [lo, hi] = extent(values);
  hi = Math.max(hi, input.yMax ?? (input.percent ? 100 : -Infinity));
  // 0 on the axis whichever side the figures are: a count below zero (a net loss) too.
  if (input.fromZero) [lo, hi] = [Math.min(0, lo), Math.max(0, hi)];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [lo - Math.abs(lo) / 10, hi + Math.abs(hi) / 10];
  const count = Math.max(2, Math.floor((bottom - top) / 36));
  const [niceLo, niceHi] = nice(lo, hi, count);
  // Rounded outward where that stays finite (near ±1.8e308 it does not).
  if (Number.isFinite(niceLo) && Number.isFinite(niceHi)) [lo, hi] = [niceLo, niceHi];
  // d3's ticks find none for a span it cannot step through (5e-324, or ±1e308 overflowing the
  // span): then the two ends are the ticks.
  const found = ticks(lo, hi, count).filter((v) => Number.isFinite(v));
  const yValues = found.length ? found : [lo, hi];
  const yTexts = yValues.map(text.valueText);
  // The axis's labels take at most 40 % of the width, however long a figure's text.
  const left = Math.min(width * 0.4, Math.max(...yTexts.map(wide)) + 8);
  const right = width - 4;
  // Finite for any finite figure (internal/finite.ts), where a scale's span could overflow.
  const y = (v: number) => bottom - fraction(v, lo, hi) * (bottom - top);

  // Days: from the first point to the last point, target or projection; a lone date gets half a year each side.
  const days = [...points.map((p) => p.day), ...targets.map((t) => deadlineDay(t.by)), ...(projection ? [projection.day] : [])];
  let [d0, d1] = extent(days);
  const lone = d0 === d1 ? d0 : undefined;
  if (lone !== undefined) [d0, d1] = [d0 - 183, d1 + 183];
  const x = scaleLinear()
    .domain([d0, d1])
    .range([left + 4, right - 4]);

  // To a tenth of a pixel once, for the line and everything placed from a point.
  const at = points.map((p): [number, number] => [r1(x(p.day)), r1(y(p.value))]);
  // Every point is marked where they stand 6 px apart or more; in a long series, the two ends.
  const marked = at.length * 6 <= right - left ? at : [at[0], at.at(-1)!];
  const dots = marked.map(([px, py]) => circle(px, py, 3.5)).join('');
  const targetAt = targets.map((t) => ({ x: x(deadlineDay(t.by)), y: y(t.value) }));
  // What a label must not cover, by centre and half width: the points and the diamonds. The
  // pace's ring is kept apart (in `place`): it stands at its target's date, on course on that
  // target's own diamond, and only that target's label may come near it.
  const obstacles = [...marked.map(([px, py]) => [px, py, 3.5]), ...targetAt.map((t) => [t.x, t.y, 7])];
  const lines = benchmarks.map((b) => ({ y: y(b.value) }));
  const across = (ys: number[]) => ys.map((ly) => `M${r1(left)} ${r1(ly)}H${r1(right)}`).join('');
  const last = at.at(-1)!;

  const paceEnd = projection && [x(projection.day), y(projection.value)];
  /**
   * How many lines a label's box crosses: the line's segments (found by the box's x range among
   * the points, which run oldest first: a handful of a 1,000-point line's, not all of them for
   * each place tried), the pace's, and the benchmarks'. 2 px around the box: the line's stroke,
   * and a font a little wider than its estimate ("10%").
   */
  const crossed = ([x0, y0, x1, y1]: Box): number => {
    const box: Box = [x0 - 2, y0 - 2, x1 + 2, y1 + 2];
    let count = lines.filter((l) => l.y > box[1] && l.y < box[3]).length + (paceEnd && crosses(box, last, paceEnd) ? 1 : 0);
    // The last point left of the box, by halving: the first segment that can reach it.
    let [i, j] = [0, at.length - 1];
    while (i < j) {
      const k = (i + j + 1) >> 1;
      if (at[k][0] < box[0]) i = k;
      else j = k - 1;
    }
    for (; i < at.length - 1 && at[i][0] <= box[2]; i++) if (crosses(box, at[i], at[i + 1])) count++;
    return count;
  };

  // Labels, most important first; one that would touch a placed one, the ticks or a mark is left out.
  // The time axis's row is taken; above it, under the plot's floor, a label may stand: under a
  // low point whose line climbs away, the one place clear of it.
  let placed: Box[] = [];
  /**
   * `text` beside the mark at px, py; `other`, where its other side begins: a benchmark's line
   * has two ends. `up` and `down`: how far its own marks reach above and below py (a point's
   * 3.5 px; a diamond's 7, and the pace's ring where it ends on the diamond's date), which the
   * label keeps as clear of as of a point: ending at a diamond's middle 8 px up, it touched it.
   * `far`: 1 for a row a label line farther up and down than by its mark;
   * `beside`, a diamond's half width: by its mark, it may also stand level with it, left or right.
   */
  const place = (
    px: number,
    py: number,
    text: string,
    anchor: 'start' | 'end',
    other = px,
    up = 3.5,
    down = 3.5,
    far: 0 | 1 = 0,
    beside?: number,
    ok?: (label: Label) => boolean,
  ): Label | undefined => {
    // Wider than the plot, it would be cut off at the edge (a plan's 10,000-character name) or
    // cover the value axis: left out, as the sentence and the table say it whole.
    if (wide(text) > width - left) return undefined;
    // Above or below its mark, on the side it prefers, then on the other: the first place clear
    // of the lines, or, where every place crosses one (a long jagged series, a long count in a
    // narrow column), the one crossing fewest, on its halo.
    const sides = [
      [px, anchor],
      [other, anchor === 'end' ? 'start' : 'end'],
    ] as const;
    // Above and below the mark, `far` label lines farther out.
    const out = far * fontSize * 1.3;
    const places = sides.flatMap(([sx, side]) => [-up - 4.5 - out, fontSize + down + 4.5 + out].map((dy): Place => [sx, py + dy, side]));
    const mark = beside ?? 3.5;
    // Level with its diamond, on either side: in a 266 px drawing a falling figure's 0% target
    // by 2030, at the floor's right end, had the time axis under it and its neighbours' labels
    // above it.
    if (beside !== undefined && !far) {
      const level = py + fontSize * 0.35;
      places.push([px - beside - 4, level, 'end'], [px + beside + 4, level, 'start']);
    }
    let best: { label: Label; box: Box; cost: number } | undefined;
    for (const [sx, sy, side] of places) {
      // Right of the value axis: pushed to the drawing's left edge, "Mục tiêu 90% (2023)" was
      // written over "80%" in a 240 px column.
      const { box, ...label } = boxOf(sx, sy, text, side, wide, fontSize, width, left);
      if (box[1] < 0 || box[3] > height || placed.some((b) => overlaps(b, box)) || (ok && !ok(label))) continue;
      // Its own mark it stands beside: another's it would hide ("Mục tiêu 10% (2025)" over 2024's diamond).
      if (obstacles.some(([ox, oy, r]) => (ox !== px || oy !== py) && touches(box, ox, oy, r))) continue;
      // Nor its own, which only a label level with it can reach: pushed off the drawing's edge
      // back over its diamond ("Mục tiêu 10% (2025)" at 240 px).
      if (touches(box, px, py, mark)) continue;
      // Nor the pace's ring, but for the target at its date, whose `up` and `down` keep clear of it.
      if (paceEnd && paceEnd[0] !== px && touches(box, paceEnd[0], paceEnd[1], 4)) continue;
      // A label on the line hid the line there, and the line struck through the label.
      const cost = crossed(box);
      if (!cost) {
        placed.push(box);
        return label;
      }
      if (!best || cost < best.cost) best = { label, box, cost };
    }
    // Near its mark on a halo rather than clear of the lines farther away.
    if (best) {
      placed.push(best.box);
      return { ...best.label, over: true };
    }
    return undefined;
  };
  /** A label's left and right ends, as boxOf placed it. */
  const span = (l: Label): [number, number] => {
    const w = wide(l.text);
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return [x0, x0 + w];
  };
  /**
   * Whether the labels `a` of target i and `b` of target j stand in one column (their widths
   * overlap) in the other order from their diamonds: at 400 px "Target 100% (2025)" stood under
   * "Target 90% (2023)", by the 90% diamond, and read as its.
   */
  const outOfOrder = (i: number, a: Label, j: number, b: Label) => {
    const [[a0, a1], [b0, b1]] = [span(a), span(b)];
    const [yi, yj] = [targetAt[i].y, targetAt[j].y];
    return a0 < b1 && b0 < a1 && ((yi < yj && a.y >= b.y) || (yj < yi && b.y >= a.y));
  };
  /** Target i's label, in no place out of order with the targets' labels in `marks`. */
  const placeTarget = (i: number, far: 0 | 1, marks: (Label | undefined)[]) => {
    const t = targetAt[i];
    // The pace's ring, at the next target's date, stands on or beside its diamond: one mark
    // with it where it would stand in the label's way. Farther up or down (a pace far past the
    // goal), a label kept clear of it would float by the ring, away from its diamond.
    const ring = paceEnd && Math.abs(paceEnd[0] - t.x) < 11 ? paceEnd[1] - t.y : 0;
    const near = Math.abs(ring) < 7 + 4.5 + fontSize * 1.3 + 4 ? ring : 0;
    const ok = (label: Label) => marks.every((m, j) => !m || j === i || !outOfOrder(i, label, j, m));
    return place(t.x, t.y, input.texts.targets[i], 'end', t.x, Math.max(7, 4 - near), Math.max(7, near + 4), far, 7, ok);
  };
  /**
   * Every label: the ends', the targets' (placed in `order`) and the lines', in that order, the
   * time axis's row taken first. A target left no place by its diamond then stands a line farther
   * up or down, on its side of the diamond where the drawing's edge allows: after the lines'
   * labels, or, with `targetsFirst`, before them. No farther: two and three lines out, 67 px
   * below its diamond under the next target's label, "Mục tiêu 94% (2025)" read as that one's
   * (a 260 px column, five targets); a label left out, the sentence and the table name it. A
   * line's label left no place stands a line off it.
   */
  const labelAll = (order: number[], targetsFirst = false): (Label | undefined)[] => {
    placed = [[0, height - 6 - fontSize, width, height]];
    const first = place(at[0][0], at[0][1], input.texts.ends[0], 'start');
    // A character apart on one row: "50%" is drawn 23 px where 21.6 were estimated, and the two
    // ends of a level line, abutting, read "50%50%".
    const apart = (l: Label) => !first || Math.abs(l.y - first.y) > fontSize || span(l)[0] - span(first)[1] >= charWidth;
    const ends = [
      first,
      at.length > 1 ? place(last[0], last[1], input.texts.ends[1], 'end', last[0], 3.5, 3.5, 0, undefined, apart) : undefined,
    ];
    const marks: (Label | undefined)[] = [];
    for (const i of order) marks[i] = placeTarget(i, 0, marks);
    if (targetsFirst) for (const i of order) marks[i] ??= placeTarget(i, 1, marks);
    // At the line's right end, or where the series crosses there, at its left.
    const across = lines.map((l, i) => place(right, l.y, input.texts.benchmarks[i], 'end', left));
    for (const i of order) marks[i] ??= placeTarget(i, 1, marks);
    // And a line's label a line above or below it, rather than none.
    lines.forEach((l, i) => (across[i] ??= place(right, l.y, input.texts.benchmarks[i], 'end', left, 3.5, 3.5, 1)));
    return [...ends, ...targetAt.map((_, i) => marks[i]), ...across];
  };
  /** How far a labelling falls short: its unlabelled diamonds first, then its other labels left out, then its labels on a halo. */
  const shortfall = (labels: (Label | undefined)[]) => {
    const missing = labels.map((l, i) => !l && (i > 1 || at.length > i));
    const diamonds = missing.slice(2, 2 + targetAt.length).filter(Boolean).length;
    return diamonds * 1e6 + missing.filter(Boolean).length * 1e3 + labels.filter((l) => l?.over).length;
  };
  const order = targetAt.map((_, i) => i);
  let labels = labelAll(order);
  // A diamond without its label where others took its places: the targets latest first, then
  // before the lines' labels, and the labelling that leaves the least out, a diamond's label
  // before any other. At 302 px the demo's 90% label took the one place above the 100% diamond
  // (below it stands the 90% diamond, left of it the pace's ring); placed first, the 100% label
  // leaves the 90% one a place farther down. In an English column under 260 px the demo's
  // drawing then holds no place for "National average 77.6%": the diamonds keep their labels,
  // the average's line goes without, and the sentence names it (under 244 px, a line from its
  // diamond, one of the two goes without too: labels.test.ts). Only then, and only for a few
  // labels (RETRIED): each placing is a search along the line again, and a plan of 100 targets
  // and 100 lines placed four times took 36–83 ms a width, where it never labels every diamond.
  if (shortfall(labels) >= 1e6 && targetAt.length + lines.length <= RETRIED) {
    const reversed = [...order].reverse();
    for (const [o, first] of [
      [reversed, false],
      [order, true],
      [reversed, true],
    ] as const) {
      const other = labelAll(o, first);
      if (shortfall(other) < shortfall(labels)) labels = other;
    }
  }
  return {
    width,
    fontSize,
    height,
    plot: { left, right, top, bottom },
    // The points are rounded to a tenth already (`at`): d3 rounding them again cost a tenth of a
    // 1,000-point drawing.
    line: line().digits(null)(at) ?? '',
    dots,
    grid: across(yValues.map(y)),
    xTicks: timeTicks(d0, d1, left + 4, right - 4, input.precision, text, wide, lone),
    yTicks: {
      right: r1(left - 6),
      top: r1(y(yValues.at(-1)!)),
      // A lone tick has no neighbour: a line of any height.
      step: yValues.length > 1 ? y(yValues[0]) - y(yValues[1]) : fontSize * 2,
      texts: [...yTexts].reverse(),
    },
    // A diamond: the 10 px square of the mark turned 45°.
    targets: targetAt.map((t) => `M${r1(t.x)} ${r1(t.y - 7)}l7 7-7 7-7-7z`).join(''),
    benchmarks: across(lines.map((l) => l.y)),
    projection: projection && {
      line: `M${r1(last[0])} ${r1(last[1])}L${r1(paceEnd![0])} ${r1(paceEnd![1])}`,
      end: circle(paceEnd![0], paceEnd![1], 4),
    },
    labels,
  };
}
