import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing, type LitElement } from 'lit';

import '../../src/index.js';
import '../../src/trend/dx-trend.js';

import { ADULTS_TARGET, FIBRE, NAMED_63 } from '../support/documents.js';
import { part, settled } from '../support/helpers.js';

/** An element of ours, as settled() takes it: its reflected state with it. */
type Host = LitElement & { state: string };

/**
 * A reader prints the article (a council's report, a class handout). Paper is white and a
 * browser prints no backgrounds by default: the dark theme's pale arcs and lines (#9cf on white,
 * 1.6:1) would all but vanish, a card would be cut between two pages, and a button is no use on
 * paper. So in print every element draws in the light theme, keeps each card on one page where it
 * fits, and leaves its buttons out.
 */
describe('print', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  const SERIES = {
    ...FIBRE,
    series: [
      { asOf: '2020', value: 62.5 },
      { asOf: '2021', value: 75 },
    ],
  };

  for (const [how, theme] of [
    ['by its attribute', 'dark'],
    ['by the reader’s system', undefined],
  ] as const) {
    it(`draws in the light theme on paper where the dark one is chosen ${how}`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const gauge = await settled(
        await fixture<Host>(html`<dx-coverage-gauge theme=${theme ?? nothing} .data=${FIBRE}></dx-coverage-gauge>`),
      );
      const arc = part<SVGPathElement>(gauge, '.value');
      const base = part(gauge, '[part="base"]');
      // On screen, the dark theme: its card and its pale blue.
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(getComputedStyle(arc).stroke).to.equal('rgb(153, 204, 255)');
      await emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(getComputedStyle(arc).stroke).to.equal('rgb(0, 68, 119)');
      expect(getComputedStyle(base).color).to.equal('rgb(27, 31, 36)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  }

  it('prints a map and a status in the light theme’s colours where the page asked for dark', async () => {
    const map = await settled(
      await fixture<Host>(
        html`<dx-province-map theme="dark" .data=${{ label: 'x', unit: '%', asOf: '2024', areas: NAMED_63 }}></dx-province-map>`,
      ),
    );
    const stat = await settled(await fixture<Host>(html`<dx-stat theme="dark" .data=${ADULTS_TARGET}></dx-stat>`));
    const shade = () => getComputedStyle(map).getPropertyValue('--_map-4').trim();
    const good = () => getComputedStyle(stat).getPropertyValue('--_good').trim();
    // The dark theme's brightest shade is yellow: on white paper, nothing.
    expect([shade(), good()]).to.deep.equal(['#ffee5f', '#3fb950']);
    await emulateMedia({ media: 'print' });
    expect([shade(), good()]).to.deep.equal(['#1c0d38', '#1a7f37']);
    // The legend's keys are backgrounds, which a browser prints only where asked to.
    const keys = [...map.shadowRoot!.querySelectorAll('.swatch')];
    expect(keys.length).to.be.greaterThan(1);
    for (const key of keys) expect(getComputedStyle(key).printColorAdjust).to.equal('exact');
  });

  it('leaves a page’s light text to the browser’s print darkening: only the keys print exactly', async () => {
    // A dark site blends the card into itself with its own light text. Printed, a browser darkens
    // text too light for white paper (print-color-adjust: economy, the default); `exact` on the
    // card, inherited by every word in it, kept #e6edf3 on white (1.2:1, a PDF printed it so).
    const progress = await settled(
      await fixture<Host>(
        html`<dx-target-progress style="--dx-text: #e6edf3; --dx-muted: #9da7b3" .data=${ADULTS_TARGET}></dx-target-progress>`,
      ),
    );
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(progress, '[part="label"]')).printColorAdjust).to.equal('economy');
    expect(getComputedStyle(part(progress, '.status'), '::before').printColorAdjust).to.equal('exact');
    const gauge = await settled(await fixture<Host>(html`<dx-coverage-gauge .data=${ADULTS_TARGET}></dx-coverage-gauge>`));
    expect(getComputedStyle(part(gauge, '[part="label"]')).printColorAdjust).to.equal('economy');
    expect(getComputedStyle(part(gauge, '.swatch')).printColorAdjust).to.equal('exact');
  });

  it('keeps each card whole on a page, a board’s cards included', async () => {
    await emulateMedia({ media: 'print' });
    const stat = await settled(await fixture<Host>(html`<dx-stat .data=${ADULTS_TARGET}></dx-stat>`));
    expect(getComputedStyle(part(stat, '[part="base"]')).breakInside).to.equal('avoid');
    const board = await settled(
      await fixture<Host>(
        html`<dx-board .data=${{
          title: 'Chuyển đổi số',
          indicators: [
            { ...FIBRE, id: 'fibre' },
            { ...ADULTS_TARGET, id: 'adults' },
          ],
        }}></dx-board>`,
      ),
    );
    // The board itself breaks between its cards: kept whole, a board that fits a page was pushed
    // onto the next one, leaving the page above it blank below the article's first lines. Its
    // title stays with the cards that follow it.
    expect(getComputedStyle(part(board, '[part~="base"]')).breakInside).to.equal('auto');
    expect(getComputedStyle(part(board, 'header')).breakAfter).to.equal('avoid');
    const cards = [...board.shadowRoot!.querySelectorAll<Host>('dx-coverage-gauge, dx-stat, dx-target-progress')];
    expect(cards.length).to.equal(2);
    for (const card of cards) {
      await settled(card);
      expect(getComputedStyle(part(card, '[part="base"]')).breakInside, card.localName).to.equal('avoid');
    }
  });

  /** A ranking of `areas` with a benchmark, `limit` bars drawn. */
  const ranking = (limit: number, areas = NAMED_63) =>
    fixture<Host>(
      html`<dx-province-rank highlight="06" limit=${limit} .data=${{
        label: 'Hồ sơ trực tuyến',
        unit: '%',
        asOf: '2024',
        areas,
        benchmarks: [{ label: 'Trung bình cả nước', value: 68 }],
      }}></dx-province-rank>`,
    ).then(settled);

  it('lets a ranking taller than a page break between its rows, its title and rank kept with the first ones', async () => {
    // limit="63" after five lines of text printed on four pages where three would do, the first
    // left blank below the text: the card, kept whole, was pushed onto the next page.
    const long = await ranking(63);
    const short = await ranking(10);
    await emulateMedia({ media: 'print' });
    const breaks = (el: Element, which: 'breakInside' | 'breakAfter') => getComputedStyle(el)[which];
    expect(breaks(part(long, '[part="base"]'), 'breakInside')).to.equal('auto');
    // Ten rows fit on any page: that card stays whole.
    expect(breaks(part(short, '[part="base"]'), 'breakInside')).to.equal('avoid');
    const rows = [...long.shadowRoot!.querySelectorAll('.chart .row')];
    expect(rows.length).to.equal(63);
    for (const row of rows) expect(breaks(row, 'breakInside')).to.equal('avoid');
    for (const head of ['[part="label"]', '[part="summary"]']) expect(breaks(part(long, head), 'breakAfter'), head).to.equal('avoid');
  });

  it('prints the benchmark line beside every row of a ranking cut between pages', async () => {
    // On screen one SVG as tall as the chart draws it; an SVG is not cut between pages, and a
    // PDF showed the chart's pushed onto the second page, beside the wrong rows, and on to a third.
    // On paper each row's background draws its stretch (its ::after; test/province-rank/stretches.test.ts).
    const long = await ranking(63);
    const rows = [...long.shadowRoot!.querySelectorAll('.chart .row')];
    expect(rows.length).to.equal(63);
    const stretch = (row: Element) => getComputedStyle(row, '::after');
    // Generated only where it is drawn: given content.
    for (const row of rows) expect(stretch(row).content).to.equal('none');
    expect(getComputedStyle(part(long, '.plot')).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(long, '.plot')).display).to.equal('none');
    const x = part(long, '.plot line').getAttribute('x1');
    for (const row of rows) {
      expect(stretch(row).content).to.equal('""');
      expect(stretch(row).backgroundPositionX).to.equal(x);
      // As tall as its row: the stretches meet.
      expect(parseFloat(stretch(row).height)).to.be.closeTo(row.getBoundingClientRect().height, 1);
    }
  });

  it('prints the whole table a reader chose to see, breaking between its rows', async () => {
    const long = await ranking(10);
    part(long, 'button[aria-pressed]').click();
    await long.updateComplete;
    await emulateMedia({ media: 'print' });
    const wrap = part(long, '.table-wrap');
    // Its scrolling box printed the first 28em of the rows and no more.
    expect(getComputedStyle(wrap).overflowY).to.equal('visible');
    expect(getComputedStyle(wrap).maxHeight).to.equal('none');
    expect(getComputedStyle(part(long, '[part="base"]')).breakInside).to.equal('auto');
    expect(getComputedStyle(part(long, '.table-row:not(.head)')).breakInside).to.equal('avoid');
  });

  it('prints a dark board as a light one: no card colour, so no padding around its header and cards', async () => {
    const board = await settled(
      await fixture<Host>(
        html`<dx-board theme="dark" .data=${{ title: 'Chuyển đổi số', indicators: [{ ...FIBRE, id: 'fibre' }] }}></dx-board>`,
      ),
    );
    const padding = () => getComputedStyle(part(board, '[part~="base"]')).paddingTop;
    expect(padding()).to.equal('12px');
    await emulateMedia({ media: 'print' });
    expect(padding()).to.equal('0px');
  });

  it('leaves the buttons off the paper: "Xem bảng" is no use there', async () => {
    const trend = await settled(await fixture<Host>(html`<dx-trend .data=${SERIES}></dx-trend>`));
    const button = part(trend, 'button');
    expect(getComputedStyle(button).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(button).display).to.equal('none');
  });
});
