import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

import '../../src/province-rank/dx-province-rank.js';

import type { ProvinceRank } from '../../src/province-rank/province-rank.js';
import { AREAS_63 } from '../support/documents.js';
import { part, settled, withReaderStyle } from '../support/helpers.js';

/**
 * On paper and under text too large for a row's one line, the benchmark lines are drawn a stretch
 * in each row, beside its bar (province-rank.styles.ts says why). Each row drew its own with a
 * `<line>` a benchmark: up to 100 × 100 elements, there whether drawn or not. Now each row's
 * background draws them (::after): no element a row.
 */

/** A benchmark every 10 points, its line solid, dashed or dotted by turn. */
const benchmarks = (count: number) => Array.from({ length: count }, (_, i) => ({ label: `Mốc ${i + 1}`, value: 10 + ((i * 10) % 90) }));

const data = (areas: { code: string; name?: string; value: number }[], count: number) => ({
  label: 'Hồ sơ trực tuyến',
  unit: '%',
  asOf: '2024',
  area: { code: '77' },
  areas,
  benchmarks: benchmarks(count),
});

/** 100 areas of their own names (codes 001–100), values 1–100. */
const HUNDRED = Array.from({ length: 100 }, (_, i) => ({ code: String(i + 1).padStart(3, '0'), name: `Xã ${i + 1}`, value: i + 1 }));

/** The 63 provinces from the registry, Bà Rịa - Vũng Tàu (77) first: on two lines in a 240 px column. */
const PROVINCES = AREAS_63.map((a) => ({ ...a, value: a.code === '77' ? 99 : a.value }));

async function ranking(
  width: number,
  areas: typeof HUNDRED | typeof PROVINCES,
  count: number,
  limit = areas.length,
): Promise<ProvinceRank> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <dx-province-rank .data=${data(areas, count)} limit=${limit}></dx-province-rank>
  </div>`);
  const el = await settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
  await waitUntil(() => el.shadowRoot!.querySelector('.row .name')!.textContent !== '', 'the names from the registry');
  return el;
}

/** Each chart row's stretch: its drawn box (the row's ::after), its layers' places, as computed. */
const stretchOf = (row: Element) => {
  const style = getComputedStyle(row, '::after');
  return {
    /** Generated: given content, and not display: none. */
    drawn: style.display !== 'none' && !['none', 'normal'].includes(style.content),
    height: parseFloat(style.height),
    width: parseFloat(style.width),
    places: style.backgroundPositionX.split(', '),
    printed: style.printColorAdjust,
  };
};

/** Where the chart's own lines stand, in % of the bar column: "12.5%". */
const places = (el: Element) => [...el.shadowRoot!.querySelectorAll('.plot line')].map((l) => l.getAttribute('x1'));

describe('the rows’ stretches of the benchmark lines', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    fixtureCleanup();
  });

  it('are no elements: a chart of 100 rows and 100 benchmarks holds a line for each benchmark, and one for its key', async () => {
    const el = await ranking(600, HUNDRED, 100);
    expect(el.shadowRoot!.querySelectorAll('.chart .row:not(.gap)').length).to.equal(100);
    // The chart's own lines and the keys of the list under it; rows drew 10,000 more.
    expect(el.shadowRoot!.querySelectorAll('.plot line').length).to.equal(100);
    expect(el.shadowRoot!.querySelectorAll('line').length).to.equal(200);
  });

  it('are not drawn on screen, where the chart’s own lines stand behind its rows', async () => {
    const el = await ranking(600, PROVINCES, 3);
    expect(getComputedStyle(part(el, '.plot')).display).to.not.equal('none');
    for (const row of el.shadowRoot!.querySelectorAll('.chart .row')) expect(stretchOf(row).drawn).to.equal(false);
  });

  for (const width of [240, 600])
    it(`are printed beside every row's bar in a ${width} px column, as tall as its row (two lines of a name too), where the chart's lines stand`, async () => {
      const el = await ranking(width, PROVINCES, 3);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(part(el, '.plot')).display).to.equal('none');
      const rows = [...el.shadowRoot!.querySelectorAll('.chart .row')];
      expect(rows.length).to.equal(63);
      const at = places(el);
      expect(at).to.have.length(3);
      let tall = 0;
      for (const row of rows) {
        const stretch = stretchOf(row);
        const box = row.getBoundingClientRect();
        if (box.height > 30) tall++;
        expect(stretch.drawn, row.textContent!).to.equal(true);
        // Printed though a browser leaves backgrounds off paper by default.
        expect(stretch.printed).to.equal('exact');
        // As tall as its row: the stretches of two rows meet, beside a name of one line or two.
        expect(stretch.height, row.textContent!).to.be.closeTo(box.height, 0.5);
        // The bar column, and 1 px more each side: a line at 0 or 100 % drawn whole.
        expect(stretch.width).to.be.closeTo(row.querySelector('svg')!.getBoundingClientRect().width + 2, 0.5);
        expect(stretch.places).to.deep.equal(at);
      }
      // Bà Rịa - Vũng Tàu on two lines in the phone column.
      expect(tall).to.equal(width === 240 ? 1 : 0);
    });

  it('draw each line solid, dashed or dotted as the chart’s, in the benchmarks’ colour', async () => {
    const el = await ranking(600, PROVINCES, 3);
    await emulateMedia({ media: 'print' });
    const style = getComputedStyle(part(el, '.row'), '::after');
    const target = getComputedStyle(el).getPropertyValue('--_target').trim();
    // Tiles of a dash and its gap, the solid line's all dash.
    expect(style.backgroundSize).to.equal('2px 7px, 2px 7px, 2px 4px');
    // Each tile repeated down the row.
    expect(style.backgroundRepeat).to.equal('repeat-y, repeat-y, repeat-y');
    const dashes = [...el.shadowRoot!.querySelectorAll('.plot line')].map((l) => getComputedStyle(l).strokeDasharray);
    expect(dashes).to.deep.equal(['none', '4px, 3px', '1px, 3px']);
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = target;
    const colour = getComputedStyle(probe).color;
    probe.remove();
    expect(style.backgroundImage).to.include(colour);
  });

  describe('at 200 % text (WCAG 1.4.4) in a 320 px column', () => {
    withReaderStyle('html { font-size: 200% }');

    it('are drawn beside every row’s bar, as tall as its bar’s line, and not across the names', async () => {
      const el = await ranking(320, PROVINCES, 3, 10);
      expect(getComputedStyle(part(el, '.plot')).display).to.equal('none');
      const at = places(el);
      const rows = [...el.shadowRoot!.querySelectorAll('.chart .row:not(.gap)')];
      expect(rows.length).to.be.at.least(10);
      for (const row of rows) {
        const stretch = stretchOf(row);
        const bar = row.querySelector('svg')!.getBoundingClientRect();
        const name = row.querySelector('.name')!.getBoundingClientRect();
        const box = row.getBoundingClientRect();
        expect(stretch.drawn).to.equal(true);
        expect(stretch.width).to.be.closeTo(bar.width + 2, 0.5);
        expect(stretch.places).to.deep.equal(at);
        // The bar's line of the row: under the name, to the row's foot.
        expect(stretch.height, row.textContent!).to.be.closeTo(box.bottom - name.bottom, 0.5);
        expect(stretch.height).to.be.at.least(bar.height);
      }
    });
  });
});
