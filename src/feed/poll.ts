import type { Clock, SharedFeed } from './types.js';

// Handed over by the loader rather than imported, so this module shares no code with the
// bundle that loads it and stays one small chunk.
let timers: Clock;
let load: (feed: SharedFeed) => void;

/**
 * Keeps feeds with `refresh` current: one timer per feed, whatever the number of
 * elements on it. Checks pause while the tab is hidden and run at once when it is
 * shown again. After a failure the next try waits 2 s, 4 s, 8 s … up to 5 minutes, each
 * ±25 % so that a portal's readers do not all come back in the same second, and never
 * longer than the refresh interval itself.
 * Loaded only by pages that ask for `refresh`.
 */

const MAX_BACKOFF_MS = 300_000;

interface Timed extends SharedFeed {
  timer?: unknown;
  /** When the pending check is due (the clock's time). */
  due?: number;
}

const polled = new Set<Timed>();

/** Milliseconds before the next try after `failures` failures in a row. */
export function backoff(failures: number, random = timers.random()): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures) * (0.75 + random * 0.5);
}

function refreshSeconds(feed: SharedFeed): number | undefined {
  const every = Math.min(...[...feed.listeners.values()].map((o) => o.refresh ?? Infinity));
  return Number.isFinite(every) ? Math.max(1, every) : undefined;
}

const onVisibility = () => {
  for (const feed of polled) {
    if (document.hidden) stop(feed);
    // Shown again: the figures may be old, so check now rather than at the next tick.
    else if (!feed.request) load(feed);
  }
};

function stop(feed: Timed): void {
  if (feed.timer !== undefined) timers.clearTimeout(feed.timer);
  feed.timer = undefined;
}

function schedule(feed: Timed): void {
  // A check already pending stays when it is no later: elements that join and leave (a carousel
  // re-mounting its cards) must not push the next check back for ever.
  const pending = feed.timer !== undefined ? feed.due! - timers.now() : Infinity;
  const every = refreshSeconds(feed);
  if (every === undefined || document.hidden || feed.request) stop(feed);
  if (every === undefined) {
    polled.delete(feed);
    if (!polled.size) document.removeEventListener('visibilitychange', onVisibility);
    return;
  }
  if (!polled.size) document.addEventListener('visibilitychange', onVisibility);
  polled.add(feed);
  if (document.hidden || feed.request) return;
  // A failing feed is tried sooner at first, but never more often than a healthy one.
  const delay = feed.failures ? Math.min(backoff(feed.failures), every * 1000) : every * 1000;
  if (pending <= delay) return;
  stop(feed);
  feed.due = timers.now() + delay;
  feed.timer = timers.setTimeout(() => {
    feed.timer = undefined;
    load(feed);
  }, delay);
}

/** Starts (or re-times) the poll of a feed; it stops by itself when no listener wants it. */
export function poll(feed: SharedFeed, loadFeed: (feed: SharedFeed) => void, clock: Clock): void {
  load = loadFeed;
  timers = clock;
  feed.schedule ??= () => schedule(feed);
  feed.schedule();
}

/** How many feeds are being polled (for tests that check nothing survives). */
export function polledCount(): number {
  return polled.size;
}
