import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import '../../src/index.js';

import { langWatchers } from '../../src/internal/lang-controller.js';
import { AREAS_63 } from '../support/documents.js';
import { drawn, langAt, langsInside, readings, withObserversListed, type Element$ } from '../support/languages.js';

/*
 * The page's language (WCAG 3.1.1): an element draws in Vietnamese or English, and what it draws
 * must be read in that language. Under `<html lang="fr">` it draws in Vietnamese (the readers'
 * language), which its content would inherit as French, and a French voice would read: so what it
 * draws says `lang="vi"`. Under `vi-VN` or `en-GB` nothing is added (the same language, whose
 * region the reader's voice keeps), and the element's own `lang` is the page's: never touched.
 */

const BOTH = {
  label: { vi: 'Thuê bao di động', en: 'Mobile subscriptions' },
  unit: { vi: 'thuê bao', en: 'subscriptions' },
  value: 320000,
  asOf: '2024',
  note: { vi: 'Số liệu sơ bộ', en: 'Provisional figures' },
  source: { name: 'Sở TT&TT Lai Châu', url: 'https://example.org/' },
};
const SERIES = [
  { asOf: '2022', value: 300000 },
  { asOf: '2023', value: 310000 },
];
const PERCENT = {
  ...BOTH,
  unit: '%',
  value: 41.5,
  target: { value: 80, by: '2025', label: { vi: 'Mục tiêu tỉnh', en: 'Provincial target' } },
};
const AREAS = {
  ...BOTH,
  area: { code: '06' },
  areas: AREAS_63,
  benchmarks: [{ label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 60 }],
};
const TARGET = { ...BOTH, target: { value: 400000, by: '2025' } };
const FEED = {
  title: { vi: 'Chuyển đổi số Lai Châu', en: 'Lai Chau digital transformation' },
  indicators: [
    { ...PERCENT, id: 'gauge' },
    { ...BOTH, id: 'stat', series: SERIES },
    { ...TARGET, id: 'target' },
    { ...AREAS, id: 'rank' },
    { ...AREAS, id: 'map', widget: 'map' },
    { ...BOTH, id: 'trend', widget: 'trend', series: SERIES },
  ],
};

/** Every element, as a page holds it: no `lang` of its own. */
const ELEMENTS: [string, () => TemplateResult][] = [
  ['gauge', () => html`<dx-coverage-gauge .data=${PERCENT}></dx-coverage-gauge>`],
  ['stat', () => html`<dx-stat .data=${{ ...BOTH, series: SERIES }}></dx-stat>`],
  ['target', () => html`<dx-target-progress now="2024-06-01" .data=${TARGET}></dx-target-progress>`],
  ['inline target', () => html`<dx-target-progress variant="inline" now="2024-06-01" .data=${TARGET}></dx-target-progress>`],
  ['ranking', () => html`<dx-province-rank .data=${AREAS}></dx-province-rank>`],
  ['map', () => html`<dx-province-map .data=${AREAS}></dx-province-map>`],
  ['trend', () => html`<dx-trend now="2024-06-01" .data=${{ ...BOTH, series: SERIES }}></dx-trend>`],
  ['board', () => html`<dx-board now="2024-06-01" .data=${FEED}></dx-board>`],
];

const root = document.documentElement;
const original = root.getAttribute('lang');
const restore = () => (original === null ? root.removeAttribute('lang') : root.setAttribute('lang', original));

/** The languages a screen reader reads the element's texts in, each once, with a text read in each. */
const langsRead = (el: Element) => {
  const found = new Map<string | null, string>();
  for (const [text, lang] of readings(el)) if (!found.has(lang)) found.set(lang, text);
  return Object.fromEntries(found);
};

/** Sets `lang` and waits for what it causes (the observer's callback is a microtask; then the updates). */
async function setLang(node: Element, lang: string, ...elements: Element$[]): Promise<void> {
  node.setAttribute('lang', lang);
  await Promise.resolve();
  await Promise.all(elements.map((el) => drawn(el)));
}

describe('the language an element draws in, declared where the page says another (WCAG 3.1.1)', () => {
  afterEach(() => {
    fixtureCleanup();
    restore();
  });

  // Page language → the language every text is read in.
  const PAGES: [string, string][] = [
    ['vi', 'vi'],
    ['en', 'en'],
    // Same language, another region: nothing added, the reader's voice for the region kept.
    ['vi-VN', 'vi-VN'],
    ['en-GB', 'en-GB'],
    // Neither: the element draws in Vietnamese, and says so.
    ['fr', 'vi'],
    ['zh', 'vi'],
  ];

  for (const [name, template] of ELEMENTS) {
    for (const [page, read] of PAGES) {
      it(`reads every text of the ${name} in ${read} under a page in ${page}`, async () => {
        root.setAttribute('lang', page);
        const el = await drawn(await fixture<Element$>(template()));
        expect(readings(el).length).to.be.above(1);
        expect(langsRead(el)).to.have.all.keys(read);
        // The element's own lang is the page's: none added; :lang() still matches the page's.
        expect(el.hasAttribute('lang')).to.equal(false);
        expect(el.matches(`:lang(${page})`)).to.equal(true);
        if (page === 'fr') await expect(el).to.be.accessible();
      });
    }
  }

  it('marks document text in a third language under a French page, and the page’s own words not at all', async () => {
    root.setAttribute('lang', 'fr');
    const data = { ...BOTH, label: { en: 'Mobile subscriptions' }, unit: { vi: 'thuê bao' }, note: { fr: 'Chiffres provisoires' } };
    const el = await drawn(await fixture<Element$>(html`<dx-stat .data=${data}></dx-stat>`));
    const read = langsRead(el);
    expect(read).to.have.all.keys('vi', 'en', 'fr');
    expect(read.en).to.equal('Mobile subscriptions');
    expect(read.fr).to.equal('Chiffres provisoires');
    expect(readings(el).filter(([text]) => text.includes('thuê bao'))).to.deep.equal([['thuê bao', 'vi']]);
    await expect(el).to.be.accessible();
  });

  it('and, under an English page, a Vietnamese-only unit in every element that shows it: the rest in English', async () => {
    root.setAttribute('lang', 'en');
    const unit = { vi: 'thuê bao' };
    for (const template of [
      html`<dx-stat .data=${{ ...BOTH, unit, series: SERIES }}></dx-stat>`,
      html`<dx-target-progress now="2024-06-01" .data=${{ ...TARGET, unit }}></dx-target-progress>`,
      html`<dx-province-rank .data=${{ ...AREAS, unit }}></dx-province-rank>`,
      html`<dx-province-map .data=${{ ...AREAS, unit }}></dx-province-map>`,
      html`<dx-trend now="2024-06-01" .data=${{ ...BOTH, unit, series: SERIES }}></dx-trend>`,
      html`<dx-board now="2024-06-01" .data=${{ ...FEED, indicators: FEED.indicators.map((m) => (m.unit === '%' ? m : { ...m, unit })) }}></dx-board>`,
    ]) {
      const el = await drawn(await fixture<Element$>(template));
      const read = readings(el);
      expect(read.filter(([text]) => text === 'thuê bao').length, el.localName).to.be.above(0);
      for (const [text, lang] of read) expect([text, lang], el.localName).to.deep.equal([text, text === 'thuê bao' ? 'vi' : 'en']);
      fixtureCleanup();
    }
  });

  it('keeps the lang a page gives the element itself, and draws under it in the language it says or in Vietnamese', async () => {
    const french = await drawn(await fixture<Element$>(html`<dx-stat lang="fr" .data=${BOTH}></dx-stat>`));
    expect(french.getAttribute('lang')).to.equal('fr');
    expect(langsRead(french)).to.have.all.keys('vi');
    const british = await drawn(await fixture<Element$>(html`<dx-stat lang="en-GB" .data=${BOTH}></dx-stat>`));
    expect(langsRead(british)).to.have.all.keys('en-GB');
    expect(langsInside(british)).to.deep.equal([]);
  });

  // Odd tags (src/format/locale.ts, languageOf): a well-formed tag names its language, case and
  // private parts aside; a malformed one none, English letters or not, so the element draws in
  // Vietnamese and says so. Every element, each read in one language and drawing its words in it.
  const LONG = 'abcdefgh-'.repeat(1100);
  for (const [what, tag, read] of [
    ['an empty lang (language unknown)', '', 'vi'],
    ['a malformed lang', 'xx-invalid-!!', 'vi'],
    ['a French lang of 10 kB', `fr-${LONG}x`, 'vi'],
    ['an English lang of 10 kB', `en-${LONG}x`, `en-${LONG}x`],
    ['an English lang of 10 kB, malformed', `en-${'!'.repeat(10_000)}`, 'vi'],
    ['a Vietnamese lang with whitespace', ' vi ', 'vi'],
    ['an English lang with whitespace', ' en', 'vi'],
    ['an English lang cut short', 'en-', 'vi'],
    ['a Vietnamese lang cut short', 'vi-', 'vi'],
    ['an English lang with an underscore', 'EN_us', 'vi'],
    ['a private-use tag', 'x-en', 'vi'],
    ['a grandfathered tag', 'i-klingon', 'vi'],
    ['an English lang with a private-use part', 'en-GB-x-private', 'en-GB-x-private'],
    ['an English lang in capitals', 'EN-us', 'EN-us'],
  ]) {
    const words = read.startsWith('vi') ? BOTH.label.vi : BOTH.label.en;
    it(`draws every element in one language, and declares it, under ${what}`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang=${tag}>${ELEMENTS.map(([, template]) => template())}</div>`);
      for (const el of box.children as HTMLCollectionOf<Element$>) {
        await drawn(el);
        const name = `${el.localName} under ${what}`;
        expect(langsRead(el), name).to.have.all.keys(read);
        expect(
          readings(el).some(([text]) => text.includes(words)),
          `${name}: “${words}”`,
        ).to.equal(true);
        expect(el.hasAttribute('lang'), name).to.equal(false);
      }
      await expect(box.querySelector('dx-stat')).to.be.accessible();
    });
  }

  it('declares Vietnamese where the page declares no language at all', async () => {
    root.removeAttribute('lang');
    const el = await drawn(await fixture<Element$>(html`<dx-stat .data=${BOTH}></dx-stat>`));
    expect(langsRead(el)).to.have.all.keys('vi');
  });

  it('follows the page’s language as it changes: vi, fr, en, zh, vi-VN, and back', async () => {
    root.setAttribute('lang', 'vi');
    const box = await fixture<HTMLDivElement>(html`<div>${ELEMENTS.map(([, template]) => template())}</div>`);
    const elements = [...box.children] as Element$[];
    await Promise.all(elements.map(drawn));
    for (const [page, read] of [
      ['fr', 'vi'],
      ['vi', 'vi'],
      ['en', 'en'],
      ['zh', 'vi'],
      ['vi-VN', 'vi-VN'],
      ['fr', 'vi'],
      ['en-GB', 'en-GB'],
    ]) {
      await setLang(root, page, ...elements);
      for (const el of elements) expect(langsRead(el), `${el.localName} under ${page}`).to.have.all.keys(read);
    }
  });

  it('changed 1,000 times at once, draws each element once more, in the last language', async () => {
    root.setAttribute('lang', 'vi');
    const box = await fixture<HTMLDivElement>(html`<div>${ELEMENTS.map(([, template]) => template())}</div>`);
    const elements = [...box.children] as (Element$ & { render(): unknown })[];
    await Promise.all(elements.map(drawn));
    let renders = 0;
    for (const el of elements) {
      const render = el.render.bind(el);
      el.render = () => {
        renders += 1;
        return render();
      };
    }
    for (let i = 0; i < 1000; i++) root.setAttribute('lang', PAGES[i % PAGES.length][0]);
    root.setAttribute('lang', 'fr');
    await Promise.resolve();
    await Promise.all(elements.map((el) => el.updateComplete));
    // One callback of the observer for the thousand changes, one update each.
    expect(renders).to.equal(elements.length);
    for (const el of elements) expect(langsRead(el), el.localName).to.have.all.keys('vi');
  });

  it('changed 1,000 times one after another, follows through the one observer, and keeps no element it should not', () =>
    withObserversListed(async (made) => {
      root.setAttribute('lang', 'vi');
      const before = langWatchers();
      const box = await fixture<HTMLDivElement>(
        html`<div>${Array.from({ length: 10 }, () => html`<dx-stat .data=${BOTH}></dx-stat>`)}</div>`,
      );
      const elements = [...box.children] as Element$[];
      await Promise.all(elements.map(drawn));
      const watching = langWatchers();
      expect(watching.elements).to.equal(before.elements + 10);
      for (let i = 0; i < 1000; i++) {
        root.setAttribute('lang', PAGES[i % PAGES.length][0]);
        await Promise.resolve();
      }
      await Promise.all(elements.map(drawn));
      const [page, read] = PAGES[999 % PAGES.length];
      for (const el of elements) expect(langsRead(el), `${el.localName} under ${page}`).to.have.all.keys(read);
      expect(langWatchers()).to.deep.equal(watching);
      expect(made.length, 'observers made').to.be.at.most(1);
      box.remove();
      expect(langWatchers()).to.deep.equal(before);
    }));

  it('writes the lang it declares only when it changes, not at every update (each write restyles all beneath it)', async () => {
    root.setAttribute('lang', 'fr');
    const box = await fixture<HTMLDivElement>(html`<div>${ELEMENTS.map(([, template]) => template())}</div>`);
    const elements = [...box.children] as Element$[];
    await Promise.all(elements.map(drawn));
    // Every element, the board's cards too: each has its own shadow root, and its own update.
    const drawers = elements.flatMap((el) => [el, ...el.shadowRoot!.querySelectorAll<Element$>('[part="grid"] > *')]);
    const writes: string[] = [];
    const observers = drawers.map((el) => {
      const observer = new MutationObserver((records) => records.forEach(() => writes.push(el.localName)));
      observer.observe(el.shadowRoot!, { attributes: true, attributeFilter: ['lang'], subtree: true });
      return observer;
    });
    for (let i = 0; i < 3; i++) {
      for (const el of drawers) el.requestUpdate();
      await Promise.all(elements.map(drawn));
    }
    observers.forEach((observer, i) => writes.push(...observer.takeRecords().map(() => drawers[i].localName)));
    expect(writes).to.deep.equal([]);
    // A change of language is still written, once.
    await setLang(root, 'en', ...elements);
    for (const el of elements) expect(langsRead(el), `${el.localName} under en`).to.have.all.keys('en');
    await setLang(root, 'zh', ...elements);
    for (const el of elements) expect(langsRead(el), `${el.localName} under zh`).to.have.all.keys('vi');
    observers.forEach((observer) => observer.disconnect());
  });

  it('sets the lang on what the element drew, not on a card’s host nor in the page', async () => {
    root.setAttribute('lang', 'fr');
    const el = await drawn(await fixture<Element$>(html`<dx-board .data=${FEED}></dx-board>`));
    const top = [...el.shadowRoot!.children].filter((node) => node.localName !== 'style');
    expect(top.map((node) => node.getAttribute('lang'))).to.deep.equal(['vi']);
    expect(langAt(el)).to.equal('fr');
  });
});
