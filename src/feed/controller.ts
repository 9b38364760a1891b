import type { ReactiveController, ReactiveElement } from 'lit';

import { readNumberAttribute } from '../spec/attributes.js';
import { REFRESH_RANGE, TIMEOUT_RANGE } from '../spec/limits.js';
import { clip, worded } from '../spec/messages.js';
import { toNFC } from '../spec/nfc.js';
import { parseJson, problem } from '../spec/rules.js';
import type { Indicator, IndicatorDocument, Problem, Result, ValidationError } from '../spec/types.js';
import type { Listener, LoadResult } from './loader.js';
import { onDemand } from './on-demand.js';

/** Where a widget is: waiting for data, showing good data, showing old data after a failure, or unable to show any. */
export type WidgetState = 'loading' | 'ready' | 'stale' | 'error';

/** What the controller reads from its host: where the document comes from, and how to follow it. */
export interface FeedHost extends ReactiveElement {
  data?: unknown;
  src?: string;
  /** Seconds between checks of `src` for new figures. */
  refresh?: string | number;
  /** Seconds a request to `src` may take. */
  timeout?: string | number;
  /** The host's reflected mirror of the controller's `status`, told of each change. */
  readonly state: WidgetState;
}

export interface IndicatorLoadDetail<T = Indicator> {
  /** What is shown: the indicator (for <dx-board>, the collection it draws). */
  indicator: T;
  /** The whole document the indicator came from. */
  document: unknown;
  /** False when the figures are the same as those already shown. */
  changed: boolean;
}

export interface IndicatorErrorDetail {
  /** What is wrong, each with its path, code and message in both languages. */
  errors: ValidationError[];
  /** True when earlier good figures stay on screen. */
  stale: boolean;
}

export interface FeedOptions<T> {
  /**
   * Which figures the host shows, besides `src`: a member's id and area. Another answer is other
   * figures, so the old ones must not stand in for them, even while the new ones load.
   */
  which?: () => readonly unknown[];
  /** Everything else `read` depends on (overriding attributes, what the element checks): a change reads again. */
  args?: () => readonly unknown[];
  /** The host's attributes that override document fields; what cannot be read goes into `errors`. */
  overrides?: (errors: Problem[]) => Partial<IndicatorDocument>;
  /** The document into what the element shows (the member it picks, overridden and checked), or why it cannot be. */
  read: (document: unknown, overrides: Partial<IndicatorDocument>) => Result<T, Problem>;
}

/** The feed loader and its follower, fetched with the first `src` (see follow()). */
const follower = onDemand(() => import('./follower.js'), 'dx-widgets: the feed loader could not be loaded.');

/**
 * The validator's words (spec/problems.ts, ~1.7 kB gz), fetched with the first problem an
 * element has to show: a page whose figures are all good, as published pages are, never
 * downloads them. Without them, a problem is shown by its code and values.
 */
const words = onDemand(
  () => import('../spec/problems.js'),
  'dx-widgets: the validator messages could not be loaded; problems are shown by their code.',
);

/** Loads the validator's words, once per page; resolves when they are here or have failed. Server rendering awaits it first. */
export const loadWords = (): Promise<unknown> => words.load();

/**
 * `refresh` (1 s to a day) or `timeout` (1 to 120 s) in seconds; otherwise undefined, and
 * why in `errors`. Out of range is refused rather than clamped: a page that asked for a
 * 30-day refresh should learn that it does not get one (the loader clamps as well).
 */
function readSeconds(raw: string | number | undefined, name: 'refresh' | 'timeout', errors: Problem[]): number | undefined {
  const seconds = readNumberAttribute(raw, name, errors);
  const [least, most] = name === 'refresh' ? REFRESH_RANGE : TIMEOUT_RANGE;
  if (seconds === undefined || (seconds >= least && seconds <= most)) return seconds;
  errors.push(problem(name, 'range.seconds', { least, most }));
  return undefined;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Works out what an element shows, from (in this order) its `data` property, an inline
 * `<script type="application/json">` child, its `src` feed, or its plain attributes; applies
 * attribute overrides; validates; keeps the last good figures when something later fails; and
 * fires `dx-load` / `dx-error` after the render that shows the outcome.
 *
 * It drives itself, as `@lit/task` does: in `hostUpdate()` (after the host's `willUpdate()`,
 * before its render) it reads its inputs and the host's `args()`, and settles again only when
 * one of them changed or a document arrived. The host forwards nothing; it reads `status`
 * (mirrored as its `state`), `indicator` and `errors` when it renders.
 */
export class FeedController<T = Indicator> implements ReactiveController {
  /** Where the element is: waiting for data, showing good data, showing old data after a failure, or unable to show any. */
  status: WidgetState = 'loading';
  /** The figures on screen: the last indicator (or, for a board, collection) that validated. */
  indicator?: T;
  /** What is wrong now; empty when ready. */
  errors: ValidationError[] = [];
  /** When the figures on screen were last confirmed good. */
  lastGoodAt?: Date;
  /** The figures that the last feed update replaced, for announcing what changed. */
  replaced?: T;
  /** The whole document the figures on screen came from. */
  shownDocument?: unknown;
  /** The feed being followed, if any. */
  feedSrc?: string;
  /**
   * The words for the problems shown, while they are on their way (only then): `dx-error` waits
   * for them, and so does the host's `updateComplete`.
   */
  wordsPending?: Promise<unknown>;
  /**
   * The host draws the settled figures in a later render (a long series, in a task of its own):
   * `dx-load` and `dx-error` wait for that render, as they follow the render that shows them.
   */
  held = false;

  private readonly host: FeedHost;
  private readonly options: FeedOptions<T>;
  /** The inputs the figures were last settled from. */
  private args?: unknown[];
  /** The status the host was last told of (none before its first update, so that one reflects). */
  private told?: WidgetState;
  private inline?: LoadResult;
  private feed?: LoadResult;
  /** The src, refresh and timeout being followed. */
  private followed?: string;
  private unsubscribe?: () => void;
  /** A document arrived (inline JSON read, a feed's outcome) since the last settle. */
  private dirty = true;
  private events: Event[] = [];
  /** Draws a stale mark again at midnight: its "14:05" meant today, and from then on names its day (formatTime). */
  private midnight?: ReturnType<typeof setTimeout>;
  private readonly rereadInline = () => {
    this.readInline();
    this.host.requestUpdate();
  };

  constructor(host: FeedHost, options: FeedOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    // Parsed before its children (the bundle loaded early): read the JSON once they exist.
    if (!this.inline && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.rereadInline, { once: true });
    }
    this.follow();
    // Moved or put back (a framework moves elements) while its feed fails: the failure is told
    // again, as good figures are when the loader hands them over again, for a page that listens
    // anew. Settled from the feed kept: no loading, and what is shown stays. A retry that fails
    // the same way is still no news; an event not yet dispatched is not doubled. Decided after
    // the loader's hand-over (a microtask, loader.ts `subscribe`): a feed that came good while
    // the element was away is told as good figures, not as the failure it no longer is.
    queueMicrotask(() => {
      if (this.host.hasUpdated && this.host.isConnected && this.feed?.ok === false && !this.events.length) {
        this.dirty = true;
        this.host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.rereadInline);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.midnight);
  }

  /** Settles `status`, `indicator` and `errors` for this render when an input changed or a document arrived. */
  hostUpdate(): void {
    const { data, src, refresh, timeout } = this.host;
    const which = [src, ...(this.options.which?.() ?? [])];
    const args = [...which, data, refresh, timeout, ...(this.options.args?.() ?? [])];
    const last = this.args;
    this.args = args;
    // Most updates (a theme, a language, the reflected state) change no input and bring no
    // document: nothing to follow, settle or tell, and one comparison finds it.
    if (!this.dirty && last && same(args, last)) return;
    // Another feed or member is another figure: the old one must not stand in for it, even
    // while the new one loads. (New `data` for the same place is an update, kept if bad.)
    if (last && !same(which, last.slice(0, which.length))) this.indicator = this.replaced = this.lastGoodAt = undefined;
    this.follow();
    this.dirty = false;
    this.settle();
    if (this.status !== this.told) {
      // The host's `state` reflects in this same update: Lit reflects after controllers' hostUpdate.
      this.host.requestUpdate('state', this.told);
      this.told = this.status;
    }
  }

  hostUpdated(): void {
    if (this.held) return;
    const events = this.events;
    this.events = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent;
    this.inline = text == null ? undefined : parseJson(text);
    this.dirty = true;
  }

  /**
   * Follows the host's `src` (lazily, see follower.ts); a change of `src`, `refresh` or
   * `timeout` stops the old subscription first, which drops its listener at once and aborts
   * a request no other element waits for, so no stale outcome arrives.
   */
  private follow(): void {
    const { src, refresh, timeout } = this.host;
    const key = `${src} ${refresh} ${timeout}`;
    if (key === this.followed && this.unsubscribe) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.followed = key;
    if (src !== this.feedSrc) {
      this.feed = undefined;
      this.feedSrc = src;
      this.dirty = true;
    }
    if (!src || !this.host.isConnected) return;
    const listener: Listener = (result, changed) => {
      // The same document again (an unchanged poll) changes nothing that was settled from it: it
      // confirms figures shown as good, and an element stale or in error by its own attributes
      // stays so without saying it again (dx-error is told once per change). Drawn again all the
      // same, so that a stale mark's time gains its date once the day has changed. A feed that
      // fails again as it failed is no news either: a page's handler heard it once, not at every retry.
      const feed = this.feed;
      const unchanged = result.ok
        ? !changed && (this.status === 'ready' || feed === result)
        : feed?.ok === false && JSON.stringify(result.errors) === JSON.stringify(feed.errors);
      if (unchanged) {
        if (this.status === 'ready') this.lastGoodAt = new Date();
        else this.host.requestUpdate();
        return;
      }
      this.feed = result;
      this.dirty = true;
      this.host.requestUpdate();
    };
    // Fetched with the first `src`: a page of attribute-only or inline-JSON widgets never
    // downloads the loader (the embed bundle carries it inline anyway).
    // Once loaded it is used at once, so a move in the DOM (leave and rejoin in one task)
    // re-subscribes before the loader's end-of-task check sees an empty feed.
    // A refresh or timeout it cannot use is reported by settle(); here it is left out.
    const options = { refresh: readSeconds(refresh, 'refresh', []), timeout: readSeconds(timeout, 'timeout', []) };
    const loaded = follower.loaded();
    if (loaded) {
      this.unsubscribe = loaded.follow(this.host, src, listener, options);
      return;
    }
    let stop: (() => void) | undefined;
    let left = false;
    this.unsubscribe = () => {
      left = true;
      stop?.();
    };
    void follower.load().then(() => {
      const module = follower.loaded();
      if (left) return;
      if (module) {
        stop = module.follow(this.host, src, listener, options);
        return;
      }
      // Its code could not be fetched (the reader went offline): said in place, not "loading" for
      // ever, and tried again when the network is back or at the check `refresh` asks for (or
      // with another src), not left failed until a reload.
      const at = clip(src);
      listener(
        { ok: false, errors: [{ path: 'src', code: 'load', message: { vi: `không tải được ${at}`, en: `could not load ${at}` } }] },
        true,
      );
      const again = () => {
        if (left) return;
        stop!();
        this.unsubscribe = undefined;
        this.follow();
      };
      const timer = options.refresh && setTimeout(again, options.refresh * 1000);
      addEventListener('online', again);
      stop = () => {
        clearTimeout(timer);
        removeEventListener('online', again);
      };
    });
  }

  /** The raw document to read, or why there is none. `undefined` while waiting for `src`. */
  private source(hasOverrides: boolean): LoadResult | undefined {
    const { data, src } = this.host;
    // A page's own object is read as NFC too (a copy only when it is not); JSON text through parseJson.
    if (data !== undefined && data !== null) return typeof data === 'string' ? parseJson(data) : { ok: true, value: toNFC(data) };
    if (this.inline) return this.inline;
    if (src) return this.feed;
    if (hasOverrides) return { ok: true, value: {} };
    return { ok: false, errors: [problem('', 'nodata')] };
  }

  /** The validator's words came (or failed): problems still waiting for them are settled again, in words, and told. */
  private wordsCame(): void {
    if (!this.wordsPending) return;
    this.wordsPending = undefined;
    this.dirty = true;
    this.host.requestUpdate();
  }

  /** Works out the figures to show, or what stops them, and the status that says which. */
  private settle(): void {
    const attributeErrors: Problem[] = [];
    const overrides = this.options.overrides?.(attributeErrors) ?? {};
    for (const name of ['refresh', 'timeout'] as const) readSeconds(this.host[name], name, attributeErrors);
    const source = this.source(Object.keys(overrides).length > 0 || attributeErrors.length > 0);
    if (!source) {
      this.status = 'loading';
      return;
    }
    // An unreadable attribute is the one thing to fix: the document's complaint about
    // the field it failed to fill (a missing value) would only repeat it.
    const read = attributeErrors.length
      ? { ok: false as const, errors: attributeErrors }
      : source.ok
        ? this.options.read(source.value, overrides)
        : source;
    if (!read.ok) {
      const stale = this.indicator !== undefined;
      // The state is shown at once, the problems in words once those are here (one request,
      // the first time a page has a problem to show): meanwhile the heading alone, since a code
      // is no message for a reader. The event waits for the words, and the outcome is settled
      // again when they come (by their codes only if they cannot be loaded).
      const waits = words.loaded() === undefined && read.errors.some((e) => !e.message);
      const errors = read.errors.map((e) => worded(e, words.loaded()?.PROBLEMS));
      this.errors = waits ? [] : errors;
      this.status = stale ? 'stale' : 'error';
      clearTimeout(this.midnight);
      const now = new Date();
      if (stale) this.midnight = setTimeout(() => this.host.requestUpdate(), new Date(now).setHours(24, 0, 0, 0) - +now);
      if (waits) {
        this.wordsPending ??= words.load().then(() => this.wordsCame());
        return;
      }
      this.wordsPending = undefined;
      this.events.push(new CustomEvent<IndicatorErrorDetail>('dx-error', { bubbles: true, detail: { errors, stale } }));
      return;
    }
    const indicator = read.value;
    const document = (source as { value: unknown }).value;
    const changed = !this.indicator || JSON.stringify(indicator) !== JSON.stringify(this.indicator);
    // Only a feed's new figures are news to announce: a page that sets its own data or
    // attributes knows what it changed, and a board of twenty cards must not speak twenty times.
    const fromFeed = this.feed?.ok === true && this.feed.value === document;
    if (changed) {
      this.replaced = fromFeed ? this.indicator : undefined;
      // Unchanged figures keep their object, so what an element derives from it (a ranking's
      // rows, names looked up) is not redone on every poll or unrelated property change.
      this.indicator = indicator;
    }
    this.shownDocument = document;
    this.errors = [];
    // Good figures need no words: `updateComplete` no longer waits for them (nor hangs on them).
    this.wordsPending = undefined;
    this.lastGoodAt = new Date();
    this.status = 'ready';
    this.events.push(new CustomEvent<IndicatorLoadDetail<T>>('dx-load', { bubbles: true, detail: { indicator, document, changed } }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'dx-load': CustomEvent<IndicatorLoadDetail>;
    'dx-error': CustomEvent<IndicatorErrorDetail>;
  }
}
