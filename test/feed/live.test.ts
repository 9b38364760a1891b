import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/province-rank/dx-province-rank.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { clock as loaderClock, loaderStats, subscribe, type LoadResult } from '../../src/feed/loader.js';
import { backoff, polledCount } from '../../src/feed/poll.js';
import type { ProvinceRank } from '../../src/province-rank/province-rank.js';
import { FEED_FLOOR_MS } from '../../src/spec/limits.js';
import { fakeClockPerTest, type FakeClock } from '../support/fake-clock.js';
import { part, scriptFeed, serverCounts, settled } from '../support/helpers.js';

const figure = (value: number) => ({ label: 'Thôn, bản có sóng di động', unit: '%', value, asOf: '2024' });
const shown = (el: CoverageGauge) => part(el, '[part="figure"]').textContent!.trim();
const POLL = 5000;

let caseNumber = 0;
const key = (name: string) => `${name}-${Date.now()}-${(caseNumber += 1)}`;

/** Resolves with the next outcome the shared loader hands to listeners of `src`. */
function nextOutcome(src: string): Promise<{ result: LoadResult; changed: boolean }> {
  return new Promise((resolve) => {
    let first = true;
    const stop = subscribe(src, (result, changed) => {
      // The first call hands over the document already loaded; wait for the next check.
      if (first && result.ok && changed) {
        first = false;
        return;
      }
      stop();
      resolve({ result, changed });
    });
  });
}

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('live data', () => {
  const currentClock = fakeClockPerTest();
  let clock: FakeClock;
  beforeEach(() => (clock = currentClock()));

  afterEach(() => {
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('polls a feed once for every element on it, and shows the new figures in each', async () => {
    const src = await scriptFeed(key('shared-poll'), [{ body: figure(97.27) }, { body: figure(98.1) }]);
    const wrapper = await fixture(html`<div>
      <dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>
      <dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>
      <dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>
    </div>`);
    const gauges = [...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')];
    await Promise.all(gauges.map(settled));
    expect((await serverCounts(src)).hits).to.equal(1);

    const tick = await clock.next((t) => t.ms === POLL);
    expect(clock.timers.filter((t) => t.ms === POLL)).to.have.length(1);
    const loaded = Promise.all(gauges.map((g) => oneEvent(g, 'dx-load')));
    clock.fire(tick);
    await loaded;
    await Promise.all(gauges.map((g) => g.updateComplete));
    expect(gauges.map(shown)).to.deep.equal(['98,1%', '98,1%', '98,1%']);
    expect((await serverCounts(src)).hits).to.equal(2);
  });

  it('revalidates with a conditional request, and a 304 neither re-renders nor fires dx-load', async () => {
    const src = await scriptFeed(key('not-modified'), [{ body: figure(97.27), etag: '"v1"' }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    let renders = 0;
    let loads = 0;
    const render = el.render.bind(el);
    el.render = () => {
      renders += 1;
      return render();
    };
    el.addEventListener('dx-load', () => (loads += 1));

    const outcome = nextOutcome(src);
    clock.fire(await clock.next((t) => t.ms === POLL));
    const { result, changed } = await outcome;
    await el.updateComplete;
    expect(result.ok).to.equal(true);
    expect(changed).to.equal(false);
    expect(await serverCounts(src)).to.deep.equal({ hits: 2, notModified: 1 });
    expect(renders).to.equal(0);
    expect(loads).to.equal(0);
    expect(el.state).to.equal('ready');
  });

  it('reads a feed from another origin that allows it (CORS), revalidating it there too', async () => {
    const path = await scriptFeed(key('cors'), [{ body: figure(42), etag: '"c1"', cors: true }]);
    // localhost and 127.0.0.1 are different origins: the page is on one, the feed on the other.
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const src = `${location.protocol}//${other}:${location.port}${path}`;
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    expect(el.state).to.equal('ready');
    expect(shown(el)).to.equal('42%');
    const outcome = nextOutcome(src);
    clock.fire(await clock.next((t) => t.ms === POLL));
    expect((await outcome).changed).to.equal(false);
    expect(await serverCounts(path)).to.deep.equal({ hits: 2, notModified: 1 });
  });

  it('says the feed could not be loaded when another origin does not allow reading it', async () => {
    const path = await scriptFeed(key('no-cors'), [{ body: figure(42) }]);
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const el = await settled(
      await fixture<CoverageGauge>(
        html`<dx-coverage-gauge src=${`${location.protocol}//${other}:${location.port}${path}`}></dx-coverage-gauge>`,
      ),
    );
    expect(el.state).to.equal('error');
    expect(part(el, '[part="error"]').textContent).to.contain('không tải được');
  });

  it('stops polling while the tab is hidden and checks at once when it is shown again', async () => {
    const src = await scriptFeed(key('hidden'), [{ body: figure(50) }, { body: figure(55) }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    await clock.next((t) => t.ms === POLL);

    setHidden(true);
    expect(clock.timers.filter((t) => t.ms === POLL)).to.have.length(0);

    // Away for longer than the once-a-second floor.
    clock.advance(1000);
    const loaded = oneEvent(el, 'dx-load');
    setHidden(false);
    await loaded;
    await el.updateComplete;
    expect(shown(el)).to.equal('55%');
    expect((await serverCounts(src)).hits).to.equal(2);
  });

  it('holds a check asked for within a second of the last request until that second ends', async () => {
    const src = await scriptFeed(key('floor-visible'), [{ body: figure(50) }, { body: figure(55) }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    await clock.next((t) => t.ms === POLL);
    // Hidden and shown again at once, three times: the checks it asks for are one, held.
    for (const hidden of [true, false, true, false, true, false]) setHidden(hidden);
    const held = clock.timers.filter((t) => t.ms > 0 && t.ms <= 1000);
    expect(held).to.have.length(1);
    expect((await serverCounts(src)).hits).to.equal(1);
    const loaded = oneEvent(el, 'dx-load');
    clock.fire(held[0]);
    await loaded;
    expect((await serverCounts(src)).hits).to.equal(2);
  });

  it('counts the second from when the request left, not from when the loader began (a pause between them)', async () => {
    const src = await scriptFeed(key('floor-pause'), [{ body: figure(50) }, { body: figure(55) }]);
    // The first request leaves 20 ms after the loader read the time: a collection, a busy thread.
    const asked: number[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('floor-pause') && init?.method !== 'POST') {
        if (!asked.length) clock.advance(20);
        asked.push(loaderClock.now());
      }
      return realFetch(input, init);
    };
    try {
      const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
      await clock.next((t) => t.ms === POLL);
      setHidden(true);
      setHidden(false);
      const [held] = clock.timers.filter((t) => t.ms > 0 && t.ms <= 1000);
      const loaded = oneEvent(el, 'dx-load');
      clock.fire(held);
      await loaded;
      expect(asked).to.have.length(2);
      expect(asked[1] - asked[0]).to.be.at.least(FEED_FLOOR_MS);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('waits to fetch until the element comes near the viewport, while keeping its space', async () => {
    const src = await scriptFeed(key('lazy'), [{ body: figure(61) }]);
    const wrapper = await fixture(html`<div>
      <div style="height: 6000px"></div>
      <dx-coverage-gauge src=${src}></dx-coverage-gauge>
    </div>`);
    const el = wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!;
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(el.state).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    expect((await serverCounts(src)).hits).to.equal(0);

    const loaded = oneEvent(el, 'dx-load');
    el.scrollIntoView();
    await loaded;
    expect((await serverCounts(src)).hits).to.equal(1);
    window.scrollTo(0, 0);
  });

  describe('a failing feed', () => {
    it('keeps the last good figures after a 500, marks them stale with the time, and says why', async () => {
      const src = await scriptFeed(key('error-500'), [{ body: figure(97.27) }, { status: 500 }]);
      const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
      const failed = oneEvent(el, 'dx-error');
      clock.fire(await clock.next((t) => t.ms === POLL));
      const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
      await el.updateComplete;
      expect(event.detail.stale).to.equal(true);
      expect(el.state).to.equal('stale');
      expect(shown(el)).to.equal('97,27%');
      const mark = part(el, '[part="stale"]').textContent!;
      expect(mark).to.match(/Số liệu có thể chưa cập nhật \(lần cập nhật cuối \d\d:\d\d\)/);
      expect(mark).to.contain('(HTTP 500)');
    });

    for (const [name, step, words] of [
      ['a 404', { status: 404 }, '(HTTP 404)'],
      ['malformed JSON', { body: '{ "label": "x", ' }, 'không phải JSON hợp lệ'],
      ['an invalid document', { body: figure(140) }, 'value: là phần trăm, phải từ 0 đến 100 (đang là 140)'],
    ] as const) {
      it(`keeps the last good figures after ${name}`, async () => {
        const src = await scriptFeed(key('error'), [{ body: figure(80.2) }, step]);
        const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
        const failed = oneEvent(el, 'dx-error');
        clock.fire(await clock.next((t) => t.ms === POLL));
        await failed;
        await el.updateComplete;
        expect(el.state).to.equal('stale');
        expect(shown(el)).to.equal('80,2%');
        expect(part(el, '[part="stale"]').textContent).to.contain(words);
      });
    }

    it('gives up on a request that takes longer than `timeout` seconds', async () => {
      const src = await scriptFeed(key('timeout'), [{ body: figure(41.5) }, { body: figure(42), delay: 20000 }]);
      const el = await settled(
        await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5" timeout="3"></dx-coverage-gauge>`),
      );
      clock.fire(await clock.next((t) => t.ms === POLL));
      const failed = oneEvent(el, 'dx-error');
      clock.fire(await clock.next((t) => t.ms === 3000));
      await failed;
      await el.updateComplete;
      expect(el.state).to.equal('stale');
      expect(part(el, '[part="stale"]').textContent).to.contain('quá 3 giây');
    });

    it('retries with growing, jittered delays and returns to ready when the feed recovers', async () => {
      const src = await scriptFeed(key('backoff'), [{ body: figure(60) }, { status: 503 }, { status: 503 }, { body: figure(61) }]);
      const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
      clock.fire(await clock.next((t) => t.ms === POLL));
      await oneEvent(el, 'dx-error');
      let told = 0;
      el.addEventListener('dx-error', () => (told += 1));
      // Jitter is ±25 %; the fake clock's random 0.5 puts each delay in the middle.
      const first = await clock.next((t) => t.ms === 2000);
      clock.fire(first);
      // Failed again, the same way: the next try is set, and the page is not told twice.
      const second = await clock.next((t) => t.ms === 4000);
      expect([el.state, told]).to.deep.equal(['stale', 0]);
      const recovered = oneEvent(el, 'dx-load');
      clock.fire(second);
      await recovered;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(shown(el)).to.equal('61%');
      expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
      await clock.next((t) => t.ms === POLL);
    });

    it('asks again for what failed when the reader is back online, with or without refresh', async () => {
      const [once, polled] = await Promise.all(
        ['online-once', 'online-polled'].map((name) => scriptFeed(key(name), [{ status: 503 }, { body: figure(66) }])),
      );
      const wrapper = await fixture(html`<div>
        <dx-coverage-gauge loading="eager" src=${once}></dx-coverage-gauge>
        <dx-coverage-gauge loading="eager" src=${polled} refresh="3600"></dx-coverage-gauge>
      </div>`);
      const gauges = [...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')];
      await Promise.all(gauges.map(settled));
      expect(gauges.map((el) => el.state)).to.deep.equal(['error', 'error']);
      // Offline for a while; the polled feed's next try is seconds away, the other has none.
      clock.advance(1000);
      const loaded = Promise.all(gauges.map((el) => oneEvent(el, 'dx-load')));
      window.dispatchEvent(new Event('online'));
      await loaded;
      await Promise.all(gauges.map((el) => el.updateComplete));
      expect(gauges.map(shown)).to.deep.equal(['66%', '66%']);
    });

    it('spreads retries between 75 % and 125 % of a doubling delay, capped at five minutes', () => {
      expect(backoff(1, 0)).to.equal(1500);
      expect(backoff(1, 1)).to.equal(2500);
      expect(backoff(3, 0.5)).to.equal(8000);
      expect(backoff(20, 0.5)).to.equal(300_000);
    });

    it('refuses a refresh shorter than a second, naming the attribute', async () => {
      const src = await scriptFeed(key('refresh-0'), [{ body: figure(60) }]);
      const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="0.2"></dx-coverage-gauge>`));
      expect(el.state).to.equal('error');
      expect(part(el, '[part="error"]').textContent).to.contain('refresh: phải từ 1 đến 86400 giây');
    });
  });

  describe('lifetime', () => {
    it('stops polling and leaves no timer when the last element on a feed is removed', async () => {
      const src = await scriptFeed(key('remove'), [{ body: figure(70) }]);
      const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
      await clock.next((t) => t.ms === POLL);
      expect(polledCount()).to.equal(1);
      const feeds = loaderStats().feeds;
      el.remove();
      await Promise.resolve();
      expect(polledCount()).to.equal(0);
      // What is left is the timer that forgets the feed, kept a moment for an element that comes back.
      expect(clock.timers.map((t) => t.ms)).to.deep.equal([15_000]);
      clock.fire(clock.timers[0]);
      expect(loaderStats().feeds).to.equal(feeds - 1);
      expect(clock.timers).to.have.length(0);
    });

    it('aborts a request under way when its only element is removed', async () => {
      const src = await scriptFeed(key('abort'), [{ body: figure(70), delay: 20000 }]);
      const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src}></dx-coverage-gauge>`);
      const timeout = await clock.next((t) => t.ms === 10_000);
      el.remove();
      await Promise.resolve();
      await nextFrame();
      // The request's timeout timer is cleared once the aborted fetch settles.
      expect(clock.timers).not.to.include(timeout);
      expect(el.state).to.equal('loading');
    });

    it('keeps polling on time while other elements on the feed come and go', async () => {
      const src = await scriptFeed(key('churn'), [{ body: figure(70) }, { body: figure(71) }]);
      const wrapper = await fixture(html`<div><dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge></div>`);
      const el = await settled(wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!);
      const due = (await clock.next((t) => t.ms === POLL)).due;
      // A carousel mounts a card on the same feed every 4 s and unmounts the one before.
      for (let i = 0; i < 3; i += 1) {
        clock.advance(4000);
        const card = document.createElement('dx-coverage-gauge');
        card.setAttribute('loading', 'eager');
        card.setAttribute('refresh', '5');
        card.src = src;
        wrapper.append(card);
        await settled(card);
        card.remove();
        await Promise.resolve();
      }
      const polls = clock.timers.filter((t) => t.ms <= POLL && t.ms !== 15_000);
      expect(polls.map((t) => t.due)).to.deep.equal([due]);
      const loaded = oneEvent(el, 'dx-load');
      clock.fire(polls[0]);
      await loaded;
      await el.updateComplete;
      expect(shown(el)).to.equal('71%');
    });

    it('does not fetch again when an element is moved in the page', async () => {
      const src = await scriptFeed(key('move'), [{ body: figure(70) }]);
      const wrapper = await fixture(html`<div><section></section><dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge></div>`);
      const el = await settled(wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!);
      wrapper.querySelector('section')!.append(el);
      await el.updateComplete;
      await Promise.resolve();
      expect(el.state).to.equal('ready');
      expect(polledCount()).to.equal(1);
      expect((await serverCounts(src)).hits).to.equal(1);
    });
  });

  it('tells screen readers once what an update changed, and nothing on an unchanged check', async () => {
    const src = await scriptFeed(key('announce'), [{ body: figure(97.27) }, { body: figure(98.1) }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    const region = part(el, '[aria-live="polite"]');
    expect(region.textContent).to.equal('');

    const loaded = oneEvent(el, 'dx-load');
    clock.fire(await clock.next((t) => t.ms === POLL));
    await loaded;
    await el.updateComplete;
    expect(part(el, '[aria-live="polite"]')).to.equal(region);
    expect(region.textContent).to.equal('Đã cập nhật Thôn, bản có sóng di động: từ 97,27% thành 98,1%');

    const outcome = nextOutcome(src);
    clock.fire(await clock.next((t) => t.ms === POLL));
    expect((await outcome).changed).to.equal(false);
    await el.updateComplete;
    expect(region.textContent).to.equal('Đã cập nhật Thôn, bản có sóng di động: từ 97,27% thành 98,1%');
  });

  it('says a label given in Vietnamese only in Vietnamese inside an English announcement (WCAG 3.1.2)', async () => {
    const only = (value: number) => ({ ...figure(value), label: { vi: 'Thôn, bản có sóng di động' } });
    const src = await scriptFeed(key('announce-lang'), [{ body: only(97.27) }, { body: only(98.1) }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge lang="en" src=${src} refresh="5"></dx-coverage-gauge>`));
    const loaded = oneEvent(el, 'dx-load');
    clock.fire(await clock.next((t) => t.ms === POLL));
    await loaded;
    await el.updateComplete;
    const region = part(el, '[aria-live="polite"]');
    expect(region.textContent).to.equal('Updated Thôn, bản có sóng di động: from 97.27% to 98.1%');
    expect([...region.querySelectorAll('[lang]')].map((s) => `${s.getAttribute('lang')}: ${s.textContent}`)).to.deep.equal([
      'vi: Thôn, bản có sóng di động',
    ]);
  });

  describe('a new place is news too, with the same value', () => {
    /** The live region's words after the next poll of `src`, which `el` follows. */
    async function afterPoll(el: ProvinceRank): Promise<string> {
      const loaded = oneEvent(el, 'dx-load');
      clock.fire(await clock.next((t) => t.ms === POLL));
      await loaded;
      await el.updateComplete;
      return part(el, '[aria-live="polite"]').textContent!;
    }

    it('a place given by the document: "từ thứ 7/63 thành thứ 5/63", in English "from 7th of 63 to 5th of 63"', async () => {
      const placed = (position: number) => ({ ...figure(97.27), area: { code: '06', name: 'Bắc Kạn' }, rank: { position, of: 63 } });
      const src = await scriptFeed(key('rank-place'), [{ body: placed(7) }, { body: placed(5) }]);
      const el = await settled(await fixture<ProvinceRank>(html`<dx-province-rank src=${src} refresh="5"></dx-province-rank>`));
      expect(part(el, '[aria-live="polite"]').textContent).to.equal('');
      expect(await afterPoll(el)).to.equal('Đã cập nhật Thôn, bản có sóng di động: từ thứ 7/63 thành thứ 5/63');
      expect(part(el, '[part="rank"]').textContent).to.equal('Bắc Kạn đứng thứ 5/63');
      el.lang = 'en';
      await el.updateComplete;
      expect(part(el, '[aria-live="polite"]').textContent).to.equal('Updated Thôn, bản có sóng di động: from 7th of 63 to 5th of 63');
    });

    it('a place the ranking works out: others overtaken, and with the value too when both change', async () => {
      const ranking = (own: number, others: [number, number]) => ({
        ...figure(own),
        area: { code: '06' },
        areas: [
          { code: '01', name: 'Hà Nội', value: others[0] },
          { code: '06', name: 'Bắc Kạn', value: own },
          { code: '79', name: 'TP. Hồ Chí Minh', value: others[1] },
        ],
      });
      const src = await scriptFeed(key('rank-areas'), [
        { body: ranking(97.27, [99, 98]) },
        { body: ranking(97.27, [96, 95]) },
        { body: ranking(94, [96, 95]) },
      ]);
      const el = await settled(await fixture<ProvinceRank>(html`<dx-province-rank src=${src} refresh="5"></dx-province-rank>`));
      expect(await afterPoll(el)).to.equal('Đã cập nhật Thôn, bản có sóng di động: từ thứ 3/3 thành thứ 1/3');
      expect(await afterPoll(el)).to.equal('Đã cập nhật Thôn, bản có sóng di động: từ 97,27% thành 94%, từ thứ 1/3 thành thứ 3/3');
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
