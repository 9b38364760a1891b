import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';

import '../../src/board/dx-board.js';
import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/province-map/dx-province-map.js';
import '../../src/province-rank/dx-province-rank.js';
import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';
import '../../src/trend/dx-trend.js';

import { marker } from '../../src/internal/templates.js';
import { AREAS_63 } from '../support/documents.js';
import { part } from '../support/helpers.js';
import { drawn, langAt, langsInside, langsOf, type Element$ } from '../support/languages.js';

/*
 * Languages of parts (WCAG 3.1.2): document text given in one language only is read in that
 * language inside an element of another (test/support/languages.ts: what a screen reader is given).
 */

interface AccessibleNode {
  role?: string;
  name?: string;
  children?: AccessibleNode[];
}
/** Every node of the browser's accessibility tree with a role, as "role: name". */
const tree = (node: AccessibleNode): string[] => [`${node.role}: ${node.name ?? ''}`, ...(node.children ?? []).flatMap(tree)];

async function widget(template: ReturnType<typeof html>): Promise<Element$> {
  return drawn(await fixture<Element$>(template));
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

  describe('a unit word given in Vietnamese only, under lang="en"', () => {
    const SUBSCRIPTIONS = {
      label: 'Mobile subscriptions',
      unit: { vi: 'thuê bao' },
      value: 1200,
      asOf: '2024',
      area: { code: '06' },
      areas: AREAS_63,
      benchmarks: [{ label: 'National average', value: 40 }],
    };

    /** Each value cell of the ranking's table: its figure read in the element's language, its unit word in Vietnamese. */
    function cells(el: Element): [string | null, string | null][] {
      return [...el.shadowRoot!.querySelectorAll('[role="row"]:not(.head):not(.gap) > [role="cell"]:last-child')].map((cell) => [
        langAt(cell.firstChild!.nodeType === Node.TEXT_NODE ? cell.firstChild! : cell),
        langAt([...cell.querySelectorAll('*')].find((n) => n.textContent === 'thuê bao') ?? cell),
      ]);
    }

    it('is read in Vietnamese in every cell of the ranking’s and the map’s table, and in their benchmarks', async () => {
      for (const [template, heard] of [
        // The table's 63, the benchmark's line, the summary's value and comparison ("higher than National average (40 thuê bao)").
        [html`<dx-province-rank lang="en" .data=${SUBSCRIPTIONS}></dx-province-rank>`, 66],
        // The table's 63, the benchmark's line, the highlighted tile's line.
        [html`<dx-province-map lang="en" .data=${SUBSCRIPTIONS}></dx-province-map>`, 65],
      ] as const) {
        const el = await widget(template);
        expect(cells(el), el.localName).to.have.length(63);
        expect(cells(el), el.localName).to.deep.equal(Array(63).fill(['en', 'vi']));
        expect(langsOf(el, 'thuê bao'), el.localName).to.satisfy((langs: string[]) => langs.every((l) => l === 'vi'));
        expect(langsOf(el, 'thuê bao').length, el.localName).to.equal(heard);
        const benchmark = el.shadowRoot!.querySelector('[part="benchmarks"] li')!;
        expect(langAt(benchmark.querySelector('span[lang]')!), el.localName).to.equal('vi');
        expect(benchmark.textContent!.replace(/\s+/g, ' ').trim(), el.localName).to.match(/National average: 40 thuê bao$/);
        await expect(el).to.be.accessible();
      }
    });

    it('is read in Vietnamese in the map’s caption for the tile focused', async () => {
      const el = await widget(html`<dx-province-map lang="en" .data=${SUBSCRIPTIONS}></dx-province-map>`);
      el.shadowRoot!.querySelector<SVGElement>('[data-code="01"]')!.focus();
      await el.updateComplete;
      const caption = part(el, '[part="caption"]');
      expect(caption.textContent).to.match(/^Ha Noi: [\d,]+ thuê bao · \d+(st|nd|rd|th) of 63$/);
      expect(langAt(caption.querySelector('span')!)).to.equal('vi');
      expect(langAt(caption.firstChild!)).to.equal('en');
    });

    it('as a plain string, declares nothing (none is guessed), as in every other element', async () => {
      for (const template of [
        html`<dx-province-rank lang="en" .data=${{ ...SUBSCRIPTIONS, unit: 'thuê bao' }}></dx-province-rank>`,
        html`<dx-province-map lang="en" .data=${{ ...SUBSCRIPTIONS, unit: 'thuê bao' }}></dx-province-map>`,
      ]) {
        const el = await widget(template);
        expect(langsInside(el), el.localName).to.deep.equal([]);
      }
    });
  });

  describe('province names from the registry', () => {
    // The decision (README, docs/format.md): under lang="en" the registry names a unit as English
    // text writes it, without diacritics ("Bac Kan", as English-language news does), and an English
    // voice reads it as an English reader says it; marked Vietnamese, a Vietnamese voice would
    // read syllables without their tones, which is no Vietnamese. In Vietnamese they are
    // Vietnamese. So they are never marked: the ranking's rows and summary, the map's tiles, its
    // lines and its list of units with no figure, and so on a board's cards.
    const DATA = { label: 'Fibre', unit: '%', asOf: '2024', value: 80, area: { code: '06' }, areas: AREAS_63.slice(1) };
    // A ranking's card and a map's.
    const BOARD = {
      indicators: [
        { ...DATA, id: 'a' },
        { ...DATA, id: 'b' },
      ],
    };

    it('are English text in an English element and Vietnamese in a Vietnamese one: no lang of their own', async () => {
      for (const [lang, name] of [
        ['en', 'Bac Kan'],
        ['vi', 'Bắc Kạn'],
      ]) {
        for (const template of [
          html`<dx-province-rank lang=${lang} .data=${DATA}></dx-province-rank>`,
          html`<dx-province-map lang=${lang} .data=${DATA}></dx-province-map>`,
          html`<dx-board lang=${lang} widgets="b:map" .data=${BOARD}></dx-board>`,
        ]) {
          const el = await widget(template);
          expect(langsOf(el, name).length, `${el.localName} ${lang}`).to.be.above(1);
          expect([...new Set(langsOf(el, name))], `${el.localName} ${lang}`).to.deep.equal([lang]);
          // The map's unit with no figure (Hà Nội), listed by name.
          const hanoi = lang === 'en' ? 'Ha Noi' : 'Hà Nội';
          const what = `${el.localName} ${lang}`;
          if (el.localName !== 'dx-province-rank') expect([...new Set(langsOf(el, hanoi))], what).to.deep.equal([lang]);
          expect(
            langsInside(el).filter((l) => l !== lang),
            what,
          ).to.deep.equal([]);
        }
      }
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
