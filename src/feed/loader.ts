import { FEED_FLOOR_MS, MAX_FEED_BYTES, REFRESH_RANGE, TIMEOUT_RANGE } from '../spec/limits.js';
import { clip } from '../spec/messages.js';
import { markProblem, parseOutsideJson, wideMark } from '../spec/nesting.js';
import { problem } from '../spec/rules.js';
import { NOT_BLANK } from '../spec/text.js';
import type { Problem } from '../spec/types.js';
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
  const at = clip(url);
  return {
    ok: false,
    errors: [{ path: 'src', code: 'load', message: { vi: `không tải được ${at} (${vi})`, en: `could not load ${at} (${en})` } }],
  };
}

const timedOut = (url: string, seconds: number) => loadError(url, `quá ${seconds} giây`, `over ${seconds} seconds`);

/** The longest wait a `Retry-After` is honoured for: a server that says "come back next week" is asked again in an hour. */
const RETRY_AFTER_MAX_MS = 3_600_000;

/**
 * Milliseconds a 429 or 503 asks the page to wait (`Retry-After`, in seconds or as an HTTP
 * date), brought to FEED_FLOOR_MS … RETRY_AFTER_MAX_MS; undefined when it says nothing readable.
 * From another origin the header is read only where the server lists it in
 * Access-Control-Expose-Headers (it is not one of the CORS-safelisted ones).
 */
export function retryAfter(response: Response): number | undefined {
  const said = response.headers.get('Retry-After')?.trim();
  if ((response.status !== 429 && response.status !== 503) || !said) return undefined;
  const ms = /^\d+$/.test(said) ? Number(said) * 1000 : Date.parse(said) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.min(RETRY_AFTER_MAX_MS, Math.max(FEED_FLOOR_MS, ms));
}

const shortest = (feed: SharedFeed, key: keyof FollowOptions) => Math.min(...[...feed.listeners.values()].map((o) => o[key] ?? Infinity));

/** What a response says: a new document, the same one again, or a failure. */
async function request(feed: SharedFeed, signal: AbortSignal, seconds: number): Promise<{ result: LoadResult; changed: boolean }> {
  const { url } = feed;
  try {
    // `no-cache` makes the browser revalidate its copy with If-None-Match / If-Modified-Since
    // itself: cheap for the origin, and no CORS preflight that headers set here would cause.
    const response = await fetch(url, { signal, cache: 'no-cache', headers: { Accept: 'application/json' } });
    const wait = retryAfter(response);
    feed.retryAt = wait === undefined ? undefined : clock.now() + wait;
    // A 304 that reaches us (from a proxy; the browser's own revalidation shows as a 200 from
    // its cache) confirms the document already parsed.
    if (response.status === 304 && feed.last?.ok) return { result: feed.last, changed: false };
    if (!response.ok) {
      void response.body?.cancel();
      return { result: loadError(url, `HTTP ${response.status}`, `HTTP ${response.status}`), changed: true };
    }
    const text = await readCapped(response);
    if (text === undefined) {
      const mb = MAX_FEED_BYTES / 1024 / 1024;
      return { result: loadError(url, `tệp lớn hơn ${mb} MB`, `file larger than ${mb} MB`), changed: true };
    }
    if (typeof text === 'object') return { result: { ok: false, errors: [text] }, changed: true };
    // No body (a 204, an empty file, blank space or a lone byte order mark) is said as such, not
    // as JSON broken at line 1, column 1.
    if (!NOT_BLANK.test(text))
      return { result: loadError(url, `HTTP ${response.status}, phản hồi rỗng`, `HTTP ${response.status}, empty response`), changed: true };
    if (text === feed.text && feed.last) return { result: feed.last.ok ? feed.last : parseOutsideJson(text), changed: !feed.last.ok };
    const result = parseOutsideJson(text);
    if (result.ok) feed.text = text;
    return { result, changed: true };
  } catch (e) {
    if (signal.reason === 'timeout') return { result: timedOut(url, seconds), changed: true };
    // The browser's own words ("Failed to fetch", "NetworkError when attempting to fetch resource.")
    // are English, and the same for a dropped network, a refused CORS read or a wrong address:
    // ours say what a reader can check, the browser's follow in the English message only.
    const detail = clip(e instanceof Error ? e.message : String(e));
    const result = loadError(
      url,
      'lỗi mạng, hoặc máy chủ không cho trang này đọc tệp',
      `network error, or the server does not let this page read the file: ${detail}`,
    );
    return { result, changed: true };
  }
}

/**
 * The body as text, or undefined past MAX_FEED_BYTES: refused from Content-Length before
 * reading when the server says so, else counted while reading and cut off there. A body whose
 * byte order mark names UTF-16 or UTF-32 (spec/nesting.ts `wideMark`) is that problem where
 * anything to read follows the mark, whatever its bytes, and no body ('') where only blank space
 * does (a lone mark: Notepad's empty "Unicode" save), as the command line says of such a file
 * (sheet/blank.ts). The demo's builder reads an address through it too.
 */
export async function readCapped(response: Response): Promise<string | Problem | undefined> {
  if (Number(response.headers.get('Content-Length')) > MAX_FEED_BYTES) {
    void response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let over = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    if ((over = (bytes += value.byteLength) > MAX_FEED_BYTES)) {
      void reader.cancel();
      break;
    }
  }
  // Told from the whole body's first bytes: a server may send it a byte at a time.
  const body = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
  const mark = wideMark(body);
  if (over && !mark) return undefined;
  // UTF-32 read as UTF-16 of its byte order: a character of the BMP is itself and a NUL, blank as it was.
  const text = new TextDecoder(mark?.replace('32', '16')).decode(body);
  // Past the cap too: saved as UTF-8, a wide body may well fit.
  return mark && NOT_BLANK.test(text) ? problem('', markProblem(mark)) : over ? undefined : mark ? '' : text;
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
  // A 429 or 503 said when to come back (Retry-After): nobody asks before then, neither the poll
  // nor a newcomer, a tab shown again or the network back.
  const until = Math.max(last === undefined ? 0 : last + FEED_FLOOR_MS, feed.retryAt ?? 0);
  if (until > now) {
    feed.held = clock.setTimeout(() => {
      feed.held = undefined;
      if (feed.listeners.size) load(feed);
    }, until - now);
    return;
  }
  const controller = new AbortController();
  feed.request = controller;
  // The most impatient element sets the limit for the shared request.
  const wanted = shortest(feed, 'timeout');
  const seconds = Number.isFinite(wanted) ? wanted : DEFAULT_TIMEOUT;
  const timer = clock.setTimeout(() => controller.abort('timeout'), seconds * 1000);
  feed.deadline = clock.now() + seconds * 1000;
  const answer = request(feed, controller.signal, seconds);
  // The second counts from when the request left (fetch is called at once): a pause since `now`
  // (a collection, a busy thread) had let the next one leave a few ms inside it.
  requested.set(feed.url, clock.now());
  void answer.then(({ result, changed }) => {
    clock.clearTimeout(timer);
    if (feed.request !== controller) return;
    feed.request = undefined;
    stopWaiting(feed);
    // An abort because everyone left is no news for anyone.
    if (controller.signal.aborted && controller.signal.reason !== 'timeout') return;
    feed.failures = result.ok ? 0 : feed.failures + 1;
    feed.last = result;
    for (const listener of [...feed.listeners.keys()]) listener(result, changed);
    feed.schedule?.();
  });
}

/** The request under way is over (answered or aborted): the timers of elements that joined it go. */
function stopWaiting(feed: SharedFeed): void {
  for (const timer of feed.waiting ?? []) clock.clearTimeout(timer);
  feed.waiting = undefined;
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
        if (!feed.listeners.size) continue;
        // The poller's code, if it could not be fetched, is tried again too.
        if (!feed.schedule && Number.isFinite(shortest(feed, 'refresh'))) startPolling(feed);
        if (feed.last?.ok !== false) continue;
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
    // It joined a request under way, timed for those who asked first: it gives up at its own
    // timeout, and the request goes on for them (and still brings it the document if it comes).
    const { request, deadline = Infinity } = entry;
    const seconds = options.timeout;
    if (request && seconds !== undefined && clock.now() + seconds * 1000 < deadline) {
      const gaveUp = () => entry.request === request && entry.listeners.has(listener) && listener(timedOut(url, seconds), true);
      (entry.waiting ??= []).push(clock.setTimeout(gaveUp, seconds * 1000));
    }
  }
  if (options.refresh) startPolling(entry);
  entry.schedule?.();
  return () => {
    entry.listeners.delete(listener);
    queueMicrotask(() => {
      if (entry.listeners.size) return;
      entry.request?.abort('unused');
      entry.request = undefined;
      stopWaiting(entry);
      entry.schedule?.();
      release(entry);
    });
  };
}

/**
 * Has the poller keep the feed current (`refresh`). If its code cannot be fetched (the reader is
 * offline), the feed is checked and the code asked for again at the time the next check was due,
 * rather than never polled again until a reload.
 */
function startPolling(feed: SharedFeed): void {
  void polling.load().then(() => {
    const poller = polling.loaded();
    if (poller) return poller.poll(feed, load, clock);
    const every = shortest(feed, 'refresh');
    if (feed.retryPoll !== undefined || !Number.isFinite(every) || feeds.get(feed.url) !== feed) return;
    feed.retryPoll = clock.setTimeout(() => {
      feed.retryPoll = undefined;
      if (!feed.listeners.size || feeds.get(feed.url) !== feed) return;
      load(feed);
      if (!feed.schedule) startPolling(feed);
    }, every * 1000);
  });
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
  if (feed.retryPoll !== undefined) clock.clearTimeout(feed.retryPoll);
  feed.retryPoll = undefined;
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

/**
 * Forgets every document loaded, for a page that wants fresh data: `clearFeeds` in
 * dx-widgets/data. Feeds that elements (or `subscribe` listeners) follow are asked again at
 * once, a request under way started anew: each element keeps showing its figures until the
 * new ones arrive, then shows them (or, if the request fails, keeps them, marked stale), and
 * goes on polling with its `refresh`. Feeds nobody follows are dropped. The once-a-second
 * floor still holds for a feed just requested (its new request waits out the second), and so
 * does a 429's or 503's `Retry-After`.
 */
export function refreshFeeds(): void {
  for (const feed of [...feeds.values()]) {
    feed.request?.abort('unused');
    feed.request = undefined;
    stopWaiting(feed);
    feed.last = feed.text = undefined;
    feed.failures = 0;
    if (!feed.listeners.size) {
      forget(feed);
      continue;
    }
    load(feed);
    feed.schedule?.();
  }
}

/**
 * Forgets every feed and every listener, stops every poll and lifts the once-a-second floor:
 * the loader as a new page has it. For tests, between cases; elements on the page stop
 * hearing their feed, so a page wants `refreshFeeds` (dx-widgets/data's `clearFeeds`).
 */
export function clearFeeds(): void {
  for (const feed of feeds.values()) {
    feed.listeners.clear();
    feed.request?.abort('unused');
    feed.request = undefined;
    stopWaiting(feed);
    feed.schedule?.();
    forget(feed);
  }
  feeds.clear();
  requested.clear();
}
