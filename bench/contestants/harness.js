// Shared by every contestant's page: the values, the boxes, the timing. Bundled into each
// page (a few hundred bytes), so every contestant pays the same for it.

export const COUNT = 100;

/** 100 deterministic percentages in 5–94.9, then 100 others for the update round (each differs). */
const value = (i, a, b) => Math.round((5 + ((i * a + b) % 90) + ((i * 7 + b) % 10) / 10) * 10) / 10;
export const VALUES = Array.from({ length: COUNT }, (_, i) => value(i, 37, 0));
export const NEXT = VALUES.map((v, i) => {
  const next = value(i, 53, 29);
  return next === v ? next + 1 : next;
});

/** Resolves after the second animation frame: the first frame after the work has been painted. */
export const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Runs `work` in a task of its own, as a page's script would run (code called straight from the
 * DevTools protocol is not counted in the ScriptDuration metric), and resolves with its result.
 */
const inTask = (work) => new Promise((resolve, reject) => setTimeout(() => work().then(resolve, reject), 0));

/**
 * `impl`: { mount(boxes, values): Promise|void, update(values): Promise|void,
 *           check(values): string|null (null: drawn correctly), nodes?(): Node[] (must survive updates) }
 */
export function register(impl) {
  const evaluatedAt = performance.now();
  let before;
  window.__bench = {
    values: VALUES,
    next: NEXT,
    mount: () =>
      inTask(async () => {
        const boxes = [...document.querySelectorAll('.box')];
        const t0 = performance.now();
        await impl.mount(boxes, VALUES);
        const drawn = performance.now();
        await frames();
        return { ms: performance.now() - t0, drawnMs: drawn - t0 };
      }),
    async settle(ms = 150) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await frames();
    },
    /** Outside the measured windows: what was drawn, and the nodes an update must keep. */
    afterMount() {
      before = impl.nodes?.();
      return impl.check(VALUES);
    },
    update: () =>
      inTask(async () => {
        const t0 = performance.now();
        await impl.update(NEXT);
        const drawn = performance.now();
        await frames();
        return { ms: performance.now() - t0, drawnMs: drawn - t0 };
      }),
    /**
     * 100 more gauges in the same page, after the first mount and the update: code compiled,
     * templates prepared, formatters built. What each further gauge costs, without the
     * once-per-page start-up.
     */
    mountMore: async () => {
      const grid = document.createElement('div');
      grid.className = 'grid';
      grid.innerHTML = '<div class="box"></div>'.repeat(COUNT);
      document.body.prepend(grid);
      await frames();
      return inTask(async () => {
        const t0 = performance.now();
        await impl.mount([...grid.children], VALUES);
        const drawn = performance.now();
        await frames();
        return { ms: performance.now() - t0, drawnMs: drawn - t0 };
      });
    },
    afterUpdate() {
      const after = impl.nodes?.();
      const kept = before ? before.length === after.length && before.every((node, i) => node != null && node === after[i]) : null;
      return { kept, nodes: before ? before.length : null, problem: impl.check(NEXT) };
    },
  };
  // The reader pages (`/reader/<id>`, run.js): mount as soon as the module has run, as a page
  // with its widgets in the article would, for the time from navigation to painted.
  if (window.__mountOnLoad) {
    window.__reader = window.__bench.mount().then((result) => ({ ...result, evaluatedAt, paintedAt: performance.now() }));
  }
}
