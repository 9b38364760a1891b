import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';

import { formatDate } from '../format/dates.js';
import { message } from '../format/messages.js';
import { attachedUnit, formatFigure, formatQuantity } from '../format/numbers.js';
import { projectionText } from '../format/pace.js';
import { pickText, unitText } from '../format/text.js';
import { containerStyles } from '../internal/container.styles.js';
import { growStyles } from '../internal/grow.styles.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { dayText, readNow } from '../internal/now.js';
import { statusStyles } from '../internal/status.styles.js';
import {
  marked,
  marker,
  renderAnnouncement,
  renderInlineStatus,
  renderMeta,
  renderStatus,
  spokenLine,
  textIn,
  wholeFigures,
} from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { problem } from '../spec/rules.js';
import { targetsOf, upcomingTarget } from '../spec/targets.js';
import type { Indicator, Problem, Target } from '../spec/types.js';
import { barScale, type BarScale } from './bar-scale.js';
import { capitalize, gapText, laterText, say, statusText, targetText, timeText } from './phrases.js';
import { assess, type Assessable, type Assessment } from './projection.js';
import { progressStyles } from './target-progress.styles.js';

interface View {
  /** The figures on screen, as validated. */
  shown: Indicator;
  /** The same with `target` the one judged: of a list, the earliest not passed on `now`. */
  indicator: Indicator & Assessable;
  /** The targets of the list after the one judged. */
  later: Target[];
  /** The day it was assessed on. */
  now: number;
  assessment: Assessment;
  scale: BarScale;
}

/**
 * How far a province is from a dated target, and whether it will get there:
 * "60%/100% · chậm tiến độ", a bar from the baseline to the target, what is left
 * ("còn 40 điểm %", "còn 3 tháng") and the pace carried to the deadline.
 * Reads an indicator document from `data`, an inline `<script type="application/json">`,
 * `src`, or plain attributes; attributes override the document.
 *
 * @summary Progress toward a dated target, with the gap, the time left and a status judged by the pace.
 *
 * @csspart base - The card (or, inline, the line) around everything.
 * @csspart label - What is measured (visually hidden in the inline variant).
 * @csspart figure - The value over the target, e.g. "khoảng 90%/90%" or "2.250/3.000 tổ".
 * @csspart status - The status in words: đã đạt mục tiêu, đúng tiến độ, chậm tiến độ, quá hạn, chưa có số liệu, chưa đủ số liệu để đánh giá.
 * @csspart bar - The bar; carries `role="progressbar"` and its ARIA values.
 * @csspart baseline - Where the bar starts, when the document gives a baseline: "Xuất phát 40% (năm 2023)".
 * @csspart gap - What is left, or the overshoot: "còn 40 điểm %", "vượt 5 điểm %".
 * @csspart target - The target, its deadline and the time left: "Mục tiêu 100% đến hết năm 2024 · còn 3 tháng".
 * @csspart later - With a list of dated targets, how many follow the one judged: "Sau đó còn 2 mục tiêu, đến hết năm 2030".
 * @csspart projection - Where the pace leads, as the trend's key says it: "Theo tốc độ hiện nay: 82% năm 2024".
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 *
 * @cssprop [--dx-accent=#047] - The progress fill and the outline of the projected pace.
 * @cssprop [--dx-track=#89939f] - The bar's track.
 * @cssprop [--dx-target=#a34d00] - The target mark; the "behind" status.
 * @cssprop [--dx-good=#1a7f37] - The "achieved" and "on track" statuses (dark theme: #3fb950).
 * @cssprop [--dx-text=#1b1f24] - Text.
 * @cssprop [--dx-muted=#555f6d] - Secondary text; the statuses that judge nothing.
 * @cssprop [--dx-error=#b42318] - Error text; the "overdue" status.
 * @cssprop [--dx-link=#0a58a8] - The source link.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22). The target mark stands on a strip of the theme's own card colour (white, dark #161b22) where it crosses the track, whatever this is, so that it keeps 3:1 on a transparent card.
 * @cssprop [--dx-bad=#b42318] - The shared colour for a change for the worse (dark theme: #ff7b72); no status of the target uses it yet.
 * @cssprop [--dx-font=inherit] - Font family; the page's by default.
 * @cssprop [--dx-font-size=1rem] - Base text size (inline: the paragraph's).
 * @cssprop [--dx-radius=8px] - Card corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 */
export class TargetProgress extends IndicatorElement {
  static override styles = [themeStyles, containerStyles, growStyles, statusStyles, progressStyles];

  static override properties: PropertyDeclarations = { variant: { reflect: true }, now: {} };

  /** `block` (default), or `inline` for one line inside a paragraph: small bar, "60%/100% · chậm tiến độ". */
  declare variant: 'block' | 'inline';

  /** Today as `YYYY-MM-DD`, for time left and the status; the reader's real today by default. Fix it in articles and tests. */
  declare now?: string;

  private view?: View;

  constructor() {
    super();
    this.variant = 'block';
  }

  protected override checked(): unknown[] {
    return [this.now];
  }

  protected override check(indicator: Indicator): Problem[] {
    const errors: Problem[] = [];
    if (!indicator.target) errors.push(problem('target', 'required'));
    readNow(this.now, errors);
    return errors;
  }

  protected override derive(): void {
    const shown = this.feed$.indicator;
    if (!shown?.target) {
      this.view = undefined;
      return;
    }
    const now = readNow(this.now);
    // The same figures on the same day (a theme or variant change, an unchanged poll): the same view.
    if (this.view?.shown === shown && this.view.now === now) return;
    const { target, later } = upcomingTarget(targetsOf(shown), dayText(now));
    const indicator = { ...shown, target } as Indicator & Assessable;
    this.view = { shown, indicator, later, now, assessment: assess(indicator, now), scale: barScale(indicator) };
  }

  override render(): TemplateResult {
    const inline = this.variant === 'inline';
    const busy = this.state === 'loading' ? 'true' : 'false';
    const view = this.view ? (inline ? this.renderInline(this.view) : this.renderBlock(this.view)) : this.renderEmpty(inline);
    const body = html`${view}${renderAnnouncement(this.feed$, this.locale)}`;
    return inline
      ? html`<span part="base" class="base inline" aria-busy=${busy}>${body}</span>`
      : html`<div part="base" class="base block" aria-busy=${busy}>${body}</div>`;
  }

  /**
   * Loading, or an error before any good figures. The block keeps its height (see the
   * styles); while loading it also draws the empty bar where the figures' bar will be, under
   * a blank label line and the loading words in the figure's row.
   */
  private renderEmpty(inline: boolean): TemplateResult | typeof nothing {
    if (this.state !== 'loading') return (inline ? renderInlineStatus : renderStatus)(this.feed$, this.locale);
    const loading = renderStatus(this.feed$, this.locale);
    if (inline) return html`${this.renderBar(undefined)}${loading}`;
    return html`<div aria-hidden="true">\u00a0</div>
      <div class="head"><span class="figure" aria-hidden="true">\u00a0</span>${loading}</div>
      ${this.renderBar(undefined)}`;
  }

  private figureText({ indicator }: View): string {
    const { value, approx, target } = indicator;
    const unit = unitText(indicator.unit, this.locale);
    if (value === undefined) return message(this.locale, 'noFigure');
    const now = formatFigure({ value, unit: attachedUnit(unit), approx }, this.locale);
    return say(this.locale, 'of', { value: now, target: formatQuantity(target.value, unit, this.locale) });
  }

  /** The progress bar, or for a target with no figure yet a plain line: never a 0% bar. */
  private renderMeter(view: View): TemplateResult {
    const { indicator, assessment, scale } = view;
    const { value, approx, target } = indicator;
    if (value === undefined) return html`${nothing}`;
    const { locale } = this;
    const unit = unitText(indicator.unit, locale);
    // What a sighted reader takes in: "60%, mục tiêu 100% đến hết năm 2024, chậm so với tiến độ".
    const valueText = [
      formatFigure({ value, unit, approx }, locale),
      targetText(target, unit, locale),
      statusText(assessment.status, locale, true),
    ].join(', ');
    // The bar's name and value, where they would be heard in two languages.
    const line = spokenLine(marked(`${pickText(indicator.label, locale)}, ${valueText}`, indicator, locale));
    return html`${line}<div
      part="bar"
      class="bar"
      role="progressbar"
      aria-hidden=${line ? 'true' : nothing}
      aria-labelledby="label"
      aria-valuenow=${value}
      aria-valuemin=${scale.min}
      aria-valuemax=${scale.max}
      aria-valuetext=${valueText}
    >
      ${this.renderBar(view)}
    </div>`;
  }

  private renderBlock(view: View): TemplateResult {
    const { locale } = this;
    const { indicator, assessment } = view;
    const { target, direction, baseline } = indicator;
    const unit = unitText(indicator.unit, locale);
    const { status, gap, daysLeft, projected } = assessment;
    const gapLine = gapText(gap, unit, direction, locale);
    // Document text in another language than the element's, marked with its own.
    const mark = marker(indicator, locale);
    // No time is said without a deadline, nor for a target reached once its deadline has passed (not "quá hạn", overdue).
    const timeless = daysLeft === undefined || (daysLeft < 0 && status === 'achieved');
    const targetLine = [capitalize(targetText(target, unit, locale)), timeless ? '' : timeText(daysLeft, locale)]
      .filter(Boolean)
      .join(' · ');
    return html`<div part="label" id="label">${textIn(indicator.label, locale)}</div>
      <div class="head">
        <span part="figure" class="figure ${status}">${wholeFigures(mark(this.figureText(view)))}</span>
        ${status === 'nofigure' ? nothing : html`<span part="status" class="status ${status}">${statusText(status, locale)}</span>`}
      </div>
      ${this.renderMeter(view)}
      ${
        baseline && status !== 'nofigure'
          ? html`<div part="baseline">${mark(capitalize(say(locale, 'baseline', { value: formatQuantity(baseline.value, unit, locale), date: formatDate(baseline.asOf, locale) })))}</div>`
          : nothing
      }
      <div class="lines">
        ${gapLine ? html`<span part="gap">${mark(capitalize(gapLine))}</span>` : nothing}
        <span part="target">${mark(targetLine)}</span>
        ${view.later.length ? html`<span part="later">${capitalize(laterText(view.later, locale))}</span>` : nothing}
      </div>
      ${
        projected === undefined || !target.by
          ? nothing
          : html`<div part="projection">${mark(capitalize(projectionText(projected, unit, target.by, locale)))}</div>`
      }
      ${renderMeta(indicator, locale)} ${indicator.note ? html`<div part="note">${textIn(indicator.note, locale)}</div>` : nothing}
      ${renderStatus(this.feed$, locale)}`;
  }

  /** One line for a sentence: small bar, "60%/100% · chậm tiến độ". */
  private renderInline(view: View): TemplateResult {
    const { locale } = this;
    const { status } = view.assessment;
    const { target } = view.indicator;
    const unit = unitText(view.indicator.unit, locale);
    // With no figure there is no bar: the target and the status say it all.
    const figure = status === 'nofigure' ? targetText(target, unit, locale) : this.figureText(view);
    return html`<span part="label" id="label" class="visually-hidden">${textIn(view.indicator.label, locale)}</span> ${this.renderMeter(view)}<span part="figure" class="figure">${wholeFigures(marked(figure, view.indicator, locale))}</span><span class="sep" aria-hidden="true"> · </span
      ><span part="status" class="status ${status}">${statusText(status, locale)}</span>${renderInlineStatus(this.feed$, locale)}`;
  }

  /**
   * The drawing, in a 100 × 16 box stretched to the bar's width: the track from the
   * start to the target (or the value past it), the fill to the value, the pace
   * carried to the deadline outlined beyond it, and the target mark on a strip of the
   * card's colour. Decorative: the progressbar's ARIA values say it all.
   */
  private renderBar(view: View | undefined): TemplateResult {
    // Marks at the very ends stay whole: the track spans x 2–98.
    const x = (fraction: number) => 2 + 96 * fraction;
    let marks: unknown = nothing;
    if (view) {
      const { scale, indicator, assessment } = view;
      const from = x(scale.at(scale.start));
      const to = x(scale.at(indicator.value!));
      const pace = assessment.projected === undefined ? to : x(scale.at(assessment.projected));
      const targetX = x(scale.at(indicator.target.value));
      marks = svg`${pace > to ? svg`<rect class="projection" x=${to} y="4" width=${pace - to} height="8"></rect>` : nothing}
        <rect class="fill grow" x=${from} y="4" width=${Math.max(0, to - from)} height="8"></rect>
        <line class="value-mark" x1=${to} x2=${to} y1="2" y2="14"></line>
        <line class="target-gap" x1=${targetX} x2=${targetX} y1="3" y2="13"></line>
        <line class="target-mark" x1=${targetX} x2=${targetX} y1="0" y2="16"></line>`;
    }
    return html`<svg class="drawing" viewBox="0 0 100 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="2" y="4" width="96" height="8"></rect>${marks}
    </svg>`;
  }
}
