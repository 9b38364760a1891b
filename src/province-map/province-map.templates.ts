import { html, nothing, svg, type TemplateResult } from 'lit';

import type { Layout, Tile } from '../data/provinces/layouts.js';
import { attachedUnit, formatNumber } from '../format/numbers.js';
import { unitText } from '../format/text.js';
import { textIn, wholeFigures } from '../internal/templates.js';
import type { Entry, Voice } from '../province-rank/province-rank.templates.js';
import type { Ranked } from '../province-rank/ranking.js';
import type { Indicator } from '../spec/types.js';
import { classifier, shadeOf } from './classes.js';

/**
 * The templates of `<dx-province-map>` that need no element state: the tiles and the legend.
 * Data text only through text bindings.
 */

/** One tile as drawn: its place, its unit's name, its figure and rank (none: no data) and its shade. */
export interface Cell {
  tile: Tile;
  name: string;
  entry?: Ranked<Entry>;
  shade?: number;
}

/** A tile's side in the drawing's units; the square inside it leaves a gap to its neighbours. */
export const TILE = 10;

/** The outlined tiles: the roving tab stop, the highlighted unit, the tile the caption speaks of (-1: none). */
export interface Marks {
  stop: number;
  highlight: number;
  selected: number;
}

/**
 * A tile's name with its label when the label is not the name itself: "Lai Châu, LCh", so that
 * what is read includes what is seen, and a reader who speaks commands can say the label (WCAG 2.5.3).
 */
export const spoken = (name: string, short: string): string =>
  name.toLocaleLowerCase() === short.toLocaleLowerCase() ? name : `${name}, ${short}`;

/**
 * The map: one `role="button"` group per tile, named by its unit, in a `role="group"` SVG that is
 * one tab stop (roving tabindex). Rings are drawn after every tile, so no neighbour covers them.
 * Positions are SVG attributes, never style attributes (a strict Content-Security-Policy).
 */
export function renderTiles(
  layout: Layout,
  cells: readonly Cell[],
  marks: Marks,
  name: string,
  locale: Voice['locale'],
  onFocus: (e: Event) => void,
  onKey: (e: KeyboardEvent) => void,
): TemplateResult {
  const ring = (i: number, kind: string) => {
    const tile = cells[i]?.tile;
    if (!tile) return nothing;
    const [x, y] = [tile.col * TILE, tile.row * TILE];
    return svg`<rect class="ring ${kind}" x=${x} y=${y} width=${TILE} height=${TILE} rx="1.4"></rect>${
      kind === 'sel'
        ? svg`<rect class="ring in" x=${x + 0.85} y=${y + 0.85} width=${TILE - 1.7} height=${TILE - 1.7} rx="0.6"></rect>`
        : nothing
    }`;
  };
  return html`<svg
    part="map"
    viewBox="0 0 ${layout.cols * TILE} ${layout.rows * TILE}"
    role="group"
    aria-label=${name}
    tabindex="-1"
    aria-describedby="keys"
    @focusin=${onFocus}
    @click=${onFocus}
    @keydown=${onKey}
  >
    <defs>
      <pattern id="hatch" width="2" height="2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch" x1="0.5" y1="0" x2="0.5" y2="2"></line>
      </pattern>
    </defs>
    ${cells.map(
      ({ tile, name, shade }, i) => svg`<g
        class="tile ${shade === undefined ? 'none' : `s${shade}`}"
        role="button"
        tabindex=${i === marks.stop ? '0' : '-1'}
        aria-label=${spoken(name, tile.short[locale])}
        aria-current=${i === marks.highlight ? 'true' : nothing}
        data-code=${tile.code}
        transform="translate(${tile.col * TILE} ${tile.row * TILE})"
        ><rect class="fill" x="0.6" y="0.6" width="8.8" height="8.8" rx="0.8" fill=${shade === undefined ? 'url(#hatch)' : nothing}></rect
        ><text class=${tile.short[locale].length > 3 ? 'long' : ''} x="5" y="5" aria-hidden="true">${tile.short[locale]}</text></g
      >`,
    )}
    ${ring(marks.highlight, 'hl')}${ring(marks.selected, 'sel')}
  </svg>`;
}

/**
 * The legend: each class with its bounds ("40–50%"), lowest first, in its shade; the first
 * benchmark marked (◆) on the class it falls in and listed under it with the others; the
 * hatched key for units with no figure when the map has any.
 */
export function renderLegend(
  bounds: readonly number[],
  indicator: Indicator,
  missing: boolean,
  voice: Voice,
  none: string,
  legend: string,
): TemplateResult {
  const { locale } = voice;
  const unit = attachedUnit(unitText(indicator.unit, locale)) ?? '';
  const benchmarks = indicator.benchmarks ?? [];
  const marked = benchmarks.length ? classifier(bounds)(benchmarks[0].value) : -1;
  const mark = html`<span class="mark" aria-hidden="true">◆</span>`;
  const classes = bounds.slice(1).map(
    (to, k) => html`<li>
      <span class="swatch s${shadeOf(k, indicator.direction)}" aria-hidden="true"></span><span>${wholeFigures(`${formatNumber(bounds[k], locale)}–${formatNumber(to, locale)}${unit}`)}</span>${k === marked ? html` ${mark}` : nothing}
    </li>`,
  );
  const lines = benchmarks.map(
    (b, i) => html`<li>${i === 0 ? html`${mark} ` : nothing}${textIn(b.label, locale)}: ${voice.marked(b.value)}</li>`,
  );
  if (indicator.direction === 'down') lines.push(html`<li>${voice.t('direction.down')}</li>`);
  return html`<ul part="legend" class="legend" aria-label=${legend}>
      ${classes}${missing ? html`<li><span class="swatch none" aria-hidden="true"></span>${none}</li>` : nothing}
    </ul>
    ${lines.length ? html`<ul part="benchmarks" class="benchmarks">${lines}</ul>` : nothing}`;
}
