import { html, nothing, type TemplateResult } from 'lit';

import type { FeedController } from '../feed/controller.js';
import { formatPeriod, formatTime } from '../format/dates.js';
import { message, type Locale } from '../format/messages.js';
import { formatFigure } from '../format/numbers.js';
import { isolate, picked, pickText } from '../format/text.js';
import { HTTP_URL } from '../spec/rules.js';
import type { Indicator, LocalizedText, ValidationError } from '../spec/types.js';

/**
 * Pieces of template every element shows the same way. Data text goes in as text
 * bindings only, so a label of `<img onerror=…>` is shown, never run.
 */

/*
 * Languages of parts (WCAG 3.1.2). A document may give its text in one language only
 * (`{ "vi": "…" }`), which an English element then shows: a screen reader must read it with
 * a Vietnamese voice, not spell it out with an English one. So document text in another
 * language than the element's is marked with its own (`<span lang="vi">`) wherever it is
 * shown; text in the element's language, or in none declared (a plain string), is not.
 */

/** The document texts an element may show: they are found in our sentences by what they say. */
type Texts = Partial<Pick<Indicator, 'label' | 'note' | 'unit' | 'count' | 'target' | 'targets' | 'benchmarks' | 'rank'>> & {
  title?: LocalizedText;
};

const WORD = /[\p{L}\p{N}]/u;

/** Text in a language other than the element's: a screen reader reads it in that language's voice. */
const inLanguage = (text: string, lang: string) => html`<span lang=${lang}>${text}</span>`;

/**
 * What marks, in a sentence of ours, each document text of `source` in another language than
 * `locale`'s with its own: it gives the sentence as it is when none is there, else its parts
 * for a template. A text is found where it stands as words (not "ha" inside "than"), in
 * either case. Made once for many sentences (a table's rows): with no such text, it does nothing.
 */
export function marker(source: Texts, locale: Locale): (sentence: string) => string | unknown[] {
  const { target, targets, benchmarks, rank } = source;
  const labelled = [target, targets, benchmarks, rank?.target].flat().map((t) => t?.label);
  // Longest first: a label "Trung bình" must not split a benchmark's "Trung bình cả nước".
  const found = [source.label, source.note, source.title, source.unit, source.count?.unit, ...labelled]
    .map((text) => picked(text, locale))
    .filter(([, lang]) => lang)
    .sort((a, b) => b[0].length - a[0].length);
  if (!found.length) return (sentence) => sentence;
  return (sentence) => {
    let parts: unknown[] = [sentence];
    for (const [shown, lang] of found) {
      // Either case: a label starts "cao hơn trung bình cả nước" and "Mục tiêu …" at the head of a line.
      const form = shown.toLowerCase();
      const split = (part: unknown): unknown[] => {
        if (typeof part !== 'string') return [part];
        const lower = part.toLowerCase();
        for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
          const end = at + form.length;
          if (!WORD.test(part[at - 1] ?? '') && !WORD.test(part[end] ?? ''))
            return [part.slice(0, at), inLanguage(part.slice(at, end), lang!), ...split(part.slice(end))];
        }
        return [part];
      };
      parts = parts.flatMap(split);
    }
    return parts.length > 1 ? parts : sentence;
  };
}

/**
 * A number as formatted: its digits with their group and decimal separators ("43.391", "1,5"),
 * a sign before it and a % sign attached after it; a "/" to the next number ("60%/100%").
 */
const FIGURE = /\u2068[^\u2069]*\u2069|[+\-\u2212]?\d(?:[\d.,]*\d)?%?(\/(?=\u2068?[+\-\u2212]?\d))?/g;

/**
 * Text of ours that holds figures ("43.391/104.563 hộ", "60%/100%"), as `marker` gave it or
 * plain: each number kept whole on its line (`.figure-word`, `white-space: nowrap`, theme.styles.ts),
 * where `overflow-wrap: anywhere` (the card's, for long words in a feed) cut "104.563" in two
 * in a narrow card; a line may break at spaces and after the "/" between a part and its whole
 * (`<wbr>`: the line-breaking rules keep "43.391/104.563" one word). Text stays text; a bidi
 * isolate (FSI…PDI, a figure in a right-to-left unit) is left as it is, one text.
 */
export function wholeFigures(parts: string | unknown[]): unknown[] {
  return (typeof parts === 'string' ? [parts] : parts).flatMap((part) => {
    if (typeof part !== 'string') return [part];
    const out: unknown[] = [];
    let from = 0;
    for (const found of part.matchAll(FIGURE)) {
      const [whole, slash] = found;
      // Text isolated for bidi (a right-to-left unit with its figure) stays one text, as drawn.
      if (whole.startsWith('\u2068')) continue;
      if (found.index > from) out.push(part.slice(from, found.index));
      const number = slash ? whole.slice(0, -1) : whole;
      out.push(html`<span class="figure-word">${number}</span>`);
      if (slash) out.push(html`/<wbr />`);
      from = found.index + whole.length;
    }
    if (from < part.length) out.push(part.slice(from));
    return out;
  });
}

/**
 * A big figure's class by its longest word, a number or a unit's ("97,27%": n6; n4 to n20, none
 * under 4 characters), by which the gauge's and the stat's styles keep it to the room it has.
 */
export function wordLength(figure = ''): string {
  const n = Math.min(20, Math.max(...figure.split(' ').map((word) => word.length)));
  return n > 3 ? `n${n}` : '';
}

/** One sentence marked (see `marker`). */
export const marked = (sentence: string, source: Texts, locale: Locale): string | unknown[] => marker(source, locale)(sentence);

/**
 * Document text as shown (a label, a note, a title): marked with its language where that is not
 * the element's. Whole, so nothing to find: no marker searching a sentence that is the text itself.
 */
export function textIn(text: LocalizedText | undefined, locale: Locale): string | TemplateResult {
  const [shown, lang] = picked(text, locale);
  return lang ? inLanguage(shown, lang) : shown;
}

/**
 * A sentence screen readers hear as a name or a value (the stat's summary, the trend's chart,
 * the gauge's meter and the progress bar), as `marker` gave it: for a sentence in the element's
 * language alone, nothing, as its ARIA attribute says it. A name is one string, spoken in one
 * voice, the element's, whatever `lang` its parts had (NVDA reads `aria-label` so,
 * nvaccess/nvda#16285; accname has no rule for it, w3c/accname#56): one holding document text
 * in another language is given here instead as a line of text with that text marked, and the
 * element bearing the name is hidden from screen readers (`aria-hidden`), so it is heard once,
 * each part in its own voice.
 */
export function spokenLine(parts: string | unknown[]): TemplateResult | undefined {
  return typeof parts === 'string' ? undefined : html`<span class="visually-hidden">${parts}</span>`;
}

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
  return html`<div class="visually-hidden" aria-live="polite">${text && marked(text, indicator!, locale)}</div>`;
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
