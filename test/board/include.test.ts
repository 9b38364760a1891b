import { expect, fixture, html } from '@open-wc/testing';

import '../../src/index.js';

import type { Board } from '../../src/board/board.js';
import { settled } from '../support/helpers.js';

const FEED = {
  indicators: [
    { id: 'coverage', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
    { id: 'phones', label: 'Thuê bao', unit: 'thuê bao', value: 320000 },
  ],
};

const ids = (el: Board) => [...el.shadowRoot!.querySelectorAll('[part="grid"] > *')].map((c) => c.getAttribute('indicator'));

describe('<dx-board> include', () => {
  it("draws the cards a new include names, where it kept the first include's (the same document read again)", async () => {
    const el = await settled(await fixture<Board>(html`<dx-board include="coverage" .data=${FEED}></dx-board>`));
    expect(ids(el)).to.deep.equal(['coverage']);
    el.include = 'phones';
    await settled(el);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['phones']);
  });
});
