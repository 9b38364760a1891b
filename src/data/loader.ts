import { toNFC } from './nfc.js';
import type { Result, ValidationError } from './types.js';

/**
 * One shared loader per page: every element on the same URL shares one request, its
 * parsed JSON and (with `refresh`) one poll. The last element to leave aborts a request
 * under way and stops the poll; leaving and rejoining in the same task (a move in the
 * DOM) costs nothing. Polling itself lives in `poll.ts`, loaded only when asked for.
 */

export type LoadResult = Result<unknown>;

/** Receives each outcome; `changed` is false when a check found the same document as before. */
export type Listener = (result: LoadResult, changed: boolean) => void;

export interface FollowOptions {
  /** Seconds between checks for a new version; none: load once. */
  refresh?: number;
  /** Seconds a request may take before it counts as failed. */
  timeout?: number;
}

export interface Feed {
  url: string;
  listeners: Map<Listener, FollowOptions>;
  /** The latest outcome; a good one is handed at once to late subscribers. */
  last?: LoadResult;
  /** The body of the last good response: an identical body is not parsed again. */
  text?: string;
  request?: AbortController;
  /** Failures in a row, for backoff. */
  failures: number;
  /** Set by the poller: called after every request and whenever the listeners change. */
  schedule?: () => void;
}

/** Timers and randomness, replaceable by tests with a fake clock. */
export const clock = {
  setTimeout: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clearTimeout: (id: unknown): void => clearTimeout(id as number),
  random: (): number => Math.random(),
};

const feeds = new Map<string, Feed>();

/** Default seconds a request may take. */
export const DEFAULT_TIMEOUT = 10;

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
 * shared table so that a page without `src` does not download them (see feed-follower.ts).
 */
function loadError(url: string, vi: string, en: string): LoadResult {
  return { ok: false, errors: [{ path: 'src', code: 'load', message: { vi: `không tải được ${url} (${vi})`, en: `could not load ${url} (${en})` } }] };
}

/** JSON text to a document (its text in NFC, as `parseJson` gives it), or the error `parseJson` would give. */
function parse(text: string): LoadResult {
  try {
    // Normalized once here for every element that follows this feed.
    return { ok: true, value: toNFC(JSON.parse(text)) };
  } catch (e) {
    const detail = (e as Error).message;
    const error: ValidationError = { path: '', code: 'json', message: { vi: `không phải JSON hợp lệ (${detail})`, en: `is not valid JSON (${detail})` } };
    return { ok: false, errors: [error] };
  }
}

const shortest = (feed: Feed, key: keyof FollowOptions) =>
  Math.min(...[...feed.listeners.values()].map((o) => o[key] ?? Infinity));

/** What a response says: a new document, the same one again, or a failure. */
async function request(feed: Feed, signal: AbortSignal, seconds: number): Promise<{ result: LoadResult; changed: boolean }> {
  const { url } = feed;
  try {
    // `no-cache` makes the browser revalidate its copy with If-None-Match / If-Modified-Since
    // itself: cheap for the origin, and no CORS preflight that headers set here would cause.
    const response = await fetch(url, { signal, cache: 'no-cache', headers: { Accept: 'application/json' } });
    // A 304 that reaches us (from a proxy; the browser's own revalidation shows as a 200 from
    // its cache) confirms the document already parsed.
    if (response.status === 304 && feed.last?.ok) return { result: feed.last, changed: false };
    if (!response.ok) return { result: loadError(url, `HTTP ${response.status}`, `HTTP ${response.status}`), changed: true };
    const text = await response.text();
    if (text === feed.text && feed.last) return { result: feed.last.ok ? feed.last : parse(text), changed: !feed.last.ok };
    const result = parse(text);
    if (result.ok) feed.text = text;
    return { result, changed: true };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const result = signal.reason === 'timeout' ? loadError(url, `quá ${seconds} giây`, `over ${seconds} seconds`) : loadError(url, detail, detail);
    return { result, changed: true };
  }
}

/** Asks the origin for the document now and tells every listener what came back. */
export function load(feed: Feed): void {
  if (feed.request) return;
  const controller = new AbortController();
  feed.request = controller;
  // The most impatient element sets the limit for the shared request.
  const wanted = shortest(feed, 'timeout');
  const seconds = wanted > 0 && Number.isFinite(wanted) ? wanted : DEFAULT_TIMEOUT;
  const timer = clock.setTimeout(() => controller.abort('timeout'), seconds * 1000);
  void request(feed, controller.signal, seconds).then(({ result, changed }) => {
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

/** Follows `src`; `listener` receives each outcome. Returns the function that stops following. */
export function subscribe(src: string, listener: Listener, options: FollowOptions = {}): () => void {
  const url = feedKey(src);
  let feed = feeds.get(url);
  if (!feed) {
    feed = { url, listeners: new Map(), failures: 0 };
    feeds.set(url, feed);
  }
  const entry = feed;
  entry.listeners.set(listener, options);
  // A good document is handed over at once; after a failure a newcomer tries again.
  if (entry.last?.ok) {
    const last = entry.last;
    queueMicrotask(() => entry.listeners.has(listener) && listener(last, true));
  } else {
    load(entry);
  }
  if (options.refresh) {
    void import('./poll.js').then(({ poll }) => poll(entry, load, clock));
  }
  entry.schedule?.();
  return () => {
    entry.listeners.delete(listener);
    queueMicrotask(() => {
      if (entry.listeners.size) return;
      entry.request?.abort('unused');
      entry.request = undefined;
      entry.schedule?.();
    });
  };
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
  }
  feeds.clear();
}
