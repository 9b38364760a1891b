import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';
// Registered at once here; the bundle registers them when a page first holds one.
import '../../src/board/dx-board.js';
import '../../src/province-map/dx-province-map.js';
import '../../src/province-rank/dx-province-rank.js';
import '../../src/trend/dx-trend.js';

import { FIBRE, PER_HEAD, SUBSCRIPTIONS } from '../support/documents.js';
import { allIn, brokenFigures, visible } from '../support/figures.js';
import { settled, TEXT_SPACING, withReaderStyle } from '../support/helpers.js';
import { wideFontFaces } from '../support/wide-font.js';

/**
 * WCAG 1.4.12 (text spacing): a low-vision reader's extension or user style sheet sets, on the
 * page, the spacing below. `*` matches each element's host, and letter-, word-spacing and
 * line-height inherit into the shadow tree wherever our styles do not set them: text gets
 * 12–20 % wider. WCAG 1.4.4: a reader doubles the text size (every element sizes by rem). Nothing
 * may then be cut off at a side, overlap other text or run out of the card, in a 240, 320 or
 * 600 px column, with the demo's and the tests' documents.
 *
 * Deliberate truncations, documented where they are drawn, are not losses and not counted (they
 * cut at the foot of their box): the trend's key in two lines at most, ending in "…" (its whole
 * text in the chart's accessible name), and a ranking's name past two lines.
 */

const LAI_CHAU = '/demo/data/lai-chau-2024.json';

type Widget = LitElement & { state: string };

const CASES: [name: string, make: () => ReturnType<typeof html>][] = [
  [
    'a gauge with a band',
    () => html`<dx-coverage-gauge src=${LAI_CHAU} indicator="households-fiber-broadband" low="50" high="80"></dx-coverage-gauge>`,
  ],
  ['a ring gauge', () => html`<dx-coverage-gauge shape="ring" src=${LAI_CHAU} indicator="households-fiber-broadband"></dx-coverage-gauge>`],
  ['a gauge with a target', () => html`<dx-coverage-gauge src=${LAI_CHAU} indicator="adults-with-smartphone"></dx-coverage-gauge>`],
  ['a gauge with no figure yet', () => html`<dx-coverage-gauge src=${LAI_CHAU} indicator="population-e-payment"></dx-coverage-gauge>`],
  ['a stat with counts', () => html`<dx-stat .data=${FIBRE}></dx-stat>`],
  ['a stat with its sparkline and target', () => html`<dx-stat .data=${SUBSCRIPTIONS}></dx-stat>`],
  ['a stat of small figures', () => html`<dx-stat .data=${PER_HEAD}></dx-stat>`],
  [
    'a target’s progress',
    () => html`<dx-target-progress src=${LAI_CHAU} indicator="adults-with-smartphone" now="2024-10-01"></dx-target-progress>`,
  ],
  [
    'a target’s progress inline',
    () =>
      html`<dx-target-progress variant="inline" src=${LAI_CHAU} indicator="adults-with-smartphone" now="2025-03-01"></dx-target-progress>`,
  ],
  ['a target’s pace', () => html`<dx-target-progress .data=${PER_HEAD} now="2025-03-01"></dx-target-progress>`],
  ['a ranking', () => html`<dx-province-rank src="/demo/data/provinces-63.json" highlight="06" limit="10"></dx-province-rank>`],
  ['a rank on its strip', () => html`<dx-province-rank src="/test/fixtures/bac-kan-rank-2024.json"></dx-province-rank>`],
  ['a map of 63', () => html`<dx-province-map src="/demo/data/provinces-63.json" highlight="06"></dx-province-map>`],
  ['a map of 34', () => html`<dx-province-map src="/demo/data/provinces-34.json" highlight="24"></dx-province-map>`],
  ['a trend with targets and a benchmark', () => html`<dx-trend now="2023-06-01" src="/demo/data/fibre-plan.json"></dx-trend>`],
  ['a trend of small figures', () => html`<dx-trend .data=${PER_HEAD} now="2025-03-01"></dx-trend>`],
  ['a trend of counts', () => html`<dx-trend .data=${SUBSCRIPTIONS}></dx-trend>`],
  ['a board', () => html`<dx-board src="/demo/data/lai-chau-board.json" now="2024-10-01"></dx-board>`],
];

interface TextBox {
  where: Element;
  text: string;
  /** Where the text is drawn. */
  drawn: DOMRect;
  /** What of it shows through the boxes that clip it; undefined where none of it does (a visually hidden text). */
  shown?: { left: number; right: number; top: number; bottom: number };
}

/** The parent across shadow boundaries, up to `host`. */
const up = (e: Element, host: Element): Element | undefined => {
  const parent = e.parentNode instanceof ShadowRoot ? e.parentNode.host : e.parentElement;
  return parent && parent !== host ? parent : undefined;
};

/** The part of `rect` that every box around it that clips lets show. */
function shownOf(where: Element, host: Element, rect: DOMRect): TextBox['shown'] {
  let box = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  for (let e: Element | undefined = where; e; e = up(e, host)) {
    if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(e);
    // Visually hidden (clip, clip-path): for a screen reader only.
    if (style.clip !== 'auto' || style.clipPath !== 'none') return undefined;
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = e.getBoundingClientRect();
    box = {
      left: Math.max(box.left, r.left),
      right: Math.min(box.right, r.right),
      top: Math.max(box.top, r.top),
      bottom: Math.min(box.bottom, r.bottom),
    };
    if (box.right - box.left < 1 || box.bottom - box.top < 1) return undefined;
  }
  return box;
}

/** Every text the element draws: each line of each HTML text node, and each SVG text. */
function textBoxes(host: Element): TextBox[] {
  const boxes: TextBox[] = [];
  for (const e of allIn(host.shadowRoot!)) {
    if (!visible(e)) continue;
    if (e instanceof SVGTextElement) {
      if (e.textContent!.trim()) boxes.push({ where: e, text: e.textContent!.trim(), drawn: e.getBoundingClientRect() });
      continue;
    }
    if (e instanceof SVGElement) continue;
    for (const node of e.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) boxes.push({ where: e, text: node.textContent!.trim(), drawn: rect });
    }
  }
  for (const box of boxes) box.shown = shownOf(box.where, host, box.drawn);
  return boxes.filter((b) => b.shown);
}

const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
const name = (b: TextBox) => `"${b.text.replace(/\s+/g, ' ').slice(0, 40)}"`;

/** Every text the element draws: where it runs out of the card or is cut off, and which overlap. */
function lostText(el: HTMLElement): string[] {
  const found: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) found.push(`the card scrolls: ${el.scrollWidth} px of ${el.clientWidth}`);
  const card = el.getBoundingClientRect();
  const boxes = textBoxes(el);
  for (const b of boxes) {
    // Drawn past the card's sides, or cut off by a box that clips it.
    if (b.drawn.left < card.left - 1 || b.drawn.right > card.right + 1)
      found.push(
        `${name(b)} runs out of the card: ${Math.round(b.drawn.left - card.left)} to ${Math.round(b.drawn.right - card.left)} px of ${card.width}`,
      );
    else if (b.shown!.right < b.drawn.right - 1 || b.shown!.left > b.drawn.left + 1) found.push(`${name(b)} is cut off at its side`);
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      if (a.where === b.where) continue;
      const across = Math.min(a.shown!.right, b.shown!.right) - Math.max(a.shown!.left, b.shown!.left);
      const along = Math.min(a.shown!.bottom, b.shown!.bottom) - Math.max(a.shown!.top, b.shown!.top);
      // A text's box is its font's whole height, accents above and descenders below: two lines
      // whose boxes meet by a few pixels (a big figure over its unit, the value axis's "0" over the
      // time axis's "2020" at twice the size) do not touch in ink. 0.15 em of the smaller text.
      const slack = Math.max(1, 0.15 * Math.min(size(a.where), size(b.where)));
      if (across > 1 && along > slack) found.push(`${name(a)} overlaps ${name(b)} (${across.toFixed(1)} × ${along.toFixed(1)} px)`);
    }
  return found;
}

for (const [what, sheet, widths] of [
  ['text spacing (WCAG 1.4.12)', TEXT_SPACING, [240, 320, 600]],
  // WCAG 1.4.4: a reader's browser set to twice the text size (rem-based, as --dx-font-size is).
  ['text at 200 % (WCAG 1.4.4)', 'html { font-size: 200% }', [320, 600]],
] as const) {
  describe(what, () => {
    withReaderStyle(sheet);

    for (const width of widths)
      for (const [name, make] of CASES) {
        it(`${name} in a ${width} px column: nothing runs out of the card, is cut off or overlaps other text`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${make()}</div>`);
          const el = await settled(wrapper.firstElementChild as Widget);
          if (el.localName === 'dx-board')
            await Promise.all([...el.shadowRoot!.querySelectorAll<Widget>('*')].filter((c) => 'state' in c).map((c) => settled(c)));
          expect(el.state).to.equal('ready');
          expect(lostText(el)).to.deep.equal([]);
        });
      }
  });
}

/**
 * WCAG 1.4.4 in a ranking: at twice the text size in a phone column the rank, the name, the bar and
 * the figure no longer share a line. The bars had no room left (0 px), names were cut ("Thái
 * Nguy…", as a third line they could not have) and figures split ("405.1" over "23").
 */
describe('a ranking at 200 % text', () => {
  withReaderStyle('html { font-size: 200% }');

  const COUNTS = {
    label: 'Thuê bao điện thoại thông minh',
    unit: 'thuê bao',
    asOf: '2024',
    area: { code: '19' },
    areas: [
      { code: '19', name: 'Thái Nguyên', value: 405123 },
      { code: '77', name: 'Bà Rịa - Vũng Tàu', value: 1234567 },
      { code: '79', name: 'Hồ Chí Minh', value: 98765 },
    ],
    benchmarks: [{ label: 'Trung bình', value: 500000 }],
  };

  for (const [what, make, widths] of [
    ['63 provinces', () => html`<dx-province-rank src="/demo/data/provinces-63.json" highlight="06" limit="63"></dx-province-rank>`, [320]],
    ['34 provinces', () => html`<dx-province-rank src="/demo/data/provinces-34.json" highlight="19" limit="34"></dx-province-rank>`, [320]],
    ['counts', () => html`<dx-province-rank .data=${COUNTS}></dx-province-rank>`, [240, 320]],
  ] as const)
    for (const width of widths)
      it(`${what} in a ${width} px column: every name whole, every bar drawn, no figure split, nothing lost`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${make()}</div>`);
        const el = await settled(wrapper.firstElementChild as Widget);
        const rows = [...el.shadowRoot!.querySelectorAll('.chart .row')];
        expect(rows.length).to.be.greaterThan(2);
        const cut = rows.map((row) => row.querySelector('.name')!).filter((name) => name.scrollHeight > name.clientHeight + 1);
        expect(cut.map((name) => name.textContent)).to.deep.equal([]);
        // Each bar's column: at least the 2.75em a narrow row keeps for it (38.5 px of 14 px text; 28 px text here).
        for (const row of rows) expect(row.querySelector('svg')!.getBoundingClientRect().width, row.textContent!).to.be.at.least(38);
        expect(brokenFigures(el)).to.deep.equal([]);
        expect(lostText(el)).to.deep.equal([]);
        // The table a reader asks for: its figures whole too.
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('.table-wrap.shown .table-row').length).to.be.greaterThan(2);
        expect(brokenFigures(el)).to.deep.equal([]);
      });
});

/**
 * A spacing set after a trend has drawn (a reader's bookmarklet): the trend draws once for its
 * size (src/trend/plot-size.ts), and where its card keeps its size (small figures, counts: the
 * card's height is its reserve) nothing told it to place its labels again for the wider text.
 */
describe('text spacing set after a trend has drawn', () => {
  afterEach(() => fixtureCleanup());

  /** The drawing's labels and ticks as placed: text, anchor and position. */
  const placed = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('svg text')].map(
      (t) => `${t.textContent} ${t.getAttribute('text-anchor')} ${t.getAttribute('x')} ${t.getAttribute('y')}`,
    );

  for (const [what, trend] of [
    ['small figures', () => html`<div style="width: 320px"><dx-trend .data=${PER_HEAD} now="2025-03-01"></dx-trend></div>`],
    ['counts', () => html`<div style="width: 320px"><dx-trend .data=${SUBSCRIPTIONS}></dx-trend></div>`],
    [
      'targets and a benchmark',
      () => html`<div style="width: 320px"><dx-trend now="2023-06-01" src="/demo/data/fibre-plan.json"></dx-trend></div>`,
    ],
  ] as const)
    it(`${what}: places its labels again for the wider text, as a trend drawn with it`, async () => {
      const el = await settled((await fixture<HTMLDivElement>(trend())).firstElementChild as Widget);
      // Its observer's first reports, which any size change would bring, come and go first.
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      await el.updateComplete;
      const before = placed(el);
      // A bookmarklet's style sheet, as readers check a page for 1.4.12.
      const style = document.head.appendChild(document.createElement('style'));
      try {
        style.textContent = TEXT_SPACING;
        // The observer reports in the frame the new layout is made in; it asks for the redraw in
        // the next frame's callbacks (src/trend/plot-size.ts), after this test's own second one.
        for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const drawnWith = await settled((await fixture<HTMLDivElement>(trend())).firstElementChild as Widget);
        expect(placed(drawnWith)).not.to.deep.equal(before);
        expect(placed(el)).to.deep.equal(placed(drawnWith));
        expect(lostText(el)).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
});

/**
 * A font wider than the trend's estimate of its text: the fallback a page gets where its font is
 * missing (DejaVu Sans, on Linux), or a site's own (Arial's figures, bold, are 14 % wider). The
 * trend placed its labels and its value axis for 0.6 em a character; in DejaVu Sans "84,9%" is
 * 0.69 em a character, and ran into "Cả nước 86%" beside it at 240 px. The machine's fonts are
 * not the tests' (web-test-runner.config.js): here, test/support/wide-font.ts's, its labels
 * within 3 % of DejaVu Sans's widths, its figures 0.7 em.
 */
describe('a font wider than the trend’s estimate of its text', () => {
  const FACES = wideFontFaces('Wide Roboto');

  /** The last figure by a benchmark's line, and a target after it: "84,9%" beside "Cả nước 86%". */
  const BY_BENCHMARK = {
    label: 'Hộ gia đình có Internet cáp quang',
    unit: '%',
    value: 84.9,
    asOf: '2024',
    series: [
      { asOf: '2020', value: 41.2 },
      { asOf: '2021', value: 55 },
      { asOf: '2022', value: 62.5 },
      { asOf: '2023', value: 73.7 },
    ],
    target: { value: 100, by: '2025' },
    benchmarks: [{ label: { vi: 'Cả nước', en: 'National average' }, value: 86 }],
  };
  const TRENDS: [string, () => ReturnType<typeof html>][] = [
    ...CASES.filter(([name]) => name.startsWith('a trend')),
    ['a trend whose last figure stands by a benchmark', () => html`<dx-trend .data=${BY_BENCHMARK} now="2024-10-01"></dx-trend>`],
    ['the same in English', () => html`<dx-trend lang="en" .data=${BY_BENCHMARK} now="2024-10-01"></dx-trend>`],
  ];

  let style: HTMLStyleElement;
  before(async () => {
    style = document.head.appendChild(document.createElement('style'));
    style.textContent = FACES;
    await Promise.all(['400', '600'].map((weight) => document.fonts.load(`${weight} 16px 'Wide Roboto'`, 'Aă ệ 0,9')));
    // Loaded, and as wide as it is meant to be: its figures in bold 0.7 em a character, as DejaVu Sans's.
    const pen = document.createElement('canvas').getContext('2d')!;
    pen.font = `600 100px 'Wide Roboto'`;
    expect(pen.measureText('0123456789').width / 1000).to.be.within(0.69, 0.73);
  });
  after(() => style.remove());
  afterEach(() => fixtureCleanup());

  /** The right ends of the value axis's lines, which stand flush against its grid lines. */
  const axisEnds = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el.shadowRoot!.querySelector('.y-ticks')!);
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.right));
  };

  for (const theme of ['light', 'dark'])
    for (const width of [240, 320, 600])
      for (const [name, make] of TRENDS)
        it(`${name} in a ${width} px column, ${theme}: no label touches another or runs out of the card, the value axis flush`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-family: 'Wide Roboto'">${make()}</div>`);
          const el = wrapper.firstElementChild as Widget;
          el.setAttribute('theme', theme);
          await settled(el);
          expect(el.state).to.equal('ready');
          expect(lostText(el)).to.deep.equal([]);
          const ends = axisEnds(el);
          expect(ends.length).to.be.at.least(2);
          expect(new Set(ends).size, `the value axis's lines end at ${ends.join(', ')} px`).to.equal(1);
        });
});
