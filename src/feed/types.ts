import type { Problem, Result } from '../spec/types.js';

/**
 * The shapes the loader (`loader.ts`) and the poller (`poll.ts`) share. Types only, so the
 * poller, loaded as a chunk of its own, imports no code back from the loader.
 */

/**
 * A feed's document, or why there is none: the loader's own failures come in words, a document
 * that is no JSON as the validator's problem (its words are loaded where it is shown).
 */
export type LoadResult = Result<unknown, Problem>;

/** Receives each outcome; `changed` is false when a check found the same document as before. */
export type Listener = (result: LoadResult, changed: boolean) => void;

export interface FollowOptions {
  /** Seconds between checks for a new version; none: load once. */
  refresh?: number;
  /** Seconds a request may take before it counts as failed. */
  timeout?: number;
}

/** One URL followed by the elements of a page: its listeners, its last outcome, its request and timers. */
export interface SharedFeed {
  url: string;
  listeners: Map<Listener, FollowOptions>;
  /** The latest outcome; a good one is handed at once to late subscribers. */
  last?: LoadResult;
  /** The body of the last good response: an identical body is not parsed again. */
  text?: string;
  request?: AbortController;
  /** When the request under way times out (the clock's time). */
  deadline?: number;
  /** The timers of elements that joined that request with a shorter timeout of their own. */
  waiting?: unknown[];
  /** Not asked again before this (the clock's time): a 429 or 503's `Retry-After`. */
  retryAt?: number;
  /** Failures in a row, for backoff. */
  failures: number;
  /** Set by the poller: called after every request and whenever the listeners change. */
  schedule?: () => void;
  /** The poller's code could not be fetched: when it is asked for again. */
  retryPoll?: unknown;
  /** A request held back by the once-a-second floor. */
  held?: unknown;
  /** Followed by nobody: the timer that forgets the feed. */
  forget?: unknown;
}

/** Timers, time and randomness: the loader's `clock`, which tests replace with a fake one. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
  random(): number;
}
