import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { FIBRE_PLAN } from '../support/documents.js';
import { settled, shownTable, withReaderStyle } from '../support/helpers.js';

/*
 * A benchmark is a labelled line across the drawing. At 200 % text in a phone's 240 px column
 * the drawing has no room left for its label ("Cả nước 77,6%"): the line stood there unnamed,
 * and only the chart's sentence, for screen readers, said what it was. The table ("Xem bảng")
 * lists each benchmark beside the latest figure, when it holds.
 */

/** The fibre plan toward 100% by 2025, and two benchmarks. */
const PLAN = {
  ...FIBRE_PLAN,
  target: { value: 100, by: '2025' },
  benchmarks: [
    { label: 'Cả nước', value: 77.6 },
    { label: { vi: 'Vùng trung du', en: 'Midlands' }, value: 71.2 },
  ],
};

/** The drawing's label texts. */
const labels = (el: Trend) => [...el.shadowRoot!.querySelectorAll('svg .label')].map((l) => l.textContent);

describe('<dx-trend> benchmarks in the table', () => {
  for (const [lang, expected] of [
    [
      'vi',
      [
        '2020 62,5%',
        '2021 75%',
        '2022 84,9%',
        '2022 Cả nước 77,6%',
        '2022 Vùng trung du 71,2%',
        '2025 Mục tiêu 100% (2025)',
        '2025 theo tốc độ hiện nay: 100% năm 2025',
      ],
    ],
    [
      'en',
      [
        '2020 62.5%',
        '2021 75%',
        '2022 84.9%',
        '2022 Cả nước 77.6%',
        '2022 Midlands 71.2%',
        '2025 Target 100% (2025)',
        '2025 at the current pace: 100% by the end of 2025',
      ],
    ],
  ] as const)
    it(`lists each benchmark beside the latest figure, in the reader's language (${lang})`, async () => {
      const el = await settled(await fixture<Trend>(html`<dx-trend lang=${lang} now="2024-01-15" .data=${PLAN}></dx-trend>`));
      expect(await shownTable(el)).to.deep.equal(expected);
    });

  describe('at 200 % text in a 240 px column', () => {
    withReaderStyle('html { font-size: 200% }');

    it('names in the table a benchmark the drawing had no room to label', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 240px"><dx-trend now="2024-01-15" .data=${PLAN}></dx-trend></div>`,
      );
      const el = await settled(wrapper.firstElementChild as Trend);
      // The case at hand: a line drawn, its label left out.
      expect(labels(el)).not.to.include('Cả nước 77,6%');
      expect(await shownTable(el)).to.include('2022 Cả nước 77,6%');
    });
  });
});
