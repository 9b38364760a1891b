import { FEED_FLOOR_MS, MAX_FEED_BYTES, REFRESH_RANGE, TIMEOUT_RANGE } from '../spec/limits.js';
import { parseJson } from '../spec/rules.js';
import { onDemand } from './on-demand.js';
import type { Clock, FollowOptions, Listener, LoadResult, SharedFeed } from './types.js';

export type { FollowOptions, Listener, LoadResult } from './types.js';

/**
 * One shared loader per page: every element on the same URL shares one request, its
 * parsed JSON and (with `refresh`) one poll. The last element to leave aborts a request
 * under way and stops the poll; leaving and rejoining in the same task (a move in the
 * DOM) costs nothing. A feed nobody follows is kept a few seconds for an element that
 * comes back, then forgotten. Polling itself lives in `poll.ts`, loaded only when asked for.
 */

/** Timers, time and randomness, replaceable by tests with a fake clock. */
export const clock: Clock = {
  setTimeout: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clearTimeout: (id: unknown): void => clearTimeout(id as number),
  now: (): number => performance.now(),
  random: (): number => Math.random(),
};

const feeds = new Map<string, SharedFeed>();

/**
 * When each URL was last requested, for the floor: only those asked for in the last second,
 * so a feed forgotten and followed again at once still waits its turn.
 */
const requested = new Map<string, number>();

/** Feeds followed by nobody, oldest first; past this many the oldest is forgotten at once. */
const idle = new Set<SharedFeed>();
const MAX_IDLE = 4;
/** How long a feed nobody follows is kept, for an element that comes back (a framework re-mounting it). */
const GRACE_MS = 15_000;

/** The poller, fetched with the first `refresh`; if it cannot be, the figures loaded stay as they are. */
const polling = onDemand(() => import('./poll.js'), 'dx-widgets: live updates (refresh) could not be loaded.');

/** Default seconds a request may take. */
export const DEFAULT_TIMEOUT = 10;

/**
 * Seconds brought into a range before they meet a timer: `setTimeout` fires at once past
 * 2^31 − 1 ms (24.8 days), so an unchecked 30-day `refresh` would poll without pause.
 * Elements refuse such values with a message; this guards every other caller.
 */
export const clampSeconds = (seconds: number | undefined, [least, most]: readonly [number, number]): number | undefined =>
  seconds === undefined || Number.isNaN(seconds) ? undefined : Math.min(most, Math.max(least, seconds));

/** Resolves `src` against the page, so "feed.json" and "./feed.json" share one entry. */
export function feedKey(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/*
 * The loader's words, in both languages side by side. They live here rather than in the
 * shared table so that a page without `src` does not download them (see follower.ts).
 */
function loadError(url: string, vi: string, en: string): LoadResult {
  return {
    ok: false,
    errors: [{ path: 'src', code: 'load', message: { vi: `không tải được ${url} (${vi})`, en: `could not load ${url} (${en})` } }],
  };
}

const shortest = (feed: SharedFeed, key: keyof FollowOptions) => Math.min(...[...feed.listeners.values()].map((o) => o[key] ?? Infinity));

/** What a response says: a new document, the same one again, or a failure. */
async function request(feed: SharedFeed, signal: AbortSignal, seconds: number): Promise<{ result: LoadResult; changed: boolean }> {
  const { url } = feed;
  try {
    // `no-cache` makes the browser revalidate its copy with If-None-Match / If-Modified-Since
    // itself: cheap for the origin, and no CORS preflight that headers set here would cause.
    const response = await fetch(url, { signal, cache: 'no-cache', headers: { Accept: 'application/json' } });
    // A 304 that reaches us (from a proxy; the browser's own revalidation shows as a 200 from
    // its cache) confirms the document already parsed.
    if (response.status === 304 && feed.last?.ok) return { result: feed.last, changed: false };
    if (!response.ok) return { result: loadError(url, `HTTP ${response.status}`, `HTTP ${response.status}`), changed: true };
    const text = await readCapped(response);
    if (text === undefined) {
      const mb = MAX_FEED_BYTES / 1024 / 1024;
      return { result: loadError(url, `tệp lớn hơn ${mb} MB`, `file larger than ${mb} MB`), changed: true };
    }
    if (text === feed.text && feed.last) return { result: feed.last.ok ? feed.last : parseJson(text), changed: !feed.last.ok };
    const result = parseJson(text);
    if (result.ok) feed.text = text;
    return { result, changed: true };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const result =
      signal.reason === 'timeout' ? loadError(url, `quá ${seconds} giây`, `over ${seconds} seconds`) : loadError(url, detail, detail);
    return { result, changed: true };
  }
}

/**
 * The body as text, or undefined past MAX_FEED_BYTES: refused from Content-Length before
 * reading when the server says so, else counted while reading and cut off there.
 */
async function readCapped(response: Response): Promise<string | undefined> {
  if (Number(response.headers.get('Content-Length')) > MAX_FEED_BYTES) {
    void response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Asks the origin for the document and tells every listener what came back. Never more
 * than once a second per URL, whoever asks (a newcomer after a failure, a tab shown
 * again, an element whose src flips back and forth): a call inside that second is held
 * until it ends, and calls meanwhile join it.
 */
export function load(feed: SharedFeed): void {
  if (feed.request || feed.held !== undefined) return;
  const now = clock.now();
  // Oldest first: drop what is past the floor (or, from a replaced clock, in the future).
  for (const [url, at] of requested) {
    if (now >= at && now - at < FEED_FLOOR_MS) break;
    requested.delete(url);
  }
  const last = requested.get(feed.url);
  if (last !== undefined) {
    feed.held = clock.setTimeout(
      () => {
        feed.held = undefined;
        if (feed.listeners.size) load(feed);
      },
      last + FEED_FLOOR_MS - now,
    );
    return;
  }
  const controller = new AbortController();
  feed.request = controller;
  // The most impatient element sets the limit for the shared request.
  const wanted = shortest(feed, 'timeout');
  const seconds = Number.isFinite(wanted) ? wanted : DEFAULT_TIMEOUT;
  const timer = clock.setTimeout(() => controller.abort('timeout'), seconds * 1000);
  const answer = request(feed, controller.signal, seconds);
  // The second counts from when the request left (fetch is called at once): a pause since `now`
  // (a collection, a busy thread) had let the next one leave a few ms inside it.
  requested.set(feed.url, clock.now());
  void answer.then(({ result, changed }) => {
    clock.clearTimeout(timer);
    if (feed.request !== controller) return;
    feed.request = undefined;
    // An abort because everyone left is no news for anyone.
    if (controller.signal.aborted && controller.signal.reason !== 'timeout') return;
    feed.failures = result.ok ? 0 : feed.failures + 1;
    feed.last = result;
    for (const listener of [...feed.listeners.keys()]) listener(result, changed);
    feed.schedule?.();
  });
}

/**
 * Back online: each followed feed whose last request failed is asked again at once, rather than
 * left as an error until a reload (no `refresh`) or a retry minutes away. Listened for from the
 * first subscribe (and not in Node, where dx-widgets/data may follow a feed too).
 */
let online: (() => void) | undefined;

/** Follows `src`; `listener` receives each outcome. Returns the function that stops following. */
export function subscribe(src: string, listener: Listener, options: FollowOptions = {}): () => void {
  if (!online) {
    online = () => {
      for (const feed of feeds.values()) {
        if (!feed.listeners.size || feed.last?.ok !== false) continue;
        load(feed);
        feed.schedule?.();
      }
    };
    globalThis.addEventListener?.('online', online);
  }
  const url = feedKey(src);
  let feed = feeds.get(url);
  if (!feed) {
    feed = { url, listeners: new Map(), failures: 0 };
    feeds.set(url, feed);
  }
  const entry = feed;
  keep(entry);
  options = { refresh: clampSeconds(options.refresh, REFRESH_RANGE), timeout: clampSeconds(options.timeout, TIMEOUT_RANGE) };
  entry.listeners.set(listener, options);
  // A good document is handed over at once; after a failure a newcomer tries again.
  if (entry.last?.ok) {
    const last = entry.last;
    queueMicrotask(() => entry.listeners.has(listener) && listener(last, true));
  } else {
    load(entry);
  }
  if (options.refresh) {
    void polling.load().then(() => polling.loaded()?.poll(entry, load, clock));
  }
  entry.schedule?.();
  return () => {
    entry.listeners.delete(listener);
    queueMicrotask(() => {
      if (entry.listeners.size) return;
      entry.request?.abort('unused');
      entry.request = undefined;
      entry.schedule?.();
      release(entry);
    });
  };
}

/** Followed again: no longer on the way out. */
function keep(feed: SharedFeed): void {
  idle.delete(feed);
  if (feed.forget !== undefined) clock.clearTimeout(feed.forget);
  feed.forget = undefined;
}

/** Drops a feed and what it holds (its body, its parsed document). */
function forget(feed: SharedFeed): void {
  keep(feed);
  if (feed.held !== undefined) clock.clearTimeout(feed.held);
  feed.held = undefined;
  if (feeds.get(feed.url) === feed) feeds.delete(feed.url);
}

/**
 * Nobody follows the feed now. A good document is kept GRACE_MS for an element that comes
 * back, and at most MAX_IDLE such feeds are kept: a page whose elements went through a
 * hundred `?t=` URLs of 1 MB each does not hold a hundred documents.
 */
function release(feed: SharedFeed): void {
  // Already on its way out (two elements left in one task), or already forgotten.
  if (feed.forget !== undefined || feeds.get(feed.url) !== feed) return;
  if (feed.held !== undefined) clock.clearTimeout(feed.held);
  feed.held = undefined;
  if (!feed.last?.ok) return forget(feed);
  idle.add(feed);
  feed.forget = clock.setTimeout(() => forget(feed), GRACE_MS);
  for (const old of idle) {
    if (idle.size <= MAX_IDLE) break;
    forget(old);
  }
}

/** What the loader holds now: feeds, elements following them, requests under way (for leak tests). */
export function loaderStats(): { feeds: number; listeners: number; requests: number } {
  let listeners = 0;
  let requests = 0;
  for (const feed of feeds.values()) {
    listeners += feed.listeners.size;
    if (feed.request) requests += 1;
  }
  return { feeds: feeds.size, listeners, requests };
}

/** Forgets every loaded feed and stops every poll (for tests, and a page that wants fresh data). */
export function clearFeeds(): void {
  for (const feed of feeds.values()) {
    feed.listeners.clear();
    feed.request?.abort('unused');
    feed.request = undefined;
    feed.schedule?.();
    forget(feed);
  }
  feeds.clear();
  requested.clear();
}
