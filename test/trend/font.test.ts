import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import { Trend } from '../../src/trend/trend.js';
import { settled } from '../support/helpers.js';
import { wideFontFaces } from '../support/wide-font.js';

/*
 * A trend measures its font's width (src/trend/plot-size.ts) where it measures its column: a
 * font wider than 0.6 em a character places its labels wider apart (test/hardening/text-spacing.test.ts).
 * The wide font is test/support/wide-font.ts's, under names of this file's own, loaded only when a
 * trend here first uses them.
 */

const DEMO = (await (await fetch('/demo/data/fibre-plan.json')).json()) as Record<string, unknown>;

/** The drawing's labels and ticks as placed: text, anchor and position. */
const placed = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('svg text')].map(
    (t) => `${t.textContent} ${t.getAttribute('text-anchor')} ${t.getAttribute('x')} ${t.getAttribute('y')}`,
  );

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

describe('<dx-trend> in a wide font', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.head.appendChild(document.createElement('style'));
    style.textContent = wideFontFaces('Late Wide') + wideFontFaces('Wide');
  });
  after(() => style.remove());

  it('places its labels again when its font arrives after it drew, as a trend drawn in it', async () => {
    // Not loaded yet: the page's font, swapped in when it comes (font-display's default in
    // Chrome is a short block, then the fallback: Roboto here).
    const font = `600 12px 'Late Wide'`;
    expect(document.fonts.check(font)).to.equal(false);
    const column = (family: string) => html`<div style="width: 320px; font-family: ${family}, Roboto">
      <dx-trend now="2023-06-01" .data=${DEMO}></dx-trend>
    </div>`;
    const early = (await fixture<HTMLElement>(column(`'Late Wide'`))).firstElementChild as Trend;
    await settled(early);
    await document.fonts.load(font, 'Aă ệ 0,9');
    await document.fonts.load(`400 12px 'Late Wide'`, 'Aă ệ 0,9');
    // Its ticks' box widens with the font; the observer asks for the redraw a frame later (plot-size.ts).
    await frames(3);
    await early.updateComplete;
    const drawnIn = await settled((await fixture<HTMLElement>(column(`'Late Wide'`))).firstElementChild as Trend);
    const inRoboto = await settled((await fixture<HTMLElement>(column('Roboto'))).firstElementChild as Trend);
    // The font changes where the labels go, and the trend that drew before it came places them as the one drawn in it.
    expect(placed(drawnIn)).not.to.deep.equal(placed(inRoboto));
    expect(placed(early)).to.deep.equal(placed(drawnIn));
  });

  it('draws once in a loaded wide font: its width is read with the column’s', async () => {
    await document.fonts.load(`600 12px 'Wide'`, 'Aă ệ 0,9');
    const widths: number[] = [];
    const updated = (Trend.prototype as unknown as { updated: (changed: unknown) => void }).updated;
    Object.defineProperty(Trend.prototype, 'updated', {
      value(this: Trend, changed: unknown) {
        widths.push(this.shadowRoot!.querySelector('svg')?.viewBox.baseVal.width ?? 0);
        updated.call(this, changed);
      },
      configurable: true,
      writable: true,
    });
    try {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; font-family: 'Wide'">
        <dx-trend now="2023-06-01" .data=${DEMO}></dx-trend><dx-trend now="2023-06-01" .data=${DEMO}></dx-trend>
      </div>`);
      const trends = [...wrapper.querySelectorAll<Trend>('dx-trend')];
      await Promise.all(trends.map((el) => settled(el)));
      await frames(3);
      await Promise.all(trends.map((el) => el.updateComplete));
      expect(widths).to.deep.equal([296, 296]);
    } finally {
      Object.defineProperty(Trend.prototype, 'updated', { value: updated, configurable: true, writable: true });
    }
  });
});
