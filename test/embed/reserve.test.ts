import { expect, nextFrame } from '@open-wc/testing';

import { scriptFeed } from '../support/helpers.js';

// No element is imported at the top: this page first sees the tags undefined, as a reader's
// browser does before the script arrives, then loads the elements.

interface Case {
  tag: 'dx-coverage-gauge' | 'dx-stat' | 'dx-target-progress' | 'dx-province-rank' | 'dx-trend' | 'dx-province-map';
  width: number;
  /** Extra attributes on the tag. */
  attrs?: string;
  /** Custom properties the page sets around it. */
  style?: string;
}

const CASES: Case[] = [
  ...[250, 320, 519, 519.5, 520, 680].map((width) => ({ tag: 'dx-coverage-gauge' as const, width })),
  ...[320, 680].map((width) => ({ tag: 'dx-coverage-gauge' as const, width, attrs: 'shape="ring"' })),
  // With low or high, the band's line ("mức cao") is known before the figures.
  ...[320, 680].map((width) => ({ tag: 'dx-coverage-gauge' as const, width, attrs: 'low="50" high="80"' })),
  { tag: 'dx-coverage-gauge' as const, width: 320, attrs: 'shape="ring" high="80"' },
  // A larger drawing turns later (at 300 + 256 + 24 = 580 px) and is taller.
  ...[540, 579, 580, 640].map((width) => ({ tag: 'dx-coverage-gauge' as const, width, style: '--dx-gauge-size: 300px' })),
  ...[300, 700].map((width) => ({ tag: 'dx-coverage-gauge' as const, width, style: '--dx-padding: 20px; --dx-font-size: 18px' })),
  ...[250, 439, 439.5, 440, 680].map((width) => ({ tag: 'dx-stat' as const, width })),
  ...[250, 299, 299.5, 300, 339.5, 340, 439, 439.5, 440, 680].map((width) => ({ tag: 'dx-province-rank' as const, width })),
  ...[250, 299.5, 300, 439, 440, 680].map((width) => ({ tag: 'dx-province-rank' as const, width, attrs: 'limit="10"' })),
  // A rank goal's lines, kept when the tag says the document has one: four, three, two, then one; in English three, two, then one.
  ...[250, 266.5, 267, 359.5, 360, 681.5, 682, 1200].map((width) => ({ tag: 'dx-province-rank' as const, width, attrs: 'reserve="goal"' })),
  ...[250, 260.5, 261, 473.5, 474, 680].map((width) => ({ tag: 'dx-province-rank' as const, width, attrs: 'reserve="goal" lang="en"' })),
  ...[250, 680].map((width) => ({ tag: 'dx-province-rank' as const, width, attrs: 'reserve="goal" limit="10"' })),
  // A plan's: six lines down to one, each turn; in English five down to one.
  ...[240, 241.5, 242, 280.5, 281, 359.5, 360, 526.5, 527, 1013.5, 1014].map((width) => ({
    tag: 'dx-province-rank' as const,
    width,
    attrs: 'reserve="goals"',
  })),
  ...[220, 226.5, 227, 303.5, 304, 412.5, 413, 775.5, 776].map((width) => ({
    tag: 'dx-province-rank' as const,
    width,
    attrs: 'reserve="goals" lang="en"',
  })),
  ...[250, 680].map((width) => ({ tag: 'dx-province-rank' as const, width, attrs: 'reserve="goals" limit="10"' })),
  ...[250, 299, 299.5, 300, 319.5, 320, 349.5, 350, 439, 439.5, 440, 599.5, 600, 680].map((width) => ({
    tag: 'dx-target-progress' as const,
    width,
  })),
  { tag: 'dx-target-progress' as const, width: 280, style: '--dx-padding: 20px; --dx-font-size: 18px' },
  { tag: 'dx-target-progress' as const, width: 360, style: '--dx-padding: 20px; --dx-font-size: 18px' },
  ...[250, 320, 360, 439, 439.5, 440, 680, 1200].map((width) => ({ tag: 'dx-trend' as const, width })),
  { tag: 'dx-trend' as const, width: 360, style: '--dx-padding: 20px; --dx-font-size: 18px' },
  // The map narrower than its six tiles (200 px), its keys one a line (under 240 px), stacked,
  // turning beside at 440 px, and wide.
  ...[200, 220, 239, 239.5, 240, 250, 299, 299.5, 300, 439, 439.5, 440, 680, 1200].map((width) => ({
    tag: 'dx-province-map' as const,
    width,
  })),
  { tag: 'dx-province-map' as const, width: 360, style: '--dx-padding: 20px; --dx-font-size: 18px' },
  // A rank goal's lines above the map, kept when the tag says the document has one: four, three,
  // two, then none beside the map; in English three, two, then none. A plan's: six down to three,
  // then none; in English five down to two, then none.
  ...[220, 266.5, 267, 359.5, 360, 439.5, 440, 680].map((width) => ({ tag: 'dx-province-map' as const, width, attrs: 'reserve="goal"' })),
  ...[250, 260.5, 261, 439.5, 440].map((width) => ({ tag: 'dx-province-map' as const, width, attrs: 'reserve="goal" lang="en"' })),
  ...[220, 241.5, 242, 280.5, 281, 359.5, 360, 439.5, 440].map((width) => ({
    tag: 'dx-province-map' as const,
    width,
    attrs: 'reserve="goals"',
  })),
  ...[220, 226.5, 227, 303.5, 304, 412.5, 413, 439.5, 440].map((width) => ({
    tag: 'dx-province-map' as const,
    width,
    attrs: 'reserve="goals" lang="en"',
  })),
];

const name = (c: Case) => `<${c.tag}${c.attrs ? ` ${c.attrs}` : ''}> in a ${c.width} px column${c.style ? ` with ${c.style}` : ''}`;
const height = (el: Element) => el.getBoundingClientRect().height;

describe('dx-widgets.css (the page reserves each box before the script runs)', () => {
  const placed = new Map<Case, { el: HTMLElement; before: number; text: DOMRect; box: DOMRect }>();

  before(async function () {
    // Ninety-odd elements defined at once on a busy machine: more than mocha's 5 s.
    this.timeout(20_000);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/embed/reserve.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    // The documents answer late, so every element is still loading when measured.
    const src = await scriptFeed(`reserve-css-${Date.now()}`, [{ delay: 4000, body: { label: 'x', unit: '%', value: 1 } }]);
    const elements = CASES.map((c) => {
      const box = document.createElement('div');
      box.setAttribute('style', `width: ${c.width}px; ${c.style ?? ''}`);
      box.innerHTML = `<${c.tag} src="${src}" loading="eager" ${c.attrs ?? ''}>Phủ sóng di động: 97,27%</${c.tag}>`;
      document.body.append(box);
      return box.firstElementChild as HTMLElement;
    });
    await nextFrame();
    CASES.forEach((c, i) => {
      const el = elements[i];
      const range = document.createRange();
      range.selectNodeContents(el);
      placed.set(c, { el, before: height(el), text: range.getBoundingClientRect(), box: el.getBoundingClientRect() });
    });
    await Promise.all([
      import('../../src/coverage-gauge/dx-coverage-gauge.js'),
      import('../../src/stat/dx-stat.js'),
      import('../../src/province-rank/dx-province-rank.js'),
      import('../../src/target-progress/dx-target-progress.js'),
      import('../../src/trend/dx-trend.js'),
      import('../../src/province-map/dx-province-map.js'),
    ]);
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await nextFrame();
  });

  for (const c of CASES) {
    it(`gives an undefined ${name(c)} the height of its loading box`, () => {
      const { el, before } = placed.get(c)!;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(before).to.be.greaterThan(100);
      expect(height(el)).to.be.closeTo(before, 0.05);
    });
  }

  it('shows the editor’s fallback text at the top of the reserved box until the element draws', () => {
    for (const [c, { text, box }] of placed) {
      expect(text.height, name(c)).to.be.greaterThan(10);
      expect(text.top, name(c)).to.be.within(box.top, box.top + 8);
      expect(text.width, name(c)).to.be.at.most(box.width);
    }
  });
});
