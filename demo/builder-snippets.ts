/**
 * The builder's snippets as text: the script embed and the iframe embed for one
 * widget. Pure functions of the builder's choices; the page shows the result with
 * `textContent` only.
 */
import { chooseMembers, firstCards, widgetFor, type WidgetKind } from '../src/board/choose.js';
import { escapeUnsafe } from '../src/cli/output.js';
import { formatFigure, pickText, type Locale } from '../src/format/index.js';
import { dayText, readNow } from '../src/internal/now.js';
import { goalText } from '../src/province-rank/goal.js';
import { DEFAULT_LIMIT, MAX_BARS } from '../src/province-rank/province-rank.js';
import { rankAreas, visibleRows } from '../src/province-rank/ranking.js';
import { readRank } from '../src/spec/rules.js';
import { upcomingTarget } from '../src/spec/targets.js';
import type { Direction } from '../src/spec/types.js';
import { linesOf } from './text-lines.js';

/** The package version the snippets pin (a test holds it equal to package.json's). */
export const VERSION = '0.1.0';
/**
 * Pinned to the version: an article pasted today keeps drawing with the code it was
 * checked with, and a subresource-integrity hash can only describe one exact file.
 */
export const CDN = `https://unpkg.com/dx-widgets@${VERSION}/dist`;
export const BUNDLE = `${CDN}/dx-widgets.js`;
/** The loading boxes' stylesheet a portal links once in its template's <head> (docs/embedding.md): the same pinned version. */
export const STYLESHEET = `<link rel="stylesheet" href="${CDN}/dx-widgets.css">`;
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
  // The drawing's 220 px, the button, two label and source lines and the key's two (src/trend/trend.styles.ts).
  trend: 437,
  // The map's box in a phone column: 6 × 20 tiles of 32 px with the words under them and the
  // 44 px button (src/province-map/province-map.styles.ts), whatever the era.
  'province-map': 1016,
};

/**
 * A rank goal's words, in px: the column they wrap in, the lone widget's in a 360 px frame (356 less
 * its 12 px padding each side) and a board card's (less its 1 px border too); 1.4em a line at 16 px
 * and the 8 px gap above the next part.
 */
const GOAL_TEXT = { frame: 332, card: 330, line: 22.4, gap: 8 };

/** The height of a goal of `lines` lines and its gap, in whole px. */
const goalLines = (lines: number) => Math.ceil(lines * GOAL_TEXT.line + GOAL_TEXT.gap);

/**
 * A rank goal's lines in a 360 px frame, as its loading box keeps them: `goal`, the longest goal
 * without a label, three lines in vi, two in en; `goals`, a plan with goals after the one shown,
 * four in vi, three in en. The same in the ranking (src/province-rank/province-rank.styles.ts) and
 * above the map (src/province-map/province-map.styles.ts). A goal with a label of its own may take
 * more (goalHeight): the widget grows by them, and so does the frame.
 */
const GOAL_ROOM: Record<string, Record<Locale, number>> = {
  goal: { vi: goalLines(3), en: goalLines(2) },
  goals: { vi: goalLines(4), en: goalLines(3) },
};

/**
 * A rank goal in a board's card, which keeps no room (its figures come with it) and is as tall as
 * what it says, when its words cannot be read (goalHeight): the typical goal's two lines in the
 * card's 330 px, in vi and en ("Goal: among the top 15 by 2025 · 3 places short"), and a plan's
 * three (52.8 and 75.2 px measured).
 */
const CARD_GOAL: Record<string, number> = { goal: goalLines(2), goals: goalLines(3) };

/**
 * The height of a member's rank goal and its gap in a column `width` px wide, from its words as the
 * element writes them (goalText) on the day `now` (the tag's attribute, else today): a deadline to the
 * day ("vào ngày 30/06/2025") or a label of its own ("(Nghị quyết số 05-NQ/TU …)") takes a line more
 * than a year's, in the lines linesOf counts in Roboto. Undefined without a goal, or where the
 * format refuses the rank and the element shows an error instead. A label is counted to the
 * format's MAX_TEXT characters, past which the rank is refused: bounded, as the element draws it
 * whole (it wraps anywhere, 9,807 px for 10,000 W in the 330 px of a card, and as many here).
 */
function goalHeight(shown: Choice['shown'], lang: Locale, width: number, now?: string): number | undefined {
  // Read by the format's rules: a goal they refuse is drawn as an error, not as a goal.
  const read = shown?.rank === undefined ? undefined : readRank(shown.rank);
  const rank = read?.ok ? read.value : undefined;
  if (!rank?.target) return undefined;
  // Where the document gives no place (a ranking of bars finds its own), the last: the longest "còn cách mục tiêu N bậc".
  const position = rank.position ?? (rankable(shown).length || rank.of);
  try {
    return goalLines(linesOf(goalText(rank.target, lang, position, dayText(readNow(now))), width));
  } catch {
    return undefined;
  }
}

/**
 * The `reserve` a ranking or a map needs for its member's rank goal (`rank.target`), if any: its
 * loading box then keeps the goal's lines, which only the document says, and nothing moves when it
 * arrives. `goals` for a plan whose goal shown today has goals after it ("· sau đó còn 2 mục tiêu,
 * đến năm 2030"), a line more; once those have passed it never will again, and `goal` is enough.
 * Read on the day `now` (the tag's attribute, else today), as goalHeight reads the goal's words.
 */
export function goalReserve(shown: Choice['shown'], now?: string): 'goal' | 'goals' | undefined {
  const rank = shown?.rank as { target?: unknown } | undefined;
  const goal = rank?.target;
  if (Array.isArray(goal)) {
    // A pasted document may be invalid (the page says so): a deadline that is no text is read as none.
    const goals = goal
      .filter((g) => typeof g === 'object' && g !== null)
      .map((g: { by?: unknown }) => ({ by: typeof g.by === 'string' ? g.by : undefined }));
    if (!goals.length) return undefined;
    return upcomingTarget(goals, dayText(readNow(now))).later.length > 0 ? 'goals' : 'goal';
  }
  return typeof goal === 'object' && goal !== null ? 'goal' : undefined;
}

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
 * The rows a ranking of bars draws: with `limit`, the N + 3 it keeps room for in the frame's
 * phone column (N bars, the gap, the highlighted area, and a long name's second line:
 * src/province-rank/province-rank.styles.ts); without, every bar, or past MAX_BARS the top
 * DEFAULT_LIMIT and the highlighted area. Undefined for a rank on its strip (no areas to rank).
 */
function rankingRows(shown: Choice['shown'], limit?: number): { rows: number; highlighted: boolean } | undefined {
  if (limit) return { rows: limit + 3, highlighted: true };
  const areas = rankable(shown);
  if (!areas.length) return undefined;
  const { direction, area } = shown as { direction?: Direction; area?: { code?: unknown } };
  const ranked = rankAreas(areas, direction);
  const highlight = ranked.findIndex((r) => r.item.code === area?.code);
  return { rows: visibleRows(ranked, areas.length > MAX_BARS ? DEFAULT_LIMIT : undefined, highlight).length, highlighted: highlight >= 0 };
}

/**
 * The iframe's fixed height for this choice. A ranking's follows the rows the element draws
 * (rankingRows); a board's, its cards (boardHeight).
 */
export function frameHeight(choice: Choice): number {
  if (choice.widget === 'board') return boardHeight(choice.document, choice.options, choice.lang);
  const reserved = (choice.options.reserve ?? '').split(/\s+/);
  const room = GOAL_ROOM[reserved.includes('goals') ? 'goals' : reserved.includes('goal') ? 'goal' : '']?.[choice.lang] ?? 0;
  // The room the element keeps, or its goal's lines where they take more (a label of its own).
  const drawn =
    choice.widget === 'province-rank' || choice.widget === 'province-map'
      ? goalHeight(choice.shown, choice.lang, GOAL_TEXT.frame, choice.options.now)
      : undefined;
  const goal = Math.max(room, drawn ?? 0);
  if (choice.widget !== 'province-rank') return Math.ceil((FRAME_HEIGHTS[choice.widget] ?? 280) + goal);
  const ranking = rankingRows(choice.shown, Number(choice.options.limit) || undefined);
  return Math.ceil((ranking ? RANKING_FRAME + ranking.rows * BAR_ROW : FRAME_HEIGHTS[choice.widget]) + goal);
}

/**
 * A board's cards in the 360 px frame, measured there with Roboto: its 356 px column is under the
 * grid's 560 px turn (src/board/board.styles.ts), so one card a row, 12 px apart, each with its 1 px
 * border. The height of a typical card: a two-line label, the date and source said once in the
 * header (the board hides a card's own line when the member has no `source` or `asOf` of its own).
 * The gauge's and the trend's drawings set their height whatever they say; the stat keeps room for
 * a two-line label beside nothing else. A card with more to say (a note, a baseline, a plan of
 * several targets) grows, as a lone widget does (docs/embedding.md): the resize script fits it.
 */
const BOARD_CARD: Record<WidgetKind, number> = {
  'coverage-gauge': 278,
  stat: 122,
  'target-progress': 172,
  'province-rank': 175,
  trend: 435,
  'province-map': 919,
};
/** What a card adds or loses, measured beside BOARD_CARD. */
const CARD_MORE = {
  /** Its own date and source line: two lines and the gap above them. Inside the gauge's and the trend's box. */
  meta: 44,
  /** A target not yet measured has no figure line. */
  unmeasured: -44,
  /** A comparison with the benchmark, a line (1.225em and its gap): under a rank's strip, under a ranking's bars, in a map's key. */
  benchmark: 28,
  /** A stat's sparkline, under the figure in a phone column. */
  sparkline: 94,
  /** A ranking of bars, less the bars (BAR_ROW each), and the highlighted area's sentence. */
  bars: 131,
  highlighted: 55,
};
/** The board's header: title lines (1.25em × 1.3), the area (1.4 lines), date and source lines (0.8125em × 1.4), its 12 px margin. */
const BOARD_HEADER = { titleLine: 26, titleChars: 36, area: 22.4, metaLine: 18.2, gap: 12 };
/** The embed page's 2 px padding, above and below. */
const FRAME_PADDING = 4;
/** "Và 12 chỉ số khác…" under the grid, with its margin, past MAX_CARDS. */
const OMITTED_LINE = 32;

/**
 * The iframe's fixed height for a board of `document` in a phone's column: its header, then each
 * card it draws (`include` and `exclude` applied, at most MAX_CARDS) by the element that draws it,
 * plus the gaps between them. The title takes a line for every ~36 characters; the date and source
 * line two when the collection names a source (a department's name wraps), one for a date alone.
 */
export function boardHeight(document: unknown, options: Record<string, string> = {}, lang: Locale = 'vi'): number {
  const { shown, left } = boardCards(document, options);
  // A lone indicator is a board of one card, without a header.
  const collection: Json = isCollection(document) ? document : {};
  const header = BOARD_HEADER;
  // Counted without the isolates pickText puts around it.
  const title = fieldText(collection.title, lang).replace(/[\u2066-\u2069]/g, '');
  const area = isObject(collection.area) && typeof collection.area.name === 'string';
  const metaLines = collection.source !== undefined ? 2 : collection.asOf !== undefined ? 1 : 0;
  const top = Math.ceil(title.length / header.titleChars) * header.titleLine + (area ? header.area : 0) + metaLines * header.metaLine;
  const cards = shown.reduce((sum, member) => sum + cardHeight(member, document, lang, options.now), 0);
  const gaps = Math.max(0, shown.length - 1) * 12;
  return Math.ceil(FRAME_PADDING + (top ? top + header.gap : 0) + cards + gaps + (left ? OMITTED_LINE : 0));
}

/** One card of a board (BOARD_CARD, CARD_MORE), in `lang` on the day `now` (the board's attribute). */
function cardHeight(member: Json, document: unknown, lang: Locale, now?: string): number {
  const kind = widgetFor(member, new Map());
  const ownMeta = (member.source !== undefined || member.asOf !== undefined) && kind !== 'coverage-gauge' && kind !== 'trend';
  let height = BOARD_CARD[kind] + (ownMeta ? CARD_MORE.meta : 0);
  if (kind === 'target-progress' && typeof member.value !== 'number') height += CARD_MORE.unmeasured;
  if (kind === 'stat' && Array.isArray(member.series) && member.series.length > 0) height += CARD_MORE.sparkline;
  if (kind === 'province-rank') {
    const ranking = rankingRows(standalone(member, document) as Choice['shown']);
    if (ranking) height += CARD_MORE.bars - BOARD_CARD[kind] + ranking.rows * BAR_ROW + (ranking.highlighted ? CARD_MORE.highlighted : 0);
  }
  if (kind === 'province-rank' || kind === 'province-map') {
    // Its line under the strip or the bars, or in the map's key: 28 px (measured: a 63-bar ranking 5 px short without it).
    if (Array.isArray(member.benchmarks) && member.benchmarks.length > 0) height += CARD_MORE.benchmark;
    // The rank goal above the strip, the bars or the map: its lines, from its words (goalHeight).
    height +=
      goalHeight(standalone(member, document) as Choice['shown'], lang, GOAL_TEXT.card, now) ??
      CARD_GOAL[goalReserve(member, now) ?? ''] ??
      0;
  }
  return height;
}

/**
 * The members a board of `document` draws, as the board picks them, and how many it leaves out.
 * As the board (src/board/board.ts `cards`), a member that is no object (null, text, a number, a
 * list) is a card too, `{}`, which names what is wrong with it: included by no id, never excluded.
 */
export function boardCards(document: unknown, options: Record<string, string> = {}): { shown: Json[]; left: number } {
  const members = isCollection(document) ? document.indicators.map((m) => (isObject(m) ? m : {})) : membersOf(document);
  return firstCards(chooseMembers(members, options.include, options.exclude));
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
  /** `shape` for the gauge, `variant` for target progress, `limit` and `reserve` for the ranking, `reserve` for the map, `y-max` for the trend, `include`, `exclude` and `heading-level` for the board; only non-default values. */
  options: Record<string, string>;
  indicator?: string;
  area?: string;
  /** An absolute http(s) URL, when the data is published. */
  src?: string;
  /** The standalone indicator document to write inline, when the data was pasted; the pasted text itself when it is not JSON. */
  inline?: unknown;
  /** For the board: the whole document it draws, for the fallback text, the iframe's title and height. */
  document?: unknown;
  /** The member shown (with the collection's area, date and source), for the fallback text, the iframe's title and height. */
  shown?: {
    label?: unknown;
    value?: unknown;
    unit?: unknown;
    approx?: unknown;
    areas?: unknown;
    area?: unknown;
    direction?: unknown;
    rank?: unknown;
  };
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

/**
 * "Thôn, bản có sóng di động: 97,27%": what readers without JavaScript and crawlers see. A board's
 * is its title, then each card's figure: "Chuyển đổi số… — Thôn, bản…: 97,27%; Hộ gia đình…: 41,5%".
 */
export function fallbackText(choice: Choice): string {
  const { lang } = choice;
  if (choice.widget !== 'board') return memberText(choice.shown, lang);
  const figures = boardCards(choice.document, choice.options).shown.map((member) => memberText(member, lang));
  return [boardTitle(choice), figures.filter(Boolean).join('; ')].filter(Boolean).join(' — ');
}

/** A board's title (the collection's), in the snippet's language. */
const boardTitle = ({ document, lang }: Choice) => (isCollection(document) ? fieldText(document.title, lang).trim() : '');

/** One member's label and figure. */
function memberText(shown: Choice['shown'], lang: Locale): string {
  if (!shown) return '';
  const label = fieldText(shown.label, lang).trim();
  if (typeof shown.value !== 'number') return label;
  const figure = formatFigure(
    {
      value: shown.value,
      // A unit in both languages is shown in the snippet's language.
      unit: fieldText(shown.unit, lang) ? (shown.unit as never) : undefined,
      approx: typeof shown.approx === 'string' ? (shown.approx as never) : undefined,
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
  // The label (a board's title) names the frame, without the figures: a name a screen reader says whole.
  const label = choice.widget === 'board' ? boardTitle(choice) : memberText(choice.shown && { label: choice.shown.label }, choice.lang);
  const title = label || `dx-${choice.widget}`;
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

/**
 * A text field of a document not yet validated (a label, a unit, a title), as pickText reads it: a
 * string, or `{ "vi": …, "en": … }` of strings. Anything else (null, {"toString": 1}) is no text
 * here, where pickText threw: the check lists it, and the element says it.
 */
export const fieldText = (value: unknown, lang: Locale): string =>
  typeof value === 'string' || (isObject(value) && Object.values(value).every((v) => typeof v === 'string'))
    ? pickText(value as never, lang)
    : '';

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
