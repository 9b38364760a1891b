import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import type { Trend } from '../../src/trend/trend.js';
import { FIBRE_PLAN } from '../support/documents.js';
import { visibleText } from '../support/helpers.js';

/*
 * Issue 20: "the same states, events … as every element". What `dx-load` and `dx-error` tell a
 * page of a trend, for each way its figures come, and for the trend's own demands on them.
 */

const PLAN = FIBRE_PLAN;
const [FIRST, SECOND] = PLAN.target;

/** `el` appended to the page once `event` is listened for: its first one is not missed. */
async function mount<T>(el: Trend, event: 'dx-load' | 'dx-error'): Promise<CustomEvent<T>> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const heard = oneEvent(el, event);
  wrapper.append(el);
  return (await heard) as CustomEvent<T>;
}

const trend = (attributes: Record<string, string>, data?: unknown, inline?: unknown) => {
  const el = document.createElement('dx-trend') as Trend;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  if (inline) {
    const script = el.appendChild(document.createElement('script'));
    script.type = 'application/json';
    script.textContent = JSON.stringify(inline);
  }
  return el;
};

describe('<dx-trend> events', () => {
  it('fires dx-load for inline JSON, telling the target due on its `now` and the plan whole', async () => {
    const el = trend({ now: '2023-06-01' }, undefined, PLAN);
    const { detail } = await mount<IndicatorLoadDetail>(el, 'dx-load');
    expect(el.state).to.equal('ready');
    expect(detail.indicator.target).to.deep.equal(FIRST);
    expect(detail.indicator.targets).to.deep.equal([FIRST, SECOND]);
    expect(detail.indicator.series).to.deep.equal(PLAN.series);
  });

  it('fires dx-load for `data`, and for attributes alone', async () => {
    const byData = trend({ now: '2024-01-15' }, PLAN);
    expect((await mount<IndicatorLoadDetail>(byData, 'dx-load')).detail.indicator.target).to.deep.equal(SECOND);
    const byAttributes = trend({ label: 'Hộ có cáp quang', value: '60', unit: '%', 'as-of': '2024', target: '80', by: '2025' });
    const { detail } = await mount<IndicatorLoadDetail>(byAttributes, 'dx-load');
    expect([detail.indicator.value, detail.indicator.target]).to.deep.equal([60, { value: 80, by: '2025' }]);
    await byAttributes.updateComplete;
    expect(byAttributes.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.equal(
      '60% năm 2024; mục tiêu 80% năm 2025',
    );
  });

  for (const [what, data, path, words] of [
    ['no history to draw', { label: 'x', value: 5 }, 'series', 'cần series, hoặc value với asOf, để vẽ xu hướng'],
    [
      'a current value older than the last point',
      { ...PLAN, asOf: '2020' },
      'asOf',
      'số liệu hiện tại (2020) cũ hơn điểm cuối của series (2021)',
    ],
  ] as const)
    it(`fires dx-error for ${what}, naming the field, and says it in place`, async () => {
      const el = trend({}, data);
      const { detail } = await mount<IndicatorErrorDetail>(el, 'dx-error');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(detail.stale).to.equal(false);
      expect(detail.errors.map((e) => [e.path, e.message.vi])).to.deep.equal([[path, words]]);
      expect(visibleText(el)).to.contain(`${path}: ${words}`);
    });

  it('fires dx-error for a y-max past 100 for a percentage, keeping the figures it drew, marked stale', async () => {
    const el = trend({ now: '2024-01-15' }, PLAN);
    await mount<IndicatorLoadDetail>(el, 'dx-load');
    const failed = oneEvent(el, 'dx-error');
    el.yMax = '150';
    const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
    await el.updateComplete;
    expect([el.state, detail.stale, detail.errors.map((e) => e.path)]).to.deep.equal(['stale', true, ['y-max']]);
    expect(el.shadowRoot!.querySelector('[part="chart"]')).not.to.equal(null);
  });
});
