import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { settled } from '../support/helpers.js';

/**
 * The current `value` dated in the last point's period replaces that point (spec/history.ts). A
 * year's figure (`asOf: "2022"`) after a monthly series of 2022 was drawn at the year's middle,
 * 1 July, after December's place: the line ran back from November to July.
 */
describe('<dx-trend> the current value in the last point’s period', () => {
  it('draws a year’s figure that ends a monthly series at the last month’s place, so the line runs forward', async () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ asOf: `2022-${String(i + 1).padStart(2, '0')}`, value: 50 + i }));
    const el = await settled(
      await fixture<Trend>(
        html`<dx-trend now="2024-01-15" .data=${{ label: 'x', unit: '%', series: months, value: 62, asOf: '2022' }}></dx-trend>`,
      ),
    );
    const xs = [
      ...el
        .shadowRoot!.querySelector('.line')!
        .getAttribute('d')!
        .matchAll(/[ML]([\d.]+)/g),
    ].map((m) => Number(m[1]));
    expect(xs).to.have.length(12);
    xs.slice(1).forEach((x, i) => expect(x, `point ${i + 2}`).to.be.above(xs[i]));
    expect(el.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.equal(
      'tăng từ 50% tháng 01/2022 lên 62% năm 2022',
    );
  });
});
