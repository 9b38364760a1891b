import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';

import { inBoth, message, translate } from '../format/messages.js';
import { approxWord, formatCount, formatFigure, formatQuantity, hedged } from '../format/numbers.js';
import { targetLine } from '../format/targets.js';
import { isPercentUnit, pickText, unitText } from '../format/text.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { nowText } from '../internal/now.js';
import { marker, renderAnnouncement, renderMeta, renderStatus, spokenLine, wholeFigures, wordLength } from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { readNumberAttribute } from '../spec/attributes.js';
import { problem } from '../spec/rules.js';
import type { Indicator, Problem } from '../spec/types.js';
import { GAUGE_STRINGS } from './coverage-gauge.strings.js';
import { gaugeStyles } from './coverage-gauge.styles.js';
import { dashOffset, fractionOf, GAUGE_LAYOUTS, hidesBand, tickAt } from './geometry.js';

interface Scale {
  min: number;
  max: number;
  low?: number;
  high?: number;
}

type Band = 'low' | 'middle' | 'high';

/**
 * A semicircle or ring gauge of a percentage: "97,27% thôn, bản có sóng di động".
 * Reads an indicator document from `data`, an inline `<script type="application/json">`,
 * `src`, or plain attributes; attributes override the document.
 *
 * @summary A coverage gauge for one percentage, with label, counts, target and source.
 *
 * @csspart base - The card around everything.
 * @csspart meter - The gauge with the figure; carries `role="meter"` and its ARIA values.
 * @csspart figure - The figure in words, e.g. "trên 76%".
 * @csspart label - What is measured.
 * @csspart count - The counts behind the percentage, e.g. "43.391/104.563 hộ".
 * @csspart target - The target line, e.g. "Mục tiêu 100% đến hết năm 2024".
 * @csspart band - Where the value stands against `low`/`high`, e.g. "mức thấp"; only with those attributes.
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 *
 * @cssprop [--dx-accent=#047] - The value arc.
 * @cssprop [--dx-track=#89939f] - The gauge's track.
 * @cssprop [--dx-target=#a34d00] - The target mark.
 * @cssprop [--dx-text=#1b1f24] - Text.
 * @cssprop [--dx-muted=#555f6d] - Secondary text (source, dates, note).
 * @cssprop [--dx-error=#b42318] - Error text.
 * @cssprop [--dx-link=#0a58a8] - The source link.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22). The target mark stands on a strip of the theme's own card colour (white, dark #161b22) where it crosses the track, whatever this is, so that it keeps 3:1 on a transparent card.
 * @cssprop [--dx-font=inherit] - Font family; the page's by default.
 * @cssprop [--dx-font-size=1rem] - Base text size.
 * @cssprop [--dx-radius=8px] - Card corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 * @cssprop [--dx-gauge-size=240px] - Largest width of the gauge drawing.
 */
export class CoverageGauge extends IndicatorElement {
  static override styles = [themeStyles, gaugeStyles];

  static override properties: PropertyDeclarations = { shape: {}, min: {}, max: {}, low: {}, high: {}, now: {} };

  /** `semicircle` (default) or `ring`. */
  declare shape: 'semicircle' | 'ring';

  /** Bottom of the scale; 0 by default. */
  declare min?: string | number;

  /** Top of the scale; 100 for percentages. Needed for any other unit. */
  declare max?: string | number;

  /** Upper end of the low band, as in `<meter>`: the value is "mức thấp" below it. */
  declare low?: string | number;

  /** Lower end of the high band, as in `<meter>`: the value is "mức cao" above it. */
  declare high?: string | number;

  /** Today as `YYYY-MM-DD`, for which of a list of dated targets is shown; the reader's real today by default. Fix it in articles and tests. */
  declare now?: string;

  constructor() {
    super();
    this.shape = 'semicircle';
  }

  /** The scale the attributes give; what cannot be read goes into `errors`, and its default is used. */
  private readScale(errors: Problem[] = []): Scale {
    const read = (v: string | number | undefined, name: string) => readNumberAttribute(v, name, errors);
    const min = read(this.min, 'min') ?? 0;
    const max = read(this.max, 'max') ?? 100;
    return { min, max, low: read(this.low, 'low'), high: read(this.high, 'high') };
  }

  protected override checked(): unknown[] {
    return [this.min, this.max, this.low, this.high, this.now];
  }

  protected override check(indicator: Indicator): Problem[] {
    const errors: Problem[] = [];
    const { min, max, low, high } = this.readScale(errors);
    // Of a list of dated targets, `target` is the one due on `now` (IndicatorElement).
    const { value, unit, target } = indicator;
    nowText(this.now, errors);
    // A target without a figure yet is shown as such; anything else needs a value to draw.
    if (value === undefined && !target) errors.push(problem('value', 'required'));
    // The message names the unit as the data team wrote it first: in Vietnamese.
    if (unit && !isPercentUnit(unit) && this.max === undefined)
      errors.push({ path: 'unit', code: 'gauge.unit', message: inBoth(GAUGE_STRINGS, 'gauge.unit', { unit: unitText(unit, 'vi')! }) });
    // A scale of no length drew an empty arc, and min above max named the value the scale put out of it.
    if (max <= min) errors.push({ path: 'max', code: 'gauge.scale', message: inBoth(GAUGE_STRINGS, 'gauge.scale', { min, max }) });
    // Bands as in <meter>, but said rather than clamped: low above high named a band its marks contradicted.
    else
      for (const [path, v, from, to] of [
        ['value', value, min, max],
        ['target.value', target?.value, min, max],
        ['low', low, min, high ?? max],
        ['high', high, low ?? min, max],
      ] as const) {
        if (v !== undefined && (v < from || v > to))
          errors.push({ path, code: 'gauge.range', message: inBoth(GAUGE_STRINGS, 'gauge.range', { value: v, min: from, max: to }) });
      }
    return errors;
  }

  private bandOf(value: number, { low, high }: Scale): Band | undefined {
    if (low === undefined && high === undefined) return undefined;
    if (low !== undefined && value < low) return 'low';
    if (high !== undefined && value > high) return 'high';
    return 'middle';
  }

  /**
   * One template for every state, so a gauge is one cloned fragment, not four: Lit pays per
   * template instance and per binding, and a page may hold a hundred gauges (BENCHMARKS.md).
   * While loading, or with an error before any good figures, it is the same box with an empty
   * figure, so nothing shifts when data arrives.
   */
  override render(): TemplateResult {
    const { locale } = this;
    const indicator = this.feed$.indicator;
    const scale = this.readScale();
    const status = renderStatus(this.feed$, locale);
    if (!indicator) return this.renderGauge(scale, undefined, undefined, nothing, [status]);
    const { value, approx, count, target } = indicator;
    const unit = unitText(indicator.unit, locale);
    const band = value === undefined ? undefined : this.bandOf(value, scale);
    // The number as drawn: under a hedge, rounded so that the hedge word stays true.
    const figure = value === undefined ? message(locale, 'noFigure') : formatQuantity(value, unit, locale, hedged(approx));
    const targetText = target && targetLine(target, unit, locale);
    const countText = count ? formatCount(count, locale) : undefined;
    const bandText = band ? translate(GAUGE_STRINGS, locale, `band.${band}`) : undefined;
    // What a sighted reader takes in from the drawing, as one phrase.
    const valueText = [value === undefined ? figure : formatFigure({ value, unit, approx }, locale), countText, targetText, bandText]
      .filter(Boolean)
      .join(', ');
    const label = pickText(indicator.label, locale);
    // Document text in another language than the gauge's, marked with its own.
    const mark = marker(indicator, locale);
    // The label and the lines under it, only those there are, in one binding.
    const lines = [
      html`<div part="label" id="label">${mark(label)}</div>`,
      countText && html`<div part="count">${wholeFigures(mark(countText))}</div>`,
      targetText && html`<div part="target"><span class="swatch" aria-hidden="true"></span>${mark(targetText)}</div>`,
      bandText && html`<div part="band">${bandText}</div>`,
      renderMeta(indicator, locale),
      indicator.note && html`<div part="note">${mark(pickText(indicator.note, locale))}</div>`,
      status,
    ].filter((line) => line && line !== nothing);
    return this.renderGauge(
      scale,
      indicator,
      figure,
      // The space as ${' '}, as in the stat: the build squeezes whitespace out of templates.
      value !== undefined && approx ? html`<span class="approx">${approxWord(approx, locale)}</span>${' '}` : nothing,
      lines,
      valueText,
      // The meter's name and value, where they would be heard in two languages.
      spokenLine(mark(`${label}, ${valueText}`)),
    );
  }

  /**
   * The card: the drawing (track, band marks, value arc, target mark; decorative, as the ARIA
   * values say it all) under the figure, then the label and its lines. Without a value the
   * meter is an image named by the label and "chưa có số liệu"; without an indicator, no more
   * than a box. The value arc's dash offset is a CSS transition, so it sweeps in on first show
   * and moves on updates without re-creating anything.
   */
  private renderGauge(
    { min, max, low, high }: Scale,
    indicator: Indicator | undefined,
    figure: string | undefined,
    approx: unknown,
    lines: unknown[],
    valueText?: string,
    line?: TemplateResult,
  ): TemplateResult {
    // An own key only: shape="constructor" or "__proto__" would find Object's and draw nothing.
    const shape = Object.hasOwn(GAUGE_LAYOUTS, this.shape) ? this.shape : 'semicircle';
    const layout = GAUGE_LAYOUTS[shape];
    const value = indicator?.value;
    const meter = value !== undefined;
    const at = (v: number) => fractionOf(v, min, max);
    // Band marks beside the target mark; one binding for all, as most gauges have none. Each mark
    // stands on a strip of the card's colour as long as the track is wide, so that its sides meet
    // the card, not the track or the value (WCAG 1.4.11; theme.styles.ts). The strips go first,
    // all of them, so that none covers another mark. Past the track a strip would show as a light
    // notch on a tinted page. Straight, it stays on the track's arcs but for its outer corners,
    // sqrt(96² + 3²) - 96 = 0.05 units out (0.3 px in a 1200 px drawing), which nothing needs
    // clipped; over a semicircle's round end (a mark at 0 or 100, or within a point of it) its
    // corners would stand half a unit out (3 px at 1200 px), so there the strips are clipped to
    // what lies above the ends and to the round ends below them (ids are the shadow root's own,
    // and a PNG snapshot copies one element's: test/internal/snapshot.test.ts). A band mark the target's clear
    // space would cut into is not drawn: the target, listed first, stands in its place (hidesBand).
    const ticks = (
      [
        [indicator?.target?.value, 'target-mark', 4],
        [low, 'band-mark', 3],
        [high, 'band-mark', 3],
      ] as const
    )
      .filter(([v]) => v !== undefined)
      .map(([v, cls, overhang]) => [tickAt(layout, at(v!), 0), cls, tickAt(layout, at(v!), overhang)] as const)
      // The first mark's kind always stays: the target's, or with no target the band marks'.
      .filter(([gap, cls], _, [[goal, first]]) => cls === first || !hidesBand(gap, goal));
    const gaps = ticks.map(([gap]) => svg`<line class="mark-gap" x1=${gap.x1} y1=${gap.y1} x2=${gap.x2} y2=${gap.y2}></line>`);
    // Nothing at all without marks, as most gauges are: each node is paid for a hundred times on
    // a page of gauges (BENCHMARKS.md). A ring has no round ends to clip.
    const marks = ticks.length
      ? [
          shape === 'ring'
            ? gaps
            : svg`<clipPath id="on-semicircle"><path d="M0 0h200v100h-4a9 9 0 0 1-18 0H22a9 9 0 0 1-18 0H0z"></path></clipPath><g clip-path="url(#on-semicircle)">${gaps}</g>`,
          ticks.map(([, cls, t]) => svg`<line class=${cls} x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>`),
        ]
      : nothing;
    const shown = value === undefined || value <= min ? undefined : at(value);
    // A count's figure, by its length: 8–11 characters (chars8), 12–15, 16–19, 20 and more (chars20).
    const long = Math.min(4, Math.ceil(((figure?.length ?? 0) - 7) / 4));
    return html`<div part="base" class="base ${shape}${indicator && !meter ? ' no-figure' : ''}" aria-busy=${String(this.state === 'loading')}>
      ${line}<div
        class="dial"
        part="meter"
        aria-hidden=${line ? 'true' : nothing}
        role=${meter ? 'meter' : indicator ? 'img' : nothing}
        aria-labelledby=${meter ? 'label' : indicator ? 'label figure' : nothing}
        aria-valuenow=${meter ? value : nothing}
        aria-valuemin=${meter ? min : nothing}
        aria-valuemax=${meter ? max : nothing}
        aria-valuetext=${valueText && meter ? valueText : nothing}
      >
        <svg viewBox=${layout.viewBox} aria-hidden="true">
          <path class="track" d=${layout.path} stroke-width="18"></path>
          <path class="value" d=${layout.path} stroke-width="18" pathLength="100" stroke-dasharray="100 200" stroke-dashoffset=${dashOffset(shown ?? 0)} display=${shown === undefined ? 'none' : nothing}></path>
          ${marks}
        </svg>
        <div class="figure" part="figure" id="figure">${approx}<span class="number ${wordLength(figure)} ${long > 0 ? `chars${4 * long + 4}` : ''}">${figure}</span></div>
      </div>
      <div class="text">${lines}</div>${renderAnnouncement(this.feed$, this.locale)}
    </div>`;
  }
}
