import { expect, nextFrame } from '@open-wc/testing';

// Nothing is imported at the top: this page loads the bundle's entry inside the test, with the
// page's timers, requests, listeners and formatters counted, as a reader's browser would
// load it in an article that has no widget yet.

/** What importing the package did, besides evaluating its modules. */
interface Work {
  defined: string[];
  other: string[];
}

/** Counts calls to the functions that would mean work at import, for as long as `during` runs. */
async function watch(during: () => Promise<unknown>): Promise<Work> {
  const work: Work = { defined: [], other: [] };
  const restore: (() => void)[] = [];
  // A Proxy rather than a wrapper, so that a constructor (Intl.*) stays constructible.
  const spy = <T extends object>(owner: T, key: keyof T & string, record: (args: unknown[]) => void) => {
    const original = owner[key] as unknown as (...args: unknown[]) => unknown;
    const replacement = new Proxy(original, {
      apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
      construct: (target, args, newTarget) => (record(args), Reflect.construct(target, args, newTarget)),
    });
    Object.defineProperty(owner, key, { value: replacement, configurable: true, writable: true });
    restore.push(() => Object.defineProperty(owner, key, { value: original, configurable: true, writable: true }));
  };
  const other = (name: string) => () => work.other.push(name);
  try {
    spy(customElements, 'define', (args) => work.defined.push(String(args[0])));
    spy(window, 'setTimeout', other('setTimeout'));
    spy(window, 'setInterval', other('setInterval'));
    spy(window, 'requestAnimationFrame', other('requestAnimationFrame'));
    spy(window, 'fetch', other('fetch'));
    spy(EventTarget.prototype, 'addEventListener', (args) => work.other.push(`addEventListener(${String(args[0])})`));
    spy(Document.prototype, 'createElement', (args) => work.other.push(`createElement(${String(args[0])})`));
    for (const key of ['NumberFormat', 'DateTimeFormat', 'PluralRules'] as const) spy(Intl, key, other(`new Intl.${key}`));
    for (const key of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver'] as const) spy(window, key, other(`new ${key}`));
    await during();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return work;
}

describe('loading the package', () => {
  let work: Work;
  let loaded: string[];

  before(async () => {
    performance.setResourceTimingBufferSize(10_000);
    work = await watch(() => import('../../src/dx-widgets.js'));
    // A module fetched by a stray import() at load would still be on its way: its entry is
    // recorded when it arrives, which on this local server is well within two frames.
    for (let i = 0; i < 2; i += 1) await nextFrame();
    loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  });

  it('defines the common elements, watches the page for the others and does nothing else: no timer, request, listener, element or formatter', () => {
    expect(work.defined).to.have.members(['dx-coverage-gauge', 'dx-target-progress', 'dx-stat']);
    // The one observer of src/internal/on-use.ts: it fetches a ranking, board or trend when a
    // page adds its tag later. It does nothing until the page changes.
    expect(work.other).to.deep.equal(['new MutationObserver']);
  });

  it('leaves the ranking, the board, the trend, the province registry, the PNG export and polling to be loaded when used', () => {
    expect(loaded.some((path) => path.endsWith('/src/coverage-gauge/coverage-gauge.ts'))).to.equal(true);
    // The registry's names and codes (era.ts, the dates alone, comes with the ranking). The feed
    // loader is in the embed bundle on purpose: embeds follow feeds, with no round trip first.
    for (const lazy of [
      '/src/province-rank/',
      '/src/board/',
      '/src/trend/',
      '/src/data/provinces/index.ts',
      '/src/data/provinces/data.ts',
      '/src/internal/snapshot.ts',
      '/src/feed/poll.ts',
    ]) {
      expect(
        loaded.filter((path) => path.includes(lazy)),
        lazy,
      ).to.deep.equal([]);
    }
  });
});
