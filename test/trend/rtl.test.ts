import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { settled } from '../support/helpers.js';

/**
 * Embedded in a right-to-left page (an Arabic or Hebrew site, `dir="rtl"` on an ancestor), the
 * drawing inherited its direction, and SVG's `text-anchor="start"` then means the right end: the
 * labels placed for a left-to-right drawing ran off its right edge and over one another.
 */
const PLAN = {
  label: 'Hộ có cáp quang',
  unit: '%',
  series: [
    { asOf: '2020', value: 62.5 },
    { asOf: '2021', value: 75 },
    { asOf: '2022', value: 84.9 },
  ],
  value: 84.9,
  asOf: '2022',
  target: [
    { value: 90, by: '2023' },
    { value: 100, by: '2025' },
  ],
  benchmarks: [{ label: 'Cả nước', value: 77.6 }],
};

/** Each text of the drawing, with its box from the drawing's left and top. */
async function texts(dir: string, width: number): Promise<string[]> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} style="width: ${width}px"><dx-trend now="2024-01-15" .data=${PLAN}></dx-trend></div>`,
  );
  const el = await settled(wrapper.querySelector<Trend>('dx-trend')!);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('svg text, .y-ticks')].map((t) => {
    const box = t.getBoundingClientRect();
    return `${t.textContent}: ${Math.round(box.left - svg.left)}–${Math.round(box.right - svg.left)}, ${Math.round(box.top - svg.top)}`;
  });
}

describe('<dx-trend> in a right-to-left page', () => {
  it('draws its labels and ticks where a left-to-right page has them, 240 to 800 px', async () => {
    for (const width of [240, 320, 480, 800]) expect(await texts('rtl', width), `${width} px`).to.deep.equal(await texts('ltr', width));
  });
});
