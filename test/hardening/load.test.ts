import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/dx-widgets.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { clearFeeds, loaderStats } from '../../src/feed/loader.js';
import { polledCount } from '../../src/feed/poll.js';
import { FakeClock } from '../support/fake-clock.js';
import { scriptFeed, serverCounts, settled } from '../support/helpers.js';

const feed = (value: number) => ({
  area: { code: '12' },
  indicators: [
    { id: 'a', label: 'Sóng di động', unit: '%', value },
    { id: 'b', label: 'Cáp quang', unit: '%', value: value / 2 },
  ],
});

let n = 0;
const key = (name: string) => `${name}-${Date.now()}-${(n += 1)}`;

declare const gc: (() => void) | undefined;

describe('many widgets, long sessions', () => {
  afterEach(() => clearFeeds());

  it('draws 500 widgets sharing 5 feeds with 5 requests', async function () {
    this.timeout(30000);
    const sources = await Promise.all([0, 1, 2, 3, 4].map((i) => scriptFeed(key(`many-${i}`), [{ body: feed(50 + i) }])));
    const page = await fixture(html`<div></div>`);
    const widgets: CoverageGauge[] = [];
    for (let i = 0; i < 500; i += 1) {
      const el = document.createElement('dx-coverage-gauge');
      el.setAttribute('src', sources[i % 5]);
      el.setAttribute('indicator', i % 2 ? 'a' : 'b');
      el.setAttribute('loading', 'eager');
      widgets.push(el);
    }
    page.append(...widgets);
    await Promise.all(widgets.map(settled));
    expect(widgets.filter((w) => w.state === 'ready')).to.have.length(500);
    const requests = await Promise.all(sources.map(async (src) => (await serverCounts(src)).hits));
    expect(requests).to.deep.equal([1, 1, 1, 1, 1]);
  });

  it('leaves no timer, listener, request or retained DOM after 1,000 create/remove cycles of polling widgets', async function () {
    this.timeout(60000);
    const clock = new FakeClock();
    try {
      const src = await scriptFeed(key('cycles'), [{ body: feed(70) }]);
      const page = await fixture(html`<div></div>`);
      // Warm up: the first cycle loads the feed and the lazy modules.
      const first = document.createElement('dx-coverage-gauge');
      first.setAttribute('src', src);
      first.setAttribute('indicator', 'a');
      first.setAttribute('refresh', '30');
      page.append(first);
      await settled(first);
      first.remove();
      await Promise.resolve();

      gc?.();
      const before = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
      for (let i = 0; i < 1000; i += 1) {
        const el = document.createElement('dx-coverage-gauge');
        el.setAttribute('src', src);
        el.setAttribute('indicator', 'a');
        el.setAttribute('refresh', '30');
        el.setAttribute('loading', 'eager');
        page.append(el);
        await el.updateComplete;
        el.remove();
      }
      await Promise.resolve();
      await new Promise((resolve) => requestAnimationFrame(resolve));

      expect(polledCount()).to.equal(0);
      // What is left is the timer that forgets the feed, kept a moment for an element that comes back.
      expect(clock.timers.map((t) => t.ms)).to.deep.equal([15_000]);
      clock.fire(clock.timers[0]);
      expect(clock.timers).to.have.length(0);
      expect(loaderStats()).to.deep.include({ listeners: 0, requests: 0 });
      expect((await serverCounts(src)).hits).to.equal(1);
      if (typeof gc === 'function') {
        gc();
        const after = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
        // A widget with its shadow tree is tens of kB: 1,000 retained would be tens of MB.
        expect(after - before).to.be.below(4_000_000);
      }
    } finally {
      clock.restore();
    }
  });
});

describe('rapid changes', () => {
  it('ends in the state the last change describes: a slow old feed never overwrites a newer one', async () => {
    const slow = await scriptFeed(key('slow'), [{ body: feed(11), delay: 400 }]);
    const fast = await scriptFeed(key('fast'), [{ body: feed(88) }]);
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge indicator="a" loading="eager"></dx-coverage-gauge>`);
    el.src = slow;
    await el.updateComplete;
    el.src = fast;
    el.setAttribute('lang', 'en');
    await oneEvent(el, 'dx-load');
    // Wait until the slow answer has surely arrived: our own request to it, made later, returns after it.
    await fetch(slow);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="figure"]')!.textContent!.trim()).to.equal('88%');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Sóng di động');
    expect(el.state).to.equal('ready');
  });

  it('follows data, indicator and src changes made in one task to the last of them', async () => {
    const src = await scriptFeed(key('last'), [{ body: feed(40) }]);
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager"></dx-coverage-gauge>`);
    el.data = { label: 'Dữ liệu', unit: '%', value: 12 };
    el.indicator = 'b';
    el.src = src;
    el.data = undefined;
    await settled(el);
    if (el.state === 'loading') await oneEvent(el, 'dx-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="figure"]')!.textContent!.trim()).to.equal('20%');
  });
});

describe('two copies of the bundle on one page', () => {
  it('registers each element once and keeps working when the registration runs again', async () => {
    const before = customElements.get('dx-coverage-gauge');
    // A second copy: the same modules under another address are new module instances.
    await import(/* @vite-ignore */ `/src/dx-widgets.ts?copy=${Date.now()}`);
    expect(customElements.get('dx-coverage-gauge')).to.equal(before);
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge value="50" unit="%" label="Hai bản"></dx-coverage-gauge>`);
    expect(el.state).to.equal('ready');
  });
});
