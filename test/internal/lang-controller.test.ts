import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';

import '../../src/index.js';

import type { Board } from '../../src/board/board.js';
import { langWatchers } from '../../src/internal/lang-controller.js';
import type { StatElement } from '../../src/stat/stat.js';
import { part, settled } from '../support/helpers.js';
import { withObserversListed } from '../support/languages.js';

/*
 * An element without its own `lang` follows the page's: a portal's language switch changes
 * `<html lang>`, and every widget re-renders in the new language, through one observer.
 */

const PHONES = {
  label: { vi: 'Thuê bao di động', en: 'Mobile subscriptions' },
  unit: { vi: 'thuê bao', en: 'subscribers' },
  value: 320000,
};

const root = document.documentElement;
const figure = (el: Element) => part(el, '[part="figure"]').textContent!.replace(/\s+/g, ' ').trim();

/**
 * Sets `lang` and waits for what it causes: the observer's callback is a microtask queued by the
 * change itself, so one awaited microtask later it has run, and the updates it asked for are pending.
 */
async function setLang(node: Element, lang: string, ...elements: { updateComplete: Promise<boolean> }[]): Promise<void> {
  node.setAttribute('lang', lang);
  await Promise.resolve();
  await Promise.all(elements.map((el) => el.updateComplete));
}

describe('following the page language', () => {
  const original = root.getAttribute('lang');
  beforeEach(() => root.setAttribute('lang', 'vi'));
  afterEach(() => {
    fixtureCleanup();
    if (original === null) root.removeAttribute('lang');
    else root.setAttribute('lang', original);
  });

  it('re-renders an element without lang when <html lang> changes from vi to en, and back', async () => {
    const el = await settled(await fixture<StatElement>(html`<dx-stat .data=${PHONES}></dx-stat>`));
    expect(figure(el)).to.equal('320.000 thuê bao');
    await setLang(root, 'en', el);
    expect(figure(el)).to.equal('320,000 subscribers');
    expect(part(el, '[part="label"]').textContent!.trim()).to.equal('Mobile subscriptions');
    await setLang(root, 'vi', el);
    expect(figure(el)).to.equal('320.000 thuê bao');
  });

  it('leaves an element with its own lang as it is, and does not re-render it', async () => {
    const el = await settled(await fixture<StatElement>(html`<dx-stat lang="vi" .data=${PHONES}></dx-stat>`));
    let renders = 0;
    el.addEventListener('dx-load', () => (renders += 1));
    const before = el.shadowRoot!.innerHTML;
    await setLang(root, 'en', el);
    expect(figure(el)).to.equal('320.000 thuê bao');
    expect(el.isUpdatePending).to.equal(false);
    expect(el.shadowRoot!.innerHTML).to.equal(before);
    expect(renders).to.equal(0);
  });

  it('follows the nearest ancestor with lang, not the page', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"><dx-stat .data=${PHONES}></dx-stat></div>`);
    const el = await settled(box.querySelector<StatElement>('dx-stat')!);
    expect(figure(el)).to.equal('320,000 subscribers');
    await setLang(root, 'vi', el);
    expect(figure(el)).to.equal('320,000 subscribers');
    await setLang(box, 'vi', el);
    expect(figure(el)).to.equal('320.000 thuê bao');
  });

  it("turns a board's title and every card to the page's new language", async () => {
    const feed = { title: { vi: 'Chuyển đổi số', en: 'Digital transformation' }, indicators: [{ id: 'phones', ...PHONES }] };
    const el = await settled(await fixture<Board>(html`<dx-board .data=${feed}></dx-board>`));
    const card = el.shadowRoot!.querySelector<StatElement>('dx-stat')!;
    await settled(card);
    await setLang(root, 'en', el);
    await card.updateComplete;
    expect(part(el, '[part="title"]').textContent!.trim()).to.equal('Digital transformation');
    expect(figure(card)).to.equal('320,000 subscribers');
  });

  it('uses one observer for the whole page, however many elements', () =>
    withObserversListed(async (made) => {
      expect(langWatchers()).to.deep.equal({ elements: 0, observing: false });
      const box = await fixture<HTMLDivElement>(
        html`<div>${Array.from({ length: 20 }, () => html`<dx-stat .data=${PHONES}></dx-stat>`)}</div>`,
      );
      expect(langWatchers()).to.deep.equal({ elements: 20, observing: true });
      expect(made).to.have.length(1);
      const stats = [...box.querySelectorAll<StatElement>('dx-stat')];
      await Promise.all(stats.map((el) => settled(el)));
      await setLang(root, 'en', ...stats);
      expect(stats.map(figure)).to.deep.equal(Array(20).fill('320,000 subscribers'));
    }));

  it('keeps no removed element, and stops observing when none is left', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 10 }, () => html`<dx-stat .data=${PHONES}></dx-stat>`)}</div>`,
    );
    expect(langWatchers()).to.deep.equal({ elements: 10, observing: true });
    box.firstElementChild!.remove();
    expect(langWatchers().elements).to.equal(9);
    box.remove();
    expect(langWatchers()).to.deep.equal({ elements: 0, observing: false });
  });

  it('picks a moved element up again where it lands', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><dx-stat .data=${PHONES}></dx-stat><p lang="en"></p></div>`);
    const el = await settled(box.querySelector<StatElement>('dx-stat')!);
    box.querySelector('p')!.append(el);
    await el.updateComplete;
    expect(langWatchers().elements).to.equal(1);
    expect(figure(el)).to.equal('320,000 subscribers');
    await setLang(box.querySelector('p')!, 'vi', el);
    expect(figure(el)).to.equal('320.000 thuê bao');
  });
});
