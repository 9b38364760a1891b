import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';
// Registered at once here; the bundle registers them when a page first holds one.
import '../../src/board/dx-board.js';
import '../../src/province-map/dx-province-map.js';

import { FIBRE, SUBSCRIPTIONS } from '../support/documents.js';
import { allIn, brokenFigures } from '../support/figures.js';
import { settled, TEXT_SPACING, withReaderStyle } from '../support/helpers.js';

/**
 * A formatted figure is never cut in two across lines, which reads as two numbers: "43.391/104.5"
 * over "63 hộ" in a 240 px card, "60%/10" over "0%" with a reader's text spacing (WCAG 1.4.12)
 * and twice the text size (1.4.4). A line may break at spaces and after the "/" between a part
 * and its whole; nothing runs out of the card sideways.
 */
const SPACING = `${TEXT_SPACING} html { font-size: 200% }`;

const LAI_CHAU = '/demo/data/lai-chau-2024.json';

type Widget = LitElement & { state: string };

const CASES: [name: string, make: (lang: string) => ReturnType<typeof html>][] = [
  ['a gauge with counts', (lang) => html`<dx-coverage-gauge lang=${lang} .data=${FIBRE}></dx-coverage-gauge>`],
  [
    'a gauge of the demo’s counts',
    (lang) => html`<dx-coverage-gauge lang=${lang} src=${LAI_CHAU} indicator="households-fiber-broadband"></dx-coverage-gauge>`,
  ],
  ['a stat with counts', (lang) => html`<dx-stat lang=${lang} .data=${FIBRE}></dx-stat>`],
  [
    'a target’s progress of counts',
    (lang) => html`<dx-target-progress lang=${lang} .data=${SUBSCRIPTIONS} now="2024-10-01"></dx-target-progress>`,
  ],
  [
    'a target’s progress',
    (lang) =>
      html`<dx-target-progress lang=${lang} src=${LAI_CHAU} indicator="adults-with-smartphone" now="2024-10-01"></dx-target-progress>`,
  ],
  [
    'a target’s progress inline',
    (lang) =>
      html`<dx-target-progress lang=${lang} variant="inline" src=${LAI_CHAU} indicator="adults-with-smartphone" now="2025-03-01"></dx-target-progress>`,
  ],
  ['a map of 63', (lang) => html`<dx-province-map lang=${lang} src="/demo/data/provinces-63.json" highlight="06"></dx-province-map>`],
  ['a map of 34', (lang) => html`<dx-province-map lang=${lang} src="/demo/data/provinces-34.json" highlight="24"></dx-province-map>`],
  ['a board', (lang) => html`<dx-board lang=${lang} src="/demo/data/lai-chau-board.json" now="2024-10-01"></dx-board>`],
];

/** Where the card or a card inside it scrolls sideways: its text runs out of it. */
function overflowing(host: Element): string[] {
  const cards = [host, ...allIn(host.shadowRoot!).filter((e) => e.matches('[part~="base"]') || (e.shadowRoot && e !== host))];
  return cards
    .filter((card) => card.scrollWidth > card.clientWidth + 1)
    .map((card) => `<${card.localName} part="${card.getAttribute('part') ?? ''}"> scrolls: ${card.scrollWidth} px of ${card.clientWidth}`);
}

for (const [what, sheet] of [
  ['normal text', ''],
  ['text spacing (WCAG 1.4.12) and text at 200 % (1.4.4)', SPACING],
] as const)
  describe(`figures whole, ${what}`, () => {
    withReaderStyle(sheet);

    for (const width of [240, 320, 600])
      for (const theme of ['light', 'dark'])
        for (const lang of ['vi', 'en'])
          for (const [name, make] of CASES)
            it(`${name} in a ${width} px column, ${theme}, ${lang}: no figure split over two lines, no card scrolls sideways`, async () => {
              const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${make(lang)}</div>`);
              const el = wrapper.firstElementChild as Widget;
              el.setAttribute('theme', theme);
              await settled(el);
              if (el.localName === 'dx-board')
                await Promise.all([...el.shadowRoot!.querySelectorAll<Widget>('*')].filter((c) => 'state' in c).map((c) => settled(c)));
              expect(el.state).to.equal('ready');
              expect(brokenFigures(el)).to.deep.equal([]);
              expect(overflowing(el)).to.deep.equal([]);
            });
  });
