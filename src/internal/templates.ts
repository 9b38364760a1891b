import { html, nothing, type TemplateResult } from 'lit';

import type { FeedController } from '../feed/controller.js';
import { formatDate, formatPeriod, formatTime } from '../format/dates.js';
import { message, type Locale } from '../format/messages.js';
import { formatFigure, formatQuantity } from '../format/numbers.js';
import { isolate, pickText } from '../format/text.js';
import { HTTP_URL } from '../spec/rules.js';
import type { Indicator, Target, ValidationError } from '../spec/types.js';

/**
 * Pieces of template every element shows the same way. Data text goes in as text
 * bindings only, so a label of `<img onerror=…>` is shown, never run.
 */

/** "Số liệu năm 2024 · Nguồn: Sở TT&TT Lai Châu" with the source a link only for http(s). */
export function renderMeta(indicator: Pick<Indicator, 'asOf' | 'source'>, locale: Locale): TemplateResult | typeof nothing {
  const { asOf, source } = indicator;
  if (!asOf && !source) return nothing;
  const asOfText = asOf ? message(locale, 'asOf.label', { date: formatPeriod(asOf, locale) }) : '';
  // The validator accepts only http(s) URLs; the check is repeated here because this is where a link is made.
  const url = source?.url && HTTP_URL.test(source.url) ? source.url : undefined;
  const name = source
    ? url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${isolate(source.name)}</a>`
      : isolate(source.name)
    : nothing;
  return html`<div part="meta">${asOfText}${asOf && source ? ' · ' : ''}${source ? html`${message(locale, 'source')}${name}` : nothing}</div>`;
}

/** Each error as "path: message", in the reader's language. */
export function renderErrors(errors: ValidationError[], locale: Locale): TemplateResult {
  return html`<ul>
    ${errors.map((e) => html`<li>${e.path ? html`<code>${e.path}</code>${': '}` : nothing}${e.message[locale]}</li>`)}
  </ul>`;
}

/** Where a feed controller stands: what the status lines say. */
type Status = Pick<FeedController<unknown>, 'status' | 'errors' | 'lastGoodAt'>;

/** The state in words: "Đang tải số liệu…", the error in place (nothing good to show), or the stale mark. */
export function renderStatus(source: Status, locale: Locale): TemplateResult | typeof nothing {
  const state = source.status;
  if (state === 'loading') return html`<span part="loading">${message(locale, 'loading')}</span>`;
  if (state === 'error') {
    return html`<div part="error"><strong>${message(locale, 'error.title')}</strong>${renderErrors(source.errors, locale)}</div>`;
  }
  if (state === 'stale') {
    // Stale means good figures were shown, so there is always a time of the last good update.
    const since = message(locale, 'stale.since', { time: formatTime(source.lastGoodAt!, locale) });
    return html`<div part="stale">${since}${source.errors.length ? renderErrors(source.errors, locale) : nothing}</div>`;
  }
  return nothing;
}

/**
 * A polite live region that tells screen-reader users what an update changed, once: its text
 * changes only when a new figure replaces an old one. Only a feed brings such news, so only an
 * element that follows one has the region, from its first render on (a region must be in the
 * tree before it speaks); a page of a hundred attribute-only gauges is spared a hundred.
 * An element that shows a place gives `place`, its words for the place a set of figures gives
 * ("thứ 7/63"): a province that moves from 7th to 5th with the same value has news too.
 */
export function renderAnnouncement(
  source: FeedController,
  locale: Locale,
  place?: (figures: Indicator) => string | undefined,
): TemplateResult | typeof nothing {
  const { replaced, indicator } = source;
  if (!source.feedSrc) return nothing;
  const changes: string[] = [];
  const compare = (words: (figures: Indicator) => string | undefined) => {
    const [from, to] = [words(replaced!), words(indicator!)];
    if (from && to && from !== to) changes.push(message(locale, 'change', { from, to }));
  };
  if (replaced && indicator) {
    compare((figures) => (figures.value === undefined ? undefined : formatFigure(figures as Required<Indicator>, locale)));
    if (place) compare(place);
  }
  const text = changes.length ? message(locale, 'updated', { label: pickText(indicator!.label, locale), changes: changes.join(', ') }) : '';
  return html`<div class="visually-hidden" aria-live="polite">${text}</div>`;
}

/**
 * The same, for widgets inside a sentence: a block with a list would break the paragraph,
 * so the problems follow the words as text in its flow ("⚠ Không hiển thị được số liệu —
 * value: …"). In words, not a tooltip: a finger and most screen readers never reach a `title`.
 * Sentences apart, since a message may hold a semicolon of its own ("…không phải số; dùng…").
 */
export function renderInlineStatus(source: Status, locale: Locale): TemplateResult | typeof nothing {
  const state = source.status;
  if (state !== 'error' && state !== 'stale') return nothing;
  const details = source.errors.map((e) => (e.path ? `${e.path}: ` : '') + e.message[locale]).join('. ');
  const head =
    state === 'error'
      ? `⚠ ${message(locale, 'error.title')}`
      : message(locale, 'stale.since', { time: formatTime(source.lastGoodAt!, locale) });
  return html` <span part=${state}>${head}${details ? ` — ${details}` : ''}</span>`;
}

/** "Mục tiêu 50% đến 31/12/2025", or the document's own `target.label`: the gauge's and the stat's target line. */
export function targetLine(
  target: Target,
  unit: string | undefined,
  locale: Locale,
  value = formatQuantity(target.value, unit, locale),
): string {
  if (target.label) return pickText(target.label, locale);
  return message(locale, target.by ? 'target.by' : 'target', { value, by: target.by ? formatDate(target.by, locale) : '' });
}
