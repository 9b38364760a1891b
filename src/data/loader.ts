import { message, type Locale } from '../format/messages.js';
import type { Result, ValidationError } from './types.js';
import { parseJson } from './validate.js';

/**
 * One shared loader per page: every element on the same URL shares one request and
 * its parsed JSON. Elements subscribe; the last one to leave aborts a request still
 * under way. Leaving and rejoining in the same task (a move in the DOM) costs nothing.
 */

export type LoadResult = Result<unknown>;
type Listener = (result: LoadResult) => void;

interface Feed {
  listeners: Set<Listener>;
  /** The latest outcome; a good one is handed at once to late subscribers. */
  last?: LoadResult;
  request?: AbortController;
}

const feeds = new Map<string, Feed>();

/** Default time a request may take before it counts as failed. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  timeoutMs?: number;
}

/** Resolves `src` against the page, so "feed.json" and "./feed.json" share one entry. */
export function feedKey(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/** A failed load, its cause given in each language. */
function loadError(url: string, cause: (locale: Locale) => string): ValidationError {
  const text = (locale: Locale) => message(locale, 'load', { url, detail: cause(locale) });
  return { path: 'src', code: 'load', message: { vi: text('vi'), en: text('en') } };
}

async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<LoadResult> {
  try {
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, errors: [loadError(url, () => `HTTP ${response.status}`)] };
    return parseJson(await response.text());
  } catch (e) {
    const timedOut = signal.reason === 'timeout';
    const cause = (locale: Locale) =>
      timedOut ? message(locale, 'load.timeout', { seconds: timeoutMs / 1000 }) : e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [loadError(url, cause)] };
  }
}

function start(url: string, feed: Feed, timeoutMs: number): void {
  const request = new AbortController();
  feed.request = request;
  const timer = setTimeout(() => request.abort('timeout'), timeoutMs);
  void fetchJson(url, request.signal, timeoutMs).then((result) => {
    clearTimeout(timer);
    if (feed.request !== request) return;
    feed.request = undefined;
    // An abort because everyone left is no news for anyone.
    if (request.signal.aborted && request.signal.reason !== 'timeout') return;
    feed.last = result;
    for (const listener of [...feed.listeners]) listener(result);
  });
}

/** Follows `src`; `listener` receives each outcome. Returns the function that stops following. */
export function subscribe(src: string, listener: Listener, options: LoadOptions = {}): () => void {
  const url = feedKey(src);
  let feed = feeds.get(url);
  if (!feed) {
    feed = { listeners: new Set() };
    feeds.set(url, feed);
  }
  const entry = feed;
  entry.listeners.add(listener);
  // A good document is handed over at once; after a failure a newcomer tries again.
  if (entry.last?.ok) {
    const last = entry.last;
    queueMicrotask(() => entry.listeners.has(listener) && listener(last));
  } else if (!entry.request) {
    start(url, entry, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  return () => {
    entry.listeners.delete(listener);
    queueMicrotask(() => {
      if (entry.listeners.size === 0 && entry.request) {
        entry.request.abort('unused');
        entry.request = undefined;
      }
    });
  };
}

/** Forgets every loaded feed (for tests and for a page that wants fresh data). */
export function clearFeeds(): void {
  for (const feed of feeds.values()) feed.request?.abort('unused');
  feeds.clear();
}
