import { expect, fixture, html } from '@open-wc/testing';

import '../../src/index.js';

import type { LitElement } from 'lit';

import { widgetFor } from '../../src/board/choose.js';
import { formatCount, formatFigure } from '../../src/format/numbers.js';
import { isPercentUnit, unitText } from '../../src/format/text.js';
import { part, settled, visibleText } from '../support/helpers.js';

/*
 * A unit given per language ({ "vi": "thuê bao", "en": "subscribers" }) is shown in the
 * reader's language by every element; a unit given once is shown as given in both.
 */

const SUBSCRIBERS = { vi: 'thuê bao', en: 'subscribers' };
const PHONES = { label: { vi: 'Thuê bao điện thoại thông minh', en: 'Smartphone subscriptions' }, unit: SUBSCRIBERS, value: 320000 };
const FIBRE = {
  label: { vi: 'Hộ gia đình dùng cáp quang', en: 'Households with fibre' },
  unit: { vi: '%', en: '%' },
  value: 41.5,
  count: { part: 43391, whole: 104563, unit: { vi: 'hộ', en: 'households' } },
};
const TEAMS = {
  label: { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital teams' },
  unit: { vi: 'tổ', en: 'teams' },
  value: 750,
  target: { value: 1000, by: '2025' },
};

type Widget = LitElement & { state: string };
const shown = async (template: ReturnType<typeof html>) => settled(await fixture<Widget>(template));
const folded = (el: Element, selector: string) => part(el, selector).textContent!.replace(/\s+/g, ' ').trim();

describe('units in both languages', () => {
  describe('unitText and isPercentUnit', () => {
    it("picks the locale's word, then Vietnamese when the locale's is missing or blank", () => {
      expect(unitText(SUBSCRIBERS, 'en')).to.equal('subscribers');
      expect(unitText(SUBSCRIBERS, 'vi')).to.equal('thuê bao');
      expect(unitText({ vi: 'hộ' }, 'en')).to.equal('hộ');
      expect(unitText({ vi: 'hộ', en: ' ' }, 'en')).to.equal('hộ');
    });

    it('shows a unit given once as given, in every language', () => {
      expect(unitText('thuê bao', 'en')).to.equal('thuê bao');
      expect(unitText(undefined, 'en')).to.equal(undefined);
    });

    it('reads "%" and { vi: "%" } as a percentage, and nothing else', () => {
      expect([isPercentUnit('%'), isPercentUnit({ vi: '%', en: '%' }), isPercentUnit({ vi: '%' })]).to.deep.equal([true, true, true]);
      expect([
        isPercentUnit('thuê bao'),
        isPercentUnit({ vi: 'điểm', en: '%' }),
        isPercentUnit(null),
        isPercentUnit(undefined),
      ]).to.deep.equal([false, false, false, false]);
    });

    it('writes figures and counts with the unit in the locale', () => {
      expect(formatFigure({ value: 320000, unit: SUBSCRIBERS }, 'en')).to.equal('320,000 subscribers');
      expect(formatFigure({ value: 320000, unit: SUBSCRIBERS, approx: 'nearly' }, 'vi')).to.equal('gần 320.000 thuê bao');
      expect(formatFigure({ value: 41.5, unit: { vi: '%', en: '%' } }, 'en')).to.equal('41.5%');
      expect(formatCount(FIBRE.count, 'en')).to.equal('43,391/104,563 households');
      expect(formatCount(FIBRE.count, 'vi')).to.equal('43.391/104.563 hộ');
    });
  });

  describe('<dx-stat>', () => {
    it('reads "320,000 subscribers" in English and "320.000 thuê bao" in Vietnamese', async () => {
      const en = await shown(html`<dx-stat lang="en" .data=${PHONES}></dx-stat>`);
      expect(folded(en, '[part="figure"]')).to.equal('320,000 subscribers');
      expect(part(en, '[part="summary"]').getAttribute('aria-label')).to.equal('320,000 subscribers');
      const vi = await shown(html`<dx-stat lang="vi" .data=${PHONES}></dx-stat>`);
      expect(folded(vi, '[part="figure"]')).to.equal('320.000 thuê bao');
    });

    it('keeps a Vietnamese-only unit word as given in English', async () => {
      const el = await shown(html`<dx-stat lang="en" .data=${{ ...PHONES, unit: 'thuê bao' }}></dx-stat>`);
      expect(folded(el, '[part="figure"]')).to.equal('320,000 thuê bao');
    });

    it('changes the unit word with the language', async () => {
      const el = await shown(html`<dx-stat lang="vi" .data=${PHONES}></dx-stat>`);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(folded(el, '[part="figure"]')).to.equal('320,000 subscribers');
    });
  });

  describe('<dx-coverage-gauge>', () => {
    it('draws a { vi: "%", en: "%" } indicator as a percentage, its counts in the reader\'s words', async () => {
      const el = await shown(html`<dx-coverage-gauge lang="en" .data=${FIBRE}></dx-coverage-gauge>`);
      expect(el.state).to.equal('ready');
      expect(folded(el, '[part="count"]')).to.equal('43,391/104,563 households');
      expect(visibleText(el)).to.include('41.5%');
    });

    it('names a word unit in Vietnamese when it asks for max', async () => {
      const el = await shown(html`<dx-coverage-gauge lang="en" .data=${PHONES}></dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.include('unit "thuê bao" is not %: needs max');
    });

    it("draws a word unit on a scale given by max, in the reader's words", async () => {
      const el = await shown(html`<dx-coverage-gauge lang="en" max="400000" .data=${PHONES}></dx-coverage-gauge>`);
      expect(visibleText(el)).to.include('320,000 subscribers');
    });
  });

  describe('<dx-target-progress>', () => {
    it("writes the target and the gap in the reader's words", async () => {
      const en = await shown(html`<dx-target-progress lang="en" now="2024-06-30" .data=${TEAMS}></dx-target-progress>`);
      expect(folded(en, '[part="target"]')).to.include('1,000 teams');
      expect(visibleText(en)).to.not.include('tổ');
      const vi = await shown(html`<dx-target-progress lang="vi" now="2024-06-30" .data=${TEAMS}></dx-target-progress>`);
      expect(folded(vi, '[part="target"]')).to.include('1.000 tổ');
    });
  });

  describe('<dx-province-rank>', () => {
    it("writes each area's figure in the reader's words", async () => {
      const data = {
        label: 'Điểm chuyển đổi số',
        unit: { vi: 'điểm', en: 'points' },
        area: { code: '12' },
        areas: [
          { code: '12', name: 'Lai Châu', value: 512 },
          { code: '06', name: 'Bắc Kạn', value: 610 },
        ],
      };
      const en = await shown(html`<dx-province-rank lang="en" .data=${data}></dx-province-rank>`);
      expect(visibleText(en)).to.include('512 points').and.not.include('điểm');
    });
  });

  describe('<dx-board>', () => {
    it('gives a { vi: "%" } member a gauge, as it does "%"', () => {
      expect(widgetFor(FIBRE, new Map())).to.equal('coverage-gauge');
      expect(widgetFor(PHONES, new Map())).to.equal('stat');
    });

    it("shows every card's unit in the board's language", async () => {
      const feed = {
        indicators: [
          { id: 'phones', ...PHONES },
          { id: 'fibre', ...FIBRE },
        ],
      };
      const el = await shown(html`<dx-board lang="en" .data=${feed}></dx-board>`);
      const cards = [...el.shadowRoot!.querySelectorAll<Widget>('[part="grid"] > *')];
      await Promise.all(cards.map((card) => settled(card)));
      expect(cards.map((card) => card.localName)).to.deep.equal(['dx-stat', 'dx-coverage-gauge']);
      expect(visibleText(cards[0])).to.include('320,000 subscribers');
      expect(visibleText(cards[1])).to.include('43,391/104,563 households');
    });
  });
});
