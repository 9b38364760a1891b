import { expect, fixture, html } from '@open-wc/testing';

import '../../src/stat/dx-stat.js';

import { targetShare } from '../../src/stat/stat-text.js';
import type { StatElement } from '../../src/stat/stat.js';
import { part, settled } from '../support/helpers.js';

describe('<dx-stat> at the ends of the numbers', () => {
  it('says no share of a target the value overflows, where 1e308 of 1e-10 read "đạt < 0,001% mục tiêu"', async () => {
    expect(targetShare(1e308, 1e-10, 'up')).to.equal(undefined);
    expect(targetShare(5000, 0.001, 'up')).to.equal(500_000_000);
    const el = await settled(
      await fixture<StatElement>(html`<dx-stat value="1e308" unit="ha" label="Diện tích" target="1e-10"></dx-stat>`),
    );
    expect(el.state).to.equal('ready');
    const target = part(el, '[part="target"]');
    expect(target.textContent!.trim()).to.equal('Mục tiêu < 0,001 ha');
    expect(target.querySelector('svg') === null).to.equal(true);
  });

  it('says no change the difference of which overflows, where -1e308 to 1e308 read "▲ < +0,001"', async () => {
    const el = await settled(
      await fixture<StatElement>(
        html`<dx-stat .data=${{ label: 'x', unit: 'ha', value: 1e308, asOf: '2024', series: [{ asOf: '2023', value: -1e308 }] }}></dx-stat>`,
      ),
    );
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="change"]')?.textContent).to.equal(undefined);
    expect(part(el, '[part="summary"]').getAttribute('aria-label')!.includes('0,001')).to.equal(false);
    const spoken = part(el, '[part="sparkline"]').getAttribute('aria-label')!;
    // Past 10^21 in its significant digits (format/numbers.ts), where 309 digits were read out.
    expect(spoken).to.equal('tăng từ -1E308 năm 2023 lên 1E308 năm 2024');
  });
});
