import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/province-rank/dx-province-rank.js';

import type { ProvinceRank } from '../../src/province-rank/province-rank.js';
import { AREAS_63 } from '../support/documents.js';
import { settled, TEXT_SPACING, withReaderStyle } from '../support/helpers.js';
import { wideFontFaces } from '../support/wide-font.js';

/**
 * What a reader's own settings do to a ranking's rows in a phone column: WCAG 1.4.12's text spacing
 * (letters 0.12em apart, words 0.16em), and a font wider than Roboto (test/support/wide-font.ts:
 * DejaVu Sans's widths, the fallback a page gets on Linux where its font is missing). Every
 * province's name must stay whole, however many lines it takes, and every figure whole in its column.
 */

/** The 63 provinces, named from the registry, Bà Rịa - Vũng Tàu (77) highlighted, so bold: its widest. */
const RANKING = (unit: string, scale: number, approx?: string) => ({
  label: 'Thuê bao điện thoại thông minh',
  unit,
  asOf: '2024',
  area: { code: '77' },
  areas: AREAS_63.map((a, i) => ({ ...a, value: Math.round((99 - i * 0.5) * scale * 10) / 10, approx: i === 0 ? approx : undefined })),
  benchmarks: [{ label: 'Trung bình cả nước', value: 70 * scale }],
});

/** The ranking in a `width` px column, once the registry's names are in. */
async function ranking(width: number, data: unknown, font = ''): Promise<ProvinceRank> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-family: ${font || 'inherit'}">
    <dx-province-rank .data=${data} limit="63"></dx-province-rank>
  </div>`);
  const el = await settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
  await waitUntil(
    () => [...el.shadowRoot!.querySelectorAll('.row .name')].some((n) => n.textContent === 'Bà Rịa - Vũng Tàu'),
    'the names from the registry',
  );
  return el;
}

/** The names the chart cuts: clipped at their foot ("…" after two lines) or at their side. */
const cutNames = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row .name')]
    .filter((n) => n.scrollHeight > n.clientHeight + 1 || n.scrollWidth > n.clientWidth + 1)
    .map((n) => n.textContent);

/** The figures the chart cuts: a word wider than its column, clipped at its side. */
const cutFigures = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row .value')]
    .filter((v) => v.scrollWidth > v.clientWidth + 1 || v.scrollHeight > v.clientHeight + 1)
    .map((v) => `${v.textContent} (${v.scrollWidth} px in ${v.clientWidth})`);

/** A budget: "khoảng 123.456.789.012 đồng", a word of 15 characters, beside a short one. */
const BUDGET = {
  label: 'Ngân sách chuyển đổi số',
  unit: 'đồng',
  asOf: '2024',
  area: { code: '06', name: 'Bắc Kạn' },
  areas: [
    { code: '79', name: 'Hồ Chí Minh', value: 123_456_789_012, approx: 'about' },
    { code: '06', name: 'Bắc Kạn', value: 8_100_000 },
  ],
};

/** The budget's chart (the ranking's needs the registry's names). */
async function budget(width: number, font: string): Promise<ProvinceRank> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-family: ${font}">
    <dx-province-rank .data=${BUDGET}></dx-province-rank>
  </div>`);
  return settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
}

const CASES = [
  ['a percentage with a hedge', RANKING('%', 1, 'over')],
  ['counts with their unit', RANKING('thuê bao', 10_000)],
  ['counts with a hedge and their unit', RANKING('thuê bao', 100_000, 'over')],
] as const;

describe('a ranking with a reader’s text spacing (WCAG 1.4.12)', () => {
  withReaderStyle(TEXT_SPACING);

  for (const width of [240, 280, 320])
    for (const [what, data] of CASES)
      it(`${what} in a ${width} px column: every name whole, every figure whole`, async () => {
        const el = await ranking(width, data);
        expect(cutNames(el)).to.deep.equal([]);
        expect(cutFigures(el)).to.deep.equal([]);
      });
});

describe('a ranking in a font wider than Roboto', () => {
  withReaderStyle(wideFontFaces('Wide Rank'));
  before(() => Promise.all(['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 16px 'Wide Rank'`, 'Aă ệ 0,9'))));

  for (const spacing of ['', ' and text spacing'])
    for (const width of [240, 280, 320, 400])
      for (const [what, data] of CASES)
        it(`${what} in a ${width} px column${spacing}: every name whole, every figure whole`, async () => {
          const style = spacing ? document.head.appendChild(document.createElement('style')) : undefined;
          if (style) style.textContent = TEXT_SPACING;
          try {
            const el = await ranking(width, data, "'Wide Rank'");
            expect(cutNames(el)).to.deep.equal([]);
            expect(cutFigures(el)).to.deep.equal([]);
          } finally {
            style?.remove();
          }
        });

  // Its least width was 0.6em a character: 9.6em cut "123.456.789.012" (bold, 0.7em a digit) by a
  // pixel, and by 30 px with a reader's spacing; "9.900.000" by 11 px at 240 px. Under 320 px such a
  // word leaves the row no room, in Roboto too: the bar gives way, then the figure.
  for (const spacing of ['', ' and text spacing'])
    for (const width of [320, 400, 600])
      it(`a budget's figure of 15 characters in a ${width} px column${spacing}: whole`, async () => {
        const style = spacing ? document.head.appendChild(document.createElement('style')) : undefined;
        if (style) style.textContent = TEXT_SPACING;
        try {
          const el = await budget(width, "'Wide Rank'");
          expect(el.shadowRoot!.querySelector('.value')!.textContent).to.equal('khoảng 123.456.789.012 đồng');
          expect(cutFigures(el)).to.deep.equal([]);
          const figure = document.createRange();
          figure.selectNodeContents(el.shadowRoot!.querySelector('.row.highlight .value, .row .value')!);
          expect(figure.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
        } finally {
          style?.remove();
        }
      });
});
