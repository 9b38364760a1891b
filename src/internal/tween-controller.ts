import type { ReactiveController, ReactiveControllerHost } from 'lit';

let reducedMotion: MediaQueryList | undefined;

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotion.matches;
}

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * Moves a drawn number toward its new value over a few frames: from 0 the first
 * time, from the old value after an update. Only geometry follows it; the figure
 * in words is always the true value, so a screen reader or a screenshot never
 * catches a number in between. No motion at all under `prefers-reduced-motion`.
 */
export class TweenController implements ReactiveController {
  /** The value to draw in this render. */
  current?: number;
  private readonly host: ReactiveControllerHost;
  private readonly durationMs: number;
  private from = 0;
  private to?: number;
  private startedAt = 0;
  private frame = 0;

  constructor(host: ReactiveControllerHost, durationMs = 700) {
    this.host = host;
    this.durationMs = durationMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.current = this.to;
  }

  /** Heads for `target` (call once per update); returns the value to draw now. */
  follow(target: number | undefined): number | undefined {
    if (target === this.to) return this.current;
    this.from = this.current ?? 0;
    this.to = target;
    if (target === undefined || prefersReducedMotion()) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.current = target;
      return target;
    }
    this.current = this.from;
    this.startedAt = performance.now();
    if (!this.frame) this.frame = requestAnimationFrame(this.step);
    return this.current;
  }

  /** True while a movement is under way. */
  get moving(): boolean {
    return this.frame !== 0;
  }

  private readonly step = (now: number) => {
    const t = Math.min(1, Math.max(0, (now - this.startedAt) / this.durationMs));
    const to = this.to ?? 0;
    this.current = t >= 1 ? to : this.from + (to - this.from) * easeOutCubic(t);
    this.frame = t >= 1 ? 0 : requestAnimationFrame(this.step);
    this.host.requestUpdate();
  };
}
