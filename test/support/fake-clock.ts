import { clearFeeds, clock } from '../../src/feed/loader.js';

interface Timer {
  id: number;
  ms: number;
  /** The clock's time when the timer is due. */
  due: number;
  run: () => void;
}

/**
 * Replaces the loader's timers with ones the test fires by hand, so polling, timeouts
 * and backoff are tested without waiting. `random` is fixed at 0.5 (no jitter). Time runs
 * as usual, and firing a timer moves it on to when the timer was due, so what reads the
 * time (the once-a-second floor) sees the interval the test skipped.
 */
export class FakeClock {
  timers: Timer[] = [];
  private nextId = 1;
  private skipped = 0;
  private waiting: { match: (t: Timer) => boolean; resolve: (t: Timer) => void }[] = [];
  private readonly saved = { ...clock };

  constructor() {
    clock.now = () => this.saved.now() + this.skipped;
    clock.setTimeout = (run, ms) => {
      const timer = { id: this.nextId++, ms, due: clock.now() + ms, run };
      this.timers.push(timer);
      const waiter = this.waiting.find((w) => w.match(timer));
      if (waiter) {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        waiter.resolve(timer);
      }
      return timer.id;
    };
    clock.clearTimeout = (id) => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
    clock.random = () => 0.5;
  }

  /** The pending timer that matches, now or as soon as one is set. */
  next(match: (t: Timer) => boolean): Promise<Timer> {
    const found = this.timers.find(match);
    return found ? Promise.resolve(found) : new Promise((resolve) => this.waiting.push({ match, resolve }));
  }

  /** Fires a timer as if its time had come. */
  fire(timer: Timer): void {
    this.timers = this.timers.filter((t) => t !== timer);
    this.skipped += Math.max(0, timer.due - clock.now());
    timer.run();
  }

  /** Lets `ms` pass without firing anything. */
  advance(ms: number): void {
    this.skipped += ms;
  }

  restore(): void {
    Object.assign(clock, this.saved);
  }
}

/**
 * A fresh FakeClock for each test of the enclosing `describe`, restored after it, and the
 * loader's feeds forgotten; call in the describe's body. Returns the current test's clock.
 */
export function fakeClockPerTest(): () => FakeClock {
  let clock: FakeClock;
  beforeEach(() => {
    clock = new FakeClock();
  });
  afterEach(() => {
    clock.restore();
    clearFeeds();
  });
  return () => clock;
}
