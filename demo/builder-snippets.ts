/**
 * The builder's snippets as text: the script embed and the iframe embed for one
 * widget. Pure functions of the builder's choices; the page shows the result with
 * `textContent` only.
 */
import { formatFigure, pickText, type Locale } from '../src/format/index.js';
import { DEFAULT_LIMIT, MAX_BARS } from '../src/province-rank/province-rank.js';

export const CDN = 'https://unpkg.com/dx-widgets/dist';
export const BUNDLE = `${CDN}/dx-widgets.js`;

/**
 * Heights for the iframe on hosts without the resize script: each widget's loading box in a
 * 360 px frame (a phone; README, "Every widget keeps its height"), which a typical card
 * keeps once ready, and the embed page's 2 px padding above and below.
 */
export const FRAME_HEIGHTS: Record<string, number> = {
  'coverage-gauge': 280,
  'target-progress': 220,
  stat: 165,
  'province-rank': 250,
};

/** A ranking's bars: the chart's rows are 1.75 × 0.875em at 16 px. */
const BAR_ROW = 24.5;
/** A ranking with bars, less the rows themselves: the strip's box without the strip, plus the buttons and a gap. */
const RANKING_FRAME = 260;

/** The iframe's fixed height for this choice: a ranking's follows how many bars it draws. */
export function frameHeight(choice: Choice): number {
  const areas = choice.widget === 'province-rank' && Array.isArray(choice.shown?.areas) ? choice.shown.areas.length : 0;
  if (!areas) return FRAME_HEIGHTS[choice.widget] ?? 280;
  // As the element: every bar up to MAX_BARS areas, else the top DEFAULT_LIMIT; with a limit, the top N, the gap and the highlight.
  const limit = Number(choice.options.limit) || (areas > MAX_BARS ? DEFAULT_LIMIT : undefined);
  const rows = limit !== undefined && limit < areas ? limit + 2 : areas;
  return Math.ceil(RANKING_FRAME + rows * BAR_ROW);
}

/** What the editor chose, already checked by the page. */
export interface Choice {
  /** Without `dx-`: `coverage-gauge`. */
  widget: string;
  lang: Locale;
  /** `auto` writes no attribute: the reader's system setting decides. */
  theme: 'auto' | 'light' | 'dark';
  /** `shape` for the gauge, `variant` for target progress, `limit` for the ranking; only non-default values. */
  options: Record<string, string>;
  indicator?: string;
  area?: string;
  /** An absolute http(s) URL, when the data is published. */
  src?: string;
  /** The standalone indicator document to write inline, when the data was pasted; the pasted text itself when it is not JSON. */
  inline?: unknown;
  /** The member shown, for the fallback text and the iframe's title. */
  shown?: { label?: unknown; value?: unknown; unit?: unknown; approx?: unknown; areas?: unknown };
}

/** The ranking's `limit` as the element reads it (a whole number from 1), or undefined: the field may hold anything. */
export function readLimit(text: string): string | undefined {
  const trimmed = text.trim();
  return /^[1-9]\d*$/.test(trimmed) ? trimmed : undefined;
}

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "Thôn, bản có sóng di động: 97,27%": what readers without JavaScript and crawlers see. */
export function fallbackText(choice: Choice): string {
  const { shown, lang } = choice;
  if (!shown) return '';
  const label = pickText(shown.label as never, lang).trim();
  if (typeof shown.value !== 'number') return label;
  const figure = formatFigure(
    { value: shown.value, unit: typeof shown.unit === 'string' ? shown.unit : undefined, approx: shown.approx as never },
    lang,
  );
  return label ? `${label}: ${figure}` : figure;
}

function attributes(choice: Choice, withSource: boolean): [string, string][] {
  const list: [string, string][] = [];
  if (withSource && choice.src) list.push(['src', choice.src]);
  if (withSource && choice.indicator) list.push(['indicator', choice.indicator]);
  if (withSource && choice.area) list.push(['area', choice.area]);
  list.push(['lang', choice.lang]);
  if (choice.theme !== 'auto') list.push(['theme', choice.theme]);
  list.push(...Object.entries(choice.options));
  return list;
}

/**
 * Pretty JSON safe inside `<script>`: every `<` written as `\u003c`, so no
 * `</script>` or `<!--` in a label can end the block early. Still valid JSON.
 */
export const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

const indent = (text: string, by: string) => text.split('\n').map((line) => by + line).join('\n');

/** The bundle once per page, then the tag with its data and a fallback line. */
export function scriptSnippet(choice: Choice): string {
  const tag = `dx-${choice.widget}`;
  const inline = choice.src === undefined && choice.inline !== undefined;
  const attrs = attributes(choice, !inline).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const children: string[] = [];
  if (inline) {
    // Text that is not JSON is written as pasted (the element will show the same error), only kept inside the block.
    const body = typeof choice.inline === 'string' ? choice.inline.trim().replace(/<\/(script)/gi, '<\\/$1') : scriptJson(choice.inline);
    children.push(`  <script type="application/json">\n${indent(body, '    ')}\n  </script>`);
  }
  const fallback = fallbackText(choice);
  if (fallback) children.push(`  ${escapeText(fallback)}`);
  return [`<script type="module" src="${BUNDLE}"></script>`, `<${tag}${attrs}>`, ...children, `</${tag}>`].join('\n');
}

/** The address of the iframe page for this choice; needs published data. */
export function frameUrl(choice: Choice): string {
  const query = new URLSearchParams({ widget: choice.widget });
  for (const [name, value] of attributes(choice, true)) query.set(name, value);
  return `${CDN}/embed.html?${query}`;
}

/** The iframe with a fixed height, and the optional resize script for the host page. */
export function iframeSnippet(choice: Choice): string {
  const title = fallbackText({ ...choice, shown: choice.shown && { label: choice.shown.label } }) || `dx-${choice.widget}`;
  const height = frameHeight(choice);
  return [
    `<iframe src="${escapeAttribute(frameUrl(choice))}" title="${escapeAttribute(title)}" style="width:100%;border:0" height="${height}" loading="lazy"></iframe>`,
    `<script src="${CDN}/embed-resize.js" async></script>`,
  ].join('\n');
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The members of a document: a collection's list, or the document itself. */
export function membersOf(raw: unknown): Json[] {
  if (isObject(raw) && Array.isArray(raw.indicators)) return raw.indicators.filter(isObject);
  return isObject(raw) ? [raw] : [];
}

export const isCollection = (raw: unknown): raw is Json & { indicators: unknown[] } => isObject(raw) && Array.isArray(raw.indicators);

/** The member's area code, its own or the collection's. */
export function areaOf(member: Json, raw: unknown): { code?: string; name?: string } {
  const area = isObject(member.area) ? member.area : isObject(raw) && isObject(raw.area) ? raw.area : undefined;
  return { code: typeof area?.code === 'string' ? area.code : undefined, name: typeof area?.name === 'string' ? area.name : undefined };
}

/**
 * One member of a collection as a standalone document, with the collection's
 * `source`, `area` and `asOf` written in where the member has none: what a pasted
 * collection's snippet embeds, so an article carries one figure, not the whole feed.
 */
export function standalone(member: Json, raw: unknown): Json {
  if (!isCollection(raw)) return member;
  const out: Json = { ...member };
  for (const key of ['asOf', 'area', 'source'] as const) if (out[key] === undefined && raw[key] !== undefined) out[key] = raw[key];
  return out;
}
