import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import { subscribe } from '../../src/feed/loader.js';
import type { Target } from '../../src/spec/types.js';
import type { StatElement } from '../../src/stat/stat.js';
import { DATED_PLAN as PLAN } from '../support/documents.js';
import { fakeClockPerTest } from '../support/fake-clock.js';
import { part, scriptFeed, settled, visibleText } from '../support/helpers.js';

/**
 * What `dx-load` and `dx-error` tell a page: the figures as the element draws them, judged on
 * its `now`; and, told again, where an element moved or re-added to the page stands.
 */

type Shown = HTMLElement & { state: string; now?: string; updateComplete: Promise<boolean> };

let caseNumber = 0;
const key = (name: string) => `feed-events-${name}-${Date.now()}-${(caseNumber += 1)}`;

const figure = (value: number) => ({ label: 'Thôn, bản có sóng di động', unit: '%', value, asOf: '2024' });

/** The targets of every dx-load and the count of dx-error the element fires from now on. */
function record(el: HTMLElement): { loads: { target?: Target; changed: boolean }[]; errors: IndicatorErrorDetail[] } {
  const seen = { loads: [] as { target?: Target; changed: boolean }[], errors: [] as IndicatorErrorDetail[] };
  el.addEventListener('dx-load', (e) => {
    const { indicator, changed } = (e as CustomEvent<IndicatorLoadDetail>).detail;
    seen.loads.push({ target: indicator.target, changed });
  });
  el.addEventListener('dx-error', (e) => seen.errors.push((e as CustomEvent<IndicatorErrorDetail>).detail));
  return seen;
}

/** Every value the host's `state` attribute takes from now on. */
function states(el: HTMLElement): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(el.getAttribute('state')!)).observe(el, { attributes: true, attributeFilter: ['state'] });
  return seen;
}

describe('dx-load, with a `now` before the first of a plan’s dated targets', () => {
  // The reader's real today (2026 or later) has passed 2020: judged on it, the 2030 target was told.
  const FIRST = { value: 50, by: '2020' };
  const SECOND = { value: 80, by: '2030' };

  for (const [tag, drawn] of [
    ['dx-coverage-gauge', (el: Shown) => part(el, '[part="target"]').textContent!],
    ['dx-stat', (el: Shown) => part(el, '[part="target"]').textContent!.replace(/\s+/g, ' ')],
    ['dx-target-progress', (el: Shown) => part(el, '[part="target"]').textContent!],
  ] as const) {
    it(`<${tag}> tells the target it draws: the one due on its \`now\`, not on the reader’s today`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as Shown;
      el.setAttribute('now', '2019-06-01');
      (el as unknown as { data: unknown }).data = PLAN;
      const loaded = oneEvent(el, 'dx-load');
      wrapper.append(el);
      const { detail } = (await loaded) as CustomEvent<IndicatorLoadDetail>;
      await el.updateComplete;
      expect(drawn(el)).to.contain('50%').and.not.contain('80%');
      expect(detail.indicator.target).to.deep.equal(FIRST);
      // The list itself is told whole, as the document gave it.
      expect(detail.indicator.targets).to.deep.equal([FIRST, SECOND]);
    });
  }

  it('tells the target of a feed’s figures on `now` too', async () => {
    const src = await scriptFeed(key('plan'), [{ body: PLAN }]);
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager" now="2019-06-01" src=${src}></dx-coverage-gauge>`);
    const { detail } = (await oneEvent(el, 'dx-load')) as CustomEvent<IndicatorLoadDetail>;
    expect(detail.indicator.target).to.deep.equal(FIRST);
    expect(detail.document).to.deep.equal(PLAN);
  });

  it('tells the new target, as changed, when `now` passes the first deadline; and no target for a `now` that is no day', async () => {
    const el = await settled(await fixture<StatElement>(html`<dx-stat .data=${PLAN} now="2019-06-01"></dx-stat>`));
    const seen = record(el);
    el.now = '2025-01-01';
    await el.updateComplete;
    expect(part(el, '[part="target"]').textContent).to.contain('80%');
    expect(seen.loads).to.deep.equal([{ target: SECOND, changed: true }]);
    // Back again: the first target, changed again.
    el.now = '2020-12-31';
    await el.updateComplete;
    expect(seen.loads[1]).to.deep.equal({ target: FIRST, changed: true });
    el.now = '2020-12-32';
    await el.updateComplete;
    expect([el.state, seen.loads.length, seen.errors.length]).to.deep.equal(['stale', 2, 1]);
    expect(seen.errors[0].errors.map((e) => e.path)).to.deep.equal(['now']);
  });

  it('tells one target where the plan has one, and the document’s own target without a list', async () => {
    const el = await settled(
      await fixture<StatElement>(html`<dx-stat now="2019-06-01" .data=${{ ...PLAN, target: { value: 70, by: '2030' } }}></dx-stat>`),
    );
    const seen = record(el);
    el.data = { ...PLAN, target: [{ value: 70, by: '2018' }] };
    await el.updateComplete;
    // The one target of a list, overdue on `now`, is still the one shown and told.
    expect(seen.loads).to.deep.equal([{ target: { value: 70, by: '2018' }, changed: true }]);
  });
});

describe('dx-error, when an element is moved or re-added while its feed fails', () => {
  const currentClock = fakeClockPerTest();

  /** Removes `el` and puts it back where it was, as a framework moving it does. */
  const reattach = (el: HTMLElement) => {
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
  };

  it('tells the failure again at once, with nothing to show, and no loading on the way; the same failure after, not again', async () => {
    const clock = currentClock();
    // The server asks for an hour's peace (Retry-After): nothing is asked before then, so no answer comes to tell it by.
    const src = await scriptFeed(key('down'), [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager" src=${src}></dx-coverage-gauge>`));
    expect(el.state).to.equal('error');
    const seen = record(el);
    const went = states(el);
    reattach(el);
    await el.updateComplete;
    expect(seen.errors.length).to.equal(1);
    expect(seen.errors[0].stale).to.equal(false);
    expect(seen.errors[0].errors[0].message.vi).to.contain('HTTP 503');
    expect(visibleText(el)).to.contain('HTTP 503');
    // An hour on, the feed is asked again and fails the same way: no news.
    const asked = new Promise((resolve) => {
      const stop = subscribe(src, (result) => {
        stop();
        resolve(result);
      });
    });
    clock.fire(await clock.next((t) => t.ms > 3_000_000));
    await asked;
    await el.updateComplete;
    expect(seen.errors.length).to.equal(1);
    expect(went).to.deep.equal([]);
  });

  it('tells it once more at each move, and keeps the figures it showed', async () => {
    const clock = currentClock();
    const src = await scriptFeed(key('stale'), [{ body: figure(60) }, { status: 503 }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    const failed = oneEvent(el, 'dx-error');
    clock.fire(await clock.next((t) => t.ms === 5000));
    await failed;
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    const seen = record(el);
    const went = states(el);
    for (let move = 1; move <= 3; move++) {
      reattach(el);
      await el.updateComplete;
      expect(seen.errors.length, `move ${move}`).to.equal(move);
      expect(seen.errors[move - 1].stale, `move ${move}`).to.equal(true);
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('60%');
      expect(part(el, '[part="stale"]').textContent).to.contain('HTTP 503');
    }
    // Moved three times in one task: told once.
    reattach(el);
    reattach(el);
    reattach(el);
    await el.updateComplete;
    expect(seen.errors.length).to.equal(4);
    expect(went).to.deep.equal([]);
    expect(seen.loads).to.deep.equal([]);
  });

  it('tells a failure that comes back after good figures, and good figures at a move once', async () => {
    const clock = currentClock();
    const src = await scriptFeed(key('back'), [{ status: 500 }, { body: figure(60) }, { status: 500 }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge>`));
    expect(el.state).to.equal('error');
    const seen = record(el);
    // A failure is tried again sooner than the poll (backoff; the fake clock puts it at 2 s).
    const loaded = oneEvent(el, 'dx-load');
    clock.fire(await clock.next((t) => t.ms === 2000));
    await loaded;
    // The document handed over again: the figures told again, once, unchanged.
    const again = oneEvent(el, 'dx-load');
    reattach(el);
    await again;
    await el.updateComplete;
    expect(seen.loads.map((l) => l.changed)).to.deep.equal([true, false]);
    const failed = oneEvent(el, 'dx-error');
    clock.fire(await clock.next((t) => t.ms === 5000));
    const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
    expect([detail.stale, el.state, seen.errors.length]).to.deep.equal([true, 'stale', 1]);
  });

  it('tells no failure when its feed came good while it was away: the good figures only', async () => {
    const clock = currentClock();
    const src = await scriptFeed(key('recovered'), [{ status: 500 }, { body: figure(60) }]);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <dx-coverage-gauge src=${src} refresh="5"></dx-coverage-gauge><dx-coverage-gauge src=${src}></dx-coverage-gauge>
    </div>`);
    const [staying, away] = [...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')];
    await Promise.all([settled(staying), settled(away)]);
    expect([staying.state, away.state]).to.deep.equal(['error', 'error']);
    away.remove();
    // Tried again while it is away (backoff, 2 s on the fake clock): the feed is good now.
    const loaded = oneEvent(staying, 'dx-load');
    clock.fire(await clock.next((t) => t.ms === 2000));
    await loaded;
    const seen = record(away);
    const went = states(away);
    const back = oneEvent(away, 'dx-load');
    wrapper.append(away);
    await back;
    await away.updateComplete;
    expect(seen.errors).to.deep.equal([]);
    expect(seen.loads.length).to.equal(1);
    expect(went).to.deep.equal(['ready']);
  });

  it('stays quiet when removed and not put back', async () => {
    const src = await scriptFeed(key('gone'), [{ status: 500 }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager" src=${src}></dx-coverage-gauge>`));
    const seen = record(el);
    el.remove();
    await el.updateComplete;
    expect(seen.errors).to.deep.equal([]);
  });
});
