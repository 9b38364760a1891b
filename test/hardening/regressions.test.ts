import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/index.js';

import type { Board } from '../../src/board/board.js';
import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { clearFeeds } from '../../src/feed/loader.js';
import { polledCount } from '../../src/feed/poll.js';
import { targetShare } from '../../src/stat/stat-text.js';
import { assess } from '../../src/target-progress/projection.js';
import { part, scriptFeed, settled } from '../support/helpers.js';

/** Findings of the review of the first five elements, each kept from coming back. */
describe('regressions', () => {
  afterEach(() => clearFeeds());

  it('never rounds a hedged figure into a false statement, on screen or in the ARIA text', async () => {
    const el = await settled(
      await fixture<CoverageGauge>(html`<dx-coverage-gauge value="79.9996" approx="over" unit="%" label="x"></dx-coverage-gauge>`),
    );
    const shown = part(el, '[part="figure"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(shown).to.equal('trên 79,999%');
    expect(part(el, '[role="meter"]').getAttribute('aria-valuetext')).to.equal('trên 79,999%');
    const stat = await settled(
      (await fixture(html`<dx-stat notation="compact" value="99950" approx="over" unit="thuê bao" label="x"></dx-stat>`)) as CoverageGauge,
    );
    expect(stat.shadowRoot!.querySelector('[part="figure"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'trên 99,9 nghìn thuê bao',
    );
  });

  it('does not count "gần 80%" (nearly) as reaching a target of 80', () => {
    const base = { direction: 'up' as const, target: { value: 80, by: '2030' } };
    expect(assess({ ...base, value: 80 }, 0).status).to.equal('achieved');
    expect(assess({ ...base, value: 80, approx: 'nearly' }, 0).status).not.to.equal('achieved');
    expect(assess({ ...base, value: 81, approx: 'nearly' }, 0).status).to.equal('achieved');
    expect(targetShare(500, 500, 'up', 'nearly')).to.equal(99);
    expect(targetShare(500, 500, 'up')).to.equal(100);
  });

  for (const [name, wrap] of [
    ['a flex row', (w: unknown) => html`<div style="display: flex; width: 700px">${w}</div>`],
    ['a table cell', (w: unknown) => html`<table><tr><td>${w}</td></tr></table>`],
    ['a float', (w: unknown) => html`<div style="width: 700px"><div style="float: left">${w}</div></div>`],
  ] as const) {
    it(`has a width of its own in ${name}, rather than shrinking to nothing`, async () => {
      const wrapper = await fixture(wrap(html`<dx-coverage-gauge value="50" unit="%" label="Nửa"></dx-coverage-gauge>`));
      const el = await settled(wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!);
      expect(el.getBoundingClientRect().width).to.be.at.least(240);
    });
  }

  it('shows nothing of the old feed while a new src loads', async () => {
    const first = await scriptFeed(`switch-a-${Date.now()}`, [{ body: { label: 'Cũ', unit: '%', value: 10 } }]);
    const second = await scriptFeed(`switch-b-${Date.now()}`, [{ body: { label: 'Mới', unit: '%', value: 90 }, delay: 300 }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${first} loading="eager"></dx-coverage-gauge>`));
    el.src = second;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    // The same box as any loading gauge: an empty figure, no label, no meter for a reader.
    expect(part(el, '[part="figure"]').textContent).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part="label"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
    await oneEvent(el, 'dx-load');
    await el.updateComplete;
    expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('90%');
    // A new place is not news of the old one: nothing is announced.
    expect(part(el, '[aria-live="polite"]').textContent).to.equal('');
  });

  it('does not poll with a refresh it refuses', async () => {
    const src = await scriptFeed(`bad-refresh-${Date.now()}`, [{ body: { label: 'x', unit: '%', value: 1 } }]);
    const el = await settled(
      await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} refresh="0.5" loading="eager"></dx-coverage-gauge>`),
    );
    expect(el.state).to.equal('error');
    await Promise.resolve();
    expect(polledCount()).to.equal(0);
  });

  it('sets loading="eager" from a property as from the attribute (as React 19 does)', async () => {
    const el = document.createElement('dx-coverage-gauge');
    el.loading = 'eager';
    await fixture(html`<div>${el}</div>`);
    await el.updateComplete;
    expect(el.getAttribute('loading')).to.equal('eager');
  });

  it('reads a member under the collection’s own area in a board, as the validator does', async () => {
    const feed = {
      area: { code: '12' },
      indicators: [
        { id: 'x', label: 'Lai Châu', unit: '%', value: 40 },
        { id: 'x', label: 'Bắc Kạn', unit: '%', value: 60, area: { code: '06' } },
      ],
    };
    const el = await settled(await fixture<Board>(html`<dx-board .data=${feed}></dx-board>`));
    const cards = [...el.shadowRoot!.querySelectorAll<CoverageGauge>('dx-coverage-gauge')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.map((c) => c.state)).to.deep.equal(['ready', 'ready']);
    expect(cards.map((c) => c.getAttribute('area'))).to.deep.equal(['12', '06']);
  });

  it('lets the page hear a card’s error from the board, naming the card', async () => {
    const feed = {
      indicators: [
        { id: 'ok', label: 'Được', unit: '%', value: 40 },
        { id: 'bad', label: 'Hỏng', unit: '%', value: 140 },
      ],
    };
    const el = document.createElement('dx-board') as Board;
    el.data = feed;
    const heard = oneEvent(el, 'dx-error');
    document.body.append(el);
    const event = (await heard) as CustomEvent<IndicatorErrorDetail & { indicator?: string }>;
    expect(event.detail.indicator).to.equal('bad');
    expect(event.detail.errors[0].path).to.equal('indicators[1].value');
    el.remove();
  });

  it('names the period of a date in Vietnamese: "Số liệu tháng 06/2024", "ngày 31/12/2024"', async () => {
    const month = await settled(
      await fixture<CoverageGauge>(html`<dx-coverage-gauge value="5" unit="%" label="x" as-of="2024-06"></dx-coverage-gauge>`),
    );
    expect(part(month, '[part="meta"]').textContent).to.equal('Số liệu tháng 06/2024');
    const day = await settled(
      await fixture<CoverageGauge>(html`<dx-coverage-gauge value="5" unit="%" label="x" as-of="2024-12-31"></dx-coverage-gauge>`),
    );
    expect(part(day, '[part="meta"]').textContent).to.equal('Số liệu ngày 31/12/2024');
  });
});

describe('regressions: the ranking', () => {
  it('gives the value column room for figures with units and hedges, instead of cutting them', async () => {
    const areas = [
      { code: '01', value: 9_200_000 },
      { code: '79', value: 8_100_000, approx: 'over' },
      { code: '06', value: 320_000 },
    ];
    const wrapper = await fixture(html`<div style="width: 400px">
      <dx-province-rank .data=${{ label: 'Thuê bao', unit: 'thuê bao', asOf: '2024', area: { code: '06' }, areas }}></dx-province-rank>
    </div>`);
    const el = await settled(wrapper.querySelector('dx-province-rank') as unknown as CoverageGauge);
    const values = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chart .value')];
    expect(values.map((v) => v.textContent)).to.include('trên 8.100.000 thuê bao');
    for (const v of values) expect(v.scrollWidth, v.textContent!).to.be.at.most(v.clientWidth + 1);
  });
});

describe('regressions: target progress inside a sentence', () => {
  it('keeps an error or a stale mark in the flow of the paragraph, with the details in its words (never a block with a list)', async () => {
    const good = { label: 'Điện thoại thông minh', unit: '%', value: 60, asOf: '2024', target: { value: 100, by: '2024-12-31' } };
    const wrapper = await fixture(html`<p style="width: 600px; font-size: 16px; line-height: 1.5">
      Tỷ lệ <dx-target-progress variant="inline" now="2024-10-01" .data=${good}></dx-target-progress>, còn một quý.
    </p>`);
    const el = wrapper.querySelector('dx-target-progress') as unknown as CoverageGauge;
    await settled(el);
    el.data = { ...good, value: 'sáu mươi' };
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    // Text on the paragraph's lines, each no taller than a line: no list, no box of its own.
    for (const line of el.getClientRects()) expect(line.height).to.be.below(30);
    expect(part(el, '[part="stale"]').textContent).to.contain('value: phải là số');

    const broken = await fixture(
      html`<p style="width: 600px">Tỷ lệ <dx-target-progress variant="inline" value="60,5" target="100"></dx-target-progress>.</p>`,
    );
    const bad = await settled(broken.querySelector('dx-target-progress') as unknown as CoverageGauge);
    expect(bad.state).to.equal('error');
    for (const line of bad.getClientRects()) expect(line.height).to.be.below(30);
    expect(part(bad, '[part="error"]').textContent).to.contain('Không hiển thị được số liệu');
    expect(part(bad, '[part="error"]').textContent).to.contain('value: "60,5" không phải số');
  });
});

describe('regressions: work done once', () => {
  it('does not rebuild a ranking (or warn about its unknown codes again) when nothing in its figures changed', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const doc = {
        label: 'Xếp hạng',
        unit: '%',
        asOf: '2024',
        areas: [
          { code: '01', value: 50 },
          { code: '99', value: 40 },
        ],
      };
      const el = await settled((await fixture(html`<dx-province-rank .data=${doc}></dx-province-rank>`)) as unknown as CoverageGauge);
      const rows = el.shadowRoot!.querySelector('.chart');
      const before = warnings.length;
      expect(before).to.be.greaterThan(0);
      // The same figures again, as an unchanged poll or a page re-setting its data brings them.
      el.data = structuredClone(doc);
      await el.updateComplete;
      expect(warnings.length).to.equal(before);
      expect(el.shadowRoot!.querySelector('.chart')).to.equal(rows);
    } finally {
      console.warn = warn;
    }
  });
});
