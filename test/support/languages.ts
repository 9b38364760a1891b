import type { LitElement } from 'lit';

import { settled } from './helpers.js';

/*
 * What a screen reader is given, and in which language: the text it reads (not hidden from it),
 * and the `lang` it reads that text in, the nearest one above the text through shadow roots, as
 * the browser works it out for the page's tree (WCAG 3.1.1, 3.1.2).
 */

export type Element$ = LitElement & { state: string };

/** The language a screen reader reads `node` in: the nearest `lang` above it, through shadow roots. */
export function langAt(node: Node): string | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el) {
    const tagged = el.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang');
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Whether a screen reader is given `node`: not under `aria-hidden="true"` or `hidden`, nor in a style. */
function heard(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.localName === 'style') return false;
  }
  return true;
}

/** Each text a screen reader is given in `el` (its cards' too), with the language it reads it in. */
export function readings(el: Element): [string, string | null][] {
  const out: [string, string | null][] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) walk(node.shadowRoot);
      } else if (node.textContent!.trim() && heard(node)) out.push([node.textContent!.trim(), langAt(node)]);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

/** The languages `text` is read in, wherever a screen reader is given it in `el` (a text node holding it, or it alone). */
export const langsOf = (el: Element, text: string): (string | null)[] =>
  readings(el)
    .filter(([t]) => t.includes(text))
    .map(([, lang]) => lang);

/** Every `lang` set inside the element's shadow root (and its cards'): none is spurious. */
export function langsInside(el: Element): string[] {
  const found: string[] = [];
  const walk = (root: ShadowRoot) =>
    root.querySelectorAll('*').forEach((node) => {
      if (node.hasAttribute('lang') && !node.shadowRoot) found.push(node.getAttribute('lang')!);
      if (node.shadowRoot) walk(node.shadowRoot);
    });
  walk(el.shadowRoot!);
  return found;
}

/** The element once it has drawn all it will: a trend draws for its measured column a frame later; a board's cards draw after it. */
export async function drawn<E extends Element$>(el: E): Promise<E> {
  await settled(el);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const card of el.shadowRoot!.querySelectorAll<Element$>('[part="grid"] > *')) await settled(card);
  await el.updateComplete;
  return el;
}

/** Runs `test` with every MutationObserver the page makes meanwhile listed in `made` (the page's language needs one). */
export async function withObserversListed(test: (made: MutationObserver[]) => Promise<void>): Promise<void> {
  const made: MutationObserver[] = [];
  const Native = window.MutationObserver;
  window.MutationObserver = class extends Native {
    constructor(callback: MutationCallback) {
      super(callback);
      made.push(this);
    }
  };
  try {
    await test(made);
  } finally {
    window.MutationObserver = Native;
  }
}
