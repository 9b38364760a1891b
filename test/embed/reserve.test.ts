import { expect } from '@open-wc/testing';
import { scriptFeed } from '../support/helpers.js';

// No element is imported at the top: this page first sees the tags undefined, as a reader's
// browser does before the script arrives, then loads the elements.

type Tag = 'dx-coverage-gauge' | 'dx-stat' | 'dx-province-rank';
const TAGS: Tag[] = ['dx-coverage-gauge', 'dx-stat', 'dx-province-rank'];
const WIDTHS = [250, 320, 439, 440, 680];

const height = (el: Element) => el.getBoundingClientRect().height;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('dx-widgets.css (the page reserves each box before the script runs)', () => {
  let placed: { tag: Tag; width: number; el: HTMLElement; before: number; text?: DOMRect; box?: DOMRect }[] = [];

  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/embed/reserve.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    // The documents answer late, so every element is still loading when measured.
    const src = await scriptFeed(`reserve-css-${Date.now()}`, [{ delay: 4000, body: { label: 'x', unit: '%', value: 1 } }]);
    for (const tag of TAGS) {
      for (const width of WIDTHS) {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        box.innerHTML = `<${tag} src="${src}" loading="eager">Phủ sóng di động: 97,27%</${tag}>`;
        document.body.append(box);
        placed.push({ tag, width, el: box.firstElementChild as HTMLElement, before: 0 });
      }
    }
    await frame();
    placed = placed.map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p.el);
      return { ...p, before: height(p.el), text: range.getBoundingClientRect(), box: p.el.getBoundingClientRect() };
    });
    await Promise.all([
      import('../../src/coverage-gauge/dx-coverage-gauge.js'),
      import('../../src/stat/dx-stat.js'),
      import('../../src/province-rank/dx-province-rank.js'),
    ]);
    await Promise.all(placed.map((p) => (p.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await frame();
  });

  for (const tag of TAGS) {
    for (const width of WIDTHS) {
      it(`gives an undefined <${tag}> in a ${width} px column the height of its loading box`, () => {
        const { el, before } = placed.find((p) => p.tag === tag && p.width === width)!;
        expect(el.getAttribute('state')).to.equal('loading');
        expect(before).to.be.greaterThan(100);
        expect(height(el)).to.be.closeTo(before, 0.02);
      });
    }
  }

  it('shows the editor’s fallback text at the top of the reserved box until the element draws', () => {
    for (const { tag, width, text, box } of placed) {
      expect(text!.height, `${tag} at ${width} px`).to.be.greaterThan(10);
      expect(text!.top, `${tag} at ${width} px`).to.be.within(box!.top, box!.top + 8);
      expect(text!.width, `${tag} at ${width} px`).to.be.at.most(box!.width);
    }
  });
});
