import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

import '../../src/board/dx-board.js';
import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/province-map/dx-province-map.js';
import '../../src/province-rank/dx-province-rank.js';
import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';
import '../../src/trend/dx-trend.js';

import { marker } from '../../src/internal/templates.js';
import { AREAS_63 } from '../support/documents.js';
import { part, settled } from '../support/helpers.js';

/*
 * Languages of parts (WCAG 3.1.2): document text given in one language only is read in that
 * language inside an element of another. What is asserted is what a screen reader is given:
 * the text it reads (not hidden from it), and the `lang` it reads that text in, the nearest
 * one above the text through shadow roots, as the browser works it out for the page's tree.
 */

type Element$ = LitElement & { state: string };

/** The language a screen reader reads `node` in: the nearest `lang` above it, through shadow roots. */
function langAt(node: Node): string | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el) {
    const tagged = el.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang');
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Whether a screen reader is given `node`: not under `aria-hidden="true"` or `hidden`, nor in a style. */
function heard(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.localName === 'style') return false;
  }
  return true;
}

/** Each text a screen reader is given in `el` (its cards' too), with the language it reads it in. */
function readings(el: Element): [string, string | null][] {
  const out: [string, string | null][] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) walk(node.shadowRoot);
      } else if (node.textContent!.trim() && heard(node)) out.push([node.textContent!.trim(), langAt(node)]);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

/** The languages `text` is read in, wherever a screen reader is given it in `el` (a text node holding it, or it alone). */
const langsOf = (el: Element, text: string) =>
  readings(el)
    .filter(([t]) => t.includes(text))
    .map(([, lang]) => lang);

/** Every `lang` set inside the element's shadow root (and its cards'): none is spurious. */
function langsInside(el: Element): string[] {
  const found: string[] = [];
  const walk = (root: ShadowRoot) =>
    root.querySelectorAll('*').forEach((node) => {
      if (node.hasAttribute('lang') && !node.shadowRoot) found.push(node.getAttribute('lang')!);
      if (node.shadowRoot) walk(node.shadowRoot);
    });
  walk(el.shadowRoot!);
  return found;
}

interface AccessibleNode {
  role?: string;
  name?: string;
  children?: AccessibleNode[];
}
/** Every node of the browser's accessibility tree with a role, as "role: name". */
const tree = (node: AccessibleNode): string[] => [`${node.role}: ${node.name ?? ''}`, ...(node.children ?? []).flatMap(tree)];

async function widget(template: ReturnType<typeof html>): Promise<Element$> {
  const el = await settled(await fixture<Element$>(template));
  // A trend draws for its measured column a frame later; a board's cards draw after it.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const card of el.shadowRoot!.querySelectorAll<Element$>('[part="grid"] > *')) await settled(card);
  await el.updateComplete;
  return el;
}

const VI_LABEL = 'Hộ gia đình dùng Internet cáp quang';
const VI_TARGET = 'Mục tiêu quốc gia';
const FIBRE = { label: { vi: VI_LABEL }, unit: '%', value: 41.5, asOf: '2024' };

describe('languages of parts (WCAG 3.1.2)', () => {
  describe('document text in our sentences', () => {
    it('finds document text in a sentence where it stands as words, its first letter in either case, the longest first', async () => {
      const mark = marker(
        { unit: { vi: 'ha' }, benchmarks: [{ label: { vi: 'Trung bình cả nước' }, value: 1 }], label: { vi: 'Trung bình' } },
        'en',
      );
      const el = await fixture<HTMLElement>(html`<p>${mark('higher than trung bình cả nước (5 ha), Trung bình')}</p>`);
      const spans = [...el.querySelectorAll('span')].map((s) => `${s.lang}:${s.textContent}`);
      expect(spans).to.deep.equal(['vi:trung bình cả nước', 'vi:ha', 'vi:Trung bình']);
      expect(el.textContent).to.equal('higher than trung bình cả nước (5 ha), Trung bình');
      expect(marker({ label: { vi: 'Hộ', en: 'Households' } }, 'en')('Households')).to.equal('Households');
    });
  });

  describe('a label given in Vietnamese only, under lang="en"', () => {
    it('is read in Vietnamese in every element that shows it', async () => {
      const elements = [
        html`<dx-coverage-gauge lang="en" .data=${FIBRE}></dx-coverage-gauge>`,
        html`<dx-stat lang="en" .data=${FIBRE}></dx-stat>`,
        html`<dx-target-progress lang="en" now="2024-06-01" .data=${{ ...FIBRE, target: { value: 80, by: '2025' } }}></dx-target-progress>`,
        html`<dx-target-progress lang="en" variant="inline" now="2024-06-01" .data=${{ ...FIBRE, target: { value: 80, by: '2025' } }}></dx-target-progress>`,
        html`<dx-province-rank lang="en" .data=${{ ...FIBRE, area: { code: '06' }, rank: { position: 7, of: 63 } }}></dx-province-rank>`,
        html`<dx-province-map lang="en" .data=${{ ...FIBRE, areas: AREAS_63 }}></dx-province-map>`,
        html`<dx-trend lang="en" .data=${{ ...FIBRE, series: [{ asOf: '2022', value: 30 }] }}></dx-trend>`,
      ];
      for (const template of elements) {
        const el = await widget(template);
        const label = el.shadowRoot!.querySelector('[part="label"]')!;
        expect(label.textContent!.trim(), el.localName).to.equal(VI_LABEL);
        expect(langsOf(el, VI_LABEL).length, el.localName).to.be.above(0);
        expect(langsOf(el, VI_LABEL), el.localName).to.satisfy((langs: string[]) => langs.every((l) => l === 'vi'));
        // Our own words around it stay in the element's language.
        expect(langAt(el.shadowRoot!.querySelector('[part="meta"], [part="figure"]')!), el.localName).to.equal('en');
      }
    });

    it('is read in Vietnamese as a board’s title, a note and a ranking’s table caption', async () => {
      const feed = {
        title: { vi: 'Chuyển đổi số Lai Châu' },
        indicators: [{ ...FIBRE, id: 'fibre', label: { vi: VI_LABEL, en: 'Fibre' } }],
      };
      const board = await widget(html`<dx-board lang="en" .data=${feed}></dx-board>`);
      expect(langsOf(board, 'Chuyển đổi số Lai Châu')).to.deep.equal(['vi']);
      expect(langsOf(board, 'Fibre')).to.deep.equal(['en']);
      const stat = await widget(html`<dx-stat lang="en" .data=${{ ...FIBRE, note: { vi: 'Số liệu sơ bộ' } }}></dx-stat>`);
      expect(langsOf(stat, 'Số liệu sơ bộ')).to.deep.equal(['vi']);
      const ranking = await widget(html`<dx-province-rank lang="en" .data=${{ ...FIBRE, areas: AREAS_63 }}></dx-province-rank>`);
      expect(langAt(part(ranking, '#caption').firstElementChild!)).to.equal('vi');
    });

    it('and the other way: English only in a Vietnamese element, French where neither is given', async () => {
      const english = await widget(html`<dx-stat lang="vi" .data=${{ ...FIBRE, label: { en: 'Households with fibre' } }}></dx-stat>`);
      expect(langsOf(english, 'Households with fibre')).to.deep.equal(['en']);
      expect(langAt(part(english, '[part="meta"]'))).to.equal('vi');
      const french = await widget(html`<dx-stat lang="en" .data=${{ ...FIBRE, label: { fr: 'Ménages raccordés' } }}></dx-stat>`);
      expect(langsOf(french, 'Ménages raccordés')).to.deep.equal(['fr']);
      await expect(french).to.be.accessible();
    });

    it('gives the gauge’s and the progress bar’s name and value as a line read in two voices, the meter hidden', async () => {
      const gauge = await widget(html`<dx-coverage-gauge lang="en" .data=${FIBRE}></dx-coverage-gauge>`);
      expect(part(gauge, '[part="meter"]').getAttribute('aria-hidden')).to.equal('true');
      // The line: the label in Vietnamese, then the value in English.
      const line = part(gauge, '[part="meter"]').previousElementSibling!;
      expect(line.textContent).to.equal(`${VI_LABEL}, 41.5%`);
      expect(
        [...line.childNodes]
          .filter((n) => n.nodeType !== Node.COMMENT_NODE && n.textContent!.trim())
          .map((n) => [n.textContent, langAt(n)]),
      ).to.deep.equal([
        [VI_LABEL, 'vi'],
        [', 41.5%', 'en'],
      ]);
      // What the browser gives a screen reader: the line, then the label; the figure once.
      expect(tree((await a11ySnapshot({})) as unknown as AccessibleNode)).to.deep.equal([
        'RootWebArea: ',
        `StaticText: ${VI_LABEL}`,
        'StaticText: , 41.5%',
        `StaticText: ${VI_LABEL}`,
        'StaticText: Data as of 2024',
      ]);
      await expect(gauge).to.be.accessible();

      const progress = await widget(
        html`<dx-target-progress lang="en" now="2024-06-01" .data=${{ ...FIBRE, target: { value: 80, by: '2025', label: { vi: VI_TARGET } } }}></dx-target-progress>`,
      );
      expect(part(progress, '[part="bar"]').getAttribute('aria-hidden')).to.equal('true');
      expect(langsOf(progress, VI_TARGET)).to.deep.equal(['vi', 'vi']);
      await expect(progress).to.be.accessible();
    });
  });

  describe('a target’s label in Vietnamese only, under lang="en"', () => {
    const target = { value: 80, by: '2025', label: { vi: VI_TARGET } };

    it('is read in Vietnamese on the gauge’s target line and in the line that stands for its meter', async () => {
      const el = await widget(
        html`<dx-coverage-gauge lang="en" .data=${{ ...FIBRE, label: { vi: VI_LABEL, en: 'Fibre' }, target }}></dx-coverage-gauge>`,
      );
      expect(langsOf(el, VI_TARGET)).to.deep.equal(['vi', 'vi']);
      expect(langsOf(el, 'Fibre')).to.deep.equal(['en', 'en']);
      await expect(el).to.be.accessible();
    });

    it('turns the stat’s summary, whose name would mix two languages, into a line read in each', async () => {
      const el = await widget(html`<dx-stat lang="en" .data=${{ ...FIBRE, label: 'Fibre', target }}></dx-stat>`);
      const summary = part(el, '[part="summary"]');
      expect(summary.getAttribute('aria-hidden')).to.equal('true');
      expect(langsOf(el, VI_TARGET)).to.deep.equal(['vi']);
      const line = summary.previousElementSibling!;
      expect(line.textContent).to.equal(summary.getAttribute('aria-label'));
      expect(line.textContent).to.equal(`41.5%, 51% of target (${VI_TARGET})`);
      await expect(el).to.be.accessible();
    });

    it('is read in Vietnamese in the trend’s chart sentence and its table', async () => {
      const data = { ...FIBRE, label: 'Fibre', series: [{ asOf: '2022', value: 30 }], target };
      const el = await widget(html`<dx-trend lang="en" now="2024-06-01" .data=${data}></dx-trend>`);
      expect(part(el, '[part="chart"]').getAttribute('aria-hidden')).to.equal('true');
      expect(langsOf(el, VI_TARGET)).to.deep.equal(['vi']);
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(langsOf(el, VI_TARGET)).to.deep.equal(['vi']);
      expect(langAt(el.shadowRoot!.querySelector('[role="cell"]')!)).to.equal('en');
    });

    it('is read in Vietnamese on the ranking’s goal line and benchmark, and in its comparison', async () => {
      const data = {
        ...FIBRE,
        label: 'Fibre',
        area: { code: '06' },
        areas: AREAS_63,
        rank: { of: 63, target: { top: 15, by: '2025', label: { vi: 'Nghị quyết 01' } } },
        benchmarks: [{ label: { vi: 'Trung bình cả nước' }, value: 79.13 }],
      };
      const el = await widget(html`<dx-province-rank lang="en" now="2024-06-01" .data=${data}></dx-province-rank>`);
      expect(langsOf(el, 'Nghị quyết 01')).to.deep.equal(['vi']);
      expect(langsOf(el, 'Trung bình cả nước')).to.deep.equal(['vi']);
      // "higher than trung bình cả nước": the label in a sentence, its first letter lowered.
      expect(langsOf(el, 'trung bình cả nước')).to.deep.equal(['vi']);
      await expect(el).to.be.accessible();
      const map = await widget(html`<dx-province-map lang="en" now="2024-06-01" .data=${data}></dx-province-map>`);
      expect(langsOf(map, 'Nghị quyết 01')).to.deep.equal(['vi']);
      expect(langsOf(map, 'Trung bình cả nước')).to.deep.equal(['vi']);
      await expect(map).to.be.accessible();
    });
  });

  describe('where the languages match, or none is declared', () => {
    it('sets no lang in any element, its names as they were', async () => {
      const both = { label: { vi: VI_LABEL, en: 'Households with fibre' }, unit: '%', value: 41.5, asOf: '2024' };
      const target = { value: 80, by: '2025', label: { vi: VI_TARGET, en: 'National target' } };
      for (const [lang, data] of [
        ['en', { ...both, target }],
        ['vi', { ...both, target }],
        // A plain string declares no language: none is guessed.
        ['en', { ...both, label: VI_LABEL, target: { ...target, label: VI_TARGET } }],
      ] as const) {
        for (const template of [
          html`<dx-coverage-gauge lang=${lang} .data=${data}></dx-coverage-gauge>`,
          html`<dx-stat lang=${lang} .data=${data}></dx-stat>`,
          html`<dx-target-progress lang=${lang} now="2024-06-01" .data=${data}></dx-target-progress>`,
          html`<dx-trend lang=${lang} now="2024-06-01" .data=${{ ...data, series: [{ asOf: '2022', value: 30 }] }}></dx-trend>`,
          html`<dx-province-rank lang=${lang} .data=${{ ...data, areas: AREAS_63 }}></dx-province-rank>`,
          html`<dx-province-map lang=${lang} .data=${{ ...data, areas: AREAS_63 }}></dx-province-map>`,
        ]) {
          const el = await widget(template);
          expect(langsInside(el), `${el.localName} ${lang}`).to.deep.equal([]);
          expect(
            el.shadowRoot!.querySelector('[role="img"][aria-hidden], [role="meter"][aria-hidden], [role="progressbar"][aria-hidden]'),
          ).to.equal(null);
        }
      }
    });
  });
});
