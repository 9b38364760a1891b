import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { readNumberAttribute } from '../data/attributes.js';
import type { Indicator, ValidationError } from '../data/types.js';
import { problem } from '../data/validate.js';
import { message } from '../format/messages.js';
import { approxWord, formatCount, formatFigure, formatQuantity, hedged } from '../format/numbers.js';
import { pickText } from '../format/text.js';
import { dashOffset, fractionOf, GAUGE_LAYOUTS, tickAt } from '../internal/gauge-geometry.js';
import { IndicatorElement } from '../internal/indicator-element.js';
import { renderAnnouncement, renderMeta, renderStatus, targetLine } from '../internal/parts.js';
import { themeStyles } from '../internal/theme.styles.js';
import { gaugeStyles } from './coverage-gauge.styles.js';

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
 * @csspart target - The target line, e.g. "Mục tiêu 100% đến 31/12/2024".
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart note - The footnote.
 * @csspart error - The message shown in place when the input cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 *
 * @cssprop [--dx-accent=#0a66c2] - The value arc.
 * @cssprop [--dx-track=#d8dee4] - The gauge's track.
 * @cssprop [--dx-target=#a34d00] - The target mark.
 * @cssprop [--dx-text=#1b1f24] - Text.
 * @cssprop [--dx-muted=#555f6d] - Secondary text (source, dates, note).
 * @cssprop [--dx-error=#b42318] - Error text.
 * @cssprop [--dx-link=#0a58a8] - The source link.
 * @cssprop [--dx-bg=transparent] - Card background (dark theme: #161b22).
 * @cssprop [--dx-font=inherit] - Font family; the page's by default.
 * @cssprop [--dx-font-size=1rem] - Base text size.
 * @cssprop [--dx-radius=8px] - Card corner radius.
 * @cssprop [--dx-padding=12px] - Card padding.
 * @cssprop [--dx-gauge-size=240px] - Largest width of the gauge drawing.
 */
export class CoverageGauge extends IndicatorElement {
  static override styles = [themeStyles, gaugeStyles];

  static override properties: PropertyDeclarations = { shape: {}, min: {}, max: {}, low: {}, high: {} };

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

  private scale: Scale = { min: 0, max: 100 };
  private scaleErrors: ValidationError[] = [];

  constructor() {
    super();
    this.shape = 'semicircle';
  }


  private readScale(errors: ValidationError[]): Scale {
    const read = (v: string | number | undefined, name: string) => readNumberAttribute(v, name, errors);
    const min = read(this.min, 'min') ?? 0;
    const max = read(this.max, 'max') ?? 100;
    return { min, max, low: read(this.low, 'low'), high: read(this.high, 'high') };
  }

  protected override check(indicator: Indicator): ValidationError[] {
    const errors = [...this.scaleErrors];
    const { min, max } = this.scale;
    const { value, unit, target } = indicator;
    // A target without a figure yet is shown as such; anything else needs a value to draw.
    if (value === undefined && !target) errors.push(problem('value', 'required'));
    if (unit && unit !== '%' && this.max === undefined) errors.push(problem('unit', 'gauge.unit', { unit }));
    for (const [path, v] of [['value', value], ['target.value', target?.value]] as const) {
      if (v !== undefined && (v < min || v > max)) errors.push(problem(path, 'gauge.range', { value: v, min, max }));
    }
    return errors;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Read once per update, before check() needs it.
    this.scaleErrors = [];
    this.scale = this.readScale(this.scaleErrors);
    super.willUpdate(changed);
  }

  private bandOf(value: number): Band | undefined {
    const { low, high } = this.scale;
    if (low === undefined && high === undefined) return undefined;
    if (low !== undefined && value < low) return 'low';
    if (high !== undefined && value > high) return 'high';
    return 'middle';
  }

  override render(): TemplateResult {
    const indicator = this.source$.indicator;
    const busy = this.state === 'loading';
    return html`<div part="base" class="base ${this.shape}" aria-busy=${String(busy)}>
      ${indicator ? this.renderIndicator(indicator) : this.renderEmpty()}${renderAnnouncement(this.source$, this.locale)}
    </div>`;
  }

  /** Loading or error before any good figures: the same box, so nothing shifts when data arrives. */
  private renderEmpty(): TemplateResult {
    return html`<div class="dial" part="meter">${this.renderDial(undefined, undefined)}</div>
      <div class="text">
        ${renderStatus(this.source$, this.state, this.locale)}
      </div>`;
  }

  private renderIndicator(indicator: Indicator): TemplateResult {
    const { locale } = this;
    const { value, unit, approx, count, target } = indicator;
    const { min, max } = this.scale;
    const label = pickText(indicator.label, locale);
    const band = value === undefined ? undefined : this.bandOf(value);
    const figure = value === undefined ? message(locale, 'noFigure') : formatQuantity(value, unit, locale);
    const targetText = target && targetLine(target, unit, locale);
    const countText = count ? formatCount(count, locale) : undefined;
    const bandText = band ? message(locale, `band.${band}`) : undefined;
    // What a sighted reader takes in from the drawing, as one phrase.
    const valueText = [value === undefined ? figure : formatFigure({ value, unit, approx }, locale), countText, targetText, bandText]
      .filter(Boolean)
      .join(', ');
    const meter =
      value === undefined
        ? html`<div class="dial no-figure" part="meter" role="img" aria-labelledby="label figure">
            ${this.renderDial(undefined, target?.value)}
            <div class="figure" part="figure" id="figure">${figure}</div>
          </div>`
        : html`<div
            class="dial"
            part="meter"
            role="meter"
            aria-labelledby="label"
            aria-valuenow=${value}
            aria-valuemin=${min}
            aria-valuemax=${max}
            aria-valuetext=${valueText}
          >
            ${this.renderDial(value, target?.value)}
            <div class="figure" part="figure">
              ${approx ? html`<span class="approx">${approxWord(approx, locale)}</span>` : nothing}
              <span class="number">${formatQuantity(value, unit, locale, hedged(approx))}</span>
            </div>
          </div>`;
    // The lines under the label, only those there are, in one binding: Lit pays per binding,
    // and a page may hold a hundred gauges.
    const lines = [
      countText && html`<div part="count">${countText}</div>`,
      targetText && html`<div part="target"><span class="swatch" aria-hidden="true"></span>${targetText}</div>`,
      bandText && html`<div part="band">${bandText}</div>`,
      renderMeta(indicator, locale),
      indicator.note && html`<div part="note">${pickText(indicator.note, locale)}</div>`,
      renderStatus(this.source$, this.state, locale),
    ].filter((line) => line && line !== nothing);
    return html`${meter}
      <div class="text"><div part="label" id="label">${label}</div>${lines}</div>`;
  }

  /**
   * The drawing: track, band marks, value arc and target mark. Decorative: the ARIA
   * values say it all. The value arc's dash offset is a CSS transition, so it sweeps
   * in on first show and moves on updates without re-creating anything.
   */
  private renderDial(value: number | undefined, target: number | undefined): TemplateResult {
    const layout = GAUGE_LAYOUTS[this.shape] ?? GAUGE_LAYOUTS.semicircle;
    const { min, max, low, high } = this.scale;
    const at = (v: number) => fractionOf(v, min, max);
    // Band marks under the target mark; one binding for all, as most gauges have none.
    const marks = ([[low, 'band-mark', 3], [high, 'band-mark', 3], [target, 'target-mark', 4]] as const)
      .filter(([v]) => v !== undefined)
      .map(([v, cls, overhang]) => {
        const t = tickAt(layout, at(v!), overhang);
        return svg`<line class=${cls} x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>`;
      });
    const shown = value === undefined || value <= min ? undefined : at(value);
    return html`<svg viewBox=${layout.viewBox} aria-hidden="true">
      <path class="track" d=${layout.path} stroke-width="18"></path>
      <path class="value" d=${layout.path} stroke-width="18" pathLength="100" stroke-dasharray="100 200" stroke-dashoffset=${dashOffset(shown ?? 0)} display=${shown === undefined ? 'none' : nothing}></path>
      ${marks}
    </svg>`;
  }
}
