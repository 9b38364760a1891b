import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { attributeOverrides, readNumberAttribute, type IndicatorAttributes } from '../spec/attributes.js';
import { REFRESH_RANGE, TIMEOUT_RANGE } from '../spec/limits.js';
import type { Listener, LoadResult } from './loader.js';
import type { Indicator, Result, ValidationError } from '../spec/types.js';
import { toNFC } from '../spec/nfc.js';
import { parseJson, problem, selectIndicator } from '../spec/validate.js';

/** Where a widget is: waiting for data, showing good data, showing old data after a failure, or unable to show any. */
export type WidgetState = 'loading' | 'ready' | 'stale' | 'error';

/** The properties every data-driven element has. */
export interface IndicatorHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  data?: unknown;
  src?: string;
  indicator?: string;
  area?: string;
  /** Seconds between checks of `src` for new figures. */
  refresh?: string | number;
  /** Seconds a request to `src` may take. */
  timeout?: string | number;
  state: WidgetState;
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
  errors: ValidationError[];
  /** True when earlier good figures stay on screen. */
  stale: boolean;
}

export interface IndicatorControllerOptions<T> {
  /** The host's plain attributes that override document fields. */
  attributes: () => IndicatorAttributes;
  /** Element-specific checks on an otherwise valid indicator (e.g. a gauge needs a percentage). */
  check?: (shown: T) => ValidationError[];
  /** Reads the document into what the element shows; by default the member the host picks, with its overrides. */
  select?: (document: unknown) => Result<T>;
}

let follower: typeof import('./follower.js') | undefined;

/**
 * `refresh` (1 s to a day) or `timeout` (1 to 120 s) in seconds; otherwise undefined, and
 * why in `errors`. Out of range is refused rather than clamped: a page that asked for a
 * 30-day refresh should learn that it does not get one (the loader clamps as well).
 */
function readSeconds(raw: string | number | undefined, name: 'refresh' | 'timeout', errors: ValidationError[]): number | undefined {
  const seconds = readNumberAttribute(raw, name, errors);
  const [least, most] = name === 'refresh' ? REFRESH_RANGE : TIMEOUT_RANGE;
  if (seconds === undefined || (seconds >= least && seconds <= most)) return seconds;
  errors.push(problem(name, 'range.seconds', { least, most }));
  return undefined;
}

/** Properties whose change never calls for the indicator to be worked out again. */
const PAINT_ONLY = new Set(['state', 'theme']);



/**
 * Works out which indicator an element shows, from (in this order) its `data` property,
 * an inline `<script type="application/json">` child, its `src` feed, or its plain
 * attributes; applies attribute overrides; validates; keeps the last good figures
 * when something later fails; reflects `state`; and fires `dx-load` / `dx-error`
 * after the render that shows the outcome.
 */
export class IndicatorController<T = Indicator> implements ReactiveController {
  /** The figures on screen: the last indicator (or, for a board, feed) that validated. */
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

  private readonly host: IndicatorHost;
  private readonly options: IndicatorControllerOptions<T>;
  private inline?: LoadResult;
  private feed?: LoadResult;
  /** The src, refresh and timeout being followed. */
  private followed?: string;
  private unsubscribe?: () => void;
  private dirty = true;
  private events: Event[] = [];
  private readonly rereadInline = () => {
    this.readInline();
    this.host.requestUpdate();
  };

  constructor(host: IndicatorHost, options: IndicatorControllerOptions<T>) {
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
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.rereadInline);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdated(): void {
    const events = this.events;
    this.events = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Call from the host's `willUpdate`: settles `state`, `indicator` and `errors` for this render. */
  willUpdate(changed: PropertyValues): void {
    // Another feed or member is another figure: the old one must not stand in for it, even
    // while the new one loads. (New `data` for the same place is an update, kept if bad.)
    if (this.host.hasUpdated && (changed.has('src') || changed.has('indicator') || changed.has('area'))) {
      this.indicator = this.replaced = this.lastGoodAt = undefined;
    }
    if (changed.has('src') || changed.has('refresh') || changed.has('timeout')) this.follow();
    // Any property may feed the indicator or the element's check(), except what only paints.
    if (!this.dirty && ![...changed.keys()].some((key) => !PAINT_ONLY.has(String(key)))) return;
    this.dirty = false;
    this.settle();
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent;
    this.inline = text == null ? undefined : parseJson(text);
    this.dirty = true;
  }

  /** Follows the host's `src` (lazily, see follower.ts); `refresh` and `timeout` changes re-follow. */
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
      // The same document again (an unchanged poll) only confirms what is shown.
      if (!changed && result.ok && this.host.state === 'ready') {
        this.lastGoodAt = new Date();
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
    if (follower) {
      this.unsubscribe = follower.follow(this.host, src, listener, options);
      return;
    }
    let stop: (() => void) | undefined;
    let left = false;
    this.unsubscribe = () => {
      left = true;
      stop?.();
    };
    void import('./follower.js').then((module) => {
      follower = module;
      if (!left) stop = module.follow(this.host, src, listener, options);
    });
  }

  /** The raw document to read, or why there is none. `undefined` while waiting for `src`. */
  private document(hasOverrides: boolean): LoadResult | undefined {
    const { data, src } = this.host;
    // A page's own object is read as NFC too (a copy only when it is not); JSON text through parseJson.
    if (data !== undefined && data !== null) return typeof data === 'string' ? parseJson(data) : { ok: true, value: toNFC(data) };
    if (this.inline) return this.inline;
    if (src) return this.feed;
    if (hasOverrides) return { ok: true, value: {} };
    return { ok: false, errors: [problem('', 'nodata')] };
  }

  /** The indicator to show, or what stops it; `undefined` while waiting for `src`. */
  private outcome(): { indicator: T; document: unknown } | { errors: ValidationError[] } | undefined {
    const attributeErrors: ValidationError[] = [];
    // Attributes are text a page's editor typed: NFC like the document they override.
    const overrides = toNFC(attributeOverrides(this.options.attributes(), attributeErrors));
    for (const name of ['refresh', 'timeout'] as const) readSeconds(this.host[name], name, attributeErrors);
    const source = this.document(Object.keys(overrides).length > 0 || attributeErrors.length > 0);
    if (!source) return undefined;
    // An unreadable attribute is the one thing to fix: the document's complaint about
    // the field it failed to fill (a missing value) would only repeat it.
    if (attributeErrors.length) return { errors: attributeErrors };
    if (!source.ok) return { errors: source.errors };
    const { indicator: id, area } = this.host;
    const picked = this.options.select
      ? this.options.select(source.value)
      : (selectIndicator(source.value, { indicator: id || undefined, area: area || undefined }, overrides) as Result<T>);
    if (!picked.ok) return { errors: picked.errors };
    const errors = this.options.check?.(picked.value) ?? [];
    return errors.length ? { errors } : { indicator: picked.value, document: source.value };
  }

  private settle(): void {
    const outcome = this.outcome();
    if (!outcome) {
      this.host.state = 'loading';
      return;
    }
    if ('errors' in outcome) {
      const { errors } = outcome;
      const stale = this.indicator !== undefined;
      this.errors = errors;
      this.host.state = stale ? 'stale' : 'error';
      this.events.push(new CustomEvent<IndicatorErrorDetail>('dx-error', { bubbles: true, detail: { errors, stale } }));
      return;
    }
    const { indicator, document } = outcome;
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
    this.lastGoodAt = new Date();
    this.host.state = 'ready';
    this.events.push(new CustomEvent<IndicatorLoadDetail<T>>('dx-load', { bubbles: true, detail: { indicator, document, changed } }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'dx-load': CustomEvent<IndicatorLoadDetail>;
    'dx-error': CustomEvent<IndicatorErrorDetail>;
  }
}
