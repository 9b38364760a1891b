import type { Locale } from '../spec/messages.js';

/**
 * The reader's language for an element: its own `lang`, or the nearest ancestor's,
 * looking through shadow roots (a widget inside a board takes the board's page language).
 * Vietnamese unless an English tag is found: the readers are Vietnamese.
 */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const tagged: Element | null = node.closest('[lang]');
    if (tagged) return toLocale(tagged.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLocale(element.ownerDocument?.documentElement.getAttribute('lang'));
}

/** `en`, `en-GB` → `en`; everything else (absent, `vi`, `vi-VN`, unsupported) → `vi`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'vi';
}
