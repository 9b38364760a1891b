/**
 * Server rendering for Node (`dx-widgets/ssr`): a widget as HTML with a declarative shadow
 * root that carries its figures, so an article shows them with no JavaScript at all and
 * the browser bundle later takes the same DOM over (hydrates it) without a flash.
 *
 * Built for Node by scripts/build-ssr.js (lit's node build, whose DOM shim stands in for
 * the browser's); never part of a browser bundle.
 */
import { html } from 'lit';

import { loadWords } from '../feed/controller.js';
import { depthProblem } from '../spec/rules.js';

/** What `npm install dx-widgets` does not bring: `@lit-labs/ssr` is an optional peer. */
export const MISSING_PEER = 'dx-widgets/ssr needs @lit-labs/ssr, an optional peer dependency: npm install @lit-labs/ssr';

/**
 * Lit's server renderer, loaded on the first render rather than imported: without it, a
 * static import would fail as `ERR_MODULE_NOT_FOUND` from deep inside this bundle, which
 * says nothing of what to install.
 */
async function renderer() {
  try {
    const [{ render }, { collectResult }] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
    return { render, collectResult };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ERR_MODULE_NOT_FOUND' && message?.includes("'@lit-labs/ssr'")) throw new Error(MISSING_PEER, { cause: error });
    throw error;
  }
}

/** The elements the server can render. */
export type SsrTagName = 'dx-coverage-gauge' | 'dx-target-progress' | 'dx-stat' | 'dx-province-rank' | 'dx-trend' | 'dx-province-map';

/**
 * Each element's registration, run on first use (the bundle carries them all; the type
 * declarations then name no element module, so a Node project needs no DOM types).
 */
const ELEMENTS: Record<SsrTagName, () => Promise<unknown>> = {
  'dx-coverage-gauge': () => import('../coverage-gauge/dx-coverage-gauge.js'),
  'dx-target-progress': () => import('../target-progress/dx-target-progress.js'),
  'dx-stat': () => import('../stat/dx-stat.js'),
  // Names of areas given by code only come from the province registry: loaded here, once.
  'dx-province-rank': () =>
    import('../province-rank/dx-province-rank.js').then(() => import('../province-rank/names.js')).then((names) => names.loadRegistry()),
  'dx-trend': () => import('../trend/dx-trend.js'),
  // Every tile is named from the registry: loaded here, once, like the ranking's.
  'dx-province-map': () =>
    import('../province-map/dx-province-map.js').then(() => import('../province-rank/names.js')).then((names) => names.loadRegistry()),
};

export const SSR_TAG_NAMES = Object.keys(ELEMENTS) as readonly SsrTagName[];

export interface RenderOptions {
  /** The member's `id`, for a collection (the `indicator` attribute). */
  indicator?: string;
  /** The member's `area.code`, where several members share an id (the `area` attribute). */
  area?: string;
  /** The readers' language; written as the element's `lang` so the browser reads the same. `vi` by default. */
  lang?: 'vi' | 'en';
  /** `light` or `dark`; without it the reader's system setting decides. */
  theme?: 'light' | 'dark';
  /**
   * Any other attribute of the element, e.g. `{ variant: 'inline', now: '2024-10-01' }`,
   * `{ shape: 'ring' }`, `{ notation: 'compact' }`. The named options above win over these.
   */
  attributes?: Record<string, string>;
  /**
   * A CSP nonce for the `<style>` inside each shadow root, for pages whose
   * Content-Security-Policy has no `'unsafe-inline'` for styles.
   */
  nonce?: string;
}

/** Attribute names written: lower-case, and no event handlers (`on…`), which would be script. */
const NAME = /^(?!on)[a-z][a-z0-9-]*$/;

/** Text for a double-quoted attribute value in the template (the renderer escapes its output again). */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The document as the text of a `<script type="application/json">`: `<` written `\u003c`
 * (the same JSON, read back the same), so neither `</script>` nor `<!--` in a label can end
 * or bend the script element.
 */
const inlineJson = (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data)).replace(/</g, '\\u003c');

/** Today in Vietnam (the readers' calendar), `YYYY-MM-DD`. */
const vietnamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * Renders one widget to HTML: the element with its attributes, the document as an inline
 * `<script type="application/json">` child (what the browser's element reads), and a
 * declarative shadow root (`<template shadowrootmode="open">`) with the ready figures.
 *
 * The element is given `lang` and `now` (today in Vietnam, which of a plan's targets or rank goals
 * is due) unless `attributes.now` says otherwise, so the browser computes exactly what the server
 * wrote: hydration reuses the DOM and must agree with it.
 *
 * @param tagName - `dx-coverage-gauge`, `dx-target-progress`, `dx-stat`, `dx-province-rank`, `dx-trend` or `dx-province-map`.
 * Asynchronous: it loads the element (and Lit's renderer) on first use, so `await` it.
 *
 * @param data - The indicator document (one indicator or a collection), as an object or JSON text.
 * @returns A promise of the HTML text. It rejects with {@link MISSING_PEER} when
 *   `@lit-labs/ssr` is not installed.
 */
export async function renderToString(tagName: SsrTagName, data: unknown, options: RenderOptions = {}): Promise<string> {
  if (!Object.hasOwn(ELEMENTS, tagName))
    throw new TypeError(`renderToString: unknown element "${tagName}"; one of ${SSR_TAG_NAMES.join(', ')}`);
  const { indicator, area, lang = 'vi', theme, nonce } = options;
  if (lang !== 'vi' && lang !== 'en') throw new TypeError(`renderToString: lang must be "vi" or "en", not "${String(lang)}"`);
  const attributes: Record<string, string | undefined> = { ...options.attributes, lang };
  for (const [name, value] of Object.entries({ indicator, area, theme })) if (value !== undefined) attributes[name] = value;
  // Every element's drawing depends on the day (of a plan's targets or rank goals, the one due).
  attributes.now ??= vietnamToday();
  const { render, collectResult } = await renderer();
  // The validator's words before anything renders: a document the element cannot show is
  // rendered as its error in words, as the browser shows it (the browser loads them on demand).
  await Promise.all([ELEMENTS[tagName](), loadWords()]);

  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (!NAME.test(name)) throw new TypeError(`renderToString: "${name}" is not an attribute name renderToString writes`);
    text += ` ${name}="${attribute(String(value))}"`;
  }
  // A document nested past the validator's limit is drawn as its error, with no inline copy:
  // JSON.stringify would overflow the stack on it (the browser's element then has no data,
  // an error too). As JSON text it is copied as it came: the browser refuses it the same way.
  const child =
    data === undefined || data === null || depthProblem(data) ? '' : `<script type="application/json">${inlineJson(data)}</script>`;
  // The template `<tag attributes .data=${data}>child</tag>`, its static text built here as
  // lit/static-html would, but not kept: static-html caches every distinct template text for
  // the life of the process, and here each document is one (a CMS renders thousands).
  // Everything static in it is a known tag name or escaped above.
  const strings = [`<${tagName}${text} .data=`, `>${child}</${tagName}>`];
  const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, data ?? undefined);
  const result = await collectResult(render(template));
  // The wrapper template's own markers: nothing on the page hydrates the wrapper (each
  // element hydrates its shadow root from the markers inside it), so they go.
  let out = result
    .replace(/^<!--lit-part [^>]*?-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<!--lit-node \d+-->/, '')
    .replace(/^(<[a-z-]+) +/, '$1 ');
  if (nonce !== undefined) out = out.replace(/<style>/g, `<style nonce="${attribute(nonce)}">`);
  return out;
}
