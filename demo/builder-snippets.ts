/**
 * The builder's snippets as text: the script embed and the iframe embed for one
 * widget. Pure functions of the builder's choices; the page shows the result with
 * `textContent` only.
 */
import { escapeUnsafe } from '../src/cli/output.js';
import { formatFigure, pickText, type Locale } from '../src/format/index.js';
import { DEFAULT_LIMIT, MAX_BARS } from '../src/province-rank/province-rank.js';
import { rankAreas, visibleRows } from '../src/province-rank/ranking.js';
import type { Direction } from '../src/spec/types.js';

/** The package version the snippets pin (a test holds it equal to package.json's). */
export const VERSION = '0.1.0';
/**
 * Pinned to the version: an article pasted today keeps drawing with the code it was
 * checked with, and a subresource-integrity hash can only describe one exact file.
 */
export const CDN = `https://unpkg.com/dx-widgets@${VERSION}/dist`;
export const BUNDLE = `${CDN}/dx-widgets.js`;
/** Where demo/sheet.html leaves its feed (session storage) for the builder it opens at #sheet. */
export const SHEET_HANDOFF = 'dx-sheet-feed';

/**
 * `integrity` values (`sha384-…`) by file name in `dist/`, as `npm run build` writes them to
 * `dist/integrity.json` (scripts/build-integrity.js). The builder page reads that file; without
 * it (a development server before any build) snippets go without `integrity`.
 */
export type Integrity = Record<string, string>;

/**
 * Heights for the iframe on hosts without the resize script: each widget's loading box in a
 * 360 px frame (a phone; docs/embedding.md, "Every widget keeps its height"), which a typical card
 * keeps once ready, and the embed page's 2 px padding above and below.
 */
export const FRAME_HEIGHTS: Record<string, number> = {
  'coverage-gauge': 280,
  'target-progress': 220,
  stat: 165,
  'province-rank': 250,
  // The drawing's 220 px, the button and two label and source lines (src/trend/trend.styles.ts).
  trend: 417,
  // The map's box in a phone column: 6 × 20 tiles of 32 px with the words under them and the
  // 44 px button (src/province-map/province-map.styles.ts), whatever the era.
  'province-map': 1016,
};

/** A ranking's bars: the chart's rows are 1.75 × 0.875em at 16 px. */
const BAR_ROW = 24.5;
/** A ranking with bars, less the rows themselves: the strip's box without the strip, plus the buttons and a gap. */
const RANKING_FRAME = 260;

/** The member's areas that can be ranked (a code and a number), as the element ranks them. */
function rankable(shown: Choice['shown']): { code: string; value: number }[] {
  const areas = Array.isArray(shown?.areas) ? (shown.areas as Record<string, unknown>[]) : [];
  return areas.filter((a) => typeof a?.code === 'string' && typeof a.value === 'number') as { code: string; value: number }[];
}

/**
 * The iframe's fixed height for this choice. A ranking's follows the rows the element draws:
 * with `limit="N"`, the N + 2 it keeps room for (N bars, the gap, the highlighted area);
 * without, every bar, or past MAX_BARS the top DEFAULT_LIMIT and the highlighted area.
 */
export function frameHeight(choice: Choice): number {
  if (choice.widget !== 'province-rank') return FRAME_HEIGHTS[choice.widget] ?? 280;
  const limit = Number(choice.options.limit);
  if (limit) return Math.ceil(RANKING_FRAME + (limit + 2) * BAR_ROW);
  const areas = rankable(choice.shown);
  if (!areas.length) return FRAME_HEIGHTS[choice.widget];
  const shown = choice.shown as { direction?: Direction; area?: { code?: unknown } };
  const ranked = rankAreas(areas, shown.direction);
  const highlight = ranked.findIndex((r) => r.item.code === shown.area?.code);
  const rows = visibleRows(ranked, areas.length > MAX_BARS ? DEFAULT_LIMIT : undefined, highlight);
  return Math.ceil(RANKING_FRAME + rows.length * BAR_ROW);
}

/**
 * The ranking's `limit` to write, from the builder's field: a whole number from 1 (as the
 * element reads it), and only where it shortens a ranking of bars. On a rank's strip, or at
 * or past the number of areas, it would only keep room for bars that are never drawn.
 */
export function rankingLimit(text: string, shown: Choice['shown']): string | undefined {
  const limit = readLimit(text);
  return limit && Number(limit) < rankable(shown).length ? limit : undefined;
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
  /** The member shown (with the collection's area, date and source), for the fallback text, the iframe's title and height. */
  shown?: { label?: unknown; value?: unknown; unit?: unknown; approx?: unknown; areas?: unknown; area?: unknown; direction?: unknown };
}

/** The ranking's `limit` as the element reads it (a whole number from 1), or undefined: the field may hold anything. */
export function readLimit(text: string): string | undefined {
  const trimmed = text.trim();
  return /^[1-9]\d*$/.test(trimmed) ? trimmed : undefined;
}

// Bidi marks, embeddings, overrides and isolates, and the line and paragraph separators: in the
// snippet's markup they are written as character references, so its code reads as it is.
const UNSAFE_IN_MARKUP = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const reference = (text: string) => text.replace(UNSAFE_IN_MARKUP, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

export const escapeAttribute = (value: string) =>
  reference(value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

const escapeText = (value: string) => reference(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

/** "Thôn, bản có sóng di động: 97,27%": what readers without JavaScript and crawlers see. */
export function fallbackText(choice: Choice): string {
  const { shown, lang } = choice;
  if (!shown) return '';
  const label = pickText(shown.label as never, lang).trim();
  if (typeof shown.value !== 'number') return label;
  const figure = formatFigure(
    {
      value: shown.value,
      // A unit in both languages is shown in the snippet's language.
      unit: typeof shown.unit === 'string' || (typeof shown.unit === 'object' && shown.unit !== null) ? (shown.unit as never) : undefined,
      approx: shown.approx as never,
    },
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
 * Text safe inside `<script>`: bidi and separator characters as `\u` escapes, and every `<` as
 * `\u003c`, so neither `</script>` (which ends the block) nor `<!--<script>` (after which
 * `</script>` ends nothing, and the article that follows becomes script text) can appear.
 * Inside a JSON string each is the same character.
 */
const inScript = (text: string) => escapeUnsafe(text).replace(/</g, '\\u003c');

/** Pretty JSON safe inside `<script>`. Still valid JSON, and the same document. */
export const scriptJson = (value: unknown) => inScript(JSON.stringify(value, null, 2));

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');

/** The bundle once per page, then the tag with its data and a fallback line. */
export function scriptSnippet(choice: Choice): string {
  const tag = `dx-${choice.widget}`;
  const inline = choice.src === undefined && choice.inline !== undefined;
  const attrs = attributes(choice, !inline)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children: string[] = [];
  if (inline) {
    // Text that is not JSON is written as pasted (the element shows it is not JSON), only kept inside the block.
    const body = typeof choice.inline === 'string' ? inScript(choice.inline.trim()) : scriptJson(choice.inline);
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

/**
 * The iframe with a fixed height, and the optional resize script for the host page. That
 * script is a classic one from another origin, so it carries its hash (`integrity`, with
 * `crossorigin` for the CDN's CORS response) when the build's hashes are known: a CDN
 * serving other bytes then runs nothing on the portal's page.
 */
export function iframeSnippet(choice: Choice, integrity: Integrity = {}): string {
  const title = fallbackText({ ...choice, shown: choice.shown && { label: choice.shown.label } }) || `dx-${choice.widget}`;
  const height = frameHeight(choice);
  return [
    `<iframe src="${escapeAttribute(frameUrl(choice))}" title="${escapeAttribute(title)}" style="width:100%;border:0" height="${height}" loading="lazy"></iframe>`,
    `<script src="${CDN}/embed-resize.js"${sri(integrity['embed-resize.js'])} async></script>`,
  ].join('\n');
}

/** ` integrity="…" crossorigin="anonymous"` for a well-formed hash, else nothing. */
function sri(hash: string | undefined): string {
  return hash && /^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(hash) ? ` integrity="${hash}" crossorigin="anonymous"` : '';
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
