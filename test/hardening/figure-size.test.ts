import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';
import '../../src/board/dx-board.js';

import { SUBSCRIPTIONS } from '../support/documents.js';
import { brokenFigures } from '../support/figures.js';
import { settled, TEXT_SPACING, withReaderStyle } from '../support/helpers.js';

/**
 * A gauge's or a stat's big figure is sized to its card: whole on one line ("97,27%" was cut in
 * two in a 240 px board at twice the text size with a reader's spacing), inside its drawing or
 * card, and no smaller than it needs to be to fit there (a reader who asked for large text gets
 * the largest figure that fits, not a fixed small one).
 */

type Widget = LitElement & { state: string; data: unknown };

const doc = (indicators: object[]) => ({
  title: { vi: 'Bảng', en: 'Board' },
  source: { name: 'Sở TT&TT' },
  asOf: '2024',
  indicators,
});
const PERCENT = { id: 'p', label: 'Thôn có sóng di động', unit: '%', value: 97.27 };
const OVER = { ...PERCENT, id: 'o', approx: 'over', value: 97 };
const LONG = { id: 'l', label: 'Thuê bao', unit: { vi: 'thuê bao', en: 'subscriptions' }, value: 1_250_000_000 };

/** The big figure's number: its element, the room it has (the drawing, or the stat's column beside its sparkline or not), its size and the size asked. */
function big(el: Element) {
  const number = el.shadowRoot!.querySelector<HTMLElement>('.number')!;
  const room = number.closest('.dial, .main')!;
  const style = getComputedStyle(room);
  const inner = room.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const word = number.querySelector('.figure-word') ?? number;
  return {
    number,
    word: word.getBoundingClientRect(),
    room: room.getBoundingClientRect(),
    inner,
    size: parseFloat(getComputedStyle(number).fontSize),
  };
}

/** The cards of `host`: itself, or a board's. */
async function cards(host: Widget): Promise<Widget[]> {
  if (host.localName !== 'dx-board') return [host];
  const inside = [...host.shadowRoot!.querySelectorAll<Widget>('dx-coverage-gauge, dx-stat')];
  await Promise.all(inside.map((c) => settled(c)));
  return inside;
}

for (const [what, sheet] of [
  ['text at 200 % with text spacing', `${TEXT_SPACING} html { font-size: 200% }`],
  ['a 40 px root font with text spacing', `${TEXT_SPACING} html { font-size: 40px }`],
  ['normal text', ''],
] as const)
  describe(`a big figure sized to its card, ${what}`, () => {
    withReaderStyle(sheet);

    const make = (lang: string, width: number, dir: string, board: boolean, widget: string, data: object) =>
      board
        ? html`<div style="width: ${width}px" dir=${dir}><dx-board lang=${lang} .data=${doc([{ ...data, widget }])}></dx-board></div>`
        : widget === 'coverage-gauge'
          ? html`<div style="width: ${width}px" dir=${dir}><dx-coverage-gauge lang=${lang} max=${'unit' in data && data.unit === '%' ? 100 : 2e9} .data=${data}></dx-coverage-gauge></div>`
          : html`<div style="width: ${width}px" dir=${dir}><dx-stat lang=${lang} .data=${data}></dx-stat></div>`;

    for (const [name, data] of [
      ['"97,27%"', PERCENT],
      ['"trên 97%"', OVER],
      ['"1.250.000.000 thuê bao"', LONG],
      ['"405.123" with a sparkline', { ...SUBSCRIPTIONS, id: 's' }],
    ] as const)
      for (const widget of 'series' in data ? ['stat'] : ['coverage-gauge', 'stat'])
        for (const board of widget === 'coverage-gauge' && data === LONG ? [false] : [true, false])
          for (const width of [240, 320, 600])
            for (const [lang, dir, theme] of [
              ['vi', 'ltr', 'light'],
              ['en', 'rtl', 'dark'],
              ['vi', 'rtl', 'dark'],
            ])
              it(`${name} in ${board ? 'a board’s' : 'a'} ${widget}, ${width} px, ${lang}, ${dir}, ${theme}: one line, inside, no smaller than it must be`, async () => {
                const wrapper = await fixture<HTMLDivElement>(make(lang, width, dir, board, widget, data));
                const host = wrapper.firstElementChild as Widget;
                host.setAttribute('theme', theme);
                await settled(host);
                for (const card of await cards(host)) {
                  expect(card.state).to.equal('ready');
                  expect(brokenFigures(card)).to.deep.equal([]);
                  const { word, room, inner, size, number } = big(card);
                  // Whole inside the drawing or the card.
                  expect(word.left, `left of ${number.textContent}`).to.be.at.least(room.left - 0.5);
                  expect(word.right, `right of ${number.textContent}`).to.be.at.most(room.right + 0.5);
                  // Where smaller than asked (its size with the number's length taken for nothing),
                  // because it must be: its number then takes more than half the room.
                  number.style.setProperty('--_n', '0.01');
                  const asked = parseFloat(getComputedStyle(number).fontSize);
                  number.style.removeProperty('--_n');
                  if (size < asked - 0.5)
                    expect(word.width, `${number.textContent} at ${size} of ${asked} px in ${inner} px`).to.be.above(0.5 * inner);
                }
              });
  });
