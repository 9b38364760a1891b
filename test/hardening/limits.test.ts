import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/index.js';

import type { Board } from '../../src/board/board.js';
import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { MAX_CARDS, MAX_DEPTH, MAX_ITEMS, MAX_TEXT } from '../../src/spec/limits.js';
import { parseJson, readCollection, selectIndicator, validateDocument } from '../../src/spec/validate.js';
import { part, settled } from '../support/helpers.js';

/** What one document may cost to draw (docs/limits.md): text length, list sizes, cards on a board. */

const base = { label: 'Sóng di động', unit: '%', value: 50 };
const messages = (result: { ok: boolean; errors?: { path: string; message: { vi: string; en: string } }[] }) =>
  result.ok ? [] : result.errors!.map((e) => `${e.path}: ${e.message.en}`);
const series = (n: number) =>
  // Day after day from 1990: years stay within 1900–2100.
  Array.from({ length: n }, (_, i) => ({ asOf: new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10), value: 50 }));
const member = (i: number) => ({ id: `m${i}`, label: `Chỉ số ${i}`, unit: 'hộ', value: i });
/** A plan with a milestone a year from 1950: deadlines in order, years within 1900–2100. */
const milestones = <T>(n: number, goal: (i: number) => T) => Array.from({ length: n }, (_, i) => ({ ...goal(i), by: String(1950 + i) }));

describe('document limits', () => {
  describe('text', () => {
    it(`accepts ${MAX_TEXT} characters in a text field and refuses one more, naming the field and both numbers`, () => {
      expect(selectIndicator({ ...base, note: 'x'.repeat(MAX_TEXT) }).ok).to.equal(true);
      expect(messages(selectIndicator({ ...base, note: 'x'.repeat(MAX_TEXT + 1) }))).to.deep.equal([
        'note: is 10001 characters long, over the limit of 10000',
      ]);
    });

    it('names the language of a localized text, and a name inside an object', () => {
      const long = 'ạ'.repeat(MAX_TEXT + 5);
      expect(messages(selectIndicator({ ...base, label: { vi: 'Sóng', en: long }, area: { code: '12', name: long } }))).to.deep.equal([
        'label.en: is 10005 characters long, over the limit of 10000',
        'area.name: is 10005 characters long, over the limit of 10000',
      ]);
      expect(messages(readCollection({ title: long, indicators: [base] }))).to.deep.equal([
        'title: is 10005 characters long, over the limit of 10000',
      ]);
    });

    it('says it in Vietnamese too', () => {
      const result = selectIndicator({ ...base, label: 'x'.repeat(MAX_TEXT + 1) });
      expect(result.ok ? '' : result.errors[0].message.vi).to.equal('dài 10001 ký tự, quá giới hạn 10000');
    });

    it('refuses a 5-million-character note in place, with a dx-error, keeping the figures shown', async () => {
      const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge .data=${base}></dx-coverage-gauge>`);
      expect(el.state).to.equal('ready');
      const failed = oneEvent(el, 'dx-error');
      // How long the refusal takes, whatever the note's length, is bench/guards.js's to measure.
      el.data = { ...base, value: 60, note: 'x'.repeat(5_000_000) };
      const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
      await el.updateComplete;
      expect(detail.stale).to.equal(true);
      expect(el.state).to.equal('stale');
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('50%');
      expect(part(el, '[part="stale"]').textContent).to.contain('note: dài 5000000 ký tự, quá giới hạn 10000');
    });
  });

  describe('nesting', () => {
    /** `levels` levels of `[` and `{` in turn, as JSON text: an indicator whose field `x` holds the rest. */
    const nestedText = (levels: number) => {
      const inner = Array.from({ length: levels - 2 }, (_, i) => (i % 2 ? '[' : '{"a":')).join('');
      const closing = Array.from({ length: levels - 2 }, (_, i) => (i % 2 ? ']' : '}'))
        .reverse()
        .join('');
      return `{"label":"Sóng","unit":"%","value":1,"x":[${inner}1${closing}]}`;
    };

    it(`parses ${MAX_DEPTH} levels of JSON text and refuses one more before parsing it, naming the line and column`, () => {
      expect(parseJson(nestedText(MAX_DEPTH)).ok).to.equal(true);
      expect(messages(parseJson(nestedText(MAX_DEPTH + 1)))).to.deep.equal([': is nested over 64 levels deep (line 1, column 229)']);
      const result = parseJson(`{\n  "x": ${'['.repeat(MAX_DEPTH)}`);
      expect(result.ok ? '' : result.errors[0].message.vi).to.equal('lồng quá 64 tầng (dòng 2, cột 71)');
    });

    it('counts no bracket inside a text, whatever it escapes', () => {
      const texts = ['[', '{', '\\"[', '\\\\', '\\u005b'].map((t) => `"${t.repeat(40)}"`);
      const text = `{"label":"Sóng","unit":"%","value":1,"x":[${texts.join(',')}]}`;
      expect(parseJson(text).ok).to.equal(true);
      // A text ending in an escaped backslash ends there: the brackets after it count.
      expect(messages(parseJson(`["\\\\"${'['.repeat(MAX_DEPTH)}`))[0]).to.contain('column 69');
    });

    // The page's own inline JSON is parsed, then judged (its depth walked): the scan before parsing is
    // for text from outside the page (spec/nesting.ts), which every element's entry would carry.
    it('refuses inline JSON nested past the limit in place, with a dx-error', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const failed = oneEvent(wrapper, 'dx-error');
      wrapper.innerHTML = `<dx-coverage-gauge><script type="application/json">${nestedText(MAX_DEPTH + 1)}</script></dx-coverage-gauge>`;
      const el = await settled(wrapper.firstElementChild as CoverageGauge);
      expect(((await failed) as CustomEvent<IndicatorErrorDetail>).detail.errors[0].code).to.equal('depth');
      expect(el.state).to.equal('error');
      expect(part(el, '[part="error"]').textContent).to.match(/x\[0\]\.a\[0\]…: lồng quá 64 tầng/);
    });

    it('refuses an object 10,000 levels deep given as `data`, and one that holds itself, in place', async () => {
      let deep: unknown = 1;
      for (let i = 0; i < 10_000; i += 1) deep = { a: deep };
      const loop: Record<string, unknown> = { ...base };
      loop.self = loop;
      for (const data of [{ ...base, x: deep }, loop]) {
        const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge .data=${data}></dx-coverage-gauge>`);
        expect(el.state).to.equal('error');
        expect(part(el, '[part="error"]').textContent).to.match(/(x|self)\.(a|self)\.(a|self)\.(a|self)…: lồng quá 64 tầng/);
      }
    });
  });

  describe('JSON text as it arrives', () => {
    it('reads a text that starts with a byte order mark, as a file saved by Notepad does, inline as from a feed', async () => {
      const text = `\uFEFF${JSON.stringify(base)}`;
      expect(parseJson(text).ok).to.equal(true);
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<dx-coverage-gauge><script type="application/json">${text}</script></dx-coverage-gauge>`;
      const el = await settled(wrapper.firstElementChild as CoverageGauge);
      expect(el.state).to.equal('ready');
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('50%');
    });

    it('takes no field from under a "__proto__" key, whether or not its text is read as NFC', () => {
      for (const label of ['Châu', 'Cha\\u0302u']) {
        const text = `{"label": "Sóng", "unit": "%", "__proto__": {"value": 5, "note": "${label}"}}`;
        const parsed = parseJson(text);
        expect(parsed.ok && messages(selectIndicator(parsed.value)), label).to.deep.equal(['value: needs value (or rank, areas, target)']);
      }
    });
  });

  describe('lists', () => {
    for (const [name, make] of [
      ['series', (n: number) => ({ ...base, series: series(n) })],
      ['areas', (n: number) => ({ ...base, areas: Array.from({ length: n }, (_, i) => ({ code: String(i), value: 50 })) })],
      ['benchmarks', (n: number) => ({ ...base, benchmarks: Array.from({ length: n }, (_, i) => ({ label: `B${i}`, value: 50 })) })],
      ['indicators', (n: number) => ({ indicators: Array.from({ length: n }, (_, i) => member(i)) })],
      ['target', (n: number) => ({ ...base, target: milestones(n, () => ({ value: 100 })) })],
    ] as const) {
      it(`accepts ${MAX_ITEMS[name]} ${name} and refuses one more, saying how many there are`, () => {
        const most = MAX_ITEMS[name];
        expect(messages(validateDocument(make(most)))).to.deep.equal([]);
        expect(messages(validateDocument(make(most + 1)))).to.deep.equal([`${name}: has ${most + 1} entries, over the limit of ${most}`]);
      });
    }

    it("holds a ranking's list of goals to the same limit as a plan's milestones", () => {
      const most = MAX_ITEMS.target;
      const ranked = (n: number) => ({ ...base, rank: { of: 63, target: milestones(n, () => ({ top: 15 })) } });
      expect(messages(validateDocument(ranked(most)))).to.deep.equal([]);
      expect(messages(validateDocument(ranked(most + 1)))).to.deep.equal([
        `rank.target: has ${most + 1} entries, over the limit of ${most}`,
      ]);
    });

    it('refuses a feed of too many members for every element that picks from it, and for a board', () => {
      const feed = { indicators: Array.from({ length: MAX_ITEMS.indicators + 1 }, (_, i) => member(i)) };
      expect(messages(selectIndicator(feed, { indicator: 'm3' }))).to.deep.equal([
        'indicators: has 10001 entries, over the limit of 10000',
      ]);
      expect(messages(readCollection(feed))).to.deep.equal(['indicators: has 10001 entries, over the limit of 10000']);
    });

    it('keeps a long note in one member from blanking a widget that shows another', () => {
      const feed = { indicators: [{ ...member(1), note: 'x'.repeat(MAX_TEXT + 1) }, member(2)] };
      expect(selectIndicator(feed, { indicator: 'm2' }).ok).to.equal(true);
      expect(messages(selectIndicator(feed, { indicator: 'm1' }))).to.deep.equal([
        'indicators[0].note: is 10001 characters long, over the limit of 10000',
      ]);
    });
  });

  describe('looking up a member', () => {
    it('reads each member once for a document, however many widgets pick from it', () => {
      let reads = 0;
      const indicators = Array.from({ length: 1000 }, (_, i) => {
        const m = member(i);
        return Object.defineProperty({ ...m }, 'id', { enumerable: true, get: () => ((reads += 1), m.id) });
      });
      const feed = { indicators };
      expect(selectIndicator(feed, { indicator: 'm0' }).ok).to.equal(true);
      const first = reads;
      for (let i = 1; i < 1000; i += 1) selectIndicator(feed, { indicator: `m${i}` });
      // The validator reads the picked member's own id a few times; never the other 999.
      expect((reads - first) / 999).to.be.below(10);
    });

    it('finds a member again after the list was changed in place', () => {
      const feed = { indicators: [member(1), member(2)] };
      expect(selectIndicator(feed, { indicator: 'm2' }).ok).to.equal(true);
      feed.indicators.push(member(3));
      feed.indicators[0] = member(9);
      expect(selectIndicator(feed, { indicator: 'm3' }).ok).to.equal(true);
      expect(selectIndicator(feed, { indicator: 'm9' }).ok).to.equal(true);
      expect(selectIndicator(feed, { indicator: 'm1' }).ok).to.equal(false);
    });
  });

  describe('<dx-board>', () => {
    const cards = (el: Board) => el.shadowRoot!.querySelectorAll('[part="grid"] > *');

    it(`draws the first ${MAX_CARDS} cards of 5,000 members and says in place how many it left out`, async function () {
      this.timeout(20000);
      const feed = { indicators: Array.from({ length: 5000 }, (_, i) => member(i)) };
      const el = await settled(await fixture<Board>(html`<dx-board .data=${feed}></dx-board>`));
      expect(el.state).to.equal('ready');
      expect(cards(el)).to.have.length(MAX_CARDS);
      expect(cards(el)[MAX_CARDS - 1].getAttribute('indicator')).to.equal(`m${MAX_CARDS - 1}`);
      expect(part(el, '[part="omitted"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Còn 4.800 chỉ số không hiển thị: bảng chỉ vẽ 200 thẻ đầu tiên; chọn chỉ số bằng include="…".',
      );
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(part(el, '[part="omitted"]').textContent).to.contain('4,800 more indicators are not shown: a board draws the first 200 cards');
    });

    it('says nothing of the kind when it draws every member, and draws included members from a large feed', async () => {
      const feed = { indicators: Array.from({ length: 3000 }, (_, i) => member(i)) };
      const el = await settled(await fixture<Board>(html`<dx-board .data=${feed} include="m2999, m7"></dx-board>`));
      expect([...cards(el)].map((c) => c.getAttribute('indicator'))).to.deep.equal(['m2999', 'm7']);
      expect(el.shadowRoot!.querySelector('[part="omitted"]')).to.equal(null);
    });
  });
});
