/**
 * The demo page's script: registers every element, sets the `data` property of
 * example (d), writes each example's markup beneath it as text (an inline widget
 * with the paragraph around it), and logs every dx-load / dx-error heard on the
 * document.
 *
 * Everything here writes text with `textContent` only, so the page runs under a
 * strict CSP (no inline scripts or styles, no HTML parsing of data).
 */
// Written `.js` as the sources import each other: `.ts` in an import path fails `npm run typecheck`
// (no allowImportingTsExtensions), and Vite resolves either to src/dx-widgets.ts.
import '../src/dx-widgets.js';

import type { Collection } from '../src/data/index.js';
import { formatFigure, formatNumber, pickText, type Locale } from '../src/format/index.js';
import type { IndicatorDocument, IndicatorErrorDetail, IndicatorLoadDetail } from '../src/index.js';

/** Every element of the package, as a selector. A board's cards live in its shadow root: not matched, not logged. */
const WIDGETS = 'dx-coverage-gauge, dx-target-progress, dx-stat, dx-province-rank, dx-trend, dx-province-map, dx-board';

// --- Event log -------------------------------------------------------------
// Listening is set up before the elements' first render (a microtask after the
// import above defined them), so the first events are heard too.

/** Where an element sits on the page, for the log: its example's caption, and its place among siblings. */
function whereIs(element: Element): string {
  const figure = element.closest('figure');
  const caption = figure?.querySelector('figcaption');
  // The Vietnamese caption only: its first text, before the English subtitle.
  const title = caption
    ? [...caption.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.lang === 'en'))
        .map((n) => n.textContent ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
  const siblings: Element[] = figure ? [...figure.querySelectorAll(WIDGETS)] : [];
  const place = siblings.length > 1 ? ` #${siblings.indexOf(element) + 1}` : '';
  return `${title || element.tagName.toLowerCase()}${place}`;
}

function logLine(list: HTMLElement | null, kind: string, text: string): void {
  if (!list) return;
  const item = document.createElement('li');
  item.className = kind;
  item.textContent = text;
  list.append(item);
}

const errorLog = document.getElementById('error-log');
const loadLog = document.getElementById('load-log');

document.addEventListener('dx-error', (event) => {
  const { detail } = event as CustomEvent<IndicatorErrorDetail>;
  const element = event.target as Element;
  const where = whereIs(element);
  const lang = element.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'vi';
  for (const error of detail.errors) {
    const path = error.path ? `${error.path}: ` : '';
    logLine(errorLog, 'error', `${where} — ${path}${error.message[lang]}${detail.stale ? ' (stale)' : ''}`);
  }
});

document.addEventListener('dx-load', (event) => {
  const { detail } = event as CustomEvent<IndicatorLoadDetail>;
  const element = event.target as Element;
  const lang: Locale = element.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'vi';
  if (element.localName === 'dx-board') {
    // A board's detail carries the collection; its cards (after `include` / `exclude`) are drawn by now.
    const collection = detail.indicator as unknown as Collection;
    const members = formatNumber(element.shadowRoot?.querySelectorAll(WIDGETS).length ?? collection.members.length, lang);
    logLine(
      loadLog,
      'load',
      `${whereIs(element)} — ${pickText(collection.title, lang) || 'dx-board'}: ${members} ${lang === 'en' ? 'members' : 'chỉ số'}`,
    );
    return;
  }
  const { indicator } = detail;
  const { value, unit, approx, rank, areas } = indicator;
  let figure = value === undefined ? '—' : formatFigure({ value, unit, approx }, lang);
  // A rank may give only its goal ("top 15 by 2025"), with no place yet.
  if (rank?.position) figure += ` (${formatNumber(rank.position, lang)}/${formatNumber(rank.of, lang)})`;
  if (areas) figure = `${formatNumber(areas.length, lang)} ${lang === 'en' ? 'areas' : 'địa bàn'}`;
  logLine(loadLog, 'load', `${whereIs(element)} — ${pickText(indicator.label, lang)}: ${figure}`);
});

// --- (d) The `data` property -------------------------------------------------

const data: IndicatorDocument = {
  id: 'wired-internet-coverage',
  label: { vi: 'Thôn, bản, tổ dân phố có Internet có dây', en: 'Villages with wired Internet' },
  unit: '%',
  value: 80.2,
  asOf: '2024',
  area: { code: '12', name: 'Lai Châu' },
  source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
};

const byData = document.querySelector<HTMLElementTagNameMap['dx-coverage-gauge']>('#lc-data');
if (byData) byData.data = data;

/** A value as JavaScript source: nested objects on one line, so the snippet stays short. */
function toSource(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object')
    return typeof value === 'string' ? `'${value.replace(/[\\']/g, '\\$&')}'` : String(value);
  if (Array.isArray(value)) return `[${value.map((v) => toSource(v, depth + 1)).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${toSource(v, depth + 1)}`);
  return depth === 0 ? `{\n${entries.map((e) => `  ${e},`).join('\n')}\n}` : `{ ${entries.join(', ')} }`;
}

/** The script shown under example (d): the same object as set above. */
const dataScript = `const gauge = document.querySelector('#lc-data');
gauge.data = ${toSource(data)};`;

// --- Snippets ----------------------------------------------------------------

/** As the HTML serializer escapes an attribute value, plus < and >, as the page's source writes them. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** As the HTML serializer escapes text. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Removes the indentation that every line after the first shares (the first starts at the tag). */
function dedent(text: string): string {
  const lines = text.split('\n');
  const rest = lines.slice(1).filter((line) => line.trim() !== '');
  const indent = Math.min(...rest.map((line) => line.match(/^ */)![0].length));
  if (!rest.length || !Number.isFinite(indent)) return text;
  return [lines[0], ...lines.slice(1).map((line) => line.slice(indent))].join('\n');
}

/**
 * The element's markup as written in this page: its attributes (without the
 * reflected `state`, which the element adds itself) and its children, read
 * from the DOM and shown as text.
 */
function markupOf(element: Element): string {
  const tag = element.localName;
  const attributes = [...element.attributes]
    .filter((a) => a.name !== 'state')
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`))
    .join('');
  // Reading innerHTML serializes the children (here only the JSON data block); nothing is parsed.
  return dedent(`<${tag}${attributes}>${element.innerHTML}</${tag}>`);
}

/**
 * A paragraph holding inline widgets, as written: its text and each widget's markup
 * (without `state`). Only text nodes and the widgets are expected inside.
 */
function paragraphMarkup(paragraph: Element): string {
  const inner = [...paragraph.childNodes]
    .map((node) =>
      node instanceof Element ? (node.matches(WIDGETS) ? markupOf(node) : node.outerHTML) : escapeText(node.textContent ?? ''),
    )
    .join('');
  const lang = paragraph.getAttribute('lang');
  return dedent(`<p${lang ? ` lang="${escapeAttribute(lang)}"` : ''}>${inner.trim()}</p>`);
}

function codeBlock(text: string, label: string): HTMLPreElement {
  const pre = document.createElement('pre');
  pre.setAttribute('aria-label', label);
  const code = document.createElement('code');
  code.textContent = text;
  pre.append(code);
  return pre;
}

for (const figure of document.querySelectorAll('figure.example')) {
  const elements = [...figure.querySelectorAll(WIDGETS)];
  if (!elements.length) continue;
  // A widget inside an article paragraph is shown with its sentence; the paragraph once.
  const roots = [...new Set(elements.map((e) => e.closest('p.prose') ?? e))];
  const html = roots.map((root) => (root.matches('p') ? paragraphMarkup(root) : markupOf(root))).join('\n');
  figure.append(codeBlock(html, 'HTML'));
  if (elements.some((e) => e.id === 'lc-data')) figure.append(codeBlock(dataScript, 'JavaScript'));
}
