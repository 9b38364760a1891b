import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';

import '../../src/province-map/dx-province-map.js';
import '../../src/province-rank/dx-province-rank.js';

import { LAYOUT_34, LAYOUT_63 } from '../../src/data/provinces/layouts.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { define } from '../../src/internal/define.js';
import type { ProvinceMap } from '../../src/province-map/province-map.js';
import type { ProvinceRank } from '../../src/province-rank/province-rank.js';
import { AREAS_63, CODES_63, NAMED_63 } from '../support/documents.js';
import { part, scriptFeed, settled, visibleText } from '../support/helpers.js';

/** The 34 codes from 1 July 2025. */
const CODES_34 = LAYOUT_34.tiles.map((t) => t.code);

const NATIONAL = { label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 79.13 };

/** Bắc Kạn 82%, 7th of 63 (test/support/documents.ts), names from the registry; Cao Bằng (04) and Lạng Sơn (20) without a figure. */
const DTI = {
  label: { vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình', en: 'Applications filed fully online' },
  unit: '%',
  asOf: '2024',
  area: { code: '06' },
  benchmarks: [NATIONAL],
  source: { name: 'Bộ Thông tin và Truyền thông' },
};
const GAPS = AREAS_63.filter((a) => a.code !== '04' && a.code !== '20');
const MAP = { ...DTI, areas: GAPS };
const FULL = { ...DTI, areas: AREAS_63 };

async function map(template: ReturnType<typeof html>): Promise<ProvinceMap> {
  return settled(await fixture<ProvinceMap>(template));
}

const text = (el: Element, selector: string) => part(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const tiles = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.tile')];
const tile = (el: Element, code: string) => part<SVGGElement>(el, `g.tile[data-code="${code}"]`);
const legend = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const button = (el: Element) => part<HTMLButtonElement>(el, 'button');
const focused = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('data-code');

/** Each line of words a reader sees in the card (not the tiles' labels), as laid out. */
function lines(el: Element): { text: string; box: DOMRect }[] {
  const found: { text: string; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (!text || node.parentElement!.closest('svg, .visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width > 0) found.push({ text, box });
  }
  return found;
}
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<dx-province-map>', () => {
  describe('what a reader sees', () => {
    it('draws one tile per unit of the era, each with its short label, where the layout puts it', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      expect(el.state).to.equal('ready');
      expect(text(el, '[part="label"]')).to.equal('Tỷ lệ hồ sơ trực tuyến toàn trình');
      expect(tiles(el)).to.have.length(63);
      expect(tiles(el).map((t) => t.textContent!.trim())).to.deep.equal(LAYOUT_63.tiles.map((t) => t.short.vi));
      // Lai Châu top left, Cà Mau in the last rows: north at the top.
      expect(tile(el, '12').getAttribute('transform')).to.equal('translate(0 0)');
      expect(tile(el, '96').getBoundingClientRect().top).to.be.greaterThan(tile(el, '01').getBoundingClientRect().bottom);
      const after = await map(
        html`<dx-province-map .data=${{ ...DTI, asOf: '2025-12', area: { code: '19' }, areas: CODES_34.map((code, i) => ({ code, value: i })) }}></dx-province-map>`,
      );
      expect(tiles(after)).to.have.length(34);
      expect(tiles(after).map((t) => t.textContent!.trim())).to.deep.equal(LAYOUT_34.tiles.map((t) => t.short.vi));
    });

    it('judges the goal at the place the map and the ranking give the document’s own area, whatever is highlighted', async () => {
      const goal = { top: 5 };
      // The figures put Bắc Kạn 7th; a rank.position of 3 written beside them, or Hà Nội (1st)
      // highlighted, said "goal met" of Bắc Kạn's plan while its tile said "thứ 7".
      const written = { ...MAP, rank: { position: 3, of: 63, target: goal } };
      const highlighted = { ...MAP, rank: { of: 63, target: goal } };
      for (const [data, highlight] of [
        [written, ''],
        [highlighted, '01'],
      ] as const) {
        const el = await map(html`<dx-province-map .data=${data} highlight=${highlight}></dx-province-map>`);
        const ranking = await settled(
          await fixture<ProvinceRank>(html`<dx-province-rank .data=${data} highlight=${highlight}></dx-province-rank>`),
        );
        expect(text(el, '[part="goal"]'), highlight).to.equal('Mục tiêu: nhóm 5 tỉnh, thành phố dẫn đầu · còn cách mục tiêu 2 bậc');
        expect(text(ranking, '[part="goal"]'), highlight).to.equal(text(el, '[part="goal"]'));
      }
      // A document that names no area: the page's highlight says whose place it is.
      const { area: _area, ...national } = highlighted;
      const el = await map(html`<dx-province-map .data=${national} highlight="06"></dx-province-map>`);
      expect(text(el, '[part="goal"]')).to.equal('Mục tiêu: nhóm 5 tỉnh, thành phố dẫn đầu · còn cách mục tiêu 2 bậc');
    });

    it("says a plan's rank goal beside the map, in the ranking's words, judged on the given day", async () => {
      // Bắc Kạn is 7th on the map.
      const goals = {
        of: 63,
        target: [
          { top: 5, by: '2025' },
          { top: 3, by: '2030' },
        ],
      };
      const el = await map(html`<dx-province-map .data=${{ ...MAP, rank: goals }} now="2024-06-01"></dx-province-map>`);
      expect(text(el, '[part="goal"]')).to.equal(
        'Mục tiêu: nhóm 5 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 2 bậc · sau đó còn 1 mục tiêu, đến năm 2030',
      );
      // 2025 has passed: the next goal.
      el.now = '2026-01-01';
      await settled(el);
      expect(text(el, '[part="goal"]')).to.match(/^Mục tiêu: nhóm 3 tỉnh, thành phố dẫn đầu vào năm 2030 · còn cách mục tiêu 4 bậc$/);
      const english = await map(
        html`<dx-province-map lang="en" .data=${{ ...MAP, rank: { of: 63, target: { top: 15, by: '2025' } } }}></dx-province-map>`,
      );
      expect(text(english, '[part="goal"]')).to.equal('Goal: among the top 15 by 2025 · goal met');
      const none = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      expect(none.shadowRoot!.querySelector('[part="goal"]') === null).to.equal(true);
    });

    it('names the highlighted unit beside the map with its figure and rank, and rings its tile', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      expect(text(el, '[part="highlight"]')).to.equal('Bắc Kạn: 82% · thứ 7/61');
      const ring = part(el, 'rect.ring.hl');
      expect([ring.getAttribute('x'), ring.getAttribute('y')]).to.deep.equal(['30', '10']);
      expect(tile(el, '06').getAttribute('aria-current')).to.equal('true');
      const other = await map(html`<dx-province-map .data=${MAP} highlight="04"></dx-province-map>`);
      expect(text(other, '[part="highlight"]')).to.equal('Cao Bằng: chưa có số liệu');
      const none = await map(html`<dx-province-map .data=${{ ...MAP, area: undefined }}></dx-province-map>`);
      expect(none.shadowRoot!.querySelector('[part="highlight"], rect.ring')).to.equal(null);
    });

    it('writes the legend’s bounds in the reader’s locale, lowest first, the national average marked', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      expect(legend(el)).to.deep.equal(['40–50%', '50–60%', '60–70%', '70–80% ◆', '80–90%', 'chưa có số liệu']);
      expect(text(el, '[part="benchmarks"]')).to.equal('◆ Trung bình cả nước: 79,13%');
      const small = {
        ...DTI,
        unit: 'ngày',
        benchmarks: undefined,
        areas: [
          { code: '01', value: 0.12 },
          { code: '06', value: 1.1 },
        ],
      };
      const vi = await map(html`<dx-province-map .data=${small}></dx-province-map>`);
      expect(legend(vi).slice(0, 5)).to.deep.equal(['0–0,25', '0,25–0,5', '0,5–0,75', '0,75–1', '1–1,25']);
      const en = await map(
        html`<dx-province-map lang="en" .data=${{
          ...small,
          areas: [
            { code: '01', value: 1200 },
            { code: '06', value: 5100 },
          ],
        }}></dx-province-map>`,
      );
      expect(legend(en)).to.deep.equal(['1,000–2,000', '2,000–3,000', '3,000–4,000', '4,000–5,000', '5,000–6,000', 'no data']);
    });

    it('shades each tile by its class, stronger for better figures, and hatches units without a figure', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      const fill = (code: string) => getComputedStyle(tile(el, code).querySelector('.fill')!).fill;
      const best = [...GAPS].sort((a, b) => b.value - a.value);
      expect(tile(el, best[0].code).classList.contains('s4')).to.equal(true);
      expect(tile(el, best.at(-1)!.code).classList.contains('s0')).to.equal(true);
      expect(fill(best[0].code)).to.equal('rgb(28, 13, 56)');
      expect(fill(best.at(-1)!.code)).to.equal('rgb(14, 164, 157)');
      for (const code of ['04', '20']) {
        expect(tile(el, code).classList.contains('none'), code).to.equal(true);
        expect(tile(el, code).querySelector('.fill')!.getAttribute('fill')).to.equal('url(#hatch)');
      }
      expect(el.shadowRoot!.getElementById('hatch')!.localName).to.equal('pattern');
      expect(part(el, '.swatch.none')).to.exist;
      // Every unit with a figure: no hatched tile, no key for one.
      const full = await map(html`<dx-province-map .data=${FULL}></dx-province-map>`);
      expect(full.shadowRoot!.querySelector('g.none, .swatch.none')).to.equal(null);
      expect(legend(full)).to.have.length(5);
    });

    it('reverses the shades when lower is better, and says so', async () => {
      const areas = [
        { code: '01', value: 2 },
        { code: '06', value: 9 },
      ];
      const el = await map(
        html`<dx-province-map .data=${{ ...DTI, unit: 'ngày', direction: 'down', benchmarks: undefined, areas }}></dx-province-map>`,
      );
      expect(tile(el, '01').classList.contains('s4')).to.equal(true);
      expect(tile(el, '06').classList.contains('s1')).to.equal(true);
      expect(part(el, '[part="legend"] li .swatch').classList.contains('s4')).to.equal(true);
      expect(text(el, '[part="benchmarks"]')).to.equal('Giá trị thấp hơn xếp trên');
      expect(text(el, '[part="highlight"]')).to.equal('Bắc Kạn: 9 ngày · thứ 2/2');
    });

    it('takes its shades from --dx-map-1 … --dx-map-5', async () => {
      const el = await map(html`<dx-province-map style="--dx-map-5: rgb(1, 2, 3)" .data=${MAP}></dx-province-map>`);
      const best = [...GAPS].sort((a, b) => b.value - a.value)[0];
      expect(getComputedStyle(tile(el, best.code).querySelector('.fill')!).fill).to.equal('rgb(1, 2, 3)');
    });

    it('uses the document’s own names, as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__dxMapPwned=1">';
      const el = await map(html`<dx-province-map .data=${{ ...DTI, areas: [{ code: '06', name: hostile, value: 1 }] }}></dx-province-map>`);
      expect(text(el, '[part="highlight"]')).to.equal(`${hostile}: 1% · thứ 1/1`);
      expect(tile(el, '06').getAttribute('aria-label')).to.equal(`${hostile}, BK`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __dxMapPwned?: number }).__dxMapPwned).to.equal(undefined);
    });

    it('names a unit whose given name is blank from the registry, never ": 5%"', async () => {
      const areas = [
        { code: '06', name: '', value: 5 },
        { code: '01', name: ' ', value: 6 },
      ];
      const el = await map(html`<dx-province-map .data=${{ ...DTI, areas }}></dx-province-map>`);
      expect(text(el, '[part="highlight"]')).to.equal('Bắc Kạn: 5% · thứ 2/2');
      expect(tile(el, '01').getAttribute('aria-label')).to.equal('Hà Nội, HN');
    });

    it('gives figures near ±1.8e308 finite classes and a legend of numbers', async () => {
      const areas = [
        { code: '01', value: -1.7976931348623157e308 },
        { code: '06', value: 1.7976931348623157e308 },
        { code: '12', value: 5e-324 },
      ];
      const el = await map(html`<dx-province-map .data=${{ ...DTI, unit: undefined, areas }}></dx-province-map>`);
      expect(el.state).to.equal('ready');
      expect(legend(el).join(' ')).not.to.match(/NaN|∞|Infinity/);
      expect(tile(el, '01').classList.contains('s0')).to.equal(true);
      expect(tile(el, '06').classList.contains('s4')).to.equal(true);
    });
  });

  describe('what a screen reader hears', () => {
    it('is one group named for the map, described by its keys, of tiles named by their units', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      const svg = part(el, 'svg[part="map"]');
      expect(svg.getAttribute('role')).to.equal('group');
      expect(svg.getAttribute('aria-label')).to.equal('Bản đồ ô: 63 tỉnh, thành phố');
      expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Phím mũi tên: sang ô bên cạnh; Home, End: ô đầu, ô cuối.',
      );
      expect(tiles(el).every((t) => t.getAttribute('role') === 'button')).to.equal(true);
      // The name, and the label a reader sees when the name does not hold it (WCAG 2.5.3, label in name).
      expect(tile(el, '06').getAttribute('aria-label')).to.equal('Bắc Kạn, BK');
      expect(tile(el, '77').getAttribute('aria-label')).to.equal('Bà Rịa - Vũng Tàu, BRVT');
      expect(tile(el, '46').getAttribute('aria-label')).to.equal('Huế');
    });

    it('announces the focused tile’s name, figure and rank in a polite caption', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      const caption = part(el, '[part="caption"]');
      expect(caption.getAttribute('aria-live')).to.equal('polite');
      expect(caption.textContent!.trim()).to.equal('Chạm một ô hoặc dùng phím mũi tên để xem số liệu.');
      tile(el, '01').focus();
      await el.updateComplete;
      const hanoi = GAPS.find((a) => a.code === '01')!;
      const rank = [...GAPS].sort((a, b) => b.value - a.value).indexOf(hanoi) + 1;
      expect(text(el, '[part="caption"]')).to.equal(`Hà Nội: ${String(hanoi.value).replace('.', ',')}% · thứ ${rank}/61`);
      tile(el, '04').focus();
      await el.updateComplete;
      expect(text(el, '[part="caption"]')).to.equal('Cao Bằng: chưa có số liệu');
      // The caption speaks of the ringed tile.
      expect(part(el, 'rect.ring.sel').getAttribute('x')).to.equal(String(LAYOUT_63.tiles.find((t) => t.code === '04')!.col * 10));
    });

    it('names a tapped tile in the caption', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      tile(el, '12')
        .querySelector('rect')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(el, '[part="caption"]')).to.match(/^Lai Châu: [\d,]+% · thứ \d+\/61$/);
    });

    it('lists every unit with a figure in the ranking’s table, the highlighted one current, and the others after it', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      const table = part(el, '[part="table"]');
      expect(table.getAttribute('role')).to.equal('table');
      expect(el.shadowRoot!.getElementById(table.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Tỷ lệ hồ sơ trực tuyến toàn trình',
      );
      expect([...table.querySelectorAll('[role="columnheader"]')].map((th) => th.textContent)).to.deep.equal([
        'Hạng',
        'Địa bàn',
        'Giá trị',
      ]);
      const rows = [...table.querySelectorAll('.rows > [role="row"]')];
      expect(rows).to.have.length(61);
      const current = rows.filter((r) => r.getAttribute('aria-current') === 'true');
      expect(current.map((r) => [...r.children].map((c) => c.textContent!.trim()).join(' '))).to.deep.equal(['7 Bắc Kạn 82%']);
      expect(text(el, '.missing')).to.equal('Chưa có số liệu: Cao Bằng, Lạng Sơn');
      // Hidden from sight, there for screen readers; "Xem bảng" shows it in the map's place.
      expect(part(el, '.table-wrap').getBoundingClientRect().height).to.be.at.most(1);
      const toggle = button(el);
      expect(toggle.textContent!.trim()).to.equal('Xem bảng');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.querySelector('svg[part="map"]')).to.equal(null);
      expect(part(el, '[part="table"]').getBoundingClientRect().height).to.be.greaterThan(100);
      expect(part(el, '.missing').getBoundingClientRect().height).to.be.greaterThan(10);
      toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part="map"]')).to.exist;
    });

    it('speaks English with plain registry names and English ordinals', async () => {
      const el = await map(html`<dx-province-map lang="en" .data=${MAP}></dx-province-map>`);
      expect(text(el, '[part="highlight"]')).to.equal('Bac Kan: 82% · 7th of 61');
      expect(tile(el, '06').getAttribute('aria-label')).to.equal('Bac Kan, BK');
      expect(part(el, 'svg').getAttribute('aria-label')).to.equal('Tile map: 63 provinces and cities');
      expect(text(el, '[part="caption"]')).to.equal('Tap a tile, or use the arrow keys, to see its figure.');
      expect(text(el, '[part="benchmarks"]')).to.equal('◆ National average: 79.13%');
      expect(text(el, '.missing')).to.equal('No data: Cao Bang, Lang Son');
      expect(button(el).textContent!.trim()).to.equal('Show table');
      expect(tile(el, '46').textContent!.trim()).to.equal('Hue');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop, on the highlighted tile', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      const stops = tiles(el).filter((t) => t.getAttribute('tabindex') === '0');
      expect(stops.map((t) => t.getAttribute('data-code'))).to.deep.equal(['06']);
      expect(
        tiles(el)
          .filter((t) => t.getAttribute('tabindex') !== '0')
          .every((t) => t.getAttribute('tabindex') === '-1'),
      ).to.equal(true);
      const plain = await map(html`<dx-province-map .data=${{ ...MAP, area: undefined }}></dx-province-map>`);
      // No highlight: the first tile in reading order, Lai Châu.
      expect(
        tiles(plain)
          .filter((t) => t.getAttribute('tabindex') === '0')
          .map((t) => t.getAttribute('data-code')),
      ).to.deep.equal(['12']);
    });

    it('moves by arrow keys to the nearest tile that way, Home and End to the first and last, and Tab leaves', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('06');
      const steps: [string, string][] = [
        ['ArrowUp', '04'],
        ['ArrowRight', '20'],
        ['ArrowDown', '24'],
        ['ArrowLeft', '19'],
        ['ArrowLeft', '26'],
        ['Home', '12'],
        ['ArrowUp', '12'],
        ['End', '95'],
      ];
      for (const [key, code] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(focused(el), key).to.equal(code);
        // The tab stop follows: one tile holds it.
        expect(
          tiles(el)
            .filter((t) => t.getAttribute('tabindex') === '0')
            .map((t) => t.getAttribute('data-code')),
        ).to.deep.equal([code]);
      }
      expect(text(el, '[part="caption"]')).to.match(/^Bạc Liêu: /);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el), 'back on the tile last moved to').to.equal('95');
      before.remove();
    });

    it('keeps the focused tile and its tab stop when new figures arrive, and says the new figure', async () => {
      const el = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      tile(el, '01').focus();
      await el.updateComplete;
      const held = el.shadowRoot!.activeElement;
      el.data = { ...MAP, areas: GAPS.map((a) => (a.code === '01' ? { ...a, value: 99.5 } : a)) };
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(held);
      expect(focused(el)).to.equal('01');
      expect(text(el, '[part="caption"]')).to.equal('Hà Nội: 99,5% · thứ 1/61');
      expect(tile(el, '01').getAttribute('tabindex')).to.equal('0');
    });
  });

  describe('bad input', () => {
    async function errors(data: unknown, attrs: Record<string, string> = {}): Promise<{ el: ProvinceMap; detail: IndicatorErrorDetail }> {
      const el = document.createElement('dx-province-map');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.data = data;
      const failed = oneEvent(el, 'dx-error');
      document.body.append(el);
      const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
      await el.updateComplete;
      return { el, detail };
    }

    it('names codes that are not units of the era, with a hint when they are the other era’s', async () => {
      const { el, detail } = await errors({
        ...DTI,
        asOf: '2025-12',
        area: undefined,
        areas: [
          { code: '01', value: 1 },
          { code: '06', value: 2 },
          { code: 'X1', value: 3 },
        ],
      });
      try {
        expect(el.state).to.equal('error');
        expect(detail.errors.map((e) => [e.path, e.message.en])).to.deep.equal([
          [
            'areas[1].code',
            '"06" is not the code of any of the 34 units (it is a code of the 63 units: set era="63", or as-of to the right date)',
          ],
          ['areas[2].code', '"X1" is not the code of any of the 34 units'],
        ]);
        expect(text(el, '[part="error"]')).to.contain(
          'areas[1].code: "06" không phải mã của tỉnh, thành phố nào trong 34 đơn vị (là mã trong 63 đơn vị',
        );
      } finally {
        el.remove();
      }
    });

    it('lists five unknown codes and counts the rest', async () => {
      const { el, detail } = await errors({
        ...DTI,
        area: undefined,
        areas: Array.from({ length: 12 }, (_, i) => ({ code: `Z${i}`, value: i })),
      });
      expect(detail.errors).to.have.length(6);
      expect(detail.errors[5].message.vi).to.equal('và 7 mã khác không có trên bản đồ');
      el.remove();
    });

    // That the time grows no faster than the count is bench/guards.js's to measure.
    it('refuses more entries than the map has tiles with one line, whatever the count', async () => {
      const many = Array.from({ length: 20_000 }, (_, i) => ({ code: `X${i}`, value: i % 100 }));
      const { el, detail } = await errors({ ...DTI, area: undefined, areas: many });
      expect(detail.errors.map((e) => [e.path, e.message.vi])).to.deep.equal([['areas', 'có 20000 mục, bản đồ 63 đơn vị chỉ có 63 ô']]);
      el.remove();
    });

    it('asks for areas, refuses an empty list, a repeated code, a highlight off the map and an era it cannot read', async () => {
      const need = await errors({ ...DTI, value: 82, rank: { position: 7, of: 63 } });
      expect(need.detail.errors.map((e) => e.message.vi)).to.deep.equal(['bản đồ cần areas: mỗi tỉnh, thành phố một số liệu']);
      need.el.remove();
      const empty = await errors({ ...DTI, areas: [] });
      expect(text(empty.el, '[part="error"]')).to.contain('areas: không được để trống');
      empty.el.remove();
      const repeated = await errors({
        ...DTI,
        areas: [
          { code: '06', value: 1 },
          { code: '01', value: 2 },
          { code: '06', value: 3 },
        ],
      });
      expect(repeated.detail.errors.map((e) => [e.path, e.message.en])).to.deep.equal([['areas[2].code', 'repeats code "06" of areas[0]']]);
      repeated.el.remove();
      const attrs = await errors(MAP, { highlight: '65', era: '64' });
      expect(attrs.detail.errors.map((e) => `${e.path}: ${e.message.vi}`)).to.deep.equal([
        'era: phải là một trong: 63, 34',
        'highlight: không có mã "65" trên bản đồ 63 đơn vị',
      ]);
      // Mended in place: the map draws.
      attrs.el.highlight = '06';
      attrs.el.era = '63';
      await attrs.el.updateComplete;
      expect(attrs.el.state).to.equal('ready');
      expect(tiles(attrs.el)).to.have.length(63);
      attrs.el.remove();
    });

    it('draws the era it is told: era="34" refuses the 63 units’ codes that did not last', async () => {
      // Twenty of the 63 codes: seven of them did not last into the 34 units.
      const { el, detail } = await errors({ ...FULL, areas: AREAS_63.slice(0, 20) }, { era: '34' });
      expect(detail.errors.length).to.equal(6);
      expect(detail.errors[0].message.en).to.contain('it is a code of the 63 units');
      el.remove();
      const asked = await map(html`<dx-province-map era="63" .data=${{ ...FULL, asOf: '2026' }}></dx-province-map>`);
      expect(tiles(asked)).to.have.length(63);
    });

    it('reads a list with no date, or dated 2025, in the era its codes belong to', async () => {
      const old = await map(html`<dx-province-map .data=${{ ...FULL, asOf: '2025' }}></dx-province-map>`);
      expect(tiles(old)).to.have.length(63);
      const current = await map(
        html`<dx-province-map .data=${{ ...DTI, asOf: undefined, area: { code: '24' }, areas: CODES_34.map((code, i) => ({ code, value: i })) }}></dx-province-map>`,
      );
      expect(tiles(current)).to.have.length(34);
      expect(text(current, '[part="highlight"]')).to.match(/^Bắc Ninh: /);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme, with the map and with a tile focused`, async () => {
        const el = await map(html`<dx-province-map theme=${theme} .data=${MAP}></dx-province-map>`);
        await expect(el).to.be.accessible();
        tile(el, '04').focus();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`passes axe in the ${theme} theme with the table shown`, async () => {
        const el = await map(html`<dx-province-map theme=${theme} .data=${MAP}></dx-province-map>`);
        button(el).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe while loading and with an error', async () => {
      const src = await scriptFeed(`map-axe-slow-${Date.now()}`, [{ delay: 2000, body: MAP }]);
      const loading = await fixture<ProvinceMap>(html`<dx-province-map src=${src}></dx-province-map>`);
      expect(loading.state).to.equal('loading');
      expect(part(loading, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      await expect(loading).to.be.accessible();
      const broken = await map(html`<dx-province-map .data=${{ ...DTI }}></dx-province-map>`);
      expect(broken.state).to.equal('error');
      await expect(broken).to.be.accessible();
    });
  });

  describe('layout and motion', () => {
    before(() => setViewport({ width: 1300, height: 900 }));

    /** The map drawn in a column `width` px wide, which it fills without overflowing its card. */
    async function fitted(width: number): Promise<{ el: ProvinceMap; box: DOMRect }> {
      const column = await fixture(html`<div style="width: ${width}px"><dx-province-map .data=${MAP}></dx-province-map></div>`);
      const el = await settled(column.querySelector('dx-province-map')!);
      const box = el.getBoundingClientRect();
      const base = part(el, '[part="base"]');
      expect(box.width).to.equal(width);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      return { el, box };
    }

    it('keeps a goal’s lines while loading when the page says reserve="goal", as an attribute or a property: above the map, none beside it', async () => {
      const hang = await scriptFeed(`map-reserve-goal-${Date.now()}`, [{ hang: true }]);
      const loading = async (width: number, reserve?: string) => {
        const column = await fixture(
          html`<div style="width: ${width}px"><dx-province-map src=${hang} loading="eager" .reserve=${reserve}></dx-province-map></div>`,
        );
        const el = column.querySelector<ProvinceMap>('dx-province-map')!;
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        return el;
      };
      const kept = await loading(360, 'goal');
      // Reflected: the styles read the attribute. Two lines of 1.4em at 360 px, and the 8 px gap.
      expect(kept.getAttribute('reserve')).to.equal('goal');
      expect(kept.getBoundingClientRect().height - (await loading(360)).getBoundingClientRect().height).to.be.closeTo(
        2 * 1.4 * 16 + 8,
        0.1,
      );
      // From 440 px the goal stands beside the map, which is taller than the words: no room more.
      const wide = (await loading(700, 'goal')).getBoundingClientRect().height;
      expect(wide).to.be.closeTo((await loading(700)).getBoundingClientRect().height, 0.1);
    });

    for (const width of [240, 360, 440, 1200]) {
      it(`fits a ${width} px column without overflow, every tile inside the card`, async () => {
        const { el, box } = await fitted(width);
        for (const child of el.shadowRoot!.querySelectorAll('[part]:not([part="table"]), g.tile, .legend li')) {
          const r = child.getBoundingClientRect();
          expect(r.right, child.getAttribute('part') ?? child.getAttribute('data-code') ?? child.textContent).to.be.at.most(
            box.right + 0.5,
          );
          expect(r.left).to.be.at.least(box.left - 0.5);
        }
        // The tiles stay large enough to tap and read: 6 across take 192 px where there is room,
        // each a 28 px square with a gap around it.
        expect(tile(el, '06').getBoundingClientRect().width).to.be.within(28, 29);
        // From 440 px the words stand beside the map; below, under it.
        const beside = part(el, '[part="legend"]').getBoundingClientRect().left > part(el, 'svg').getBoundingClientRect().right;
        expect(beside).to.equal(width >= 440);
      });
    }

    // Under the 240 px the elements promise: a 220 px screen's column, and a 240 px one's with
    // the card's own margin.
    for (const width of [200, 210, 220, 230, 239]) {
      it(`fits a ${width} px column too: nothing overflows or overlaps, each legend key on one line with its mark`, async () => {
        // Tall enough for the whole card, so the sticky caption stands where it flows.
        await setViewport({ width: 1300, height: 1400 });
        try {
          const { el, box } = await fitted(width);
          const words = lines(el);
          for (const [i, a] of words.entries()) {
            expect(a.box.left, a.text).to.be.at.least(box.left - 0.5);
            expect(a.box.right, a.text).to.be.at.most(box.right + 0.5);
            for (const b of words.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" and "${b.text}"`).to.equal(false);
          }
          for (const tile of tiles(el)) expect(tile.getBoundingClientRect().right, tile.dataset.code).to.be.at.most(box.right + 0.5);
          // "60–70%", "70–80% ◆", "chưa có số liệu": each key's words on one line, none cut at its dash.
          const keys = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')];
          expect(keys).to.have.length(6);
          for (const key of keys) {
            const line = parseFloat(getComputedStyle(key).lineHeight);
            expect(key.getBoundingClientRect().height, key.textContent!.trim()).to.be.below(1.5 * line);
          }
        } finally {
          await setViewport({ width: 1300, height: 900 });
        }
      });
    }

    // Beside the map, words taller than it (a goal with its label, three benchmarks) stretched its
    // row; the map, stretched with it, widened its column through its aspect ratio (316 px at 440 px),
    // leaving the words 84 px, taller still, and running over the button and the source line.
    for (const width of [440, 480]) {
      it(`keeps the map 6 tiles wide in a ${width} px column beside words taller than it, and nothing overlaps`, async () => {
        await setViewport({ width: 1300, height: 2000 });
        try {
          const doc = {
            ...MAP,
            unit: 'thuê bao',
            areas: GAPS.map((a, i) => ({ ...a, value: 9_876_543 - i * 100_003, ...(i % 3 ? {} : { approx: 'over' }) })),
            rank: {
              position: 40,
              of: 63,
              target: [
                { top: 15, by: '2024-12-31', label: 'Nghị quyết 05-NQ/TU của Tỉnh ủy' },
                { top: 10, by: '2030' },
              ],
            },
            benchmarks: [
              { label: 'Trung bình cả nước', value: 4_500_000 },
              { label: 'Trung bình vùng Trung du và miền núi phía Bắc', value: 3_200_000 },
              { label: 'Hà Nội', value: 9_900_000 },
            ],
          };
          const column = await fixture(
            html`<div style="width: ${width}px"><dx-province-map now="2024-07-01" .data=${doc}></dx-province-map></div>`,
          );
          const el = await settled(column.querySelector<ProvinceMap>('dx-province-map')!);
          const body = part(el, '.body').getBoundingClientRect();
          expect(part(el, '.map').getBoundingClientRect().width).to.be.within(191.5, 192.5);
          // The words have the rest of the row: the map's column is no wider than the map.
          expect(part(el, '.side').getBoundingClientRect().width).to.be.closeTo(body.width - 192 - 16, 1);
          const words = lines(el);
          for (const [i, a] of words.entries())
            for (const b of words.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" and "${b.text}"`).to.equal(false);
          expect(part(el, '.side').getBoundingClientRect().bottom).to.be.at.most(body.bottom + 0.5);
        } finally {
          await setViewport({ width: 1300, height: 900 });
        }
      });
    }

    it('draws both eras in one box, as wide and tall as the larger grid', async () => {
      const cols = Math.max(LAYOUT_63.cols, LAYOUT_34.cols);
      const rows = Math.max(LAYOUT_63.rows, LAYOUT_34.rows);
      const boxes = [];
      for (const data of [MAP, { ...DTI, asOf: '2025-12', area: undefined, areas: CODES_34.map((code, i) => ({ code, value: i })) }]) {
        const column = await fixture(html`<div style="width: 600px"><dx-province-map .data=${data}></dx-province-map></div>`);
        const el = await settled(column.querySelector('dx-province-map')!);
        boxes.push(part(el, '.map').getBoundingClientRect());
      }
      const tile = parseFloat(getComputedStyle(document.body).fontSize) * 2;
      for (const box of boxes) {
        expect(box.width).to.be.closeTo(cols * tile, 0.5);
        expect(box.height).to.be.closeTo(rows * tile, 0.5);
      }
    });

    it('reserves its height while loading, and keeps it when the figures come', async () => {
      // 240 and 280: the hatched key's words wrap to a second line in a phone column that narrow;
      // under 240 the keys stand one a line.
      for (const width of [200, 220, 239, 240, 280, 320, 440, 1200]) {
        const src = await scriptFeed(`map-reserve-${width}-${Date.now()}`, [{ delay: 300, body: MAP }]);
        const column = await fixture(
          html`<div style="width: ${width}px"><dx-province-map src=${src} loading="eager"></dx-province-map></div>`,
        );
        const el = column.querySelector<ProvinceMap>('dx-province-map')!;
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        const before = el.getBoundingClientRect().height;
        expect(before).to.be.greaterThan(600);
        await settled(el);
        expect(el.getBoundingClientRect().height, `${width} px`).to.be.closeTo(before, 0.5);
      }
    });

    it('keeps the caption in view on a phone, and every tile the keys reach clear of it (WCAG 2.4.11)', async () => {
      await setViewport({ width: 360, height: 480 });
      try {
        const column = await fixture(html`<div style="width: 360px"><dx-province-map .data=${MAP}></dx-province-map></div>`);
        const el = await settled(column.querySelector('dx-province-map')!);
        tile(el, '12').focus();
        await el.updateComplete;
        // Down the map, row by row, to its last row: the page scrolls, the caption stays on screen.
        for (let i = 0; i < 19; i++) {
          await sendKeys({ press: 'ArrowDown' });
          await el.updateComplete;
          const caption = part(el, '[part="caption"]').getBoundingClientRect();
          const focusedTile = el.shadowRoot!.activeElement!.getBoundingClientRect();
          expect(caption.bottom, 'caption on screen').to.be.at.most(innerHeight + 0.5);
          expect(focusedTile.bottom, `${focused(el)} clear of the caption`).to.be.at.most(caption.top + 0.5);
          expect(focusedTile.top, `${focused(el)} on screen`).to.be.at.least(-0.5);
        }
        // The last row: Bạc Liêu, named in the caption.
        expect(focused(el)).to.equal('95');
        expect(text(el, '[part="caption"]')).to.match(/^Bạc Liêu: /);
      } finally {
        await setViewport({ width: 1300, height: 900 });
        scrollTo(0, 0);
      }
    });

    it('fades its tiles in, and not at all under reduced motion', async () => {
      const moving = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
      expect(tile(moving, '06').getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const still = await map(html`<dx-province-map .data=${MAP}></dx-province-map>`);
        expect(tile(still, '06').getAnimations()).to.have.length(0);
        still.data = { ...MAP, areas: GAPS.map((a) => ({ ...a, value: 130 - a.value })) };
        await still.updateComplete;
        expect(still.shadowRoot!.querySelector('.fill')!.getAnimations(), 'no transition of the shades').to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('registration', () => {
    it('survives being registered twice, as when the bundle loads twice on a page', () => {
      const first = customElements.get('dx-province-map');
      expect(() => define('dx-province-map', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('dx-province-map')).to.equal(first);
    });
  });

  it('shows the unit names of a whole document the same way everywhere: map, caption and table agree', async () => {
    const el = await map(html`<dx-province-map .data=${{ ...DTI, areas: NAMED_63 }}></dx-province-map>`);
    expect(visibleText(el)).to.contain('Bắc Kạn: 82% · thứ 7/63');
    expect(tile(el, '01').getAttribute('aria-label')).to.equal('Tỉnh số 01, HN');
    expect(CODES_63).to.have.length(63);
  });
});
