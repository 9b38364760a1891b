import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { settled } from '../support/helpers.js';

/**
 * Labels side by side on one row, as drawn: their estimated widths (0.6 em a character) abutted,
 * and "50%" in the labels' semibold is 23 px where 21.6 px was estimated, so two ends of a level
 * line close together read as one figure, "50%50%".
 */
const level = (value: number) => ({
  label: 'Hộ có cáp quang',
  unit: '%',
  series: [
    { asOf: '2020', value },
    { asOf: '2021', value },
  ],
  value,
  asOf: '2021',
  target: { value, by: '2025' },
});

describe('<dx-trend> labels on one row', () => {
  it('keeps a space (3 px) between the labels of a level line’s two ends, 240 to 400 px', async function () {
    this.timeout(20000);
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 240px"></div>`);
    for (const value of [0, 50]) {
      const el = document.createElement('dx-trend') as Trend;
      el.setAttribute('now', '2024-01-15');
      el.data = level(value);
      wrapper.replaceChildren(el);
      for (let width = 240; width <= 400; width += 8) {
        wrapper.style.width = `${width}px`;
        await settled(el);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await el.updateComplete;
        const boxes = [...el.shadowRoot!.querySelectorAll('svg .label')].map((t) => [t.textContent, t.getBoundingClientRect()] as const);
        for (const [i, [text, box]] of boxes.entries())
          for (const [other, b] of boxes.slice(i + 1)) {
            const side = box.bottom <= b.top || b.bottom <= box.top || box.right + 3 <= b.left || b.right + 3 <= box.left;
            expect(side, `${width} px: "${text}" and "${other}" a space apart`).to.equal(true);
          }
      }
    }
  });
});
