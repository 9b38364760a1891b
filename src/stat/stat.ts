import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';

import { inBoth } from '../format/messages.js';
import { approxWord, attachedUnit, formatCount, formatFigure, formatQuantity, hedged } from '../format/numbers.js';
import { isolate, pickText, unitText } from '../format/text.js';
import { containerStyles } from '../internal/container.styles.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { nowText } from '../internal/now.js';
import { statusStyles } from '../internal/status.styles.js';
import { marker, renderAnnouncement, renderMeta, renderStatus, spokenLine, wholeFigures, wordLength } from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { lastChange, trendPoints, type TrendPoint } from '../spec/history.js';
import { problem } from '../spec/rules.js';
import type { Indicator, Problem } from '../spec/types.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparkGeometry } from './stat-sparkline.js';
import { describeChange, describeTarget, describeTrend, numberOptions, shortDate, type ChangeText } from './stat-text.js';
import { STAT_STRINGS } from './stat.strings.js';
import { statStyles } from './stat.styles.js';

const NOTATIONS = ['standard', 'compact'];

/**
 * One figure, large: a count ("gần 320.000 thuê bao") or a percentage, with its label,
 * the counts behind it, the change since the previous point of its history with a
 * sparkline, progress toward its target, and its date and source. Reads an indicator
 * document from `data`, an inline `<script type="application/json">`, `src`, or plain
 * attributes; attributes override the document.
 *
 * @summary A big-number card for a count or a percentage, with trend and target.
 *
 * @csspart base - The card around everything.
 * @csspart label - What is measured.
 * @csspart summary - The figure, counts, change and target; carries `role="img"` and the one sentence that says them all.
 * @csspart figure - The figure with its hedge and unit, e.g. "gần 320.000 thuê bao".
 * @csspart count - The counts behind a percentage, e.g. "43.391/104.563 hộ".
 * @csspart change - The change since the previous point, e.g. "▲ +12.400 so với năm 2023"; has the class `good`, `bad` or `flat`.
 * @csspart target - The progress line, the target marked at its end, and "đạt 64% mục tiêu (…)".
 * @csspart sparkline - The history as a small line chart; carries `role="img"` and a description of the trend.
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 *
 * @cssprop [--dx-accent=#047] - The sparkline and the progress line.
 * @cssprop [--dx-track=#89939f] - The progress line's track.
 * @cssprop [--dx-target=#a34d00] - The target mark at the progress line's end.
 * @cssprop [--dx-good=#1a7f37] - A change for the better (dark theme: #3fb950).
 * @cssprop [--dx-bad=#b42318] - A change for the worse (dark theme: #ff7b72).
 * @cssprop [--dx-text=#1b1f24] - Text.
 * @cssprop [--dx-muted=#555f6d] - Secondary text (source, dates, note).
 * @cssprop [--dx-error=#b42318] - Error text.
 * @cssprop [--dx-link=#0a58a8] - The source link.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22). The target mark stands on a strip of the theme's own card colour (white, dark #161b22) where it crosses the track, whatever this is, so that it keeps 3:1 on a transparent card.
 * @cssprop [--dx-font=inherit] - Font family; the page's by default.
 * @cssprop [--dx-font-size=1rem] - Base text size.
 * @cssprop [--dx-radius=8px] - Card corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 */
export class StatElement extends IndicatorElement {
  static override styles = [themeStyles, containerStyles, statusStyles, statStyles];

  static override properties: PropertyDeclarations = { notation: {}, now: {} };

  /** `standard` (default): every digit, "320.000" (from 10^21, scientific: "1,5E21"); `compact`: as the news writes large numbers, "320 nghìn", "1,5 triệu" (from 10 000 up). */
  declare notation?: 'standard' | 'compact';

  /** Today as `YYYY-MM-DD`, for which of a list of dated targets is judged; the reader's real today by default. Fix it in articles and tests. */
  declare now?: string;

  protected override checked(): unknown[] {
    return [this.notation, this.now];
  }

  protected override check(indicator: Indicator): Problem[] {
    const errors: Problem[] = [];
    const { value, asOf, series } = indicator;
    if (value === undefined) errors.push(problem('value', 'required'));
    else if (!trendPoints(series, value, asOf)) {
      const params = { asOf: asOf!, last: series![series!.length - 1].asOf };
      errors.push({ path: 'asOf', code: 'stat.asOf', message: inBoth(STAT_STRINGS, 'error.asOf', params) });
    }
    if (this.notation && !NOTATIONS.includes(this.notation)) errors.push(problem('notation', 'enum', { values: NOTATIONS.join(', ') }));
    nowText(this.now, errors);
    return errors;
  }

  override render(): TemplateResult {
    const indicator = this.feed$.indicator;
    // check() guarantees a value and a history it can join.
    const points = indicator ? (trendPoints(indicator.series, indicator.value!, indicator.asOf) ?? []) : [];
    return html`<div part="base" class="base ${points.length > 1 ? 'with-spark' : ''}" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${indicator ? this.renderIndicator(indicator, points) : this.renderEmpty()}${renderAnnouncement(this.feed$, this.locale)}
    </div>`;
  }

  /** Loading, or an error before any good figures: the same box, so nothing shifts when data arrives. */
  private renderEmpty(): TemplateResult {
    return html`<div class="main">
      ${renderStatus(this.feed$, this.locale)}
    </div>`;
  }

  private renderIndicator(indicator: Indicator, points: TrendPoint[]): TemplateResult {
    const { locale } = this;
    const compact = this.notation === 'compact';
    // Of a list of dated targets, `target` is the one due on `now` (IndicatorElement).
    const { approx, count, target } = indicator;
    const unit = unitText(indicator.unit, locale);
    const value = indicator.value!;
    const { direction } = indicator;
    // No change is said that overflows a number (-1e308 to 1e308): Infinity was written "< +0,001".
    const step = lastChange(points);
    const change =
      step && Math.abs(step.delta) < Infinity ? describeChange(step.delta, step.previous, unit, direction, locale, compact) : undefined;
    const goal = target && describeTarget(value, target, unit, direction, locale, compact, approx);
    const countText = count ? formatCount(count, locale) : undefined;
    const options = numberOptions(compact);
    // The figure, counts, change and target as one sentence: what the eye takes in at once.
    const sentence = [formatFigure({ value, unit, approx }, locale, options), countText, change?.heard, goal?.text]
      .filter(Boolean)
      .join(', ');
    // Document text in another language than the stat's, marked with its own.
    const mark = marker(indicator, locale);
    // The big figure, sized to the card by its longest word (wordLength, stat.styles.ts).
    const number = formatQuantity(value, attachedUnit(unit), locale, hedged(approx, options));
    const line = spokenLine(mark(sentence));
    return html`<div class="main">
        <div part="label" id="label">${mark(pickText(indicator.label, locale))}</div>
        ${line}<div part="summary" class="summary" role="img" aria-label=${sentence} aria-hidden=${line ? 'true' : nothing}>
          <div part="figure" class="figure">
            <!-- Spaces as \${' '}: the build squeezes whitespace between tags out of templates. -->
            ${approx ? html`<span class="approx">${approxWord(approx, locale)}</span>${' '}` : nothing}<span class="number ${wordLength(number)}"
              >${wholeFigures(number)}</span
            >${unit && unit !== '%' ? html`${' '}<span class="unit">${isolate(unit)}</span>` : nothing}
          </div>
          ${countText ? html`<div part="count">${wholeFigures(countText)}</div>` : nothing}
          ${change ? this.renderChange(change) : nothing}
          ${goal ? this.renderTarget(goal) : nothing}
        </div>
      </div>
      ${points.length > 1 ? this.renderSparkline(points, describeTrend(points, unit, locale, compact), mark) : nothing}
      <div class="foot">
        ${renderMeta(indicator, locale)}
        ${indicator.note ? html`<div part="note">${mark(pickText(indicator.note, locale))}</div>` : nothing}
        ${renderStatus(this.feed$, locale)}
      </div>`;
  }

  private renderChange(change: ChangeText): TemplateResult {
    return html`<div part="change" class="change ${change.tone}">
      ${change.arrow ? html`<span class="arrow">${change.arrow}</span>${' '}` : nothing}${change.seen}
    </div>`;
  }

  /**
   * A thin line whose whole length is the target, filled to the share reached (full past 100%),
   * its end marked by a tick that stands out above and below it, then the words. In percent and
   * pixels rather than a stretched box, so the ends stay round and the tick 2 px wide. The strip
   * of the card's colour under the tick is clipped to the line's round end: past it, on a tinted
   * page, it would show as a light notch.
   */
  private renderTarget(goal: { text: string; share?: number }): TemplateResult {
    return html`<div part="target" class="target">
      ${
        goal.share === undefined
          ? nothing
          : html`<svg class="progress" aria-hidden="true" focusable="false">
            <rect class="track" width="100%" height="6" rx="3"></rect>
            <rect class="done" width="${Math.min(goal.share, 100)}%" height="6" rx="3"></rect>
            <clipPath id="on-line"><rect width="100%" height="6" rx="3"></rect></clipPath>
            <line class="target-gap" x1="100%" x2="100%" y1="-1" y2="7" clip-path="url(#on-line)"></line>
            <line class="target-mark" x1="100%" x2="100%" y1="-3" y2="9"></line>
          </svg>`
      }
      <span>${goal.text}</span>
    </div>`;
  }

  /**
   * The history, drawn and described: the description (first and last point, and the way
   * it went) is what assistive technology gets; the drawing is hidden from it, so no one
   * hears the points one by one. The dates of the two ends are written under the line.
   */
  private renderSparkline(points: TrendPoint[], description: string, mark: (text: string) => string | unknown[]): TemplateResult {
    const { line, area, end } = sparkGeometry(points);
    const { locale } = this;
    const spoken = spokenLine(mark(description));
    return html`${spoken}<div part="sparkline" class="spark" role="img" aria-label=${description} aria-hidden=${spoken ? 'true' : nothing}>
      <svg viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <path class="fill" d=${area}></path>
        <path class="line" d=${line}></path>
        <path class="end" d="M${end[0]},${end[1]}h0"></path>
      </svg>
      <div class="ends">
        <span>${shortDate(points[0].asOf, locale)}</span>
        <span>${shortDate(points[points.length - 1].asOf, locale)}</span>
      </div>
    </div>`;
  }
}
