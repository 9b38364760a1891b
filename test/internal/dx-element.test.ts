import { expect, fixture, html } from '@open-wc/testing';

import '../../src/index.js';

import type { DxElement } from '../../src/internal/dx-element.js';
import { FIBRE } from '../support/documents.js';
import { settled } from '../support/helpers.js';

/**
 * What every element shares through the base: its state, read-only, as the `state` attribute
 * pages already style and as a custom state (`:state(ready)`).
 */

const BOARD = { title: 'Lai Châu', asOf: '2024', indicators: [FIBRE] };

// A gauge draws one indicator, a board a collection: both states come from the same base.
const CASES: [string, unknown][] = [
  ['dx-coverage-gauge', FIBRE],
  ['dx-board', BOARD],
];

const mount = (tag: string, data: unknown) =>
  fixture<DxElement>(html`<div></div>`).then((wrapper) => {
    const el = document.createElement(tag) as DxElement;
    (el as DxElement & { data: unknown }).data = data;
    wrapper.append(el);
    return settled(el);
  });

/** The custom states that match the element, of the four it may be in. */
const states = (el: Element) => ['loading', 'ready', 'stale', 'error'].filter((s) => el.matches(`:state(${s})`));

describe('the element base', () => {
  for (const [tag, data] of CASES) {
    describe(`<${tag}>`, () => {
      it('is :state(ready), and state="ready", once its figures are shown', async () => {
        const el = await mount(tag, data);
        expect(states(el)).to.deep.equal(['ready']);
        expect(el.getAttribute('state')).to.equal('ready');
      });

      it('is :state(error) after input it cannot show, and :state(stale) when older figures stay', async () => {
        const el = await mount(tag, 'not json');
        expect(states(el)).to.deep.equal(['error']);
        expect(el.getAttribute('state')).to.equal('error');
        el.data = data;
        await settled(el);
        el.data = 'not json';
        await el.updateComplete;
        expect(states(el)).to.deep.equal(['stale']);
        expect(el.getAttribute('state')).to.equal('stale');
      });

      it('is :state(loading) while its feed loads', async () => {
        const el = await fixture<DxElement>(`<${tag} src="/feed/never-there-${Date.now()}.json"></${tag}>`);
        expect(states(el)).to.deep.equal(['loading']);
        expect(el.getAttribute('state')).to.equal('loading');
      });

      it('keeps its state when a script or the page sets it', async () => {
        const el = await mount(tag, data);
        (el as unknown as { state: string }).state = 'error';
        el.setAttribute('state', 'error');
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(states(el)).to.deep.equal(['ready']);
        expect(el.getAttribute('state')).to.equal('ready');
      });
    });
  }
});
