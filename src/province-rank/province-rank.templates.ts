import { html, isServer, nothing, svg, type TemplateResult } from 'lit';

import { translate, type Locale, type MessageParams } from '../format/messages.js';
import { formatFigure, formatNumber } from '../format/numbers.js';
import { renderBlocks } from '../internal/row-blocks.js';
import { marker, textIn } from '../internal/templates.js';
import type { Approx, Benchmark, Direction, Unit } from '../spec/types.js';
import { barFor, goalAt, MAX_SLOTS, slotAt, valueScale } from './geometry.js';
import { STRINGS } from './province-rank.strings.js';
import type { Row } from './ranking.js';

/**
 * The templates of `<dx-province-rank>` that need no element state: the chart, the
 * rank strip, the table and the benchmark list. Data text only through text bindings.
 */

/**
 * Past this many rows a ranking may be cut between two of its rows on paper (`.long`): a card of
 * 30 one-line rows, its title and its source is about a page of A4 (1,047 px at 96 dpi) in the 14 px
 * of the chart; kept whole, a taller one was pushed whole onto the next page, leaving the page it
 * should have begun on blank below the article's first lines.
 */
export const LONG_ROWS = 30;

/** One area as the element shows it: the name is resolved (given, from the registry, or the code). */
export interface Entry {
  code: string;
  name: string;
  value: number;
  approx?: Approx;
}

/** How the element speaks: its language, its words, and its figures with the indicator's unit. */
export interface Voice {
  locale: Locale;
  t: (key: keyof typeof STRINGS, params?: MessageParams) => string;
  figure: (value: number, approx?: Approx) => string;
  /** The figure as a table cell or a list shows it: its unit word marked with its language where that is not the element's (WCAG 3.1.2). */
  marked: (value: number, approx?: Approx) => string | unknown[];
}

/** How the ranking speaks in `locale`, with figures in `unit` (the ranking's and the map's voice). */
export function voiceFor(locale: Locale, unit: Unit | undefined): Voice {
  const figure = (value: number, approx?: Approx) => formatFigure({ value, unit, approx }, locale);
  // The unit: the one document text in a figure. Made once for a table's thousands of cells.
  const mark = marker({ unit }, locale);
  return {
    locale,
    t: (key, params) => translate(STRINGS, locale, key, params),
    figure,
    marked: (value, approx) => mark(figure(value, approx)),
  };
}

const ORDINAL: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
let ordinals: Intl.PluralRules | undefined;

/** "thứ 7/63" / "7th of 63". */
export function rankWords(position: number, of: number, { locale, t }: Voice): string {
  ordinals ??= new Intl.PluralRules('en', { type: 'ordinal' });
  const ordinal = locale === 'en' ? formatNumber(position, 'en') + ORDINAL[ordinals.select(position)] : '';
  return t('rank', { position: formatNumber(position, locale), of: formatNumber(of, locale), ordinal });
}

let pen: CanvasRenderingContext2D | null | undefined;

/**
 * The widest word of `figures` in em, as drawn in bold `font` (a family), and a reader's letter
 * spacing (WCAG 1.4.12: 0.12em of the card's text, 0.14 of the chart's) a character: the least
 * width of the value column. Measured on a canvas, which lays out nothing: 0.6em a character, the
 * estimate it replaces, cut "123.456.789.012" in a font wider than Roboto (DejaVu Sans, a page's
 * fallback on Linux). The server, with no canvas, still estimates. Rounded to 0.01em.
 */
function wordWidth(figures: string[], font: string): number {
  if (!isServer) {
    pen ??= document.createElement('canvas').getContext('2d');
    if (pen) pen.font = `700 100px ${font}`;
  }
  let most = 0;
  for (const figure of figures)
    for (const word of figure.split(/\s+/))
      most = Math.max(most, (pen ? pen.measureText(word).width / 100 : word.length * 0.46) + word.length * 0.14);
  return Math.ceil(most * 100) / 100;
}

/** A row's stretch of a benchmark line, px on and px in all, as its line in the chart: solid; 4 on, 3 off; 1 on, 3 off. */
const DASHES = [
  [7, 7],
  [4, 7],
  [1, 4],
];

/**
 * The bar chart: HTML rows (rank, name, bar, value), each bar an SVG in its row placed in %
 * of the bar column, and one SVG behind that column for the benchmark lines. Hidden from
 * screen readers: the table says the same.
 */
export function renderChart(rows: Row<Entry>[], axis: number[], benchmarks: Benchmark[], voice: Voice, font: string): TemplateResult {
  const x = valueScale(axis);
  const wide = rows.some((row) => row.kind === 'item' && row.entry.rank >= 1000);
  // The value column fits its longest figure ("trên 76,5%", "9.200.000 thuê bao"): a fixed
  // width cut units and hedges off. Widths come in steps of four characters, as classes (a
  // style attribute would break a strict Content-Security-Policy).
  // Each figure written once: for its width here and for its row below.
  const figures = rows.map((row) => (row.kind === 'item' ? voice.figure(row.entry.item.value, row.entry.item.approx) : ''));
  const longest = figures.reduce((most, figure) => Math.max(most, figure.length), 0);
  const values = longest > 7 ? `values-${Math.min(4, Math.ceil((longest - 7) / 4))}` : '';
  // And its widest word ("1.234.567"), which is never cut in two (province-rank.styles.ts, .value).
  const word = wordWidth(figures, font);
  const long = rows.length > LONG_ROWS ? 'long' : '';
  // On paper, and under text too large for a row's one line, each row draws its own stretch of the
  // benchmark lines (province-rank.styles.ts says why): a layer of its background a line, 2 px wide
  // at its place in % of the bar column, its tile repeated down the row. Not a <line> a benchmark in
  // each row: those were benchmarks × rows elements (10,000 at 100 of each), drawn or not. Set
  // through CSSOM (a property binding): a strict Content-Security-Policy drops a `style` attribute.
  // Server HTML writes it as one (Lit's SSR does so for `.style`), for pages without such a policy.
  const stretches = `--_stretches:${benchmarks.map((b, i) => {
    const [on, all] = DASHES[i % 3];
    return `linear-gradient(var(--_target) ${on}px,#0000 0) ${x(b.value)}% 0/2px ${all}px`;
  })};--_word-w:${word}em`;
  return html`<div
    part="chart"
    class="chart ${wide ? 'wide' : ''} ${values} ${long}"
    id="chart"
    aria-hidden="true"
    .style=${stretches}
  >
    <div class="plot">
      <svg focusable="false">
        ${benchmarks.map((b, i) => svg`<line class="mark dash-${i % 3}" x1="${x(b.value)}%" x2="${x(b.value)}%" y1="0" y2="100%"></line>`)}
      </svg>
    </div>
    ${rows.map((row, i) => {
      if (row.kind === 'gap') return html`<div class="row gap"><span></span><span class="name">…</span></div>`;
      const bar = barFor(row.entry.item.value, x);
      return html`<div class="row ${row.highlight ? 'highlight' : ''}">
        <span class="rank">${formatNumber(row.entry.rank, voice.locale)}</span><span class="name">${row.entry.item.name}</span
        ><svg focusable="false">
          <rect class=${row.highlight ? 'bar grow highlight' : 'bar grow'} x="${bar.x}%" width="${bar.width}%" height="100%"></rect></svg
        ><span class="value">${figures[i]}</span>
      </div>`;
    })}
  </div>`;
}

/**
 * The ranking as a table: caption, column headers, row headers; the highlighted row is
 * `aria-current`. The first `drawn` rows, in blocks drawn once while `rows` stays the same
 * array (internal/row-blocks.ts, which says why these are ARIA table roles on a grid of rows).
 */
export function renderTable(rows: Row<Entry>[], drawn: number, caption: unknown, shown: boolean, voice: Voice): TemplateResult {
  const { t, locale, marked } = voice;
  const row = (row: Row<Entry>) =>
    row.kind === 'gap'
      ? html`<div role="row" class="table-row gap"><span role="cell" aria-colspan="3">${t('gap', { count: formatNumber(row.count, locale) })}</span></div>`
      : html`<div role="row" class="table-row ${row.highlight ? 'highlight' : ''}" aria-current=${row.highlight ? 'true' : nothing}
          ><span role="cell">${formatNumber(row.entry.rank, locale)}</span><span role="rowheader">${row.entry.item.name}</span
          ><span role="cell">${marked(row.entry.item.value, row.entry.item.approx)}</span></div
        >`;
  // Shown, a long table scrolls in its own box, which must then take keyboard focus (WCAG 2.1.1).
  return html`<div
    class="table-wrap ${shown ? 'shown' : 'visually-hidden'} ${shown && rows.length > LONG_ROWS ? 'long' : ''}"
    role=${shown ? 'region' : nothing}
    aria-labelledby=${shown ? 'caption' : nothing}
    tabindex=${shown ? '0' : nothing}
  >
    <div id="caption" class="visually-hidden">${caption}</div>
    <div part="table" id="table" role="table" aria-labelledby="caption" aria-rowcount=${rows.length + 1}>
      <div role="rowgroup">
        <div role="row" class="table-row head"
          ><span role="columnheader">${t('col.rank')}</span><span role="columnheader">${t('col.area')}</span
          ><span role="columnheader">${t('col.value')}</span></div
        >
      </div>
      ${renderBlocks(rows, drawn, row)}
    </div>
  </div>`;
}

/**
 * Rank only: the position among `of` slots, best first; past MAX_SLOTS, one track and a
 * marker. With a rank goal, a line where the leading `goal` end (decorative: the goal line says it).
 */
export function renderStrip(position: number, of: number, locale: Locale, goal?: number): TemplateResult {
  const at = position - 1;
  const many = of > MAX_SLOTS;
  // A marker 1 % wide: the last places' ends where the track does, not past it.
  const marker = many ? { x: Math.min(99, Math.round((at / of) * 1e4) / 100), width: 1 } : slotAt(at, of);
  const slots = many ? [] : Array.from({ length: of }, (_, i) => (i === at ? undefined : slotAt(i, of)));
  return html`<div part="strip" class="strip" aria-hidden="true">
    <svg focusable="false">
      ${many ? svg`<rect class="track" x="0" width="100%" y="25%" height="50%"></rect>` : nothing}
      ${slots.map((s) => (s ? svg`<rect class="slot" x="${s.x}%" width="${s.width}%" y="0" height="100%"></rect>` : nothing))}
      <rect class="slot highlight" x="${marker.x}%" width="${marker.width}%" y="0" height="100%"></rect>
      ${goal === undefined ? nothing : svg`<line class="goal" x1="${goalAt(goal, of)}%" x2="${goalAt(goal, of)}%" y1="0" y2="100%"></line>`}
    </svg>
    <div class="ends"><span>${formatNumber(1, locale)}</span><span>${formatNumber(of, locale)}</span></div>
  </div>`;
}

/** "Trung bình cả nước: 79,13%" for each benchmark, with a key to its line in the chart. */
export function renderBenchmarks(
  benchmarks: Benchmark[],
  lines: boolean,
  direction: Direction,
  voice: Voice,
): TemplateResult | typeof nothing {
  const items = benchmarks.map(
    (b, i) => html`<li>
      ${lines ? html`<svg class="key dash-${i % 3}" viewBox="0 0 16 8" aria-hidden="true"><line x1="0" y1="4" x2="16" y2="4"></line></svg>` : nothing}${textIn(b.label, voice.locale)}:
      ${voice.marked(b.value)}
    </li>`,
  );
  if (direction === 'down') items.push(html`<li>${voice.t('direction.down')}</li>`);
  return items.length ? html`<ul part="benchmarks" class="benchmarks">${items}</ul>` : nothing;
}

/**
 * A benchmark label inside a sentence: "Trung bình cả nước" → "cao hơn trung bình cả nước".
 * Labels that start like a name stay as written: "ĐBSCL", "Hà Nội" (next letter or word capitalized).
 */
export function lowerFirst(text: string): string {
  const [word, next] = text.split(/\s+/);
  const capital = (s?: string) => Boolean(s) && s![0] !== s![0].toLowerCase();
  return capital(word) && !capital(word.slice(1)) && !capital(next) ? text[0].toLowerCase() + text.slice(1) : text;
}
