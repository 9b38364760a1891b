import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';

import { eraForCodes, eraOf, isEra, type Era } from '../data/provinces/era.js';
import { layoutFor, type Layout, type Tile } from '../data/provinces/layouts.js';
import { inBoth, translate, type Locale, type MessageParams } from '../format/messages.js';
import { isolate, pickText } from '../format/text.js';
import { buttonStyles } from '../internal/button.styles.js';
import { containerStyles } from '../internal/container.styles.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { dayText, readNow } from '../internal/now.js';
import { marker, renderAnnouncement, renderMeta, renderStatus } from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { goalPlace, goalText } from '../province-rank/goal.js';
import { givenName, loadedRegistry, registryNames, RegistryWait } from '../province-rank/names.js';
import { STRINGS as RANK_STRINGS } from '../province-rank/province-rank.strings.js';
import { rankWords, renderTable, voiceFor, type Entry, type Voice } from '../province-rank/province-rank.templates.js';
import { rankAreas, repeatedCodes, visibleRows, type Row } from '../province-rank/ranking.js';
import { tableStyles } from '../province-rank/table.styles.js';
import { problem } from '../spec/rules.js';
import type { Indicator, Problem } from '../spec/types.js';
import { classifier, niceBounds, shadeOf } from './classes.js';
import { KEY_WAYS, nearest, readingOrder } from './navigation.js';
import { STRINGS } from './province-map.strings.js';
import { mapStyles } from './province-map.styles.js';
import { renderLegend, renderTiles, type Cell } from './province-map.templates.js';

/** Each era's tile codes, to check a document's codes against the map it is drawn on. */
const CODES: Record<Era, ReadonlySet<string>> = {
  '63': new Set(layoutFor('63').tiles.map((t) => t.code)),
  '34': new Set(layoutFor('34').tiles.map((t) => t.code)),
};

/** Unknown codes named one by one; past this many, one line says how many more. */
const MAX_NAMED = 5;

/** What the render draws, derived once per input in `derive()`. */
interface View {
  layout: Layout;
  /** One per tile, in the layout's order. */
  cells: Cell[];
  /** Tile indices in reading order (Home, End). */
  order: number[];
  /** The tile of `highlight` (or the document's own area), -1 when none. */
  highlight: number;
  /** The lowest class's lower bound to the highest class's upper bound. */
  bounds: number[];
  /** Every area with a figure, best first, as the table lists them. */
  rows: Row<Entry>[];
  /** Names of the units without a figure, in reading order. */
  missing: string[];
}

/**
 * Every province at a glance: one equal square per provincial unit, placed roughly where it
 * lies (a tile-grid map, north at the top), shaded by the indicator's value in five classes
 * with round bounds. Reads `areas` like `<dx-province-rank>`, in the units of the era its
 * `asOf` falls in (63 until 30 June 2025, 34 from 1 July 2025). One tab stop: the arrow keys
 * move between tiles, and the tile focused or tapped is named with its figure and rank in a
 * caption that screen readers announce. "Xem bảng" shows the ranking as a table.
 *
 * @summary A tile-grid map of Vietnam's provinces shaded by a figure, with a legend, a caption and a table.
 *
 * @csspart base - The card around everything.
 * @csspart label - What is measured.
 * @csspart map - The tile map; one tab stop, arrow keys between tiles.
 * @csspart highlight - The highlighted unit in words beside the map: "Bắc Kạn: 84,9% · thứ 7/63".
 * @csspart caption - The focused or tapped tile in words, announced to screen readers.
 * @csspart goal - The plan's rank goal in words, when `rank.target` gives one: "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025".
 * @csspart legend - The classes with their bounds, and "chưa có số liệu" for hatched tiles.
 * @csspart benchmarks - The benchmarks with their values; the first is marked on the legend.
 * @csspart button - The "Xem bảng" button.
 * @csspart table - The ranking as a table.
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 *
 * @cssprop [--dx-map-1=#0ea49d] - The lowest class's tiles (dark theme: #5f61ae); with `direction: "down"`, the highest.
 * @cssprop [--dx-map-2=#007d96] - The second class (dark theme: #008dc4).
 * @cssprop [--dx-map-3=#175a84] - The middle class (dark theme: #00b5ad).
 * @cssprop [--dx-map-4=#273666] - The fourth class (dark theme: #7dd881).
 * @cssprop [--dx-map-5=#1c0d38] - The highest class's tiles (dark theme: #ffee5f); the best figures.
 * @cssprop [--dx-accent=#047] - The ring around the focused or tapped tile.
 * @cssprop [--dx-target=#a34d00] - The mark before "figures may be out of date".
 * @cssprop [--dx-track=#89939f] - The table's rules.
 * @cssprop [--dx-text=#1b1f24] - Text, and the ring around the highlighted tile.
 * @cssprop [--dx-muted=#555f6d] - Secondary text, and the outline and hatching of tiles without a figure.
 * @cssprop [--dx-error=#b42318] - Error text.
 * @cssprop [--dx-link=#0a58a8] - The source link and the button.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22).
 * @cssprop [--dx-font=inherit] - Font family.
 * @cssprop [--dx-font-size=1rem] - Base text size; the tiles follow it.
 * @cssprop [--dx-radius=8px] - Card and button corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 */
export class ProvinceMap extends IndicatorElement {
  static override styles = [themeStyles, containerStyles, buttonStyles, tableStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    highlight: {},
    era: {},
    now: {},
    // Reflected: the loading box's styles read it (here and in reserve.css), set as a property too.
    reserve: { reflect: true },
    // The reader's table toggle, the tab stop, the tile spoken of: internal state.
    tableShown: { state: true },
    current: { state: true },
    selected: { state: true },
  };

  /** The area code to outline and name beside the map (`06`); the indicator's own `area.code` by default. */
  declare highlight?: string;

  /** `63` or `34`: the provincial units to draw; by default the document's `asOf` decides. */
  declare era?: string;

  /** Today as `YYYY-MM-DD`, which decides the rank goal shown from a plan's list; the reader's real today by default. Fix it in articles and tests; one that is not a day is an error in place. */
  declare now?: string;

  /**
   * `goal`: the document has a rank goal (`rank.target`), so the loading box keeps the lines of the
   * longest goal without a label where it stands above the map, under 440 px ("… vào ngày
   * 30/09/2025 · còn cách mục tiêu 45 bậc": four under 267 px, three under 360 px, two under 440 px;
   * in English three under 261 px, two under 440 px; from 440 px it stands beside the taller map
   * and needs none) and nothing below moves when it arrives; a shorter goal leaves them blank.
   * `goals`: a plan whose shown goal has goals after it ("· sau đó còn 2 mục tiêu, đến năm 2030"),
   * a line more (six under 242 px, three from 360 px; in English five under 227 px, two from 413
   * px). What no box can know still takes its own lines: a goal's own `label`, and a place or a
   * `top` of three digits. The builder writes the one its document needs.
   */
  declare reserve?: string;

  /** The table is shown in place of the map. Internal state, no attribute: no API. */
  private tableShown = false;

  /** The tile that holds the map's one tab stop, and the tile the caption speaks of (by code: they outlive new figures). */
  private current?: string;
  private selected?: string;

  private view?: View;
  private viewInputs: unknown[] = [];
  /** The province registry, for every tile's name. */
  private readonly registry$ = new RegistryWait(this);

  /** The era the document is drawn in: `era`, else the era of `asOf`, else the one its codes belong to. */
  private eraFor(indicator: Indicator): Era {
    if (isEra(this.era)) return this.era;
    const codes = indicator.areas?.map((a) => a.code) ?? [];
    return eraOf(indicator.asOf) ?? eraForCodes(codes, (code, era) => CODES[era].has(code));
  }

  protected override check(indicator: Indicator): Problem[] {
    const errors: Problem[] = [];
    const own = (path: string, key: keyof typeof STRINGS, params?: MessageParams, hint?: MessageParams) => {
      const say = (locale: Locale) =>
        translate(STRINGS, locale, key, { ...params, hint: hint ? translate(STRINGS, locale, 'unknown.other', hint) : '' });
      errors.push({ path, code: `map.${key}`, message: { vi: say('vi'), en: say('en') } });
    };
    if (this.era && !isEra(this.era)) errors.push(problem('era', 'enum', { values: '63, 34' }));
    // The day the rank goal is judged on, refused as every element refuses it: a wrong one was
    // taken for the reader's today without a word.
    readNow(this.now, errors);
    const { areas } = indicator;
    if (!areas) {
      own('areas', 'need');
      return errors;
    }
    const era = this.eraFor(indicator);
    const most = CODES[era].size;
    if (!areas.length) errors.push(problem('areas', 'empty'));
    // More entries than tiles: one line, not one per code past the map.
    if (areas.length > most) {
      own('areas', 'many', { count: areas.length, era, most });
      return errors;
    }
    for (const { index, code, other } of repeatedCodes(areas)) {
      errors.push({ path: `areas[${index}].code`, code: 'map.duplicate', message: inBoth(RANK_STRINGS, 'duplicate', { code, other }) });
    }
    const other: Era = era === '63' ? '34' : '63';
    const unknown = areas.map((a, i) => ({ code: a.code, i })).filter(({ code }) => !CODES[era].has(code));
    for (const { code, i } of unknown.slice(0, MAX_NAMED))
      own(`areas[${i}].code`, 'unknown', { code, era }, CODES[other].has(code) ? { other } : undefined);
    if (unknown.length > MAX_NAMED) own('areas', 'unknown.more', { count: unknown.length - MAX_NAMED });
    if (this.highlight && !CODES[era].has(this.highlight)) own('highlight', 'highlight', { code: this.highlight, era });
    return errors;
  }

  protected override checked(): unknown[] {
    return [this.era, this.highlight];
  }

  protected override derive(): void {
    const indicator = this.feed$.indicator;
    const inputs = [indicator, this.highlight, this.era, this.locale, loadedRegistry()];
    if (indicator?.areas && inputs.some((input, i) => input !== this.viewInputs[i])) {
      this.viewInputs = inputs;
      this.view = this.viewOf(indicator);
    }
  }

  /** The registry's names, on their way, too. */
  protected override waiting(): Promise<unknown> | undefined {
    return this.registry$.pending ?? super.waiting();
  }

  /**
   * Every tile's name in the reader's language: the document's, else the registry's (loaded on
   * first use; every tile needs one, with or without a figure), else, while it loads or when it
   * cannot, the tile's short label.
   */
  private nameOf(indicator: Indicator, era: Era, tiles: readonly Tile[]): (tile: Tile, given?: string) => string {
    const registry = this.registry$.get();
    const names = registry
      ? registryNames(
          tiles.map((t) => t.code),
          era,
          indicator.asOf,
          this.locale,
          registry,
          this.localName,
        )
      : undefined;
    return (tile, given) => isolate(givenName(given) ?? names?.get(tile.code) ?? tile.short[this.locale]);
  }

  private viewOf(indicator: Indicator): View {
    const areas = indicator.areas!;
    const era = this.eraFor(indicator);
    const layout = layoutFor(era);
    const nameOf = this.nameOf(indicator, era, layout.tiles);
    const given = new Map(areas.map((a) => [a.code, a]));
    const entries: Entry[] = layout.tiles.flatMap((tile) => {
      const area = given.get(tile.code);
      return area ? [{ code: tile.code, name: nameOf(tile, area.name), value: area.value, approx: area.approx }] : [];
    });
    const ranked = rankAreas(entries, indicator.direction);
    const byCode = new Map(ranked.map((r) => [r.item.code, r]));
    const bounds = niceBounds(entries.map((e) => e.value));
    const classOf = classifier(bounds);
    const cells: Cell[] = layout.tiles.map((tile) => {
      const entry = byCode.get(tile.code);
      return {
        tile,
        name: entry?.item.name ?? nameOf(tile),
        entry,
        shade: entry ? shadeOf(classOf(entry.item.value), indicator.direction) : undefined,
      };
    });
    const code = this.highlight || indicator.area?.code;
    const order = readingOrder(layout.tiles);
    return {
      layout,
      cells,
      order,
      highlight: cells.findIndex((c) => c.tile.code === code),
      bounds,
      rows: visibleRows(
        ranked,
        undefined,
        ranked.findIndex((r) => r.item.code === code),
      ),
      missing: order.filter((i) => !cells[i].entry).map((i) => cells[i].name),
    };
  }

  private say(key: keyof typeof STRINGS, params?: MessageParams): string {
    return translate(STRINGS, this.locale, key, params);
  }

  /** "Bắc Kạn: 84,9% · thứ 7/63", or "Cao Bằng: chưa có số liệu". */
  private tileLine({ name, entry }: Cell, voice: Voice): string {
    if (!entry) return this.say('tile.none', { name });
    const rank = rankWords(entry.rank, this.view!.rows.length, voice) + (entry.tied ? voice.t('rank.tied') : '');
    return this.say('tile', { name, value: voice.figure(entry.item.value, entry.item.approx), rank });
  }

  /** The plan's rank goal in words, judged against the place the ranking judges it by (goal.ts `goalPlace`). */
  private goalLine(indicator: Indicator, { cells }: View): string | undefined {
    const goals = indicator.rank?.target;
    if (!goals) return undefined;
    const ranked = cells.flatMap((c) => (c.entry ? [c.entry] : []));
    return goalText(goals, this.locale, goalPlace(indicator, ranked, this.highlight), dayText(readNow(this.now)));
  }

  /** A tile focused (arrow keys, Tab) or tapped: the caption speaks of it. */
  private readonly onFocus = (event: Event) => {
    const code = (event.target as Element).closest('[data-code]')?.getAttribute('data-code');
    if (code && code !== this.selected) {
      this.current = this.selected = code;
    }
  };

  /** Arrow keys to the nearest tile that way, Home and End to the first and last; the tile focused is the one selected. */
  private readonly onKey = (event: KeyboardEvent) => {
    const view = this.view;
    const from = view?.cells.findIndex((c) => c.tile.code === this.current) ?? -1;
    if (!view || from < 0) return;
    const { tiles } = view.layout;
    const way = KEY_WAYS[event.key];
    const to = way
      ? nearest(tiles, from, way)
      : event.key === 'Home'
        ? view.order[0]
        : event.key === 'End'
          ? view.order[view.order.length - 1]
          : undefined;
    if (to === undefined) return;
    event.preventDefault();
    this.current = tiles[to].code;
    const tile = this.renderRoot.querySelector<SVGElement>(`[data-code="${this.current}"]`);
    tile?.focus();
    // In a phone column the caption stays at the foot of the screen: a tile the browser scrolled
    // to just above the fold would be focused unseen under it (WCAG 2.4.11), so to the middle.
    const caption = this.renderRoot.querySelector('.caption')?.getBoundingClientRect();
    const box = tile?.getBoundingClientRect();
    if (caption && box && box.bottom > caption.top && box.top < caption.bottom) tile!.scrollIntoView({ block: 'center' });
  };

  private toggleTable(): void {
    this.tableShown = !this.tableShown;
  }

  override render(): TemplateResult {
    const indicator = this.feed$.indicator;
    const busy = this.state === 'loading' || this.registry$.pending !== undefined;
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      ${indicator && this.view ? this.renderIndicator(indicator, this.view, voiceFor(this.locale, indicator.unit)) : renderStatus(this.feed$, this.locale)}
      ${renderAnnouncement(this.feed$, this.locale)}
    </div>`;
  }

  private renderIndicator(indicator: Indicator, view: View, voice: Voice): TemplateResult {
    const { locale } = this;
    const { cells, highlight } = view;
    // Document text in another language than the map's, marked with its own.
    const mark = marker(indicator, locale);
    const label = mark(pickText(indicator.label, locale));
    const selected = cells.findIndex((c) => c.tile.code === this.selected);
    // The tab stop: the tile last moved to, else the highlighted one, else the first in reading order.
    const current = cells.findIndex((c) => c.tile.code === this.current);
    const stop = current >= 0 ? current : highlight >= 0 ? highlight : view.order[0];
    const goal = this.goalLine(indicator, view);
    const shown = this.tableShown;
    return html`<div part="label" id="label">${label}</div>
      <div class="body">
        ${
          shown
            ? nothing
            : html`<div class="map">
              ${renderTiles(view.layout, cells, { stop, highlight, selected }, this.say('map', { count: cells.length }), locale, this.onFocus, this.onKey)}
            </div>`
        }
        <div class="side">
          ${highlight >= 0 ? html`<p part="highlight" class="highlight">${mark(this.tileLine(cells[highlight], voice))}</p>` : nothing}
          ${goal ? html`<p part="goal" class="goal">${mark(goal)}</p>` : nothing}
          ${
            shown
              ? nothing
              : html`<p part="caption" class="caption" aria-live="polite">${selected >= 0 ? mark(this.tileLine(cells[selected], voice)) : this.say('hint')}</p>
                ${renderLegend(view.bounds, indicator, view.missing.length > 0, voice, this.say('none'), this.say('legend'))}`
          }
        </div>
        <div id="keys" hidden>${this.say('keys')}</div>
      </div>
      <div class="controls">
        <button type="button" part="button" aria-pressed=${String(shown)} aria-controls="table" @click=${this.toggleTable}>${voice.t('table')}</button>
      </div>
      ${renderTable(view.rows, view.rows.length, label, shown, voice)}
      ${view.missing.length ? html`<p class="missing ${shown ? '' : 'visually-hidden'}">${this.say('none.list', { names: view.missing.join(', ') })}</p>` : nothing}
      ${renderMeta(indicator, locale)} ${indicator.note ? html`<div part="note">${mark(pickText(indicator.note, locale))}</div>` : nothing}
      ${renderStatus(this.feed$, locale)}`;
  }
}
