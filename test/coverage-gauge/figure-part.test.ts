import { expect, fixture, html } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { settled } from '../support/helpers.js';

/**
 * What a page's `::part(figure)` rule reaches: the figure box, not the number's size nor the
 * placeholder's ("chưa có số liệu", muted, 1rem), which are spans with their own. A page rule reached
 * both while the number was the figure's own text (a change taken back, BENCHMARKS.md).
 */
function styleOf(el: CoverageGauge, text: string): { fontSize: string; color: string } {
  const walker = document.createTreeWalker(el.shadowRoot!.querySelector('[part="figure"]')!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    if (walker.currentNode.textContent!.includes(text)) {
      const { fontSize, color } = getComputedStyle(walker.currentNode.parentElement!);
      return { fontSize, color };
    }
  }
  throw new Error(`no "${text}" in the figure`);
}

describe('<dx-coverage-gauge> under a page’s ::part(figure) rule', () => {
  it('keeps "chưa có số liệu" muted and at 1rem when a page colours and sizes the figure', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>
        .branded::part(figure) {
          font-size: 12px;
          color: rgb(255, 0, 0);
        }
      </style>
      <dx-coverage-gauge class="branded" style="width: 300px" .data=${{ label: 'B', unit: '%', target: { value: 100 } }}></dx-coverage-gauge>
      <dx-coverage-gauge style="width: 300px" .data=${{ label: 'C', unit: '%', target: { value: 100 } }}></dx-coverage-gauge>
    </div>`);
    const [branded, plain] = await Promise.all([...page.querySelectorAll('dx-coverage-gauge')].map((el) => settled(el as CoverageGauge)));
    expect(styleOf(branded, 'chưa có số liệu')).to.deep.equal(styleOf(plain, 'chưa có số liệu'));
  });
});
