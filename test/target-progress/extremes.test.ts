import { expect, fixture, html } from '@open-wc/testing';

import '../../src/target-progress/dx-target-progress.js';

import type { TargetProgress } from '../../src/target-progress/target-progress.js';
import { settled, visibleText } from '../support/helpers.js';

/** The visible text with the 300-digit figures folded to "N". */
const text = (el: TargetProgress) => visibleText(el).replace(/-?\d{1,3}([.,]\d{3}){10,}/g, 'N');

describe('<dx-target-progress> at the ends of the numbers', () => {
  it('says no amount still to go that overflows a number, where -1.7e308 to 1.7e308 read "Còn < 0,001 ha"', async () => {
    const el = await settled(
      await fixture<TargetProgress>(
        html`<dx-target-progress value="-1.7e308" target="1.7e308" by="2030" unit="ha" label="x" as-of="2024" now="2024-06-01"></dx-target-progress>`,
      ),
    );
    expect(el.state).to.equal('ready');
    expect(text(el)).not.to.contain('0,001');
    expect(el.shadowRoot!.querySelector('[part="gap"]') === null).to.equal(true);
  });

  it('judges no pace whose fit overflows, where one read "đúng tiến độ" beside "Theo tốc độ hiện nay: < 1 ha"', async () => {
    const data = {
      label: 'x',
      unit: 'ha',
      value: 1.7e308,
      asOf: '2024',
      series: [
        { asOf: '2022', value: -1.7e308 },
        { asOf: '2023', value: 0 },
      ],
      target: { value: 1.75e308, by: '2030' },
    };
    const el = await settled(await fixture<TargetProgress>(html`<dx-target-progress now="2024-06-01" .data=${data}></dx-target-progress>`));
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('chưa đủ số liệu để đánh giá');
    expect(text(el)).not.to.contain('< 1 ha');
    expect(el.shadowRoot!.querySelector('[part="projection"]') === null).to.equal(true);
  });
});
