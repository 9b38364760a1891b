import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import type { Target } from '../../src/spec/types.js';
import type { StatElement } from '../../src/stat/stat.js';
import { DATED_PLAN as PLAN } from '../support/documents.js';
import { part, scriptFeed, settled } from '../support/helpers.js';

/**
 * What `dx-load` and `dx-error` tell a page: the figures as the element draws them, judged on
 * its `now`; and, told again, where an element moved or re-added to the page stands.
 */

type Shown = HTMLElement & { state: string; now?: string; updateComplete: Promise<boolean> };

let caseNumber = 0;
const key = (name: string) => `feed-events-${name}-${Date.now()}-${(caseNumber += 1)}`;

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
