import { fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

type DataElement = LitElement & { state: string };

/** Resolves once the element has shown an outcome (ready, error or stale) and rendered it. */
export async function settled<T extends DataElement>(el: T): Promise<T> {
  await el.updateComplete;
  if (el.state === 'loading') {
    await Promise.race([oneEvent(el, 'dx-load'), oneEvent(el, 'dx-error')]);
  }
  await el.updateComplete;
  return el;
}

/** The text a sighted reader sees in the element's shadow root, whitespace folded. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element in the shadow root that matches `selector`; fails loudly when absent. */
export function part<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

let unique = 0;
/** A feed URL no other test has used, so the page's shared loader has not cached it. */
export function freshFeed(name = 'lai-chau-2024.json'): string {
  unique += 1;
  return `/feed/${name}?case=${Date.now()}-${unique}`;
}

/** How many requests the test server received for a URL (path and query). */
export async function hits(url: string): Promise<number> {
  return (await serverCounts(url)).hits;
}

/** Requests the test server received for a URL, and how many it answered 304 Not Modified. */
export async function serverCounts(url: string): Promise<{ hits: number; notModified: number }> {
  const response = await fetch(`/feed-hits?url=${encodeURIComponent(url)}`);
  return (await response.json()) as { hits: number; notModified: number };
}

/** Scripts the test server's answers for `/feed-script/<key>`: one per request, the last repeating. */
export async function scriptFeed(
  key: string,
  steps: {
    status?: number;
    body?: unknown;
    delay?: number;
    headers?: Record<string, string>;
    etag?: string;
    cors?: boolean;
    /** A valid indicator this many bytes longer, made by the server. */
    pad?: number;
    /** Sent in pieces without Content-Length. */
    chunked?: boolean;
    /** A body begun and never ended. */
    hang?: boolean;
  }[],
): Promise<string> {
  await fetch(`/feed-script/${key}`, { method: 'POST', body: JSON.stringify(steps) });
  return `/feed-script/${key}`;
}

/** The figure part's text, whitespace folded: "trên 76%". */
export function figureText(el: Element): string {
  return part(el, '[part="figure"]').textContent!.replace(/\s+/g, ' ').trim();
}

/**
 * Loads the test pages' font (test/support/fonts.css, set up for every page by
 * web-test-runner.config.js) into another document, such as an embed's iframe, and waits
 * for it, so what is measured there does not depend on the machine's fonts either.
 */
export async function useTestFont(doc: Document): Promise<void> {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/test/support/fonts.css';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error('the test font did not load')), { once: true });
  });
  doc.head.append(link);
  await loaded;
  await Promise.all(['400', '600', '700'].map((weight) => doc.fonts.load(`${weight} 16px Roboto`, 'Aă ệ 0,9')));
}

/** An element `tag` given `data` (and attributes, `now` fixed), in a column `width` px wide, once it has settled. */
export async function mountWidget<T extends DataElement & { data: unknown }>(
  tag: string,
  data: unknown,
  attrs: Record<string, string> = {},
  width = 480,
): Promise<T> {
  const column = await fixture(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  el.setAttribute('now', '2024-10-01');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  column.append(el);
  return settled(el);
}

/** demo/builder.html (`hash` after it) in a 1000 px frame, once the page has found its first document valid. */
export async function openBuilder(hash = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/demo/builder.html${hash}`;
  frame.style.width = '1000px';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.querySelector('#check-summary')?.textContent?.includes('Hợp lệ'), 'the builder checked its document');
  return frame;
}

declare global {
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

/**
 * What Lit's development build warned about on this page (each test file has a page of its own),
 * less the notice that the development build is in use. Throws if the page is not on that build,
 * so that a check of it cannot pass by measuring nothing.
 */
export function litWarnings(): string[] {
  if (!(globalThis.litIssuedWarnings instanceof Set)) throw new Error('Lit is not in development mode in the tests');
  return [...globalThis.litIssuedWarnings].filter(
    (w): w is string => w !== undefined && w !== 'dev-mode' && !w.startsWith('Lit is in dev mode'),
  );
}

/** WCAG 1.4.12's text spacing, as a reader's bookmarklet sets it: every element's text must take it. */
export const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

/**
 * In the describe it is called in: a page style `sheet` (a reader's text size or spacing, WCAG
 * 1.4.4 and 1.4.12) and a viewport tall enough for the tallest card whole, both undone after it,
 * the fixtures cleaned after each test. Tall, because a map's caption, sticky at the foot of the
 * screen while the map is in view, stands over its tiles on purpose (on the card's colour).
 */
export function withReaderStyle(sheet: string): void {
  let style: HTMLStyleElement;
  before(async () => {
    style = document.head.appendChild(document.createElement('style'));
    style.textContent = sheet;
    await setViewport({ width: 800, height: 2400 });
  });
  after(async () => {
    style.remove();
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => fixtureCleanup());
}

/** The rows of a trend's or a ranking's shown table, each its cells' text joined by a space; the header row left out. */
export const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="row"]:not(.head)')].map((r) => [...r.children].map((c) => c.textContent!.trim()).join(' '));

/** A trend's or a ranking's table, shown by its button: its rows (`tableRows`). */
export async function shownTable(el: LitElement): Promise<string[]> {
  part<HTMLButtonElement>(el, '[part="button"]').click();
  await el.updateComplete;
  return tableRows(el);
}
