import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';

import { formatDate } from '../format/dates.js';
import { deadlineDay, figureDay } from '../format/days.js';
import { inBoth, type Locale } from '../format/messages.js';
import { formatFigure } from '../format/numbers.js';
import { projectionText } from '../format/pace.js';
import { isPercentUnit, unitText } from '../format/text.js';
import { buttonStyles } from '../internal/button.styles.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { dayText, readNow } from '../internal/now.js';
import { renderBlocks, RowBlocks, rowBlockStyles } from '../internal/row-blocks.js';
import { marked, marker, renderAnnouncement, renderMeta, renderStatus, spokenLine, textIn } from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { readNumberAttribute } from '../spec/attributes.js';
import { trendPoints, type TrendPoint } from '../spec/history.js';
import { problem } from '../spec/rules.js';
import { targetsOf, upcomingTarget } from '../spec/targets.js';
import type { Indicator, Problem, SeriesPoint, Target } from '../spec/types.js';
import { capitalize } from '../target-progress/phrases.js';
import { fitLine, history, projectedFigure } from '../target-progress/projection.js';
import { PlotSize, type Size } from './plot-size.js';
import { trendGeometry, type Label, type TrendGeometry } from './trend-geometry.js';
import { axisDate, axisValue, benchmarkMark, say, summary, targetMark, targetPhrase, type SummaryPoint } from './trend-text.js';
import { STRINGS } from './trend.strings.js';
import { trendStyles } from './trend.styles.js';

type DatedTarget = Target & { by: string };

/**
 * Points past which a series is drawn in a task after the one that checked its figures: each
 * part under 50 ms where a 1,000-point series was one task of 55–80 ms on the benchmark's
 * machine (BENCHMARKS.md), and four times that on a cheap phone. Meanwhile the card keeps its
 * loading box, busy; `dx-load` waits for the drawing.
 */
const LONG_SERIES = 500;

interface View {
  shown: Indicator;
  now: number;
  locale: Locale;
  points: (SummaryPoint & { day: number })[];
  dated: DatedTarget[];
  /** The unit in the view's language. */
  unit?: string;
  /**
   * The horizontal lines and their labels: targets without a date (`open`: no place in time, so
   * a line across the drawing and the table's last rows), then benchmarks.
   */
  lines: { value: number; text: string; open?: boolean }[];
  /** The pace carried to the next target's deadline (`date`), as drawn and as said, and as the table's row. */
  projection?: { day: number; value: number; text: string; date: string };
  /** The chart in one sentence. */
  sentence: string;
  /** The table's rows, oldest first, made when it is first shown and kept while the view is. */
  rows?: TableRow[];
}

interface TableRow {
  day: number;
  date: string;
  text: string;
}

/**
 * How a figure got here and where it is heading: a line through the indicator's `series`
 * (and its current `value`), its dated targets as marked points, the pace carried dashed to
 * the next target, and benchmarks as horizontal lines. A sentence names the chart for
 * screen readers; "Xem bảng" shows every point and target as a table, and where the pace leads.
 * Reads an indicator document from `data`, an inline `<script type="application/json">`,
 * `src`, or plain attributes; attributes override the document. A series of more than 500
 * points is drawn in a task after the one that checks it, so neither holds the page; meanwhile
 * the card stays busy (and the drawing before it stays), and `dx-load` follows the drawing.
 *
 * @summary A line chart of an indicator's history, with its dated targets and the pace toward the next.
 *
 * @csspart base - The card around everything.
 * @csspart label - What is measured.
 * @csspart chart - The drawing; carries `role="img"` and the sentence that summarises it.
 * @csspart key - Under the drawing: where the current pace leads ("theo tốc độ hiện nay: 92,3% năm 2025"), in two lines at most (a longer one ends in "…"; the chart's sentence and the table say it whole).
 * @csspart button - The "Xem bảng" button.
 * @csspart table - Every point and target as a table, and where the pace leads, shown in place of the drawing.
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 *
 * @cssprop [--dx-accent=#047] - The line, its points and the projected pace.
 * @cssprop [--dx-track=#89939f] - The grid lines (drawn lighter, at 40%: they guide the eye, the figures are the line and its labels).
 * @cssprop [--dx-target=#a34d00] - The targets' marks.
 * @cssprop [--dx-text=#1b1f24] - Text.
 * @cssprop [--dx-muted=#555f6d] - Axis text, benchmark lines, source, date and note.
 * @cssprop [--dx-error=#b42318] - Error text.
 * @cssprop [--dx-link=#0a58a8] - The source link and the button.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22).
 * @cssprop [--dx-font=inherit] - Font family; the page's by default.
 * @cssprop [--dx-font-size=1rem] - Base text size.
 * @cssprop [--dx-radius=8px] - Card and button corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 */
export class Trend extends IndicatorElement {
  static override styles = [themeStyles, buttonStyles, rowBlockStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    yMax: { attribute: 'y-max' },
    now: {},
    tableShown: { state: true },
    drawing: { state: true },
  };

  /** Top of the value axis; 100 for percentages, the data's nice maximum otherwise. Never hides a figure above it. At most 100 for a percentage, and not below 0 for a count (its axis starts at 0): past that, an error. */
  declare yMax?: string | number;

  /** Today as `YYYY-MM-DD`, which decides the next target the pace is carried to; the reader's real today by default. */
  declare now?: string;

  // Caches derived in derive() from the figures and the size, before each render: plain fields,
  // as setting them must not ask for another render.
  private view?: View;
  private geometry?: TrendGeometry;
  /** The size `geometry` was made for. */
  private drawnFor?: Size;
  /** The size the drawing is made for, known before the first one. */
  private readonly plotSize$ = new PlotSize(this);
  private tableShown = false;
  /** A long series' view, made, waiting for its drawing's task (see LONG_SERIES). */
  private next?: View;
  /** That task, while it waits: the card is busy. Reactive: its end draws the waiting view. */
  private drawing?: Promise<void>;
  /** The shown table's rows drawn so far, a block per task: a 1,000-point table held the page ~90 ms. */
  private readonly rows$ = new RowBlocks(this, () => (this.tableShown && this.view ? this.tableRows(this.view).length : 0));

  protected override checked(): unknown[] {
    return [this.yMax, this.now];
  }

  protected override check(indicator: Indicator): Problem[] {
    const errors: Problem[] = [];
    this.readYMax(indicator, errors);
    readNow(this.now, errors);
    const { series, value, asOf } = indicator;
    if (!series?.length && (value === undefined || !asOf))
      errors.push({ path: 'series', code: 'points.required', message: inBoth(STRINGS, 'points.required') });
    const last = series?.at(-1);
    if (last && value !== undefined && asOf && !trendPoints(series, value, asOf)) {
      errors.push({ path: 'asOf', code: 'asOf.order', message: inBoth(STRINGS, 'asOf.order', { asOf, last: last.asOf }) });
    }
    return errors;
  }

  /**
   * `y-max` when it can top this indicator's axis, else undefined (a wrong one reported into
   * `errors`). A percentage's top past 100 (1e300) flattened the line to its floor; a count's
   * axis starts at 0, so a top below 0 is no top.
   */
  private readYMax({ unit }: Indicator, errors: Problem[] = []): number | undefined {
    const yMax = readNumberAttribute(this.yMax, 'y-max', errors);
    if (yMax === undefined) return undefined;
    if (isPercentUnit(unit) && yMax > 100) errors.push(problem('y-max', 'range.percent', { value: String(this.yMax).trim() }));
    else if (unit !== undefined && yMax < 0) errors.push(problem('y-max', 'range.negative'));
    else return yMax;
    return undefined;
  }

  protected override derive(changed: PropertyValues): void {
    this.deriveView(changed);
    this.feed$.held = this.drawing !== undefined;
  }

  private deriveView(changed: PropertyValues): void {
    const shown = this.feed$.indicator;
    if (!shown || this.state === 'error') {
      this.view = this.next = this.geometry = this.drawing = undefined;
      return;
    }
    const now = readNow(this.now);
    // Hydrating what the server drew: its drawing must be the first render, as the server made it.
    const { hydrating } = this;
    const newest = this.next ?? this.view;
    // A change of language arrives without a changed property (the lang attribute only requests an update).
    if (newest?.shown !== shown || newest.now !== now || newest.locale !== this.locale || changed.has('yMax')) {
      const view = this.makeView(shown, now);
      this.next = this.drawing = undefined;
      // On the server, and hydrating, at once.
      if (isServer || hydrating || view.points.length <= LONG_SERIES) this.adopt(view);
      else {
        // Drawn in the next task; the drawing on screen, if any, stays until then.
        this.next = view;
        const drawing: Promise<void> = new Promise((drawn) =>
          setTimeout(() => {
            // Not if newer figures came meanwhile: they have their own.
            if (this.drawing === drawing) this.drawing = undefined;
            drawn();
          }),
        );
        this.drawing = drawing;
      }
    }
    if (this.next && !this.drawing) {
      this.adopt(this.next);
      this.next = undefined;
    }
    if (!this.view) return;
    // Derived from the view and the size: a new column width redraws, nothing else is kept.
    // Hydrating, the size the server drew for (a phone column): the observer then redraws for
    // the real one. Measured first, the ticks differed from the server's and hydration threw.
    const size = hydrating ? this.plotSize$.size : this.plotSize$.current();
    // A new Size is made only where one of its measures changed (plot-size.ts).
    if (this.drawnFor !== size) this.geometry = undefined;
    this.drawnFor = size;
    this.geometry ??= this.makeGeometry(this.view, size);
  }

  /** Draws `view` from now on: its geometry is made for it, and a shown table starts again from its first block. */
  private adopt(view: View): void {
    this.view = view;
    this.geometry = undefined;
    this.rows$.restart();
  }

  /** What the figures say, before any drawing: the points, the targets, the pace and the sentence. */
  private makeView(shown: Indicator, now: number): View {
    const { series, value, asOf, approx } = shown;
    const { locale } = this;
    // The unit in the reader's language (a string, or { vi, en }).
    const unit = unitText(shown.unit, locale);
    // The current value joins the series when it is later than its last point, never twice:
    // then it is the last point, and carries the document's hedge; a point of the series, its own.
    const joined = value !== undefined && asOf ? trendPoints(series, value, asOf) : undefined;
    // Replacing the last point of its period, it stands where the finer date of the two does
    // (`at`): a year's figure after 2022's months, at the year's middle, drew the line back from November.
    const points = (joined ?? series ?? []).map((p, i, all) => ({
      asOf: p.asOf!,
      value: p.value,
      approx: joined && i === all.length - 1 ? approx : (p as SeriesPoint).approx,
      day: figureDay((p as TrendPoint).at ?? p.asOf!),
    }));
    const targets = targetsOf(shown);
    const dated = targets.filter((t): t is DatedTarget => t.by !== undefined);
    const lines = [
      ...targets.filter((t) => !t.by).map((t) => ({ value: t.value, text: capitalize(targetPhrase(t, unit, locale)), open: true })),
      ...(shown.benchmarks ?? []).map((b) => ({ value: b.value, text: benchmarkMark(b, unit, locale) })),
    ];
    let projection: View['projection'];
    const next = targets.length ? upcomingTarget(targets, dayText(now)).target : undefined;
    const last = points.at(-1)!;
    const day = next?.by ? deadlineDay(next.by) : -Infinity;
    // From the last point to a deadline still ahead: past every deadline there is no next
    // target (upcomingTarget then gives the last, to judge), and the target's progress shows no pace.
    if (next?.by && day > last.day && day >= now) {
      const pace = fitLine(history({ ...shown, series: points }))?.(day);
      if (pace !== undefined) {
        const value = projectedFigure(
          pace,
          [...points, ...targets].map((p) => p.value),
          shown.unit,
          { value: next.value, direction: shown.direction },
        );
        projection = { day, value, text: projectionText(value, unit, next.by, locale), date: next.by };
      }
    }
    const sentence = summary(points, unit, targets, shown.benchmarks ?? [], projection?.text, locale);
    return { shown, now, locale, unit, points, dated, lines, projection, sentence };
  }

  private makeGeometry({ shown, locale, unit, points, dated, lines, projection }: View, size: Size): TrendGeometry {
    const first = points[0];
    const last = points.at(-1)!;
    const figure = (p: SummaryPoint) => formatFigure({ value: p.value, unit, approx: p.approx }, locale);
    return trendGeometry(
      {
        points,
        targets: dated,
        benchmarks: lines,
        projection,
        // The longest asOf or deadline: "2024-06-30" (10) is finer than "2024-06" (7) and "2024" (4).
        precision: Math.max(...points.map((p) => p.asOf.length), ...dated.map((t) => t.by.length)),
        percent: unit === '%',
        fromZero: unit !== undefined,
        yMax: this.readYMax(shown),
        texts: {
          ends: [figure(first), figure(last)],
          targets: dated.map((t) => targetMark(t, unit, locale)),
          benchmarks: lines.map((l) => l.text),
        },
      },
      {
        // The width, the text's size, a character's width and the reader's spacing, as measured.
        ...size,
        dayText: (day, precision, month) => axisDate(day, locale, precision, month),
        valueText: (v) => axisValue(v, unit, locale),
      },
    );
  }

  /** A long series' drawing too, so that `await el.updateComplete` sees it drawn. */
  protected override waiting(): Promise<unknown> | undefined {
    return this.drawing ?? super.waiting();
  }

  private toggleTable(): void {
    this.tableShown = !this.tableShown;
    this.rows$.restart();
  }

  override render(): TemplateResult {
    const { locale, view, geometry } = this;
    const indicator = view?.shown;
    const busy = this.state === 'loading' || this.drawing ? 'true' : 'false';
    const status = renderStatus(this.feed$, locale);
    if (!indicator || !view || !geometry) {
      // Loading, or an error before any good figures: the same box, so nothing moves.
      return html`<div class="frame">
        <div class="reserve"></div>
        <div part="base" class="base" aria-busy=${busy}>
          <div aria-hidden="true">\u00a0</div>
          <div class="plot"></div>
          ${status}${renderAnnouncement(this.feed$, locale)}
        </div>
      </div>`;
    }
    return html`<div class="frame">
      <div class="reserve"></div>
      <div part="base" class="base" aria-busy=${busy}>
      <div part="label" id="label">${textIn(indicator.label, locale)}</div>
      ${this.tableShown ? this.renderTable(view) : this.renderDrawing(geometry, view.sentence)}
      <div part="key">${view.projection ? html`<span class="dash" aria-hidden="true"></span>${marked(view.projection.text, indicator, locale)}` : nothing}</div>
      <div><button type="button" part="button" aria-pressed=${String(this.tableShown)} @click=${this.toggleTable}>${say(locale, 'table')}</button></div>
      ${renderMeta(indicator, locale)}
      ${indicator.note ? html`<div part="note">${textIn(indicator.note, locale)}</div>` : nothing} ${status}${renderAnnouncement(this.feed$, locale)}
      </div>
    </div>`;
  }

  /**
   * The chart, named by its sentence; its drawing is decorative, as the name and the table say
   * the same. One template for the whole, one path per kind of mark, the value axis one text;
   * only the time ticks and the labels are a template each.
   */
  private renderDrawing(g: TrendGeometry, sentence: string): TemplateResult {
    const tick = (l: Label) => svg`<text x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`;
    const label = (l: Label | undefined) =>
      l ? svg`<text class=${l.over ? 'label over' : 'label'} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>` : nothing;
    const p = g.projection;
    const y = g.yTicks;
    const line = spokenLine(marked(sentence, this.view!.shown, this.locale));
    return html`${line}<div class="plot" part="chart" role="img" aria-label=${sentence} aria-hidden=${line ? 'true' : nothing}>
      <div class="y-ticks" aria-hidden="true" style=${
        isServer
          ? yTicksPlace(y)
              .map(([name, value]) => `${name}: ${value}`)
              .join('; ')
          : nothing
      }>${y.texts.join('\n')}</div>
      <svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false">
      <path class="grid" d=${g.grid}></path>
      <g class="x-ticks">${g.xTicks.map(tick)}</g>
      <path class="benchmark" d=${g.benchmarks}></path>
      ${p ? svg`<path class="projection" d=${p.line}></path><path class="projected" d=${p.end}></path>` : nothing}
      <path class="line" d=${g.line} pathLength="1" stroke-dasharray="1"></path>
      <path class="dot" d=${g.dots}></path>
      <path class="target" d=${g.targets}></path>
      ${g.labels.map(label)}
      </svg>
    </div>`;
  }

  /**
   * The value axis placed beside its grid lines through CSSOM: a strict Content-Security-Policy
   * (`style-src` without 'unsafe-inline', docs/embedding.md) drops a `style` attribute, which is
   * how Lit sets a bound one. Server HTML carries the attribute, for pages without such a policy
   * until this runs.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const ticks = this.renderRoot.querySelector<HTMLElement>('.y-ticks');
    if (ticks && this.geometry) for (const [name, value] of yTicksPlace(this.geometry.yTicks)) ticks.style.setProperty(name, value);
  }

  /**
   * Every point and target, oldest first, the pace after its target, a benchmark beside the
   * latest figure (when it holds), a target without a date last: made once for a view.
   */
  private tableRows(view: View): TableRow[] {
    const { locale, unit, points, dated, projection, lines } = view;
    const last = points.at(-1)!;
    return (view.rows ??= [
      ...points.map((p) => ({ day: p.day, date: p.asOf, text: formatFigure({ value: p.value, unit, approx: p.approx }, locale) })),
      ...dated.map((t) => ({ day: deadlineDay(t.by), date: t.by, text: targetMark(t, unit, locale) })),
      // The pace, after its target: the key under the drawing holds two lines, and at 200 % text
      // in a 240 px column "theo tốc độ hiện nay:…" left a sighted reader without its figure.
      ...(projection ? [projection] : []),
      // Drawn as lines across the chart. At 200 % text in a narrow column the drawing had no
      // room for a benchmark's label, and a sighted reader read it nowhere.
      ...lines.map((l) => ({ day: l.open ? Infinity : last.day, date: l.open ? '' : last.asOf, text: l.text })),
    ].sort((a, b) => a.day - b.day));
  }

  /**
   * Every point and target, oldest first, in the drawing's place: a block of rows per task
   * (internal/row-blocks.ts), hence ARIA table roles on a grid of rows, as the ranking's table.
   */
  private renderTable(view: View): TemplateResult {
    const { locale } = this;
    const rows = this.tableRows(view);
    const mark = marker(view.shown, locale);
    const row = (r: TableRow) =>
      html`<div role="row" class="table-row"><span role="rowheader">${!r.date ? say(locale, 'col.open') : r.date.length === 4 ? r.date : formatDate(r.date, locale)}</span><span role="cell">${mark(r.text)}</span></div>`;
    return html`<div class="plot table-wrap" tabindex="0" role="region" aria-labelledby="label">
      <div part="table" id="table" role="table" aria-labelledby="label" aria-rowcount=${rows.length + 1}>
        <div role="rowgroup"><div role="row" class="table-row head"><span role="columnheader">${say(locale, 'col.date')}</span><span role="columnheader">${say(locale, 'col.value')}</span></div></div>
        ${renderBlocks(rows, this.rows$.drawn, row)}
      </div>
    </div>`;
  }
}

/** Where the value axis's text goes: its lines centred on the grid lines, right-aligned to the plot's left edge. */
const yTicksPlace = (y: TrendGeometry['yTicks']): [string, string][] => [
  ['top', `${y.top - y.step / 2}px`],
  ['width', `${y.right}px`],
  ['line-height', `${y.step}px`],
];
