import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';

import '../../src/province-rank/dx-province-rank.js';

import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { define } from '../../src/internal/define.js';
import { ROW_BLOCK } from '../../src/internal/row-blocks.js';
import { loadedRegistry } from '../../src/province-rank/names.js';
import { MAX_BARS, type ProvinceRank } from '../../src/province-rank/province-rank.js';
import { AREAS_63, NAMED_63 } from '../support/documents.js';
import { part, scriptFeed, settled, visibleText } from '../support/helpers.js';

/** The 34 codes from 1 July 2025. */
const CODES_34 = '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96'.split(' ');

const NATIONAL = { label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 79.13 };

const DTI = {
  label: { vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình', en: 'Applications filed fully online' },
  unit: '%',
  asOf: '2024',
  area: { code: '06', name: 'Bắc Kạn' },
  benchmarks: [NATIONAL],
  source: { name: 'Bộ Thông tin và Truyền thông' },
};
const FULL = { ...DTI, areas: NAMED_63 };
const RANK_ONLY = { ...DTI, value: 82, rank: { position: 7, of: 63 } };

async function rank(template: ReturnType<typeof html>): Promise<ProvinceRank> {
  return settled(await fixture<ProvinceRank>(template));
}

const text = (el: ProvinceRank, selector: string) => part(el, selector).textContent!.replace(/\s+/g, ' ').trim();
/** A row's cells as a reader sees them, one space apart. */
const cells = (row: Element) =>
  [...row.children]
    .map((cell) => cell.textContent!.trim())
    .filter(Boolean)
    .join(' ');
const chartRows = (el: ProvinceRank) => [...el.shadowRoot!.querySelectorAll('.chart .row')].map(cells);
const tableRows = (el: ProvinceRank) => [...el.shadowRoot!.querySelectorAll('.rows > [role="row"]')];
/** A node of the browser's accessibility tree, and every name in it, as a screen reader is given them. */
interface AccessibleNode {
  name?: string;
  children?: AccessibleNode[];
}
const spoken = (node: AccessibleNode): string[] => [...(node.name ? [node.name] : []), ...(node.children ?? []).flatMap(spoken)];
const button = (el: ProvinceRank, name: RegExp) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => name.test(b.textContent!))!;

describe('<dx-province-rank>', () => {
  // First in the file on purpose: no test before it has needed a name from the registry.
  describe('lazy registry', () => {
    it('does not download the province registry when every area has a name', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL}></dx-province-rank>`);
      expect(el.state).to.equal('ready');
      expect(loadedRegistry()).to.equal(undefined);
    });

    it('downloads it once an area comes with a code only, and names the area from it', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...FULL, areas: AREAS_63 }}></dx-province-rank>`);
      expect(loadedRegistry()?.province('06', '63')?.name).to.equal('Bắc Kạn');
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
      expect(chartRows(el)).to.include('7 Bắc Kạn 82%');
    });
  });

  describe('full comparison (areas)', () => {
    it('says where the province stands, its figure and how it compares with the first benchmark', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL}></dx-province-rank>`);
      expect(text(el, '[part="label"]')).to.equal('Tỷ lệ hồ sơ trực tuyến toàn trình');
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
      expect(text(el, '.summary .line')).to.equal('82%, cao hơn trung bình cả nước (79,13%)');
      expect(text(el, '[part="meta"]')).to.equal('Số liệu năm 2024 · Nguồn: Bộ Thông tin và Truyền thông');
    });

    it('draws one bar per area, best first, the highlighted province in the accent colour', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL}></dx-province-rank>`);
      const rows = chartRows(el);
      expect(rows).to.have.length(63);
      expect(rows[0]).to.equal('1 Tỉnh số 42 86,5%');
      expect(rows[6]).to.equal('7 Bắc Kạn 82%');
      expect(rows[62]).to.equal('63 Tỉnh số 17 40%');
      const bars = el.shadowRoot!.querySelectorAll('rect.bar');
      expect(bars).to.have.length(63);
      const highlighted = part(el, 'rect.bar.highlight');
      expect([...bars].indexOf(highlighted)).to.equal(6);
      expect(getComputedStyle(highlighted).fill).to.equal('rgb(0, 68, 119)');
      expect(getComputedStyle(bars[0]).fill).not.to.equal('rgb(0, 68, 119)');
      // Sorted: each bar is no longer than the one above it.
      const widths = [...bars].map((b) => parseFloat(b.getAttribute('width')!));
      expect(widths).to.deep.equal([...widths].sort((a, b) => b - a));
    });

    it('highlights the area named by `highlight`, over the indicator’s own area', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} highlight="24"></dx-province-rank>`);
      const expected = [...NAMED_63].sort((a, b) => b.value - a.value).findIndex((a) => a.code === '24') + 1;
      expect(text(el, '[part="rank"]')).to.equal(`Tỉnh số 24 đứng thứ ${expected}/63`);
      expect(part(el, '.row.highlight').textContent).to.contain('Tỉnh số 24');
    });

    it('shares a rank between equal values and says so: 1, 2, 2, 4', async () => {
      const areas = [
        { code: '01', name: 'Hà Nội', value: 90 },
        { code: '06', name: 'Bắc Kạn', value: 80 },
        { code: '12', name: 'Lai Châu', value: 80 },
        { code: '79', name: 'Hồ Chí Minh', value: 70 },
      ];
      const el = await rank(html`<dx-province-rank .data=${{ ...DTI, areas }}></dx-province-rank>`);
      expect(chartRows(el).map((r) => r.split(' ')[0])).to.deep.equal(['1', '2', '2', '4']);
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 2/4 (đồng hạng)');
    });

    it('ranks the lowest value first with direction "down", and says lower is better', async () => {
      const areas = [
        { code: '01', name: 'Hà Nội', value: 2.5 },
        { code: '06', name: 'Bắc Kạn', value: 1.2 },
        { code: '12', name: 'Lai Châu', value: 4 },
      ];
      const el = await rank(
        html`<dx-province-rank .data=${{ ...DTI, unit: 'ngày', benchmarks: [{ label: 'Trung bình cả nước', value: 2 }], direction: 'down', areas }}></dx-province-rank>`,
      );
      expect(chartRows(el)).to.deep.equal(['1 Bắc Kạn 1,2 ngày', '2 Hà Nội 2,5 ngày', '3 Lai Châu 4 ngày']);
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 1/3');
      expect(text(el, '[part="comparison"]')).to.equal('thấp hơn trung bình cả nước (2 ngày)');
      expect(visibleText(el)).to.contain('Giá trị thấp hơn xếp trên');
    });

    it('names areas given by code alone from the registry, in the era of the document’s date', async () => {
      const before = await rank(html`<dx-province-rank .data=${{ ...DTI, area: { code: '24' }, areas: AREAS_63 }}></dx-province-rank>`);
      expect(text(before, '[part="rank"]')).to.match(/^Bắc Giang đứng thứ \d+\/63$/);
      const after = await rank(html`<dx-province-rank
        .data=${{ ...DTI, asOf: '2025-12-31', area: { code: '24' }, areas: CODES_34.map((code, i) => ({ code, value: 50 + i })) }}
      ></dx-province-rank>`);
      expect(text(after, '[part="rank"]')).to.match(/^Bắc Ninh đứng thứ \d+\/34$/);
    });

    it('keeps figures from before the merger ranked among 63, never re-mapped to the 34 units', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...DTI, asOf: '2025-06', areas: AREAS_63 }}></dx-province-rank>`);
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
      expect(chartRows(el)).to.have.length(63);
      expect(visibleText(el)).not.to.contain('Thái Nguyên đứng');
    });

    it('lets era="63" read the codes of a document dated in the 34-unit era', async () => {
      const el = await rank(
        html`<dx-province-rank era="63" .data=${{ ...DTI, asOf: '2026', area: { code: '24' }, areas: AREAS_63 }}></dx-province-rank>`,
      );
      expect(text(el, '[part="rank"]')).to.match(/^Bắc Giang đứng/);
    });

    it('reads a year-only 2025 list of the 63 old codes in the 63-unit era', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...DTI, asOf: '2025', areas: AREAS_63 }}></dx-province-rank>`);
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
    });

    it('shows an unknown code by its given name, or by the code, with a console warning and no error', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const areas = [
          { code: 'X1', name: 'Đặc khu Phú Quốc', value: 90 },
          { code: '99', value: 80 },
          { code: '06', value: 70 },
        ];
        const el = await rank(html`<dx-province-rank .data=${{ ...DTI, areas }}></dx-province-rank>`);
        expect(el.state).to.equal('ready');
        expect(chartRows(el)).to.deep.equal(['1 Đặc khu Phú Quốc 90%', '2 99 80%', '3 Bắc Kạn 70%']);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.match(
          /^<dx-province-rank>: 1 area code\(s\) unknown among the 63 provincial units \(as of 2024\): 99;/,
        );
      } finally {
        console.warn = warn;
      }
    });

    // A spreadsheet's empty cell exported as "name": "" (the format allows a blank name): a row
    // without a name, "Đứng thứ 2/3" for Bắc Kạn, left a reader to guess which province it was.
    it('names an area whose given name is blank from the registry, as if it had none', async () => {
      const areas = [
        { code: '01', name: '', value: 90 },
        { code: '06', name: '  ', value: 80 },
        { code: '99', name: '', value: 70 },
      ];
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await rank(html`<dx-province-rank .data=${{ ...DTI, area: { code: '06' }, areas }}></dx-province-rank>`);
        expect(chartRows(el)).to.deep.equal(['1 Hà Nội 90%', '2 Bắc Kạn 80%', '3 99 70%']);
        expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 2/3');
        const only = await rank(html`<dx-province-rank .data=${{ ...RANK_ONLY, area: { code: '06', name: '' } }}></dx-province-rank>`);
        expect(text(only, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
      } finally {
        console.warn = warn;
      }
    });

    it('shows names from the document as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__dxPwned=1">';
      const el = await rank(
        html`<dx-province-rank .data=${{ ...DTI, areas: [{ code: '06', name: hostile, value: 1 }] }}></dx-province-rank>`,
      );
      expect(chartRows(el)[0]).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __dxPwned?: number }).__dxPwned).to.equal(undefined);
    });
  });

  describe('limit', () => {
    it('shows the top N and the highlighted province after a gap marker when it is outside them', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="5"></dx-province-rank>`);
      const rows = chartRows(el);
      expect(rows).to.have.length(7);
      expect(rows[5]).to.equal('…');
      expect(rows[6]).to.equal('7 Bắc Kạn 82%');
      expect(el.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(6);
    });

    it('shows just the top N when the highlighted province is among them', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="10"></dx-province-rank>`);
      const rows = chartRows(el);
      expect(rows).to.have.length(10);
      expect(rows).not.to.include('…');
      expect(rows[6]).to.equal('7 Bắc Kạn 82%');
    });

    it('shows every area from a button that says whether the list is expanded', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="5"></dx-province-rank>`);
      const more = button(el, /Xem tất cả/);
      expect(more.textContent!.trim()).to.equal('Xem tất cả 63');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(more.getAttribute('aria-controls')).to.equal('table');
      more.click();
      await el.updateComplete;
      expect(chartRows(el)).to.have.length(63);
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent!.trim()).to.equal('Thu gọn');
      more.click();
      await el.updateComplete;
      expect(chartRows(el)).to.have.length(7);
    });

    it('offers no button when the limit already shows every area', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="63"></dx-province-rank>`);
      expect(button(el, /Xem tất cả/)).to.equal(undefined);
    });

    it('operates both buttons from the keyboard', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="5"></dx-province-rank>`);
      button(el, /Xem tất cả/).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chartRows(el)).to.have.length(63);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Xem bảng');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button(el, /Xem bảng/).getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('rank only (rank, no areas)', () => {
    it('says the rank, the province’s figure and the benchmarks', async () => {
      const el = await rank(html`<dx-province-rank .data=${RANK_ONLY}></dx-province-rank>`);
      expect(el.state).to.equal('ready');
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
      expect(text(el, '.summary .line')).to.equal('82%, cao hơn trung bình cả nước (79,13%)');
      expect(text(el, '[part="benchmarks"]')).to.equal('Trung bình cả nước: 79,13%');
      expect(el.shadowRoot!.querySelector('table, button, [part="chart"]')).to.equal(null);
    });

    it('places the province on a strip of one slot per rank, the strip hidden from screen readers', async () => {
      const el = await rank(html`<dx-province-rank .data=${RANK_ONLY}></dx-province-rank>`);
      const strip = part(el, '[part="strip"]');
      expect(strip.getAttribute('aria-hidden')).to.equal('true');
      expect(strip.querySelectorAll('rect')).to.have.length(63);
      const slot = part(el, 'rect.slot.highlight');
      expect(slot.getAttribute('x')).to.equal(`${Math.round(((6 * 100) / 63) * 100) / 100}%`);
      expect(cells(part(el, '.ends'))).to.equal('1 63');
    });

    it('draws a track with a marker instead of slots for long lists', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...RANK_ONLY, rank: { position: 2500, of: 10000 } }}></dx-province-rank>`);
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 2.500/10.000');
      expect(el.shadowRoot!.querySelectorAll('[part="strip"] rect')).to.have.length(2);
      expect(part(el, 'rect.slot.highlight').getAttribute('x')).to.equal('24.99%');
    });

    // The last of 10,599 communes: a marker from 99.99 % a percent wide stood 12 px past the track's end at 1,200 px.
    it('keeps the marker of the last places on the track', async () => {
      for (const [position, of] of [
        [10_599, 10_599],
        [150, 150],
      ]) {
        const el = await rank(html`<dx-province-rank .data=${{ ...RANK_ONLY, rank: { position, of } }}></dx-province-rank>`);
        const track = part(el, 'rect.track').getBoundingClientRect();
        expect(part(el, 'rect.slot.highlight').getBoundingClientRect().right, `${position}/${of}`).to.be.at.most(track.right + 0.5);
      }
    });

    // "Bắc Kạn đứng thứ 7/63" above "Số liệu năm 2024" read as the 2024 rank when the rank was 2023's.
    it('says the period of a rank dated apart from the figures, and none when it is theirs', async () => {
      const dated = { ...RANK_ONLY, rank: { position: 7, of: 63, asOf: '2023-06' } };
      expect(text(await rank(html`<dx-province-rank .data=${dated}></dx-province-rank>`), '[part="rank"]')).to.equal(
        'Bắc Kạn đứng thứ 7/63 (tháng 06/2023)',
      );
      expect(text(await rank(html`<dx-province-rank lang="en" .data=${dated}></dx-province-rank>`), '[part="rank"]')).to.equal(
        'Bắc Kạn ranks 7th of 63 (June 2023)',
      );
      const same = { ...RANK_ONLY, rank: { position: 7, of: 63, asOf: '2024' } };
      expect(text(await rank(html`<dx-province-rank .data=${same}></dx-province-rank>`), '[part="rank"]')).to.equal(
        'Bắc Kạn đứng thứ 7/63',
      );
    });

    it('says the rank without a name or a figure when the document has neither', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ label: 'Chỉ số DTI', rank: { position: 1, of: 34 } }}></dx-province-rank>`);
      expect(text(el, '[part="summary"]')).to.equal('Đứng thứ 1/34');
    });

    it('names an area given by code alone from the registry', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...RANK_ONLY, area: { code: '06' } }}></dx-province-rank>`);
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 7/63');
    });
  });

  describe('benchmarks', () => {
    const two = [NATIONAL, { label: 'Trung bình vùng Trung du và miền núi phía Bắc', value: 82 }];

    it('draws a line for each benchmark and lists each with its value', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...FULL, benchmarks: two }}></dx-province-rank>`);
      const lines = el.shadowRoot!.querySelectorAll('[part="chart"] line.mark');
      expect(lines).to.have.length(2);
      expect(lines[0].getAttribute('x1')).to.equal(lines[0].getAttribute('x2'));
      expect(
        [...el.shadowRoot!.querySelectorAll('[part="benchmarks"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(['Trung bình cả nước: 79,13%', 'Trung bình vùng Trung du và miền núi phía Bắc: 82%']);
    });

    it('places a benchmark line at its value on the bars’ scale', async () => {
      const areas = [
        { code: '01', name: 'A', value: 100 },
        { code: '06', name: 'B', value: 50 },
      ];
      const el = await rank(
        html`<dx-province-rank .data=${{ ...DTI, areas, benchmarks: [{ label: 'Trung bình', value: 25 }] }}></dx-province-rank>`,
      );
      expect(part(el, 'line.mark').getAttribute('x1')).to.equal('25%');
      expect(part(el, 'rect.bar.highlight').getAttribute('width')).to.equal('50%');
    });

    it('says "thấp hơn" below and "bằng" at the benchmark', async () => {
      const below = await rank(html`<dx-province-rank .data=${{ ...RANK_ONLY, value: 70.5 }}></dx-province-rank>`);
      expect(text(below, '[part="comparison"]')).to.equal('thấp hơn trung bình cả nước (79,13%)');
      const equal = await rank(html`<dx-province-rank .data=${{ ...RANK_ONLY, value: 79.13 }}></dx-province-rank>`);
      expect(text(equal, '[part="comparison"]')).to.equal('bằng trung bình cả nước (79,13%)');
    });

    it('keeps a benchmark label that starts with a name as written', async () => {
      const el = await rank(
        html`<dx-province-rank .data=${{ ...RANK_ONLY, benchmarks: [{ label: 'Hà Nội', value: 90 }] }}></dx-province-rank>`,
      );
      expect(text(el, '[part="comparison"]')).to.equal('thấp hơn Hà Nội (90%)');
    });

    it('says nothing to compare with when there is no benchmark', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...FULL, benchmarks: undefined }}></dx-province-rank>`);
      expect(text(el, '.summary .line')).to.equal('82%');
      expect(el.shadowRoot!.querySelector('[part="comparison"], [part="benchmarks"], line.mark')).to.equal(null);
    });
  });

  describe('table alternative', () => {
    it('is a table with a caption, column headers and every area, the highlighted row current', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="5"></dx-province-rank>`);
      const table = part(el, '[part="table"]');
      expect(table.getAttribute('role')).to.equal('table');
      expect(table.getAttribute('aria-rowcount')).to.equal('64');
      expect(el.shadowRoot!.getElementById(table.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Tỷ lệ hồ sơ trực tuyến toàn trình',
      );
      expect([...table.querySelectorAll('[role="columnheader"]')].map((th) => th.textContent)).to.deep.equal([
        'Hạng',
        'Địa bàn',
        'Giá trị',
      ]);
      const rows = tableRows(el);
      expect(rows).to.have.length(63);
      expect(rows.every((row) => [...row.children].map((c) => c.getAttribute('role')).join() === 'cell,rowheader,cell')).to.equal(true);
      const current = rows.filter((row) => row.getAttribute('aria-current') === 'true');
      expect(current).to.have.length(1);
      expect(cells(current[0])).to.equal('7 Bắc Kạn 82%');
      expect(current[0].querySelector('[role="rowheader"]')!.textContent).to.equal('Bắc Kạn');
    });

    it('is hidden from sight but not from screen readers, and shown in place of the chart by "Xem bảng"', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL}></dx-province-rank>`);
      expect(part(el, '.table-wrap').getBoundingClientRect().height).to.be.at.most(1);
      expect(part(el, '[part="chart"]').getAttribute('aria-hidden')).to.equal('true');
      const toggle = button(el, /Xem bảng/);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('table');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(part(el, '[part="table"]').getBoundingClientRect().height).to.be.greaterThan(100);
      expect(el.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="chart"]')).to.exist;
    });
  });

  describe('English', () => {
    it('writes the rank as an English ordinal, with English numbers and plain registry names', async () => {
      const el = await rank(
        html`<dx-province-rank lang="en" .data=${{ ...FULL, areas: AREAS_63, area: { code: '06' } }} limit="5"></dx-province-rank>`,
      );
      expect(text(el, '[part="rank"]')).to.equal('Bac Kan ranks 7th of 63');
      expect(text(el, '.summary .line')).to.equal('82%, above national average (79.13%)');
      expect(button(el, /Show all/).textContent!.trim()).to.equal('Show all 63');
      expect(button(el, /Show table/)).to.exist;
      expect([...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((th) => th.textContent)).to.deep.equal([
        'Rank',
        'Area',
        'Value',
      ]);
      expect(text(el, '[part="meta"]')).to.equal('Data as of 2024 · Source: Bộ Thông tin và Truyền thông');
    });

    it('uses st, nd, rd and th as English does, and says "tied"', async () => {
      const cases: [number, string][] = [
        [1, '1st'],
        [2, '2nd'],
        [3, '3rd'],
        [11, '11th'],
        [12, '12th'],
        [13, '13th'],
        [21, '21st'],
        [22, '22nd'],
        [1003, '1,003rd'],
      ];
      for (const [position, ordinal] of cases) {
        const el = await rank(
          html`<dx-province-rank lang="en" .data=${{ ...RANK_ONLY, rank: { position, of: 2000 } }}></dx-province-rank>`,
        );
        expect(text(el, '[part="rank"]')).to.equal(`Bắc Kạn ranks ${ordinal} of 2,000`);
      }
      const tied = await rank(
        html`<dx-province-rank lang="en" .data=${{
          ...DTI,
          areas: [
            { code: '06', name: 'Bắc Kạn', value: 1 },
            { code: '01', name: 'Hà Nội', value: 1 },
          ],
        }}></dx-province-rank>`,
      );
      expect(text(tied, '[part="rank"]')).to.equal('Bắc Kạn ranks 1st of 2 (tied)');
    });
  });

  describe('errors', () => {
    it('asks for areas or rank when the document has neither', async () => {
      const el = await rank(html`<dx-province-rank value="82" unit="%" label="DTI"></dx-province-rank>`);
      expect(el.state).to.equal('error');
      expect(text(el, '[part="error"]')).to.contain('areas: cần areas (để xếp hạng) hoặc rank');
    });

    it('names a code that repeats in areas', async () => {
      const el = document.createElement('dx-province-rank');
      el.data = {
        ...DTI,
        areas: [
          { code: '06', value: 1 },
          { code: '01', value: 2 },
          { code: '06', value: 3 },
        ],
      };
      const failed = oneEvent(el, 'dx-error');
      document.body.append(el);
      const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
      expect(event.detail.errors.map((e) => [e.path, e.message.en])).to.deep.equal([['areas[2].code', 'repeats code "06" of areas[0]']]);
      el.remove();
    });

    it('refuses a highlight that is not in areas, and a limit or era it cannot read', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} highlight="65" limit="2.5" era="64"></dx-province-rank>`);
      expect(el.state).to.equal('error');
      const message = text(el, '[part="error"]');
      expect(message).to.contain('limit: phải là số nguyên từ 1 trở lên');
      expect(message).to.contain('era: phải là một trong: 63, 34');
      expect(message).to.contain('highlight: không có mã "65" trong areas');
      el.highlight = '06';
      el.limit = '3';
      el.era = '63';
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(chartRows(el)).to.have.length(5);
    });

    it('refuses an empty list of areas and a comma in limit', async () => {
      const el = await rank(html`<dx-province-rank .data=${{ ...DTI, areas: [] }} limit="1,5"></dx-province-rank>`);
      expect(text(el, '[part="error"]')).to.contain('areas: không được để trống');
      expect(text(el, '[part="error"]')).to.contain('limit: "1,5" không phải số');
    });
  });

  describe('scale', () => {
    const communes = Array.from({ length: 10000 }, (_, i) => ({ code: `X${i}`, name: `Xã ${i}`, value: ((i * 7919) % 10000) / 100 }));
    const COMMUNES = {
      label: 'Xã có điểm truy cập Internet công cộng',
      unit: '%',
      asOf: '2024',
      area: { code: 'X4321' },
      areas: communes,
      benchmarks: [NATIONAL],
    };

    // limit="20000" drew all 10,000 bars: the page froze for tens of seconds. And the box kept a row
    // of height for each of N (limit="1000" over 63 areas: a card 24,000 px tall, nearly all blank).
    it(`draws no more than ${MAX_BARS} bars and the highlighted one, and keeps room for no more, whatever the limit`, async () => {
      const el = await rank(html`<dx-province-rank limit="20000" .data=${COMMUNES}></dx-province-rank>`);
      expect(chartRows(el)).to.have.length(MAX_BARS + 2);
      const height = async (limit: string) =>
        (await rank(html`<dx-province-rank limit=${limit} .data=${FULL}></dx-province-rank>`)).getBoundingClientRect().height;
      expect(await height('1000')).to.equal(await height(String(MAX_BARS)));
    });

    it('renders 10,000 areas as the top 10 and the highlighted one, the full table only when asked', async () => {
      const el = await rank(html`<dx-province-rank .data=${COMMUNES}></dx-province-rank>`);
      expect(el.state).to.equal('ready');
      const expected = [...communes].sort((a, b) => b.value - a.value).findIndex((a) => a.code === 'X4321') + 1;
      expect(text(el, '[part="rank"]')).to.equal(`Xã 4321 đứng thứ ${expected.toLocaleString('vi')}/10.000`);
      const rows = chartRows(el);
      expect(rows).to.have.length(12);
      expect(rows[10]).to.equal('…');
      expect(button(el, /Xem tất cả/)).to.equal(undefined);
      expect(tableRows(el)).to.have.length(12);
      expect(part(el, '.table-row.gap').textContent).to.match(/^… [\d.]+ địa bàn khác$/);
      button(el, /Xem bảng/).click();
      await el.updateComplete;
      // Drawn a block at a time, one task each, so the press never holds the page.
      expect(tableRows(el)).to.have.length(ROW_BLOCK);
      await waitUntil(() => tableRows(el).length === 10000, 'every row of the table', { timeout: 4000 });
      expect(el.shadowRoot!.querySelectorAll('[role="row"][aria-current="true"]')).to.have.length(1);
      const wrap = part(el, '.table-wrap');
      expect(wrap.scrollHeight).to.be.greaterThan(wrap.clientHeight);
      expect(wrap.getAttribute('tabindex')).to.equal('0');
    });

    it('stops drawing a long table when removed, and goes on when put back', async () => {
      const el = await rank(html`<dx-province-rank .data=${COMMUNES}></dx-province-rank>`);
      button(el, /Xem bảng/).click();
      await el.updateComplete;
      const host = el.parentElement!;
      el.remove();
      const drawn = tableRows(el).length;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(tableRows(el).length, 'no block drawn while out of the page').to.equal(drawn);
      host.append(el);
      await waitUntil(() => tableRows(el).length === 10000, 'every row once back', { timeout: 4000 });
    });

    it('draws the table again from its first block when new figures arrive, and stops when there is no ranking', async () => {
      const el = await rank(html`<dx-province-rank .data=${COMMUNES}></dx-province-rank>`);
      button(el, /Xem bảng/).click();
      await waitUntil(() => tableRows(el).length === 10000, 'every row', { timeout: 4000 });
      el.data = { ...COMMUNES, areas: communes.map((a) => ({ ...a, value: 100 - a.value })) };
      await el.updateComplete;
      // Not all 10,000 rows again in one task: the first block, then the rest as before.
      expect(tableRows(el)).to.have.length(ROW_BLOCK);
      await waitUntil(() => tableRows(el).length === 10000, 'every new row', { timeout: 4000 });
      el.data = RANK_ONLY;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.isUpdatePending, 'no block drawn for a ranking that is gone').to.equal(false);
    });

    it('ranks 34 and 63 areas with every bar shown', async () => {
      const el = await rank(
        html`<dx-province-rank .data=${{ ...DTI, asOf: '2025-12', area: { code: '19' }, areas: CODES_34.map((code, i) => ({ code, value: i })) }}></dx-province-rank>`,
      );
      expect(chartRows(el)).to.have.length(34);
      expect(text(el, '[part="rank"]')).to.equal('Thái Nguyên đứng thứ 27/34');
    });
  });

  describe('rank goals (issue 21)', () => {
    // Thái Nguyên's plan: among the 15 leading provinces by 2025, the 10 leading by 2030.
    const PLAN = [
      { top: 15, by: '2025' },
      { top: 10, by: '2030', label: { vi: 'Kế hoạch chuyển đổi số', en: 'Digital transformation plan' } },
    ];
    const GOAL_ONLY = { label: 'Chỉ số DTI', area: { code: '19', name: 'Thái Nguyên' }, rank: { of: 63, target: { top: 15, by: '2025' } } };
    const goalLine = (el: ProvinceRank) => text(el, '[part="goal"]');

    it('says the goal alone when no place is known, and no rank: no "thứ 0", no empty strip', async () => {
      const el = await rank(html`<dx-province-rank .data=${GOAL_ONLY}></dx-province-rank>`);
      expect(el.state).to.equal('ready');
      expect(goalLine(el)).to.equal('Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025');
      expect(el.shadowRoot!.querySelector('[part="summary"], [part="rank"], [part="strip"]')?.getAttribute('part') ?? 'none').to.equal(
        'none',
      );
      expect(visibleText(el)).not.to.match(/thứ|\/63|undefined|NaN/);
    });

    it('says it in English', async () => {
      const el = await rank(html`<dx-province-rank lang="en" .data=${GOAL_ONLY}></dx-province-rank>`);
      expect(goalLine(el)).to.equal('Goal: among the top 15 by 2025');
    });

    it('says whether the place meets the goal, under the rank, and marks where the goal ends on the strip', async () => {
      const short = await rank(
        html`<dx-province-rank .data=${{ ...RANK_ONLY, rank: { position: 18, of: 63, target: { top: 15, by: '2025' } } }}></dx-province-rank>`,
      );
      expect(text(short, '[part="rank"]')).to.equal('Bắc Kạn đứng thứ 18/63');
      expect(goalLine(short)).to.equal('Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc');
      // In the gap after slot 15 of 63 (slots are 0.6 of their 1/63 share past 40).
      const mark = part(short, '[part="strip"] line.goal');
      expect(mark.getAttribute('x1')).to.equal(`${Math.round(((15 - 0.2) / 63) * 1e4) / 100}%`);
      expect(getComputedStyle(mark).stroke).to.equal('rgb(163, 77, 0)');
      const met = await rank(
        html`<dx-province-rank lang="en" .data=${{ ...RANK_ONLY, rank: { position: 7, of: 63, target: { top: 15, by: '2025' } } }}></dx-province-rank>`,
      );
      expect(goalLine(met)).to.equal('Goal: among the top 15 by 2025 · goal met');
    });

    it('judges the place it ranks itself from areas', async () => {
      const el = await rank(
        html`<dx-province-rank lang="en" .data=${{ ...FULL, rank: { of: 63, target: { top: 5 } } }}></dx-province-rank>`,
      );
      expect(text(el, '[part="rank"]')).to.equal('Bắc Kạn ranks 7th of 63');
      expect(goalLine(el)).to.equal('Goal: among the top 5 · 2 places short');
    });

    it('shows of a plan the earliest goal not yet passed on `now`, and how many follow', async () => {
      const data = { ...RANK_ONLY, rank: { position: 12, of: 63, target: PLAN } };
      const el = await rank(html`<dx-province-rank .data=${data} now="2025-06-01"></dx-province-rank>`);
      expect(goalLine(el)).to.equal(
        'Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · đang đạt mục tiêu · sau đó còn 1 mục tiêu, đến năm 2030',
      );
      // The first deadline passed: the next goal, its own label, and the place now short of it.
      el.now = '2026-01-01';
      await settled(el);
      expect(goalLine(el)).to.equal(
        'Mục tiêu: nhóm 10 tỉnh, thành phố dẫn đầu vào năm 2030 (Kế hoạch chuyển đổi số) · còn cách mục tiêu 2 bậc',
      );
      expect(part(el, '[part="strip"] line.goal').getAttribute('x1')).to.equal(`${Math.round(((10 - 0.2) / 63) * 1e4) / 100}%`);
    });

    it('refuses a `now` that is not a day, in place', async () => {
      const el = await rank(html`<dx-province-rank .data=${GOAL_ONLY} now="2025-02-30"></dx-province-rank>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('now: không phải ngày có thật (2025-02-30)');
    });

    it('shows a label as text, never as markup', async () => {
      const label = '<img src=x onerror="window.hacked=1">Kế hoạch';
      const el = await rank(
        html`<dx-province-rank .data=${{ ...GOAL_ONLY, rank: { of: 63, target: { top: 15, label } } }}></dx-province-rank>`,
      );
      expect(goalLine(el)).to.equal(`Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu (${label})`);
      expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    });

    it('keeps a goal line’s room while loading when the page says reserve="goal", as an attribute or a property', async () => {
      const hang = await scriptFeed(`rank-reserve-goal-${Date.now()}`, [{ hang: true }]);
      const loading = async (reserve?: string) => {
        const el = await fixture<ProvinceRank>(
          html`<div style="width: 700px"><dx-province-rank src=${hang} loading="eager" .reserve=${reserve}></dx-province-rank></div>`,
        );
        const rank = el.querySelector('dx-province-rank')!;
        await rank.updateComplete;
        expect(rank.state).to.equal('loading');
        return rank;
      };
      const plain = (await loading()).getBoundingClientRect().height;
      const kept = await loading('goal');
      // Reflected: the styles read the attribute. One line of 1.4em at 700 px, and its 8 px gap.
      expect(kept.getAttribute('reserve')).to.equal('goal');
      expect(kept.getBoundingClientRect().height - plain).to.be.closeTo(1.4 * 16 + 8, 0.1);
    });

    it('lets a screen reader hear the goal line as it is shown', async () => {
      const el = await rank(
        html`<dx-province-rank .data=${{ ...RANK_ONLY, rank: { position: 18, of: 63, target: { top: 15, by: '2025' } } }}></dx-province-rank>`,
      );
      // Booleans, not elements: a failing comparison of elements hung the runner while it serialized them.
      expect(Boolean(part(el, '[part="goal"]').closest('[aria-hidden="true"]')), 'the goal line is hidden').to.equal(false);
      const names = spoken((await a11ySnapshot({})) as unknown as AccessibleNode);
      // A yes or no, not the whole tree: a failing include() made the runner diff the page's every name.
      const heard = names.includes('Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc');
      expect(heard, `heard: ${names.filter((n) => /Mục tiêu/.test(n)).join(' | ') || 'no goal'}`).to.equal(true);
      // The strip and its goal mark are drawing only.
      expect(part(el, '[part="strip"]').getAttribute('aria-hidden')).to.equal('true');
    });

    it('passes axe with a goal alone, with a goal short of the place, and with a plan in English', async () => {
      await expect(await rank(html`<dx-province-rank .data=${GOAL_ONLY}></dx-province-rank>`)).to.be.accessible();
      await expect(
        await rank(
          html`<dx-province-rank .data=${{ ...RANK_ONLY, rank: { position: 18, of: 63, target: { top: 15, by: '2025' } } }}></dx-province-rank>`,
        ),
      ).to.be.accessible();
      await expect(
        await rank(
          html`<dx-province-rank lang="en" theme="dark" now="2025-01-01" .data=${{ ...FULL, rank: { of: 63, target: PLAN } }}></dx-province-rank>`,
        ),
      ).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('passes axe with the chart, with the table shown, and expanded', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="5"></dx-province-rank>`);
      await expect(el).to.be.accessible();
      button(el, /Xem tất cả/).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      button(el, /Xem bảng/).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in rank-only mode, in English and in the dark theme', async () => {
      await expect(await rank(html`<dx-province-rank .data=${RANK_ONLY}></dx-province-rank>`)).to.be.accessible();
      await expect(await rank(html`<dx-province-rank lang="en" .data=${FULL}></dx-province-rank>`)).to.be.accessible();
      const dark = await rank(html`<dx-province-rank theme="dark" .data=${FULL} limit="5"></dx-province-rank>`);
      expect(getComputedStyle(part(dark, '[part="base"]')).backgroundColor).to.equal('rgb(22, 27, 34)');
      await expect(dark).to.be.accessible();
    });

    it('passes axe while loading and with an error', async () => {
      const src = await scriptFeed(`rank-axe-slow-${Date.now()}`, [{ delay: 2000, body: RANK_ONLY }]);
      const loading = await fixture<ProvinceRank>(html`<dx-province-rank src=${src}></dx-province-rank>`);
      expect(loading.state).to.equal('loading');
      expect(part(loading, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      await expect(loading).to.be.accessible();
      const broken = await rank(html`<dx-province-rank .data=${{ ...DTI }}></dx-province-rank>`);
      expect(broken.state).to.equal('error');
      await expect(broken).to.be.accessible();
    });

    it('keeps the drawing from screen readers and the meaning in the sentence', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL}></dx-province-rank>`);
      expect(part(el, '[part="chart"]').getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, '[part="summary"]').closest('[aria-hidden]')).to.equal(null);
      for (const svg of el.shadowRoot!.querySelectorAll('svg')) expect(svg.closest('[aria-hidden="true"]')).to.exist;
    });
  });

  describe('layout and motion', () => {
    before(() => setViewport({ width: 1000, height: 800 }));

    for (const width of [240, 720]) {
      it(`fits a ${width} px column without overflow`, async () => {
        const wrapper = await fixture(html`<div style="width: ${width}px">
          <dx-province-rank .data=${{ ...FULL, benchmarks: [NATIONAL, { label: 'Vùng', value: 60 }] }} limit="5"></dx-province-rank>
        </div>`);
        const el = await settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
        const base = part(el, '[part="base"]');
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        for (const child of el.shadowRoot!.querySelectorAll('[part]:not(table), .row > *, rect')) {
          expect(child.getBoundingClientRect().right, child.getAttribute('part') ?? child.className.toString()).to.be.at.most(
            el.getBoundingClientRect().right + 0.5,
          );
        }
        // Names stay readable: the name column keeps at least a few characters.
        expect(part(el, '.row.highlight .name').getBoundingClientRect().width).to.be.greaterThan(60);
      });
    }

    // The chart is what a sighted reader reads (the table is behind "Xem bảng"): "Hồ Chí Mi…" and
    // "Quảng Ng…" in a phone column were names a reader had to guess, and "Bà Rịa - Vũ…" still was.
    for (const width of [240, 280, 320]) {
      it(`shows whole every province name in a ${width} px column, the longest on two lines with its bar beside it`, async () => {
        const areas = AREAS_63.map((a, i) => ({ ...a, value: 99 - i * 0.5 }));
        // Highlighted, so drawn bold: the widest it can be.
        const wrapper = await fixture(html`<div style="width: ${width}px">
          <dx-province-rank .data=${{ ...DTI, areas }} limit="63" highlight="77"></dx-province-rank>
        </div>`);
        const el = await settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
        await waitUntil(() => el.shadowRoot!.querySelectorAll('.row .name').length === 63, 'the names from the registry');
        const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row .name')];
        const cut = names.filter((n) => n.scrollWidth > n.clientWidth || n.scrollHeight > n.clientHeight);
        expect(cut.map((n) => n.textContent)).to.deep.equal([]);
        expect(names.map((n) => n.textContent)).to.include('Bà Rịa - Vũng Tàu');
        const base = part(el, '[part="base"]');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        // The row of the longest name, however tall, has its bar and figure beside the name.
        const row = part(el, '.row.highlight').getBoundingClientRect();
        expect(row.height, 'one or two lines').to.be.below(2 * 1.75 * 14 + 1);
        const bar = part(el, 'rect.bar.highlight').getBoundingClientRect();
        expect(bar.top).to.be.at.least(row.top - 0.5);
        expect(bar.bottom).to.be.at.most(row.bottom + 0.5);
        expect(bar.left).to.be.at.least(part(el, '.row.highlight .name').getBoundingClientRect().right - 0.5);
        expect(part(el, '.row.highlight .value').getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      });
    }

    it('leaves its bars room beside long figures in a 240 px column, the names giving way first', async () => {
      const areas = [
        { code: '79', value: 9_200_000, approx: 'over' },
        { code: '01', value: 8_100_000, approx: 'over' },
        { code: '06', value: 320_000 },
      ];
      const wrapper = await fixture(html`<div style="width: 240px">
        <dx-province-rank .data=${{ ...DTI, unit: 'thuê bao', areas }}></dx-province-rank>
      </div>`);
      const el = await settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
      await waitUntil(() => el.shadowRoot!.querySelector('.row .name')!.textContent === 'Hồ Chí Minh', 'the names from the registry');
      // As wide as before names had more room: a bar of 28 px still shows 9,2 million against 320,000.
      expect(part(el, '.plot').getBoundingClientRect().width).to.be.at.least(28);
    });

    // "trên 8.100.000 thuê bao" in a phone column, "khoảng 123.456.789.012 đồng" (a budget) below
    // 480 px, and any figure with a unit of several words, at every width, ended in "…".
    for (const [width, unit, areas] of [
      [
        240,
        'thuê bao',
        [
          { code: '79', value: 9_200_000, approx: 'over' },
          { code: '01', value: 8_100_000, approx: 'over' },
          { code: '06', value: 320_000 },
        ],
      ],
      [
        400,
        'đồng',
        [
          { code: '79', value: 123_456_789_012, approx: 'about' },
          { code: '06', value: 8_100_000 },
        ],
      ],
      [
        1000,
        { vi: 'thuê bao băng rộng di động', en: 'mobile broadband subscriptions' },
        [
          { code: '79', value: 9_200_000, approx: 'over' },
          { code: '06', value: 320_000 },
        ],
      ],
    ] as const) {
      it(`shows every figure whole in a ${width} px column, on more lines when it must, its bar beside it`, async () => {
        const wrapper = await fixture(html`<div style="width: ${width}px">
          <dx-province-rank .data=${{ ...DTI, unit, areas }}></dx-province-rank>
        </div>`);
        const el = await settled(wrapper.querySelector<ProvinceRank>('dx-province-rank')!);
        const values = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chart .value')];
        const cut = values.filter((v) => v.scrollWidth > v.clientWidth + 1 || v.scrollHeight > v.clientHeight + 1);
        expect(cut.map((v) => v.textContent)).to.deep.equal([]);
        const base = part(el, '[part="base"]');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const row = part(el, '.row.highlight').getBoundingClientRect();
        const bar = part(el, 'rect.bar.highlight').getBoundingClientRect();
        expect(bar.top).to.be.at.least(row.top - 0.5);
        expect(bar.bottom).to.be.at.most(row.bottom + 0.5);
      });
    }

    it('does not cut the stacked marks of a capital (Ẫ, Ễ, Ỗ) at the top of a chart row', async () => {
      const areas = ['Ẫn Ễ Ỗ', 'Ấp Ủy Ẩm'].map((name, i) => ({ code: `0${i + 1}`, name, value: 50 + i }));
      const el = await rank(html`<dx-province-rank .data=${{ ...DTI, area: undefined, areas }}></dx-province-rank>`);
      const ink = document.createElement('canvas').getContext('2d')!;
      for (const name of el.shadowRoot!.querySelectorAll<HTMLElement>('.row .name')) {
        const style = getComputedStyle(name);
        ink.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const metrics = ink.measureText(name.textContent!);
        const range = document.createRange();
        range.selectNodeContents(name);
        // The baseline sits the font's ascent under the top of the text's box; the marks reach their ink's ascent above it.
        const inkTop = range.getBoundingClientRect().top + metrics.fontBoundingBoxAscent - metrics.actualBoundingBoxAscent;
        expect(inkTop, name.textContent!).to.be.at.least(name.getBoundingClientRect().top);
      }
    });

    it('lines each bar up with its row', async () => {
      const el = await rank(html`<dx-province-rank .data=${FULL} limit="5"></dx-province-rank>`);
      const row = part(el, '.row.highlight').getBoundingClientRect();
      const bar = part(el, 'rect.bar.highlight').getBoundingClientRect();
      expect(bar.top).to.be.at.least(row.top - 0.5);
      expect(bar.bottom).to.be.at.most(row.bottom + 0.5);
      expect(bar.left).to.be.at.least(part(el, '.row.highlight .name').getBoundingClientRect().right - 0.5);
    });

    it('reserves its height while loading', async () => {
      const src = await scriptFeed(`rank-reserve-${Date.now()}`, [{ delay: 2000, body: RANK_ONLY }]);
      const el = await fixture<ProvinceRank>(html`<dx-province-rank src=${src}></dx-province-rank>`);
      expect(el.state).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it('grows the bars in with a CSS animation, and not at all under reduced motion', async () => {
      const moving = await rank(html`<dx-province-rank .data=${FULL} limit="3"></dx-province-rank>`);
      expect(part(moving, 'rect.bar').getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const still = await rank(html`<dx-province-rank .data=${FULL} limit="3"></dx-province-rank>`);
        expect(part(still, 'rect.bar').getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('registration', () => {
    it('survives being registered twice, as when the bundle loads twice on a page', () => {
      const first = customElements.get('dx-province-rank');
      expect(() => define('dx-province-rank', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('dx-province-rank')).to.equal(first);
    });
  });
});
