import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { clearFeeds } from '../../src/data/index.js';
import type { FeedController, IndicatorErrorDetail } from '../../src/feed/controller.js';
import { loaderStats, retryAfter, subscribe, type LoadResult } from '../../src/feed/loader.js';
import { FEED_FLOOR_MS } from '../../src/spec/limits.js';
import { fakeClockPerTest, type FakeClock } from '../support/fake-clock.js';
import { part, scriptFeed, serverCounts, settled } from '../support/helpers.js';

/** Defects an adversarial review found in the feed layer, each fixed and held here. */

const figure = (value: number) => ({ label: 'Thôn, bản có sóng di động', unit: '%', value, asOf: '2024' });
const shown = (el: CoverageGauge) => part(el, '[part="figure"]').textContent!.trim();
const POLL = 5000;
const DAY = 86_400_000;

let caseNumber = 0;
const key = (name: string) => `${name}-${Date.now()}-${(caseNumber += 1)}`;

async function gauge(src: string, attrs = ''): Promise<CoverageGauge> {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.innerHTML = `<dx-coverage-gauge loading="eager" ${attrs}></dx-coverage-gauge>`;
  const el = wrapper.firstElementChild as CoverageGauge;
  el.src = src;
  return settled(el);
}

const controllerOf = (el: CoverageGauge) => (el as unknown as { feed$: FeedController }).feed$;

/** Resolves with the next outcome the shared loader hands out for `src`, after the elements on it have heard it. */
function nextOutcome(src: string): Promise<{ result: LoadResult; changed: boolean }> {
  return new Promise((resolve) => {
    let first = true;
    const stop = subscribe(src, (result, changed) => {
      if (first && result.ok && changed) {
        first = false;
        return;
      }
      stop();
      resolve({ result, changed });
    });
  });
}

const messages = (detail: IndicatorErrorDetail) => detail.errors.map((e) => e.message);

describe('feed: the review’s defects', () => {
  const currentClock = fakeClockPerTest();
  let clock: FakeClock;
  beforeEach(() => (clock = currentClock()));

  it('clearFeeds: elements on a cleared feed keep their figures, fetch it again, show the new ones and go on polling', async () => {
    const src = await scriptFeed(key('clear'), [{ body: figure(97.27) }, { body: figure(98.1) }, { body: figure(99.5) }]);
    const el = await gauge(src, 'refresh="5"');
    expect(shown(el)).to.equal('97,27%');
    clock.advance(FEED_FLOOR_MS);
    const loaded = oneEvent(el, 'dx-load');
    clearFeeds();
    await el.updateComplete;
    // Until the new figures come, the old ones stay, and the element says nothing is wrong.
    expect([el.state, shown(el)]).to.deep.equal(['ready', '97,27%']);
    await loaded;
    await el.updateComplete;
    expect([el.state, shown(el)]).to.deep.equal(['ready', '98,1%']);
    expect((await serverCounts(src)).hits).to.equal(2);
    // Still polled.
    const again = oneEvent(el, 'dx-load');
    clock.fire(await clock.next((t) => t.ms === POLL));
    await again;
    await el.updateComplete;
    expect(shown(el)).to.equal('99,5%');
  });

  it('clearFeeds: a feed requested in the last second is asked again when the second is over, not twice in it', async () => {
    const src = await scriptFeed(key('clear-floor'), [{ body: figure(10) }, { body: figure(20) }]);
    const el = await gauge(src);
    const loaded = oneEvent(el, 'dx-load');
    clearFeeds();
    const held = await clock.next((t) => t.ms > 0 && t.ms <= FEED_FLOOR_MS);
    expect((await serverCounts(src)).hits).to.equal(1);
    clock.fire(held);
    await loaded;
    await el.updateComplete;
    expect(shown(el)).to.equal('20%');
  });

  it('timeout: an element joining a request under way gives up at its own timeout, and the request goes on for the others', async () => {
    const src = await scriptFeed(key('joiner'), [{ hang: true }]);
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<dx-coverage-gauge loading="eager" timeout="10"></dx-coverage-gauge>';
    const patient = wrapper.firstElementChild as CoverageGauge;
    patient.src = src;
    await clock.next((t) => t.ms === 10_000);
    const joiner = document.createElement('dx-coverage-gauge');
    joiner.setAttribute('loading', 'eager');
    joiner.setAttribute('timeout', '2');
    joiner.src = src;
    const failed = oneEvent(joiner, 'dx-error');
    wrapper.append(joiner);
    clock.fire(await clock.next((t) => t.ms === 2000));
    const { detail } = await failed;
    expect(messages(detail)[0].vi).to.contain('quá 2 giây');
    await joiner.updateComplete;
    expect([joiner.state, patient.state]).to.deep.equal(['error', 'loading']);
    expect(loaderStats().requests).to.equal(1);
    const patientFailed = oneEvent(patient, 'dx-error');
    clock.fire(await clock.next((t) => t.ms === 10_000));
    expect(messages((await patientFailed).detail)[0].vi).to.contain('quá 10 giây');
  });

  it('says a network failure in its own words, the browser’s English only in the English message', async () => {
    // Nothing listens on the discard port: the browser refuses at once ("Failed to fetch").
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('dx-coverage-gauge');
    el.setAttribute('loading', 'eager');
    el.src = 'http://127.0.0.1:9/feed.json';
    const failed = oneEvent(el, 'dx-error');
    wrapper.append(el);
    const [message] = messages((await failed).detail);
    expect(message.vi).to.equal('không tải được http://127.0.0.1:9/feed.json (lỗi mạng, hoặc máy chủ không cho trang này đọc tệp)');
    expect(message.en).to.match(
      /^could not load http:\/\/127\.0\.0\.1:9\/feed\.json \(network error, or the server does not let this page read the file: .+\)$/,
    );
  });

  it('says an empty response is empty, not broken JSON at line 1, column 1', async () => {
    const src = await scriptFeed(key('empty'), [{ status: 204 }]);
    const el = await gauge(src);
    expect(el.state).to.equal('error');
    expect(part(el, '[part="error"]').textContent).to.contain(`${src} (HTTP 204, phản hồi rỗng)`);
    expect(part(el, '[part="error"]').textContent).not.to.contain('JSON');
  });

  it('Retry-After on a 503: the next request waits as long as the server asked', async () => {
    const src = await scriptFeed(key('retry-after'), [{ status: 503, headers: { 'Retry-After': '120' } }, { body: figure(42) }]);
    const el = await gauge(src, 'refresh="5"');
    expect(el.state).to.equal('error');
    // The poll's try after a failure (2 s) finds the server's wait not over: held, not asked.
    clock.fire(await clock.next((t) => t.ms === 2000));
    const held = await clock.next((t) => t.ms > 100_000);
    expect(held.ms).to.be.within(115_000, 120_000);
    expect((await serverCounts(src)).hits).to.equal(1);
    const loaded = oneEvent(el, 'dx-load');
    clock.fire(held);
    await loaded;
    await el.updateComplete;
    expect([el.state, shown(el)]).to.deep.equal(['ready', '42%']);
    expect((await serverCounts(src)).hits).to.equal(2);
  });

  it('Retry-After holds for a page that clears its feeds too', async () => {
    const src = await scriptFeed(key('retry-after-clear'), [{ status: 429, headers: { 'Retry-After': '60' } }, { body: figure(43) }]);
    const el = await gauge(src);
    expect(el.state).to.equal('error');
    clock.advance(FEED_FLOOR_MS);
    clearFeeds();
    const held = await clock.next((t) => t.ms > 50_000);
    expect(held.ms).to.be.within(55_000, 60_000);
    expect((await serverCounts(src)).hits).to.equal(1);
    const loaded = oneEvent(el, 'dx-load');
    clock.fire(held);
    await loaded;
    expect((await serverCounts(src)).hits).to.equal(2);
  });

  it('Retry-After is read as seconds or an HTTP date, on 429 and 503 only, and kept within a second and an hour', () => {
    const wait = (status: number, value: string) => retryAfter(new Response(null, { status, headers: { 'Retry-After': value } }));
    expect(wait(429, '30')).to.equal(30_000);
    expect(wait(503, '0')).to.equal(FEED_FLOOR_MS);
    expect(wait(503, '999999')).to.equal(3_600_000);
    expect(wait(429, new Date(Date.now() + 90_000).toUTCString())).to.be.within(88_000, 90_000);
    expect(wait(429, new Date(Date.now() - 90_000).toUTCString())).to.equal(FEED_FLOOR_MS);
    expect(wait(429, 'soon')).to.equal(undefined);
    expect(wait(500, '30')).to.equal(undefined);
  });

  it('an element stale by its own attribute says so once, not again at every unchanged poll, and its mark keeps a true time', async () => {
    const src = await scriptFeed(key('stale-attr'), [{ body: figure(64) }]);
    const el = await gauge(src, 'refresh="5"');
    let errors = 0;
    el.addEventListener('dx-error', () => (errors += 1));
    const failed = oneEvent(el, 'dx-error');
    el.setAttribute('value', 'abc');
    await failed;
    await el.updateComplete;
    expect([el.state, errors]).to.deep.equal(['stale', 1]);
    // Figures last confirmed three days ago: the mark must say which day, not only the hour.
    controllerOf(el).lastGoodAt = new Date(Date.now() - 3 * DAY);
    for (let poll = 0; poll < 2; poll += 1) {
      const outcome = nextOutcome(src);
      clock.fire(await clock.next((t) => t.ms === POLL));
      expect((await outcome).changed).to.equal(false);
      await el.updateComplete;
    }
    expect([el.state, errors]).to.deep.equal(['stale', 1]);
    const day = controllerOf(el).lastGoodAt!.toLocaleDateString('vi');
    expect(part(el, '[part="stale"]').textContent).to.contain(day);
  });

  it('a feed failing the same way at every poll is told once; another failure, or good figures, are told', async () => {
    const down = { status: 500 };
    const src = await scriptFeed(key('same-failure'), [{ body: figure(64) }, down, down, down, { status: 404 }, { body: figure(70) }]);
    const el = await gauge(src, 'refresh="5"');
    const told: string[] = [];
    el.addEventListener('dx-error', (e) => told.push(messages(e.detail)[0].vi));
    el.addEventListener('dx-load', () => told.push('dx-load'));
    // Five polls: three 500s (after the first, retried sooner: never later than `refresh`), a 404, the figures back.
    for (let poll = 0; poll < 5; poll += 1) {
      const outcome = nextOutcome(src);
      // A pending once-a-second hold from the request before goes first.
      for (const held of clock.timers.filter((t) => t.ms <= FEED_FLOOR_MS)) clock.fire(held);
      clock.fire(await clock.next((t) => t.ms > FEED_FLOOR_MS && t.ms <= POLL));
      await outcome;
      await el.updateComplete;
      if (poll < 3) expect([el.state, shown(el)]).to.deep.equal(['stale', '64%']);
    }
    expect(told.map((t) => t.replace(/.*(500|404).*/, '$1'))).to.deep.equal(['500', '404', 'dx-load']);
    expect(shown(el)).to.equal('70%');
  });

  it('a stale mark days later names the day (formatTime adds it)', async () => {
    const src = await scriptFeed(key('stale-days'), [{ body: figure(64) }, { status: 500 }]);
    const el = await gauge(src, 'refresh="5"');
    controllerOf(el).lastGoodAt = new Date(Date.now() - 3 * DAY);
    const failed = oneEvent(el, 'dx-error');
    clock.fire(await clock.next((t) => t.ms === POLL));
    await failed;
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    expect(part(el, '[part="stale"]').textContent).to.contain(controllerOf(el).lastGoodAt!.toLocaleDateString('vi'));
  });

  it('quotes a 10,000-character indicator id into its message clipped, the box a few lines tall', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"></div>`);
    const el = document.createElement('dx-coverage-gauge');
    el.setAttribute('indicator', 'x'.repeat(10_000));
    const member = (id: string) => ({ id, label: 'Cáp quang', unit: '%', value: 50, asOf: '2024' });
    el.data = { indicators: [member('fibre'), member('mobile')] };
    const failed = oneEvent(el, 'dx-error');
    wrapper.append(el);
    const [message] = messages((await failed).detail);
    expect(message.vi.length).to.be.below(200);
    expect(message.vi).to.contain('…');
    await el.updateComplete;
    expect(part(el, '[part="error"]').getBoundingClientRect().height).to.be.below(300);
  });
});

describe('feed: attacked', () => {
  const currentClock = fakeClockPerTest();
  let clock: FakeClock;
  beforeEach(() => (clock = currentClock()));

  it('a hundred impatient elements joining one endless request: one request, each gives up at its own timeout, no timer left', async () => {
    const src = await scriptFeed(key('hundred-joiners'), [{ hang: true }]);
    const page = await fixture(html`<div></div>`);
    const first = document.createElement('dx-coverage-gauge');
    first.setAttribute('loading', 'eager');
    first.src = src;
    page.append(first);
    await clock.next((t) => t.ms === 10_000);
    const joiners = Array.from({ length: 100 }, (_, i) => {
      const el = document.createElement('dx-coverage-gauge');
      el.setAttribute('loading', 'eager');
      el.setAttribute('timeout', String(1 + (i % 5)));
      el.src = src;
      return el;
    });
    const failed = joiners.map((el) => oneEvent(el, 'dx-error'));
    page.append(...joiners);
    await clock.next((t) => t.ms === 5000);
    expect(loaderStats()).to.deep.include({ requests: 1, listeners: 101 });
    for (const timer of clock.timers.filter((t) => t.ms < 10_000).sort((a, b) => a.ms - b.ms)) clock.fire(timer);
    await Promise.all(failed);
    expect(first.state).to.equal('loading');
    page.remove();
    await Promise.resolve();
    expect(loaderStats()).to.deep.include({ requests: 0, listeners: 0 });
    // The aborted request's own timer goes when its answer (the abort) comes back.
    await waitUntil(() => clock.timers.every((t) => t.ms === 15_000), 'no timer left');
  });

  it('a redirect is followed, and a redirect loop is an error in place', async () => {
    const target = await scriptFeed(key('redirect-target'), [{ body: figure(55) }]);
    const hop = await scriptFeed(key('redirect'), [{ status: 302, headers: { Location: target } }]);
    const el = await gauge(hop);
    expect([el.state, shown(el)]).to.deep.equal(['ready', '55%']);
    const loopKey = key('loop');
    const loop = await scriptFeed(loopKey, [{ status: 302, headers: { Location: `/feed-script/${loopKey}` } }]);
    const looped = await gauge(loop);
    expect(looped.state).to.equal('error');
    expect(part(looped, '[part="error"]').textContent).to.contain('lỗi mạng');
  });
});

describe('feed: a stale mark over midnight', () => {
  const realSetTimeout = window.setTimeout;
  afterEach(() => (window.setTimeout = realSetTimeout));

  it('an element stale with nothing polled is drawn again at midnight, its mark then naming the day', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('dx-coverage-gauge');
    el.data = figure(64);
    wrapper.append(el);
    await settled(el);
    // What the page's timers are asked for from here on: the one due at midnight is kept.
    const now = new Date();
    const untilMidnight = new Date(now).setHours(24, 0, 0, 0) - +now;
    let atMidnight: (() => void) | undefined;
    window.setTimeout = ((run: () => void, ms?: number) => {
      if (ms !== undefined && Math.abs(ms - untilMidnight) < 60_000) atMidnight = run;
      return realSetTimeout(() => {}, 0);
    }) as typeof window.setTimeout;
    const failed = oneEvent(el, 'dx-error');
    el.setAttribute('value', 'abc');
    await failed;
    await el.updateComplete;
    window.setTimeout = realSetTimeout;
    expect(el.state).to.equal('stale');
    expect(atMidnight, 'a redraw at midnight').to.be.a('function');
    // Midnight has come: the figures were last good yesterday.
    controllerOf(el).lastGoodAt = new Date(Date.now() - DAY);
    atMidnight!();
    await el.updateComplete;
    expect(part(el, '[part="stale"]').textContent).to.contain(controllerOf(el).lastGoodAt!.toLocaleDateString('vi'));
  });
});
