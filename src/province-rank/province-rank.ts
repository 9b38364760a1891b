import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';

import { isEra } from '../data/provinces/era.js';
import { formatPeriod } from '../format/dates.js';
import { inBoth, type MessageParams } from '../format/messages.js';
import { formatNumber } from '../format/numbers.js';
import { isolate, pickText } from '../format/text.js';
import { buttonStyles } from '../internal/button.styles.js';
import { containerStyles } from '../internal/container.styles.js';
import { growStyles } from '../internal/grow.styles.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { dayText, readNow } from '../internal/now.js';
import { RowBlocks, rowBlockStyles } from '../internal/row-blocks.js';
import { marked, renderAnnouncement, renderMeta, renderStatus, textIn } from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { readNumberAttribute } from '../spec/attributes.js';
import { problem } from '../spec/rules.js';
import { listOf, upcomingTarget } from '../spec/targets.js';
import type { Approx, Indicator, Problem } from '../spec/types.js';
import { goalPlace, goalText } from './goal.js';
import { givenName, loadedRegistry, registryNames, RegistryWait } from './names.js';
import { STRINGS } from './province-rank.strings.js';
import { rankStyles } from './province-rank.styles.js';
import {
  lowerFirst,
  rankWords,
  renderBenchmarks,
  renderChart,
  renderStrip,
  renderTable,
  voiceFor,
  type Entry,
  type Voice,
} from './province-rank.templates.js';
import { compareTo, rankAreas, repeatedCodes, visibleRows, type Ranked, type Row } from './ranking.js';
import { tableStyles } from './table.styles.js';

/** Beyond this many areas the chart shows the top `DEFAULT_LIMIT` and the highlight; the table holds them all. */
export const MAX_BARS = 100;
export const DEFAULT_LIMIT = 10;

/** What the render draws, derived once per input in `derive()`. */
interface View {
  /** The highlighted (or rank-only) area's name; empty when unknown. */
  name: string;
  position?: number;
  of: number;
  tied: boolean;
  /** Rank only: the rank's own date, when the figures' is another (or none). */
  asOf?: string;
  value?: number;
  approx?: Approx;
  /** Full comparison only: every area, best first, and the highlighted index (-1: none). */
  ranked?: Ranked<Entry>[];
  highlight: number;
  /** Every row of the full table, made once per view (it keys the table's blocks). */
  allRows?: Row<Entry>[];
  /** Every value the chart's axis must hold (areas and benchmarks), once its chart is drawn. */
  axis?: number[];
  /** The rank goal in words (goal.ts) and its `top`, when the document gives one. */
  goal?: { text: string; top: number };
}

/**
 * Where a province stands among all provinces: "Bắc Kạn đứng thứ 7/63, cao hơn trung
 * bình cả nước (79,13%)". With `areas` in the document it ranks them itself (ties
 * share a rank) and draws a sorted bar chart with benchmark lines; with only `rank`
 * it places the province on a strip of slots. The ranking is also a table for screen
 * readers, shown to everyone by the "Xem bảng" button. A rank goal (`rank.target`) is
 * said in words, with whether the place meets it: "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn
 * đầu vào năm 2025 · còn cách mục tiêu 3 bậc"; the strip marks where the goal ends.
 *
 * @summary A province's rank among all provinces, with a bar chart, benchmarks and a table.
 *
 * @csspart base - The card around everything.
 * @csspart label - What is measured.
 * @csspart summary - The sentence that carries the meaning: rank, value, comparison.
 * @csspart rank - "Bắc Kạn đứng thứ 7/63".
 * @csspart value - The province's own figure.
 * @csspart comparison - "cao hơn trung bình cả nước (79,13%)".
 * @csspart goal - The rank goal and whether the place meets it: "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · đang đạt mục tiêu".
 * @csspart chart - The bar chart (decorative: the table says the same).
 * @csspart strip - The rank strip of rank-only documents (decorative).
 * @csspart benchmarks - The list of benchmarks with their values.
 * @csspart button - Both buttons ("Xem tất cả", "Xem bảng").
 * @csspart table - The ranking as a table.
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 *
 * @cssprop [--dx-accent=#047] - The highlighted province's bar and slot.
 * @cssprop [--dx-bar=var(--dx-track)] - The other bars and slots.
 * @cssprop [--dx-target=#a34d00] - Benchmark lines; the rank goal's mark on the strip.
 * @cssprop [--dx-track=#89939f] - The other bars and slots (unless `--dx-bar` is set); the rank strip's track beyond 100 slots.
 * @cssprop [--dx-text=#1b1f24] - Text.
 * @cssprop [--dx-muted=#555f6d] - Secondary text.
 * @cssprop [--dx-error=#b42318] - Error text.
 * @cssprop [--dx-link=#0a58a8] - The source link.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22).
 * @cssprop [--dx-font=inherit] - Font family.
 * @cssprop [--dx-font-size=1rem] - Base text size.
 * @cssprop [--dx-radius=8px] - Card and button corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 */
export class ProvinceRank extends IndicatorElement {
  static override styles = [themeStyles, containerStyles, growStyles, buttonStyles, rankStyles, tableStyles, rowBlockStyles];

  static override properties: PropertyDeclarations = {
    highlight: {},
    limit: {},
    era: {},
    now: {},
    // Reflected: the loading box's styles read it (here and in reserve.css), set as a property too.
    reserve: { reflect: true },
    // What the reader asked for, how far the table is drawn: internal state.
    expanded: { state: true },
    tableShown: { state: true },
  };

  /** The area code to highlight (`06`); the indicator's own `area.code` by default. */
  declare highlight?: string;

  /** Show the top N bars (100 at most) plus the highlighted area, with a button to show all. */
  declare limit?: string | number;

  /** `63` or `34`: the provincial units to read area codes in; by default the document's `asOf` decides. */
  declare era?: string;

  /** Today as `YYYY-MM-DD`, which decides the rank goal shown from a plan's list; the reader's real today by default. Fix it in articles and tests. */
  declare now?: string;

  /**
   * `goal`: the document has a rank goal (`rank.target`), so the loading box keeps the lines of the
   * longest goal without a label ("… vào ngày 30/09/2025 · còn cách mục tiêu 45 bậc": four under
   * 267 px, three under 360 px, two under 682 px, one from there; in English three under 261 px,
   * two under 474 px, one from there) and nothing below moves when it arrives; a shorter goal leaves them blank.
   * `goals`: a plan whose shown goal has goals after it ("· sau đó còn 2 mục tiêu, đến năm 2030"),
   * one line more at most widths (six under 242 px, down to one from 1014 px). What no box can know
   * still takes its own lines: a goal's own `label`, and a place or a `top` of three digits (a
   * ranking of communes). The builder writes the one its document needs.
   */
  declare reserve?: string;

  /** The chart shows every bar (the reader pressed "Xem tất cả"). Internal state, no attribute: no API. */
  private expanded = false;

  /** The table is shown to everyone, in place of the chart. */
  private tableShown = false;

  private view?: View;
  private viewInputs: unknown[] = [];
  /** What the figures a feed update replaced gave, for the announcement: ranked once per view, not per render. */
  private replacedView?: View;
  /** The province registry, for areas that come with a code only. */
  private readonly registry$ = new RegistryWait(this);

  /** Rows of the shown table drawn so far; the rest follow a block per task. */
  private readonly rows$ = new RowBlocks(this, () => this.tableTotal);

  /** Rows the shown table will hold: every area of the ranking on screen; none while hidden. */
  private get tableTotal(): number {
    return this.tableShown && this.feed$.indicator ? (this.view?.ranked?.length ?? 0) : 0;
  }

  /** A font that arrives after the chart is drawn: its figures' widest word measured again in it. */
  private readonly fontsLoaded = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
  }

  private toggle(which: 'expanded' | 'tableShown'): void {
    this[which] = !this[which];
    this.rows$.restart();
  }

  private readLimit(errors: Problem[] = []): number | undefined {
    const limit = readNumberAttribute(this.limit, 'limit', errors);
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) errors.push(problem('limit', 'type.integer'));
    return errors.length ? undefined : limit;
  }

  protected override checked(): unknown[] {
    return [this.limit, this.era, this.highlight];
  }

  protected override check(indicator: Indicator): Problem[] {
    const errors: Problem[] = [];
    const own = (path: string, key: keyof typeof STRINGS, params?: MessageParams) =>
      errors.push({ path, code: `rank.${key}`, message: inBoth(STRINGS, key, params) });
    this.readLimit(errors);
    if (this.era && !isEra(this.era)) errors.push(problem('era', 'enum', { values: '63, 34' }));
    readNow(this.now, errors);
    const { areas, rank } = indicator;
    if (!areas && !rank) own('areas', 'need');
    if (!areas) return errors;
    if (!areas.length) errors.push(problem('areas', 'empty'));
    for (const { index, code, other } of repeatedCodes(areas)) own(`areas[${index}].code`, 'duplicate', { code, other });
    if (this.highlight && !areas.some((a) => a.code === this.highlight)) own('highlight', 'highlight', { code: this.highlight });
    return errors;
  }

  protected override derive(): void {
    const indicator = this.feed$.indicator;
    const inputs = [indicator, this.highlight, this.era, this.locale, loadedRegistry(), readNow(this.now)];
    if (indicator && inputs.some((input, i) => input !== this.viewInputs[i])) {
      this.viewInputs = inputs;
      this.view = this.viewOf(indicator);
      const { replaced } = this.feed$;
      this.replacedView = replaced && this.rankView(replaced);
      // Other rows: the shown table starts again from its first block, a block per task.
      this.rows$.restart();
    }
  }

  /** The registry's names, on their way, too. */
  protected override waiting(): Promise<unknown> | undefined {
    return this.registry$.pending ?? super.waiting();
  }

  /** A name for every area; codes without one are looked up in the registry, loaded on first need. */
  private nameOf(indicator: Indicator, codes: string[]): (code: string, given?: string) => string {
    const registry = codes.length ? this.registry$.get() : null;
    if (registry === null) return (code, given) => isolate(given ?? code);
    // Blank until the names arrive (a microtask in the single-file bundle), never a misleading code.
    if (!registry) return (_code, given) => isolate(given ?? '');
    const names = registryNames(codes, this.era, indicator.asOf, this.locale, registry, this.localName);
    return (code, given) => isolate(given ?? names.get(code) ?? code);
  }

  private viewOf(indicator: Indicator): View {
    const view = this.rankView(indicator);
    const goals = indicator.rank?.target;
    if (!goals) return view;
    const today = dayText(readNow(this.now));
    return {
      ...view,
      goal: {
        text: goalText(goals, this.locale, goalPlace(indicator, view.ranked ?? [], this.highlight), today),
        top: upcomingTarget(listOf(goals), today).target.top,
      },
    };
  }

  private rankView(indicator: Indicator): View {
    const { areas, area, rank } = indicator;
    if (!areas) {
      const given = givenName(area?.name);
      const name = area ? this.nameOf(indicator, given ? [] : [area.code])(area.code, given) : '';
      const { position, of, asOf } = rank!;
      return {
        name,
        position,
        of,
        tied: false,
        asOf: asOf === indicator.asOf ? undefined : asOf,
        value: indicator.value,
        approx: indicator.approx,
        highlight: -1,
      };
    }
    const nameOf = this.nameOf(
      indicator,
      areas.filter((a) => !givenName(a.name)).map((a) => a.code),
    );
    const entries = areas.map(({ code, name, value, approx }) => ({ code, name: nameOf(code, givenName(name)), value, approx }));
    const ranked = rankAreas(entries, indicator.direction);
    const code = this.highlight || area?.code;
    const highlight = ranked.findIndex((r) => r.item.code === code);
    const mine = ranked[highlight];
    return {
      name: mine?.item.name ?? '',
      position: mine?.rank,
      of: ranked.length,
      tied: mine?.tied ?? false,
      value: mine?.item.value,
      approx: mine?.item.approx,
      ranked,
      highlight,
    };
  }

  /** "thứ 7/63": where the shown figures, or those a feed update replaced, put the area. */
  private placeOf(figures: Indicator): string | undefined {
    const { position, of } = figures === this.feed$.indicator ? this.view! : this.replacedView!;
    return position === undefined ? undefined : rankWords(position, of, this.voice(figures));
  }

  /** How this render speaks: language, words, and figures in the indicator's unit. */
  private voice(indicator: Indicator): Voice {
    return voiceFor(this.locale, indicator.unit);
  }

  override render(): TemplateResult {
    const indicator = this.feed$.indicator;
    const busy = this.state === 'loading' || this.registry$.pending !== undefined;
    const view = indicator && this.view;
    return html`<div part="base" class="base ${view && this.roomGiven(view) ? 'unreserved' : ''}" aria-busy=${busy ? 'true' : 'false'}>
      ${
        view ? this.renderIndicator(indicator, view, this.voice(indicator)) : renderStatus(this.feed$, this.locale)
      }${renderAnnouncement(this.feed$, this.locale, (figures) => this.placeOf(figures))}
    </div>`;
  }

  /**
   * Whether the drawn card gives back the room limit="N" kept for its bars (province-rank.styles.ts
   * says why): the card draws fewer rows than the limit (a strip, or fewer areas than N), or shows
   * the table the reader asked for.
   */
  private roomGiven({ ranked }: View): boolean {
    const limit = this.readLimit();
    return limit !== undefined && (!ranked || this.tableShown || Math.min(limit, MAX_BARS) > ranked.length);
  }

  private renderIndicator(indicator: Indicator, view: View, voice: Voice): TemplateResult {
    const { locale } = this;
    const { ranked, position, of, goal } = view;
    return html`<div part="label" id="label">${textIn(indicator.label, locale)}</div>
      ${this.renderSummary(indicator, view, voice)} ${goal ? html`<p part="goal" class="goal">${marked(goal.text, indicator, locale)}</p>` : nothing}
      ${ranked ? this.renderRanking(indicator, view, ranked, voice) : position === undefined ? nothing : renderStrip(position, of, locale, goal?.top)}
      ${renderBenchmarks(indicator.benchmarks ?? [], Boolean(ranked), indicator.direction, voice)} ${renderMeta(indicator, locale)}
      ${indicator.note ? html`<div part="note">${textIn(indicator.note, locale)}</div>` : nothing}
      ${renderStatus(this.feed$, locale)}`;
  }

  /** "Bắc Kạn đứng thứ 7/63" over "82%, cao hơn trung bình cả nước (79,13%)": the meaning, in words. */
  private renderSummary(
    indicator: Indicator,
    { name, position, of, tied, asOf, value, approx }: View,
    voice: Voice,
  ): TemplateResult | typeof nothing {
    if (position === undefined) return nothing;
    const { t, figure } = voice;
    const first = indicator.benchmarks?.[0];
    const comparison =
      first && value !== undefined
        ? t(compareTo(value, first.value), { label: lowerFirst(pickText(first.label, this.locale)), value: figure(first.value) })
        : undefined;
    return html`<p part="summary" class="summary">
      <span part="rank">${name ? t('rank.named', { name }) : t('rank.unnamed')}<strong>${rankWords(position, of, voice)}</strong>${tied ? t('rank.tied') : ''}${asOf ? ` (${formatPeriod(asOf, this.locale)})` : ''}</span>
      ${
        value === undefined
          ? nothing
          : html`<span class="line"
            ><span part="value">${marked(figure(value, approx), indicator, this.locale)}</span>${comparison ? html`, <span part="comparison">${marked(comparison, indicator, this.locale)}</span>` : nothing}</span
          >`
      }
    </p>`;
  }

  /**
   * Chart, buttons and table. Up to MAX_BARS areas the chart can show them all; past it,
   * the top DEFAULT_LIMIT (or `limit`) and the highlight, and the table builds its
   * thousands of rows only when the reader asks to see it.
   */
  private renderRanking(indicator: Indicator, view: View, ranked: Ranked<Entry>[], voice: Voice): TemplateResult {
    const { t } = voice;
    const { highlight } = view;
    const n = ranked.length;
    // Never more than MAX_BARS bars: limit="20000" drew 10,000 and held the page for seconds.
    const given = this.readLimit();
    const limit = n > MAX_BARS ? Math.min(given ?? DEFAULT_LIMIT, MAX_BARS) : given;
    const canExpand = limit !== undefined && limit < n && n <= MAX_BARS;
    const rows = visibleRows(ranked, canExpand && this.expanded ? undefined : limit, highlight);
    const shown = this.tableShown;
    const benchmarks = indicator.benchmarks ?? [];
    // Made once per view, and not while the table stands in for the chart (it redraws a block
    // of rows per task): 10,000 values each time would be work for nothing.
    const chart = shown
      ? nothing
      : renderChart(
          rows,
          (view.axis ??= [...ranked.map((r) => r.item.value), ...benchmarks.map((b) => b.value)]),
          benchmarks,
          voice,
          isServer ? '' : getComputedStyle(this).fontFamily,
        );
    return html`${chart}
      <div class="controls">
        ${
          canExpand && !shown
            ? html`<button type="button" part="button" aria-expanded=${String(this.expanded)} aria-controls="table" @click=${() => this.toggle('expanded')}>
              ${this.expanded ? t('showFewer') : t('showAll', { count: formatNumber(n, this.locale) })}
            </button>`
            : nothing
        }
        <button type="button" part="button" aria-pressed=${String(shown)} aria-controls="table" @click=${() => this.toggle('tableShown')}>${t('table')}</button>
      </div>
      ${this.renderFullTable(shown || n <= MAX_BARS ? (view.allRows ??= visibleRows(ranked, undefined, highlight)) : rows, indicator, voice)}`;
  }

  /** The table, a block of rows per task once shown (internal/row-blocks.ts); hidden, all at once. */
  private renderFullTable(rows: Row<Entry>[], indicator: Indicator, voice: Voice): TemplateResult {
    const shown = this.tableShown;
    return renderTable(rows, shown ? this.rows$.drawn : rows.length, textIn(indicator.label, this.locale), shown, voice);
  }
}
