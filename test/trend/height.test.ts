import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { scriptFeed, settled } from '../support/helpers.js';

/**
 * Issue 20: "the loading box reserves its height (CLS 0)". The loading box knows the column's
 * width and nothing of the figures; the drawn card must be no taller, whatever its pace says.
 * Measured across the widths a trend is drawn at, densely where the pace's line wraps.
 */

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
const WIDTHS = [...new Set([...range(240, 1200, 8), ...range(290, 440, 2), 319.5, 439.5])].sort((a, b) => a - b);

/**
 * A label and a source line that take the lines the box keeps for them (two each under 440 px,
 * one from 440): a shorter one would leave room the key could grow into unseen.
 */
const LABEL = {
  vi: 'Tỷ lệ hộ gia đình có kết nối cáp quang băng rộng cố định',
  en: 'Households with fixed fibre broadband, Lai Chau province',
};
const SOURCE = { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' };
const NOW = '2024-01-15';

/** Subscriptions, 800,000 in 2022 to 1,000,000 in 2023, toward 2,000,000 by 2025: the longest unit of our examples. */
const count = (more: Record<string, unknown> = {}) => ({
  label: LABEL,
  unit: { vi: 'thuê bao', en: 'subscriptions' },
  series: [{ asOf: '2022', value: 800000 }],
  value: 1000000,
  asOf: '2023',
  target: { value: 2000000, by: '2025' },
  source: SOURCE,
  ...more,
});

/** A percentage and counts with the longest unit our examples use, each with a pace to its next target, and without. */
const DOCUMENTS: { name: string; data: Record<string, unknown> }[] = [
  {
    // "theo tốc độ hiện nay: 73,5% năm 2025"
    name: 'a percentage with its pace',
    data: {
      label: LABEL,
      unit: '%',
      series: [{ asOf: '2020', value: 62.5 }],
      value: 66.5,
      asOf: '2022',
      target: [
        { value: 90, by: '2023' },
        { value: 100, by: '2025' },
      ],
      source: SOURCE,
    },
  },
  // "theo tốc độ hiện nay: 1.400.000 thuê bao năm 2025", "at the current pace: 1,400,000 subscriptions by 2025"
  { name: 'a count with its unit and its pace', data: count() },
  {
    // "theo tốc độ hiện nay: 1.510.959 thuê bao tháng 06/2025", "… by June 2025"
    name: 'a count with its pace to a month',
    data: count({
      series: [{ asOf: '2022-06', value: 750000 }],
      asOf: '2023-06',
      target: { value: 2000000, by: '2025-06' },
      // "Số liệu tháng 06/2023 · Nguồn: …": the month's longer date, a shorter name.
      source: { name: 'Sở Thông tin và Truyền thông Lai Châu' },
    }),
  },
  // The format allows a unit of 10,000 characters: the key ends its pace in "…".
  { name: 'a count whose unit is 200 characters, with its pace', data: count({ unit: 'thuê bao '.repeat(22).trim() }) },
  { name: 'a count past its deadline, with no pace', data: count({ target: { value: 2000000, by: '2023' } }) },
];

/** Lines of a part, by its line height. */
const lines = (el: Trend, selector: string) => {
  const part = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  return Math.round(part.getBoundingClientRect().height / parseFloat(getComputedStyle(part).lineHeight));
};

/** One trend for each width, in its own column, all drawn before any is measured. */
async function column(template: (width: number) => ReturnType<typeof html>): Promise<Trend[]> {
  const wrapper = await fixture<HTMLElement>(html`<div>${WIDTHS.map((w) => html`<div style="width: ${w}px">${template(w)}</div>`)}</div>`);
  return [...wrapper.querySelectorAll<Trend>('dx-trend')];
}

describe('<dx-trend> keeps the height of its loading box', () => {
  for (const lang of ['vi', 'en']) {
    it(`draws no taller than its loading box, in ${lang}, at every width from 240 to 1200 px, with a pace of a percentage or a count or none`, async function () {
      this.timeout(60000);
      // Figures that never come: each stays its loading box.
      const src = await scriptFeed(`trend-height-${lang}-${Date.now()}`, [{ hang: true }]);
      const loading = await column(() => html`<dx-trend lang=${lang} src=${src} loading="eager" timeout="120"></dx-trend>`);
      await Promise.all(loading.map((el) => el.updateComplete));
      const boxes = loading.map((el) => el.getBoundingClientRect().height);
      loading.forEach((el) => expect(el.state).to.equal('loading'));
      const taller: string[] = [];
      const cut: string[] = [];
      for (const { name, data } of DOCUMENTS) {
        const drawn = await column(() => html`<dx-trend lang=${lang} now=${NOW} .data=${data}></dx-trend>`);
        await Promise.all(drawn.map((el) => settled(el)));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await Promise.all(drawn.map((el) => el.updateComplete));
        drawn.forEach((el, i) => {
          expect(el.state, name).to.equal('ready');
          const height = el.getBoundingClientRect().height;
          // Every pace of our examples' units is shown whole from 250 px (under it, a month's or a day's may end in "…").
          const key = el.shadowRoot!.querySelector('[part="key"]')!;
          if (!name.includes('200') && WIDTHS[i] >= 250 && key.scrollHeight > key.clientHeight + 1)
            cut.push(`${name}, ${WIDTHS[i]} px: "${key.textContent!.trim()}" cut`);
          if (Math.abs(height - boxes[i]) > 0.5)
            taller.push(
              `${name}, ${WIDTHS[i]} px: ${height.toFixed(1)} px drawn, ${boxes[i].toFixed(1)} px loading ` +
                `(label ${lines(el, '[part="label"]')} lines, key ${lines(el, '[part="key"]')}, source ${lines(el, '[part="meta"]')})`,
            );
        });
      }
      expect(taller).to.deep.equal([]);
      expect(cut).to.deep.equal([]);
    });
  }
});
