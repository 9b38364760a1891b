import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

import { inheritedLang, toLocale } from '../format/locale.js';
import type { Locale } from '../format/messages.js';

/**
 * The reader's language for an element, kept in step with the page: an element without its
 * own `lang` re-renders when the nearest ancestor's `lang` (usually `<html lang>`, which a
 * portal's language switch changes) changes.
 *
 * It drives itself: the host reads `locale` when it renders and forwards nothing.
 *
 * One MutationObserver serves the whole page, however many elements: it exists while at least
 * one element is connected, and an element leaves its list when it is disconnected, so a removed
 * element is not kept. It watches the light DOM only; a `lang` changed inside another
 * component's shadow root is seen when that component re-renders its children (as a board does).
 */
export class LangController implements ReactiveController {
  /** The language of the last render: `vi` or `en`. */
  locale: Locale = 'vi';

  /** The `lang` the host's content inherits (its own, or the nearest ancestor's) at the last render; none before it or where none is set. */
  inherited?: string | null;

  readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /**
   * Works out the language for this render, before the host renders (after its `willUpdate`).
   * Lit's server renderer calls no controller's `hostUpdate()`: there the host calls it itself.
   */
  hostUpdate(): void {
    // On the server (lit's DOM shim) there is no tree to search: the element's own `lang`,
    // which renderToString always writes.
    this.inherited = isServer ? this.host.getAttribute('lang') : inheritedLang(this.host);
    this.locale = toLocale(this.inherited);
  }

  /**
   * Re-renders the host when the `lang` it inherits is no longer the one it was drawn under: in
   * another language, or the same one said otherwise (`vi` to `fr`: still Vietnamese, but to be
   * declared so; `vi` to `vi-VN`: a board's cards take the region).
   */
  check(): void {
    if (inheritedLang(this.host) !== this.inherited) this.host.requestUpdate();
  }

  hostConnected(): void {
    if (isServer) return;
    if (!observer) {
      // Any `lang` change in the page: each element re-renders only if the `lang` it inherits changed,
      // so one with its own `lang`, or under an ancestor that did not change, does not.
      observer = new MutationObserver(() => watched.forEach((lang) => lang.check()));
      observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    watched.add(this);
    // Moved under another language (or connected again after one changed): draw in it.
    this.check();
  }

  hostDisconnected(): void {
    watched.delete(this);
    if (watched.size) return;
    observer?.disconnect();
    observer = undefined;
  }
}

const watched = new Set<LangController>();
let observer: MutationObserver | undefined;

/** How many elements follow the page's language, and whether the page's observer exists (for leak tests). */
export const langWatchers = (): { elements: number; observing: boolean } => ({ elements: watched.size, observing: observer !== undefined });
