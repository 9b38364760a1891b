import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { clampSeconds, loaderStats, subscribe } from '../../src/feed/loader.js';
import { REFRESH_RANGE, TIMEOUT_RANGE } from '../../src/spec/limits.js';
import { fakeClockPerTest, type FakeClock } from '../support/fake-clock.js';
import { part, scriptFeed, serverCounts, settled } from '../support/helpers.js';

/** What one page may ask of a feed (docs/limits.md): durations, the once-a-second floor, size, memory. */

const figure = (value: number) => ({ label: 'Thôn, bản có sóng di động', unit: '%', value, asOf: '2024' });
const shown = (el: CoverageGauge) => part(el, '[part="figure"]').textContent!.trim();
/** The longest delay `setTimeout` honours; past it, it fires at once. */
const TIMER_MAX = 2 ** 31 - 1;
const THIRTY_DAYS = '2592000';

let caseNumber = 0;
const key = (name: string) => `${name}-${Date.now()}-${(caseNumber += 1)}`;

async function gauge(src: string, attrs = ''): Promise<CoverageGauge> {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.innerHTML = `<dx-coverage-gauge loading="eager" ${attrs}></dx-coverage-gauge>`;
  const el = wrapper.firstElementChild as CoverageGauge;
  el.src = src;
  return settled(el);
}

describe('feed limits', () => {
  const currentClock = fakeClockPerTest();
  let clock: FakeClock;
  beforeEach(() => (clock = currentClock()));

  describe('refresh and timeout', () => {
    for (const [name, range] of [
      ['refresh', '1 đến 86400 giây'],
      ['timeout', '1 đến 120 giây'],
    ] as const) {
      it(`refuses a 30-day ${name} in place, naming its range, and sets no timer past what setTimeout can hold`, async () => {
        const src = await scriptFeed(key(`long-${name}`), [{ body: figure(60) }]);
        const failed = oneEvent(document.body, 'dx-error');
        const el = await gauge(src, `${name}="${THIRTY_DAYS}"`);
        expect(((await failed) as CustomEvent<IndicatorErrorDetail>).detail.errors[0].path).to.equal(name);
        expect(el.state).to.equal('error');
        expect(part(el, '[part="error"]').textContent).to.contain(`${name}: phải từ ${range}`);
        expect(clock.timers.every((t) => t.ms > 0 && t.ms <= TIMER_MAX)).to.equal(true);
      });
    }

    it('refuses the same values set as properties, and keeps the figures already shown', async () => {
      const src = await scriptFeed(key('long-property'), [{ body: figure(60) }]);
      const el = await gauge(src);
      expect(shown(el)).to.equal('60%');
      const failed = oneEvent(el, 'dx-error');
      el.refresh = 2_592_000;
      expect(((await failed) as CustomEvent<IndicatorErrorDetail>).detail.stale).to.equal(true);
      await el.updateComplete;
      expect(el.state).to.equal('stale');
      expect(shown(el)).to.equal('60%');
      expect(part(el, '[part="stale"]').textContent).to.contain('refresh: phải từ 1 đến 86400 giây');
    });

    it('accepts the ends of each range', async () => {
      const src = await scriptFeed(key('range-ends'), [{ body: figure(60) }]);
      for (const attrs of ['refresh="1" timeout="1"', 'refresh="86400" timeout="120"']) {
        expect((await gauge(src, attrs)).state, attrs).to.equal('ready');
      }
    });

    it('clamps what reaches the loader from any caller before it meets a timer', async () => {
      expect(clampSeconds(2_592_000, REFRESH_RANGE)).to.equal(86_400);
      expect(clampSeconds(0, TIMEOUT_RANGE)).to.equal(1);
      expect(clampSeconds(Infinity, TIMEOUT_RANGE)).to.equal(120);
      expect(clampSeconds(NaN, TIMEOUT_RANGE)).to.equal(undefined);
      const src = await scriptFeed(key('clamp'), [{ body: figure(60) }]);
      const loaded = new Promise((resolve) => {
        const stop = subscribe(src, () => resolve(stop), { refresh: 2_592_000, timeout: 2_592_000 });
      });
      // The request's own timeout, at most two minutes (15 s timers forget earlier tests' feeds).
      expect(clock.timers.filter((t) => t.ms !== 15_000).map((t) => t.ms)).to.deep.equal([120_000]);
      const stop = (await loaded) as () => void;
      // Then the poll, at most a day.
      expect((await clock.next((t) => t.ms !== 15_000)).ms).to.equal(86_400_000);
      stop();
    });
  });

  describe('once a second per URL', () => {
    it('makes one request a second however many elements join a failing feed', async () => {
      const src = await scriptFeed(key('join-failed'), [{ status: 500 }, { body: figure(70) }]);
      const wrapper = await fixture(html`<div></div>`);
      const first = await gauge(src);
      expect(first.state).to.equal('error');
      // Each newcomer to a failed feed asks again; inside the second they are one held request.
      for (let i = 0; i < 20; i += 1) {
        const el = document.createElement('dx-coverage-gauge');
        el.setAttribute('loading', 'eager');
        el.src = src;
        wrapper.append(el);
        await el.updateComplete;
      }
      await Promise.resolve();
      expect((await serverCounts(src)).hits).to.equal(1);
      const held = clock.timers.filter((t) => t.ms > 0 && t.ms <= 1000);
      expect(held).to.have.length(1);
      const loaded = oneEvent(wrapper.lastElementChild!, 'dx-load');
      clock.fire(held[0]);
      await loaded;
      expect((await serverCounts(src)).hits).to.equal(2);
    });

    it('requests neither URL twice in a second when an element flips its src between them', async () => {
      const [a, b] = await Promise.all(['flip-a', 'flip-b'].map((name) => scriptFeed(key(name), [{ body: figure(70), delay: 300 }])));
      const asked = new Map<string, number>();
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        const path = new URL(String(input), location.href).pathname;
        asked.set(path, (asked.get(path) ?? 0) + 1);
        return realFetch(input, init);
      };
      try {
        const el = document.createElement('dx-coverage-gauge');
        el.setAttribute('loading', 'eager');
        (await fixture(html`<div></div>`)).append(el);
        for (let i = 0; i < 20; i += 1) {
          el.src = i % 2 ? b : a;
          await el.updateComplete;
          await Promise.resolve();
        }
      } finally {
        window.fetch = realFetch;
      }
      expect([asked.get(a), asked.get(b)]).to.deep.equal([1, 1]);
    });
  });

  describe('size', () => {
    for (const [name, step] of [
      ['announced in Content-Length', { pad: 6_000_000 }],
      ['counted while reading', { pad: 6_000_000, chunked: true }],
    ] as const) {
      it(`refuses a feed over 5 MB ${name}, in place`, async () => {
        const src = await scriptFeed(key('huge'), [step]);
        const el = await gauge(src);
        expect(el.state).to.equal('error');
        expect(part(el, '[part="error"]').textContent).to.contain('tệp lớn hơn 5 MB');
      });
    }

    it('draws a feed just under 5 MB', async function () {
      this.timeout(10000);
      const src = await scriptFeed(key('large'), [{ pad: 5_000_000, chunked: true }]);
      expect((await gauge(src)).state).to.equal('ready');
    });

    it('keeps the figures shown when a later version is too large', async () => {
      const src = await scriptFeed(key('grows'), [{ body: figure(41.5) }, { pad: 6_000_000 }]);
      const el = await gauge(src, 'refresh="5"');
      const failed = oneEvent(el, 'dx-error');
      clock.fire(await clock.next((t) => t.ms === 5000));
      await failed;
      await el.updateComplete;
      expect(el.state).to.equal('stale');
      expect(shown(el)).to.equal('41,5%');
      expect(part(el, '[part="stale"]').textContent).to.contain('tệp lớn hơn 5 MB');
    });

    it('gives up on a body that never ends at `timeout`', async () => {
      const src = await scriptFeed(key('never-ends'), [{ hang: true }]);
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = '<dx-coverage-gauge loading="eager" timeout="2"></dx-coverage-gauge>';
      const el = wrapper.firstElementChild as CoverageGauge;
      el.src = src;
      const failed = oneEvent(el, 'dx-error');
      clock.fire(await clock.next((t) => t.ms === 2000));
      await failed;
      await el.updateComplete;
      expect(part(el, '[part="error"]').textContent).to.contain('quá 2 giây');
    });
  });

  describe('nesting', () => {
    // Under 5 MB each: the size limit lets them through, to be refused for their depth alone.
    const brackets = '['.repeat(5_000_000);
    /** A valid indicator whose unknown field nests 800,000 objects: JSON.parse reads it whole. */
    const deepField = `{"label":"Sóng","unit":"%","value":1,"x":${'{"a":'.repeat(800_000)}1${'}'.repeat(800_000)}}`;

    it('refuses a feed of 5 MB of "[" in place, naming where it passed 64 levels, with a dx-error', async () => {
      const src = await scriptFeed(key('brackets'), [{ body: brackets }]);
      const failed = oneEvent(document.body, 'dx-error');
      const el = await gauge(src);
      const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
      expect(detail.errors.map((e) => e.code)).to.deep.equal(['json.depth']);
      expect(el.state).to.equal('error');
      expect(part(el, '[part="error"]').textContent).to.contain('lồng quá 64 tầng (dòng 1, cột 65)');
    });

    it('keeps the figures shown when a later version nests 800,000 levels in a field, and says where', async () => {
      const src = await scriptFeed(key('deepens'), [{ body: figure(41.5) }, { body: deepField }]);
      const el = await gauge(src, 'refresh="5"');
      const failed = oneEvent(el, 'dx-error');
      clock.fire(await clock.next((t) => t.ms === 5000));
      expect(((await failed) as CustomEvent<IndicatorErrorDetail>).detail.stale).to.equal(true);
      await el.updateComplete;
      expect(el.state).to.equal('stale');
      expect(shown(el)).to.equal('41,5%');
      // The 65th level is the 64th '{"a":', at column 42 + 63 × 5.
      expect(part(el, '[part="stale"]').textContent).to.contain('lồng quá 64 tầng (dòng 1, cột 357)');
    });
  });

  describe('memory', () => {
    it('forgets a feed nobody follows, keeping at most four a moment for an element that comes back', async () => {
      const before = loaderStats().feeds;
      const el = await gauge(await scriptFeed(key('forget-0'), [{ body: figure(1) }]));
      for (let i = 1; i < 10; i += 1) {
        el.src = await scriptFeed(key(`forget-${i}`), [{ body: figure(i) }]);
        await settled(el);
      }
      el.remove();
      await Promise.resolve();
      expect(loaderStats().feeds - before).to.equal(4);
      for (const timer of clock.timers.filter((t) => t.ms === 15_000)) clock.fire(timer);
      expect(loaderStats().feeds - before).to.equal(0);
    });

    it('keeps one timer to forget a feed that several elements leave at once', async () => {
      const src = await scriptFeed(key('leave-together'), [{ body: figure(12) }]);
      const els = [await gauge(src), await gauge(src), await gauge(src)];
      const before = clock.timers.length;
      for (const el of els) el.remove();
      await Promise.resolve();
      expect(clock.timers.length - before).to.equal(1);
    });

    it('hands a feed it still keeps to an element that comes back, without a request', async () => {
      const src = await scriptFeed(key('come-back'), [{ body: figure(33) }]);
      const el = await gauge(src);
      const parent = el.parentElement!;
      el.remove();
      await Promise.resolve();
      parent.append(el);
      await settled(el);
      expect(shown(el)).to.equal('33%');
      expect((await serverCounts(src)).hits).to.equal(1);
    });
  });
});
