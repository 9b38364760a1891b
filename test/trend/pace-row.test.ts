import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { FIBRE_PLAN } from '../support/documents.js';
import { part, settled, shownTable, withReaderStyle } from '../support/helpers.js';

/*
 * The key under the drawing says where the pace leads in two lines at most (trend.styles.ts): at
 * 200 % text in a phone's 240 px column, "theo tốc độ hiện nay:…" is all a sighted reader saw of
 * it, the figure cut off (WCAG 1.4.4), and the chart's sentence, which says it whole, is for
 * screen readers. The table ("Xem bảng") lists the pace after the target it is carried to.
 */

/** The fibre plan (on 15 January 2024, the pace to 2025) and a benchmark. */
const PLAN = { ...FIBRE_PLAN, benchmarks: [{ label: 'Cả nước', value: 70 }] };

describe('<dx-trend> the pace in the table', () => {
  withReaderStyle('html { font-size: 200% }');

  for (const [lang, pace, row] of [
    ['vi', 'theo tốc độ hiện nay: 100% năm 2025', '2025 theo tốc độ hiện nay: 100% năm 2025'],
    ['en', 'at the current pace: 100% by the end of 2025', '2025 at the current pace: 100% by the end of 2025'],
  ])
    it(`lists where the pace leads, its key cut short at 200 % text in a 240 px column (${lang})`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 240px"><dx-trend lang=${lang} now="2024-01-15" .data=${PLAN}></dx-trend></div>`,
      );
      const el = await settled(wrapper.firstElementChild as Trend);
      const key = part(el, '[part="key"]');
      // The case at hand: the key holds the whole text, but shows only its two lines.
      expect(key.textContent!.trim()).to.equal(pace);
      expect(key.scrollHeight, 'the key cut short').to.be.greaterThan(key.clientHeight);
      const table = await shownTable(el);
      // After the target it is carried to, the table's last row.
      expect(table.slice(-2)).to.deep.equal([lang === 'vi' ? '2025 Mục tiêu 100% (2025)' : '2025 Target 100% (2025)', row]);
    });

  it('lists no pace where none is drawn: every deadline passed', async () => {
    const el = await settled(await fixture<Trend>(html`<dx-trend now="2026-01-15" .data=${PLAN}></dx-trend>`));
    expect(part(el, '[part="key"]').textContent!.trim()).to.equal('');
    expect(await shownTable(el)).to.deep.equal([
      '2020 62,5%',
      '2021 75%',
      '2022 84,9%',
      '2022 Cả nước 70%',
      '2023 Mục tiêu 90% (2023)',
      '2025 Mục tiêu 100% (2025)',
    ]);
  });
});
