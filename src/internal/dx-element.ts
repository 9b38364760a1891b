import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';

import { loadWords, type FeedController, type WidgetState } from '../feed/controller.js';
import { contentLang } from '../format/locale.js';
import type { Locale } from '../format/messages.js';
import type { Indicator } from '../spec/types.js';
import { LangController } from './lang-controller.js';

/**
 * What every element shares, the board included: where its document comes from (`data`,
 * an inline `<script type="application/json">`, `src`), how it follows a feed, its theme,
 * its reflected `state`, the reader's language, and the `dx-load` and `dx-error` events
 * (documented with each subclass, whose `detail` differs: the board's names its card).
 * What it reads from the document, and how it draws it, is each element's own.
 *
 * @cssstate loading - Waiting for the first figures; the same as `[state="loading"]`.
 * @cssstate ready - Showing good figures.
 * @cssstate stale - Showing older good figures after a failure, with the mark that says so.
 * @cssstate error - No figures to show: the message in place says why.
 */
export abstract class DxElement<T = Indicator> extends LitElement {
  // `lang` stays the browser's own property; its attribute only needs to re-render.
  // Declared statically rather than with decorators: the decorator helpers cost the
  // reader ~0.6 kB gz in every bundle. Literal entries in each class, as the manifest
  // analyzer reads only those (it lists these on every element that inherits them).
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    refresh: {},
    timeout: {},
    loading: { reflect: true },
    theme: { reflect: true },
    state: { reflect: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The document (one indicator or a collection) as an object or JSON text; wins over inline JSON and `src`. */
  declare data?: unknown;

  /** URL of a JSON document (one indicator or a collection), fetched once and shared by every element on the page. */
  declare src?: string;

  /** Seconds between checks of `src` for new figures, 1 to 86400 (a day); without it the feed loads once. */
  declare refresh?: string | number;

  /** Seconds a request to `src` may take before it counts as failed, 1 to 120; 10 by default. */
  declare timeout?: string | number;

  /** `lazy` (default): fetch `src` when the element comes near the viewport; `eager`: at once. */
  declare loading?: 'lazy' | 'eager';

  /** `light` or `dark`; without it the reader's system setting decides. Printed, light whatever is chosen: paper is white. */
  declare theme?: 'light' | 'dark';

  /**
   * `loading`, `ready`, `stale` (older good figures shown after a failure) or `error`. Read-only;
   * reflected as the `state` attribute and shown as a custom state, `:state(ready)`.
   * @default 'loading'
   */
  get state(): WidgetState {
    return this.feed$.status;
  }

  /** The reader's language for this render (`vi` before the first). */
  protected get locale(): Locale {
    return this.lang$.locale;
  }

  /** The `lang` what this render draws is read in (`contentLang`): `vi-VN`, or `vi` declared under a French page. */
  protected get readIn(): string {
    return contentLang(this.locale, this.lang$.inherited);
  }

  /**
   * For the custom states (`:state(ready)`): none on the server, nor in a browser without
   * ElementInternals or its `states` (Safari before 17.4), where the `state` attribute serves.
   */
  private readonly states = isServer ? undefined : this.attachInternals?.().states;

  /** Works the language out, and re-renders when the page's changes it. */
  private readonly lang$ = new LangController(this);

  /** Where the figures come from and how they stand; it settles them itself before each render. */
  protected abstract readonly feed$: FeedController<T>;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
    // A page that writes `state` gets the true one back: the data decide it, and a stylesheet's
    // [state="error"] must not match a gauge that shows its figures.
    if (name === 'state' && value !== this.state) this.requestUpdate('state', value);
  }

  /**
   * Server HTML (dx-widgets/ssr) on a page that loaded the plain bundle rather than the
   * hydrating one: draw afresh in place of the server's drawing, never a second copy beside it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A shadow root before this one is made is the server's (a declarative one, as lit's hydrate support reads it too).
    if (this.shadowRoot) {
      if ('litElementHydrateSupport' in globalThis) this.serverDrawn = true;
      else this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** The server's drawing is in the shadow root, and lit's hydrate support will adopt it. */
  private serverDrawn = false;

  /**
   * Whether the coming render hydrates the server's drawing: it must then render what the
   * server did, from the same figures and the same size.
   */
  protected get hydrating(): boolean {
    return this.serverDrawn && !this.hasUpdated;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Lit's server renderer calls willUpdate() and render() but no controller's hostUpdate(),
    // nor update(): there the language is worked out, the figures settled, and what is drawn
    // derived, here.
    if (isServer) {
      this.lang$.hostUpdate();
      this.feed$.hostUpdate();
      this.derive(changed);
    }
  }

  /**
   * Derives what the render draws from the figures this update settled on. Called from
   * update(), which Lit runs after the controllers' hostUpdate() (willUpdate() runs before it,
   * and would see the last update's figures). Properties set here cause no second render.
   */
  protected derive(_changed: PropertyValues): void {}

  /**
   * What the element still waits for before it shows all it will, if anything: the words of the
   * problems it shows (see FeedController); an element adds its own (a ranking's area names).
   */
  protected waiting(): Promise<unknown> | undefined {
    return this.feed$.wordsPending;
  }

  /**
   * A server-drawn error lists its problems in words, and hydration must find in its first render
   * the list the server wrote: the words, fetched with a page's first problem, come first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hydrating && this.getAttribute('state') === 'error') {
      return loadWords().then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  /** Waits for what the element is `waiting()` for too, so `await el.updateComplete` sees it all. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const waiting = this.waiting();
    if (!waiting) return done;
    await waiting;
    return this.getUpdateComplete();
  }

  protected override update(changed: PropertyValues): void {
    if (changed.has('state')) showState(this.states, this.state);
    this.derive(changed);
    super.update(changed);
    // What the element drew is in `locale`. Where the language it inherits is another (a French
    // page: it draws in Vietnamese), its top elements say which (WCAG 3.1.1), or a screen reader
    // reads our Vietnamese in a French voice. Not the host: its `lang` is the page's to set, and
    // the page's CSS and scripts read it (`:lang()`). (update() runs in the browser only; a
    // server-drawn host always carries its own lang, so hydration finds nothing to add.)
    // (A <style> there, the server's or lit's, takes it too, to no effect.)
    // Written only where it changes: Chromium restyles all beneath an element whose `lang` is set, even
    // to the value it has (measured: 100 gauges updated 10 times on a French page spent 15–30 % more
    // time, 0.1–0.2 ms a write, and made 1,000 more mutation records).
    const lang = this.readIn;
    for (const top of this.renderRoot.children) {
      if (lang === this.lang$.inherited) top.removeAttribute('lang');
      else if (top.getAttribute('lang') !== lang) top.setAttribute('lang', lang);
    }
  }
}

/**
 * Shows the element's state as a custom state, `:state(ready)`. Chromium 90–124 knew only its
 * first syntax, `:--ready`, and throws on a name without the dashes: there it is added so (as
 * Material Web's custom-state-set.ts does).
 */
function showState(states: CustomStateSet | undefined, now: WidgetState): void {
  if (!states) return;
  states.clear();
  try {
    states.add(now);
  } catch {
    states.add(`--${now}`);
  }
}
