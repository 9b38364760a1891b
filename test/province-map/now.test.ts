import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/province-map/dx-province-map.js';
import '../../src/province-rank/dx-province-rank.js';
import '../../src/trend/dx-trend.js';

import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import type { ProvinceMap } from '../../src/province-map/province-map.js';
import { AREAS_63 } from '../support/documents.js';
import { part, visibleText } from '../support/helpers.js';

/**
 * `now` on the map: the day its rank goal is judged on, refused in place with a `dx-error` when it
 * is no day, in the words every other element that reads it uses (internal/now.ts readNow). The
 * map took a `now` of "yesterday" or "2024-13-45" as the reader's real today without a word.
 */

/** Bắc Kạn 7th of 63 (test/support/documents.ts), with a plan's goals by 2025, then by 2030. */
const PLAN = {
  label: 'Chỉ số DTI',
  unit: '%',
  asOf: '2024',
  area: { code: '06' },
  areas: AREAS_63,
  rank: {
    of: 63,
    target: [
      { top: 5, by: '2025' },
      { top: 3, by: '2030' },
    ],
  },
};
/** The same figures for the trend, which reads `now` for its next target. */
const SERIES = { label: 'x', unit: '%', series: [{ asOf: '2023', value: 1 }], value: 2, asOf: '2024' };

type Shown = HTMLElement & { state: string; now?: string; data?: unknown; updateComplete: Promise<boolean> };

/** The element's first outcome with `now` set before it joins the page: its `dx-error`, or `undefined` when it loaded. */
async function firstError(tag: string, data: unknown, now: string): Promise<{ el: Shown; detail?: IndicatorErrorDetail }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as Shown;
  el.setAttribute('now', now);
  el.data = data;
  const outcome = Promise.race([oneEvent(el, 'dx-error'), oneEvent(el, 'dx-load')]) as Promise<CustomEvent>;
  wrapper.append(el);
  const event = await outcome;
  await el.updateComplete;
  return { el, detail: event.type === 'dx-error' ? (event.detail as IndicatorErrorDetail) : undefined };
}

const said = (detail?: IndicatorErrorDetail) => detail?.errors.map((e) => [e.path, e.code, e.message.vi, e.message.en]);

describe('<dx-province-map> `now`', () => {
  // A month and day the calendar lacks, a word, the right length but no day, a day past 2100,
  // a 30 February, and text that looks like markup.
  for (const now of [
    '2024-13-45',
    'yesterday',
    '2024/06/01',
    '2024-6-1',
    '2101-01-01',
    '2025-02-30',
    '<b>x</b>1',
    '<img src=x onerror=alert(1)>',
  ]) {
    it(`refuses now="${now}" in place and with dx-error, in the words of the ranking and the trend`, async () => {
      const { el, detail } = await firstError('dx-province-map', PLAN, now);
      expect(el.state).to.equal('error');
      expect(detail, 'a dx-error').to.not.equal(undefined);
      expect(detail!.errors.map((e) => e.path)).to.deep.equal(['now']);
      const ranking = await firstError('dx-province-rank', PLAN, now);
      const trend = await firstError('dx-trend', SERIES, now);
      expect(said(detail)).to.deep.equal(said(ranking.detail));
      expect(said(detail)).to.deep.equal(said(trend.detail));
      // In place, as text: no element made of it, and no goal judged on some other day.
      expect(part(el, '[part="error"]').textContent).to.contain(`now: ${detail!.errors[0].message.vi}`);
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="goal"]')).to.equal(null);
    });
  }

  it('says what `now` must be for a word, and which day the calendar lacks for a day that is none', async () => {
    const word = await firstError('dx-province-map', PLAN, 'yesterday');
    expect(visibleText(word.el)).to.contain('now: phải là một ngày dạng YYYY-MM-DD, ví dụ 2024-10-01');
    const lacking = await firstError('dx-province-map', PLAN, '2025-02-30');
    expect(visibleText(lacking.el)).to.contain('now: không phải ngày có thật (2025-02-30)');
  });

  it('refuses a bad `now` even without a rank goal to judge, as the other elements do', async () => {
    const { rank: _rank, ...figures } = PLAN;
    const { el, detail } = await firstError('dx-province-map', figures, '2024-13-45');
    expect(el.state).to.equal('error');
    expect(detail!.errors.map((e) => e.path)).to.deep.equal(['now']);
  });

  it('a 100 kB `now` is refused in one short line, promptly, without its text', async () => {
    const long = '2024-06-01'.repeat(10_000);
    const started = performance.now();
    const { el, detail } = await firstError('dx-province-map', PLAN, long);
    expect(performance.now() - started).to.be.below(2000);
    expect(detail!.errors).to.have.length(1);
    expect(detail!.errors[0].message.vi.length).to.be.below(100);
    expect(part(el, '[part="error"]').textContent!.length).to.be.below(300);
  });

  it('judges the goal on a good `now`; a bad one keeps the last figures, stale, and a good one again draws them on its day', async () => {
    const { el, detail } = await firstError('dx-province-map', PLAN, '2024-06-01');
    expect(detail).to.equal(undefined);
    expect(el.state).to.equal('ready');
    expect(part(el, '[part="goal"]').textContent).to.match(/^Mục tiêu: nhóm 5 tỉnh/);
    const errors: IndicatorErrorDetail[] = [];
    el.addEventListener('dx-error', (e) => errors.push((e as CustomEvent<IndicatorErrorDetail>).detail));
    el.now = 'yesterday';
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    expect(errors.map((d) => [d.stale, d.errors.map((e) => e.path)])).to.deep.equal([[true, ['now']]]);
    const loaded = oneEvent(el, 'dx-load');
    el.now = '2026-01-01';
    await loaded;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(part(el, '[part="goal"]').textContent).to.match(/^Mục tiêu: nhóm 3 tỉnh/);
  });

  it('changed many times in one task, draws and tells the last `now` only', async () => {
    const { el } = await firstError('dx-province-map', PLAN, '2024-06-01');
    const told: string[] = [];
    el.addEventListener('dx-load', () => told.push('load'));
    el.addEventListener('dx-error', () => told.push('error'));
    for (let i = 0; i < 500; i++) el.now = i % 2 ? 'yesterday' : `20${String(10 + (i % 80)).padStart(2, '0')}-01-01`;
    el.now = '2026-01-01';
    await el.updateComplete;
    expect(told).to.deep.equal(['load']);
    expect(el.state).to.equal('ready');
    expect(part(el, '[part="goal"]').textContent).to.match(/^Mục tiêu: nhóm 3 tỉnh/);
  });

  it('tells in dx-load the value target due on its `now`, as every element that draws one indicator', async () => {
    const plan = {
      ...PLAN,
      rank: undefined,
      target: [
        { value: 50, by: '2020' },
        { value: 80, by: '2030' },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('dx-province-map') as ProvinceMap;
    el.setAttribute('now', '2019-06-01');
    el.data = plan;
    const loaded = oneEvent(el, 'dx-load') as Promise<CustomEvent<IndicatorLoadDetail>>;
    wrapper.append(el);
    expect((await loaded).detail.indicator.target).to.deep.equal({ value: 50, by: '2020' });
  });
});
