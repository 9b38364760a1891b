import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

import '../../src/trend/dx-trend.js';
import '../../src/target-progress/dx-target-progress.js';

import { ROW_BLOCK } from '../../src/internal/row-blocks.js';
import { capitalize } from '../../src/target-progress/phrases.js';
import type { TargetProgress } from '../../src/target-progress/target-progress.js';
import { Trend } from '../../src/trend/trend.js';
import { PER_HEAD } from '../support/documents.js';
import { part, scriptFeed, settled, tableRows, visibleText } from '../support/helpers.js';

/** Households with fibre: 62,5% in 2020 to 84,9% in 2022, a plan of three targets. */
const FIBRE = {
  id: 'households-fiber',
  label: { vi: 'Hộ gia đình có cáp quang', en: 'Households with fibre' },
  unit: '%',
  series: [
    { asOf: '2020', value: 62.5 },
    { asOf: '2021', value: 75 },
    { asOf: '2022', value: 84.9 },
  ],
  target: [
    { value: 90, by: '2023' },
    { value: 100, by: '2025' },
  ],
  benchmarks: [{ label: { vi: 'Cả nước', en: 'National' }, value: 70 }],
  source: { name: 'Sở TT&TT Lai Châu' },
};

const NOW = '2024-01-15';

/** Lower is better: paper files, 50% in 2020 to 30% in 2023, toward `target` (one, or a plan of several). */
const paper = (target: unknown) => ({
  label: 'Hồ sơ giấy',
  unit: '%',
  direction: 'down',
  value: 30,
  asOf: '2023',
  series: [
    { asOf: '2020', value: 50 },
    { asOf: '2023', value: 30 },
  ],
  target,
});

/** The same plan at a slower pace: 62,5% in 2020, 66,5% in 2022. */
const SLOW = {
  ...FIBRE,
  series: [
    { asOf: '2020', value: 62.5 },
    { asOf: '2022', value: 66.5 },
  ],
};

/** Resolves once the trend has measured its column and drawn for it. */
async function drawn(el: Trend): Promise<Trend> {
  await settled(el);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

const trend = async (template: ReturnType<typeof html>) => drawn(await fixture<Trend>(template));
const chart = (el: Trend) => part(el, '[part="chart"]');
const texts = (el: Trend, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => t.textContent!.trim());
/** The axis tick texts: x ticks along the bottom; y ticks at the left edge, a line each, from the bottom up. */
const xTicks = (el: Trend) => texts(el, '.x-ticks text');
const yTicks = (el: Trend) => part(el, '.y-ticks').textContent!.split('\n').reverse();
/** The marks drawn by the paths `selector` finds: each point, target or line is one subpath ("M…"). */
/** The table's rows below its head, each as its cells' text joined by a space. */
const marks = (el: Trend, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].flatMap((path) => path.getAttribute('d')?.match(/M[^M]*/g) ?? []);
/** The value axis's text, a box for each of its lines, top to bottom. */
const axisLines = (el: Trend): DOMRect[] => {
  const axis = [...part(el, '.y-ticks').childNodes].find((n): n is Text => n instanceof Text)!;
  return axis.data.split('\n').map((line, i, lines) => {
    const start = lines.slice(0, i).join('\n').length + (i && 1);
    const range = document.createRange();
    range.setStart(axis, start);
    range.setEnd(axis, start + line.length);
    return range.getBoundingClientRect();
  });
};
const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe('<dx-trend>', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  describe('what a reader sees', () => {
    it('draws the series, labels its first and last figures, and marks every dated target with its label', async () => {
      const el = await trend(html`<dx-trend style="width: 720px" .data=${FIBRE} now=${NOW}></dx-trend>`);
      expect(el.state).to.equal('ready');
      expect(part(el, '[part="label"]').textContent).to.equal('Hộ gia đình có cáp quang');
      expect(marks(el, '.dot')).to.have.length(3);
      expect(marks(el, '.target')).to.have.length(2);
      expect(texts(el, '.label')).to.include.members(['62,5%', '84,9%', 'Mục tiêu 90% (2023)', 'Mục tiêu 100% (2025)', 'Cả nước 70%']);
    });

    it('marks a target by the plan’s own label, as the other elements show it', async () => {
      const plan = {
        ...FIBRE,
        target: [
          { value: 90, by: '2023' },
          { value: 100, by: '2025', label: { vi: 'Giai đoạn 2', en: 'Phase 2' } },
        ],
      };
      const el = await trend(html`<dx-trend style="width: 720px" .data=${plan} now=${NOW}></dx-trend>`);
      expect(texts(el, '.label')).to.include('Giai đoạn 2: 100% (2025)');
      el.lang = 'en';
      await drawn(el);
      expect(texts(el, '.label')).to.include('Phase 2: 100% (2025)');
    });

    it('names the chart with a sentence that says what it shows, the benchmark’s line too', async () => {
      const el = await trend(html`<dx-trend .data=${FIBRE} now=${NOW}></dx-trend>`);
      expect(chart(el).getAttribute('role')).to.equal('img');
      expect(chart(el).getAttribute('aria-label')).to.equal(
        'tăng từ 62,5% năm 2020 lên 84,9% năm 2022; mục tiêu 90% năm 2023; mục tiêu 100% năm 2025; Cả nước 70%; theo tốc độ hiện nay: 100% năm 2025',
      );
    });

    it('says it in English too', async () => {
      const el = await trend(html`<dx-trend lang="en" .data=${{ ...FIBRE, target: { value: 100, by: '2025' } }} now=${NOW}></dx-trend>`);
      expect(chart(el).getAttribute('aria-label')).to.equal(
        'rose from 62.5% in 2020 to 84.9% in 2022; target 100% by the end of 2025; National 70%; at the current pace: 100% by the end of 2025',
      );
    });

    it('carries the pace dashed from the last point to the next target, and says where it leads', async () => {
      const el = await trend(html`<dx-trend .data=${SLOW} now=${NOW}></dx-trend>`);
      expect(marks(el, '.projection')).to.have.length(1);
      expect(part(el, '[part="key"]').textContent!.trim()).to.equal('theo tốc độ hiện nay: 73,5% năm 2025');
    });

    it('adds the current value at asOf when it is later than the last point, and never twice', async () => {
      const later = await trend(html`<dx-trend .data=${{ ...FIBRE, value: 88, approx: 'over', asOf: '2023-06' }} now=${NOW}></dx-trend>`);
      expect(marks(later, '.dot')).to.have.length(4);
      expect(texts(later, '.label')).to.include('trên 88%');
      const same = await trend(html`<dx-trend .data=${{ ...FIBRE, value: 84.9, asOf: '2022' }} now=${NOW}></dx-trend>`);
      expect(marks(same, '.dot')).to.have.length(3);
    });

    it('hedges a point of the series marked approx, in its label, the sentence and the table, as the current value', async () => {
      const hedged = { ...FIBRE, series: [{ ...FIBRE.series[0], approx: 'nearly' }, ...FIBRE.series.slice(1)] };
      const el = await trend(html`<dx-trend .data=${hedged} now=${NOW}></dx-trend>`);
      expect(texts(el, '.label')[0]).to.equal('gần 62,5%');
      expect(chart(el).getAttribute('aria-label')).to.match(/^tăng từ gần 62,5% năm 2020 lên 84,9% năm 2022;/);
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      expect(tableRows(el).slice(0, 2)).to.deep.equal(['2020 gần 62,5%', '2021 75%']);
    });

    it('labels the ends of a count with its unit and hedge', async () => {
      const subs = {
        label: 'Thuê bao',
        unit: 'thuê bao',
        value: 320000,
        approx: 'over',
        asOf: '2024',
        series: [
          { asOf: '2022', value: 250000 },
          { asOf: '2024', value: 320000 },
        ],
      };
      const el = await trend(html`<dx-trend .data=${subs} now=${NOW}></dx-trend>`);
      expect(texts(el, '.label')).to.deep.equal(['250.000 thuê bao', 'trên 320.000 thuê bao']);
      expect(yTicks(el)[0]).to.equal('0');
    });

    it('writes a projected count whole, as its figures are: no tenth of a subscriber', async () => {
      const subscribers = {
        label: 'Thuê bao băng rộng cố định',
        unit: 'thuê bao',
        value: 1400003,
        asOf: '2023-07',
        series: [
          { asOf: '2021', value: 1200000 },
          { asOf: '2022', value: 1310001 },
        ],
        target: { value: 2000000, by: '2026' },
      };
      const el = await trend(html`<dx-trend .data=${subscribers} now=${NOW}></dx-trend>`);
      expect(part(el, '[part="key"]').textContent!.trim()).to.match(/^theo tốc độ hiện nay: \d{1,3}(\.\d{3})+ thuê bao năm 2026$/);
      expect(chart(el).getAttribute('aria-label')).to.match(/; theo tốc độ hiện nay: \d{1,3}(\.\d{3})+ thuê bao năm 2026$/);
    });

    it('writes the pace of figures all under 0.1 to their own digits, in the key and the sentence: "0,098", not "0"', async () => {
      const el = await trend(html`<dx-trend .data=${PER_HEAD} now=${NOW}></dx-trend>`);
      expect(part(el, '[part="key"]').textContent!.trim()).to.equal('theo tốc độ hiện nay: 0,098 triệu đồng/người năm 2026');
      expect(chart(el).getAttribute('aria-label')).to.match(/; theo tốc độ hiện nay: 0,098 triệu đồng\/người năm 2026$/);
      el.lang = 'en';
      await drawn(el);
      expect(part(el, '[part="key"]').textContent!.trim()).to.equal('at the current pace: 0.098 triệu đồng/người by the end of 2026');
    });

    it('says where the pace leads in the very words of the target’s progress, in vi and en', async () => {
      /** A count from one figure to the next, toward `target`. */
      const count = (unit: string, from: [string, number], to: [string, number], target: { value: number; by: string }) => ({
        ...PER_HEAD,
        unit,
        series: [{ asOf: from[0], value: from[1] }],
        value: to[1],
        asOf: to[0],
        target,
      });
      const documents = [
        PER_HEAD,
        // The slow plan, its last point as the current figure (the target's progress needs one).
        { ...SLOW, series: SLOW.series.slice(0, 1), value: 66.5, asOf: '2022' },
        // A tenth of a figure, to a day; a whole count, to a month.
        count('tổ', ['2023-06', 1200.5], ['2024-06', 2250], { value: 3000, by: '2025-06-30' }),
        count('thuê bao', ['2023-01', 750000], ['2024-01', 1000000], { value: 2000000, by: '2025-06' }),
      ];
      for (const lang of ['vi', 'en'])
        for (const data of documents) {
          const wrapper = await fixture(
            html`<div lang=${lang}><dx-trend .data=${data} now=${NOW}></dx-trend><dx-target-progress .data=${data} now=${NOW}></dx-target-progress></div>`,
          );
          const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
          const target = await settled(wrapper.querySelector<TargetProgress>('dx-target-progress')!);
          const key = part(el, '[part="key"]').textContent!.trim();
          expect(key, `${lang} ${data.unit}`).to.match(/^(theo tốc độ hiện nay|at the current pace): /);
          // The target's line starts a sentence; the trend's key, as its chart's sentence, goes on one.
          expect(capitalize(key)).to.equal(part(target, '[part="projection"]').textContent!.replace(/\s+/g, ' ').trim());
        }
    });

    it('carries a falling count no lower than none, in the key, the sentence and the drawing', async () => {
      const offline = {
        label: 'Hộ chưa có cáp quang',
        unit: 'hộ',
        direction: 'down',
        value: 2000,
        asOf: '2023',
        series: [
          { asOf: '2021', value: 4000 },
          { asOf: '2022', value: 3000 },
        ],
        target: { value: 500, by: '2028' },
      };
      const el = await trend(html`<dx-trend .data=${offline} now=${NOW}></dx-trend>`);
      expect(part(el, '[part="key"]').textContent!.trim()).to.equal('theo tốc độ hiện nay: 0 hộ năm 2028');
      expect(chart(el).getAttribute('aria-label')).to.match(/; theo tốc độ hiện nay: 0 hộ năm 2028$/);
      // The axis starts at 0, and nothing is drawn below it.
      expect(yTicks(el)[0]).to.equal('0');
      const plot = el.shadowRoot!.querySelector<SVGPathElement>('.projected')!.getBBox();
      const zero = el.shadowRoot!.querySelector<SVGPathElement>('.grid')!.getBBox();
      expect(plot.y + plot.height / 2).to.be.closeTo(zero.y + zero.height, 0.2);
    });

    it('starts the value axis at 0 and ends it at 100 for a percentage, unless y-max says otherwise', async () => {
      const el = await trend(html`<dx-trend .data=${FIBRE} now=${NOW}></dx-trend>`);
      expect(yTicks(el)[0]).to.equal('0%');
      expect(yTicks(el).at(-1)).to.equal('100%');
      const low = await trend(
        html`<dx-trend .data=${{ ...FIBRE, target: undefined, benchmarks: undefined, value: 7, asOf: '2022', series: [{ asOf: '2020', value: 2 }] }} y-max="10"></dx-trend>`,
      );
      expect(yTicks(low).at(-1)).to.equal('10%');
      // A top below the figures hides none of them: 84,9% stays on an axis to 100%.
      const capped = await trend(
        html`<dx-trend .data=${{ ...FIBRE, target: undefined, value: 84.9, asOf: '2022' }} y-max="50"></dx-trend>`,
      );
      expect(yTicks(capped).at(-1)).to.equal('100%');
    });

    it('writes each value tick level with its grid line', async () => {
      const el = await trend(html`<dx-trend style="width: 720px" .data=${FIBRE} now=${NOW}></dx-trend>`);
      const top = chart(el).querySelector('svg')!.getBoundingClientRect().top;
      const grid = marks(el, '.grid').map((m) => top + Number(m.split(' ')[1].split('H')[0]));
      // Each line of the axis's text, top to bottom: the middle of its glyphs' box.
      const middles = axisLines(el).map((box) => (box.top + box.bottom) / 2);
      expect(middles).to.have.length(grid.length);
      // The grid runs from the bottom (0%) up; the text from the top (100%) down.
      [...grid].reverse().forEach((y, i) => expect(middles[i], yTicks(el).at(-1 - i)).to.be.closeTo(y, 2));
    });

    it('writes years on the time axis as "2021", and months as "tháng 6/2024" or "Jun 2024"', async () => {
      const years = await trend(html`<dx-trend style="width: 720px" .data=${FIBRE} now=${NOW}></dx-trend>`);
      expect(xTicks(years)).to.include.members(['2021', '2022', '2023', '2024']);
      const months = { label: 'x', unit: '%', value: 20, asOf: '2024-12', series: [{ asOf: '2024-01', value: 10 }] };
      const vi = await trend(html`<dx-trend style="width: 720px" .data=${months}></dx-trend>`);
      expect(xTicks(vi)).to.include('tháng 7/2024');
      const en = await trend(html`<dx-trend style="width: 720px" lang="en" .data=${months}></dx-trend>`);
      expect(xTicks(en)).to.include('Jul 2024');
    });

    it('marks a year of months with at least two ticks, apart, in a 240–480 px column', async () => {
      // June 2020 to June 2021: three-monthly ticks do not fit, and the yearly ones were replaced by
      // every month; one tick was left, so the axis did not say where the year began or ended.
      const series = Array.from({ length: 12 }, (_, i) => ({
        asOf: `${2020 + Math.floor((5 + i) / 12)}-${String(((5 + i) % 12) + 1).padStart(2, '0')}`,
        value: 40 + i,
      }));
      const data = { label: 'x', unit: '%', value: 55, asOf: '2021-06', series };
      for (const width of [240, 320, 400, 480]) {
        for (const lang of ['vi', 'en']) {
          const el = await trend(html`<dx-trend style="width: ${width}px" lang=${lang} .data=${data}></dx-trend>`);
          const ticks = [...el.shadowRoot!.querySelectorAll('.x-ticks text')].map((t) => t.getBoundingClientRect());
          expect(ticks.length, `${lang} ${width} px: ${xTicks(el).join(', ')}`).to.be.at.least(2);
          ticks.forEach((box, i) => i && expect(box.left, `${lang} ${width} px tick ${i}`).to.be.at.least(ticks[i - 1].right));
        }
      }
    });

    it('writes no tick finer than the figures’ dates, and every tick of an axis of days as a day', async () => {
      const axis = async (series: { asOf: string; value: number }[], lang = 'vi') => {
        const last = series[series.length - 1];
        const data = { label: 'x', unit: '%', value: last.value, asOf: last.asOf, series: series.slice(0, -1) };
        return xTicks(await trend(html`<dx-trend style="width: 1200px" lang=${lang} .data=${data}></dx-trend>`));
      };
      // Two yearly figures: their years, where a wide chart wrote "tháng 7/2021", "tháng 10/2021"….
      const years = [
        { asOf: '2021', value: 10 },
        { asOf: '2022', value: 12 },
      ];
      expect(await axis(years)).to.deep.equal(['2021', '2022']);
      // Two monthly figures: their months, where it wrote the Sundays between them ("19/5/2024").
      const months = [
        { asOf: '2024-05', value: 10 },
        { asOf: '2024-06', value: 12 },
      ];
      expect(await axis(months)).to.deep.equal(['tháng 5/2024', 'tháng 6/2024']);
      expect(await axis(months, 'en')).to.deep.equal(['May 2024', 'Jun 2024']);
      // Two days: both as days, where the first read "tháng 6/2024", the whole month.
      const days = [
        { asOf: '2024-06-01', value: 10 },
        { asOf: '2024-06-02', value: 12 },
      ];
      expect(await axis(days)).to.deep.equal(['1/6/2024', '2/6/2024']);
      expect(await axis(days, 'en')).to.deep.equal(['1 Jun 2024', '2 Jun 2024']);
    });

    it('says when on the time axis of a year of months at 240 px, where two labels do not fit', async () => {
      // The year they all fall in, under its middle; from July to June, a month near the middle.
      const cases: [string, string, RegExp][] = [
        ['2024-01', '2024-12', /^2024$/],
        ['2023-07', '2024-06', /^tháng \d+\/202[34]$/],
      ];
      for (const [from, to, tick] of cases) {
        const months = { label: 'x', unit: '%', value: 20, asOf: to, series: [{ asOf: from, value: 10 }] };
        const wrapper = await fixture(html`<div style="width: 240px"><dx-trend .data=${months}></dx-trend></div>`);
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        expect(xTicks(el), `${from} to ${to}`).to.have.length(1);
        expect(xTicks(el)[0], `${from} to ${to}`).to.match(tick);
        const box = el.getBoundingClientRect();
        const drawnTick = el.shadowRoot!.querySelector('.x-ticks text')!.getBoundingClientRect();
        expect(drawnTick.left).to.be.at.least(box.left);
        expect(drawnTick.right).to.be.at.most(box.right);
      }
    });

    it('writes each figure’s year or month under it, and a target due at a year’s end between its year and the next', async () => {
      /** Each tick's box and text, and the marks' middles, along the drawing's x. */
      const along = (el: Trend) => ({
        ticks: [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.x-ticks text')].map((t) => {
          const box = t.getBBox();
          return { text: t.textContent!, left: box.x, right: box.x + box.width };
        }),
        // A point is a circle from its left edge ("Mx ya3.5…"); a diamond from its top ("Mx y-7l7 7…").
        dots: marks(el, '.dot').map((m) => Number(m.slice(1).split(' ')[0]) + 3.5),
        targets: marks(el, '.target').map((m) => Number(m.slice(1).split(' ')[0])),
      });
      const under = (ticks: { text: string; left: number; right: number }[], x: number) =>
        ticks.filter((t) => t.left <= x && x <= t.right).map((t) => t.text);
      const cases: { name: string; data: Record<string, unknown>; ticks: string[] }[] = [
        // A yearly figure and the current value in the same year: one point, where "2024" stood half a year left of it.
        {
          name: 'a year',
          data: { label: 'x', unit: '%', series: [{ asOf: '2024', value: 55 }], value: 60, asOf: '2024' },
          ticks: ['2024'],
        },
        { name: 'one month', data: { label: 'x', unit: '%', value: 60, asOf: '2024-06' }, ticks: ['Jun 2024'] },
        // A January's figure alone: its month, where the tick read "2024", the whole year's.
        { name: 'one January', data: { label: 'x', unit: '%', value: 60, asOf: '2024-01' }, ticks: ['Jan 2024'] },
        {
          name: 'a January’s figure and the current value of the same month',
          data: { label: 'x', unit: '%', series: [{ asOf: '2024-01', value: 55 }], value: 60, asOf: '2024-01' },
          ticks: ['Jan 2024'],
        },
        {
          name: 'December and January',
          data: { label: 'x', unit: '%', series: [{ asOf: '2023-12', value: 55 }], value: 60, asOf: '2024-01' },
          ticks: ['Dec 2023', 'Jan 2024'],
        },
        { name: 'one day', data: { label: 'x', unit: '%', value: 60, asOf: '2024-06-20' }, ticks: ['20 Jun 2024'] },
        {
          name: 'two months',
          data: { label: 'x', unit: '%', series: [{ asOf: '2024-05', value: 55 }], value: 60, asOf: '2024-06' },
          ticks: ['May 2024', 'Jun 2024'],
        },
      ];
      for (const { name, data, ticks } of cases) {
        const wrapper = await fixture(html`<div style="width: 360px"><dx-trend lang="en" .data=${data}></dx-trend></div>`);
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        const { ticks: drawnTicks, dots } = along(el);
        expect(
          drawnTicks.map((t) => t.text),
          name,
        ).to.deep.equal(ticks);
        dots.forEach((x, i) => expect(under(drawnTicks, x), `${name}: point ${i}`).to.deep.equal([ticks[i]]));
      }
      // Two figures in one month, and a day apart: days, never finer than the figures.
      const days = await trend(
        html`<dx-trend style="width: 360px" lang="en" .data=${{ label: 'x', unit: '%', series: [{ asOf: '2024-06-05', value: 55 }], value: 60, asOf: '2024-06-20' }}></dx-trend>`,
      );
      xTicks(days).forEach((t) => expect(t).to.match(/^\d+ Jun 2024$/));
      // Yearly figures and a plan: each year under its figure; the target due by 2023 (31/12/2023) under no year, where it stood on "2024".
      const el = await trend(html`<dx-trend style="width: 720px" .data=${FIBRE} now=${NOW}></dx-trend>`);
      const { ticks: drawnTicks, dots, targets } = along(el);
      expect(dots.map((x) => under(drawnTicks, x))).to.deep.equal([['2020'], ['2021'], ['2022']]);
      expect(under(drawnTicks, targets[0])).to.deep.equal([]);
      const [y2023, y2024] = ['2023', '2024'].map((year) => drawnTicks.find((t) => t.text === year)!);
      expect(targets[0]).to.be.within(y2023.right, y2024.left);
    });

    it('redraws in the language the page switches to', async () => {
      const el = await trend(html`<dx-trend .data=${FIBRE} now=${NOW}></dx-trend>`);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(chart(el).getAttribute('aria-label')).to.match(/^rose from 62.5% in 2020/);
      expect(part(el, '[part="button"]').textContent).to.equal('Show table');
    });

    it('draws a target without a date as a labelled line', async () => {
      const el = await trend(
        html`<dx-trend style="width: 720px" .data=${{ ...FIBRE, target: { value: 95 }, benchmarks: undefined }} now=${NOW}></dx-trend>`,
      );
      expect(marks(el, '.benchmark')).to.have.length(1);
      expect(texts(el, '.label')).to.include('Mục tiêu 95%');
    });

    it('understands direction "down": the sentence says the figure fell', async () => {
      const el = await trend(html`<dx-trend .data=${paper({ value: 10, by: '2025' })} now=${NOW}></dx-trend>`);
      expect(chart(el).getAttribute('aria-label')).to.match(
        /^giảm từ 50% năm 2020 xuống 30% năm 2023; mục tiêu 10% năm 2025; theo tốc độ hiện nay: 13,3% năm 2025$/,
      );
    });
  });

  describe('the table', () => {
    it('shows every point and target as a table in place of the drawing, and the drawing again', async () => {
      const el = await trend(html`<dx-trend .data=${FIBRE} now=${NOW}></dx-trend>`);
      const button = part<HTMLButtonElement>(el, '[part="button"]');
      expect(button.textContent).to.equal('Xem bảng');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(tableRows(el)).to.deep.equal([
        '2020 62,5%',
        '2021 75%',
        '2022 84,9%',
        // A benchmark beside the latest figure (benchmark-row.test.ts).
        '2022 Cả nước 70%',
        '2023 Mục tiêu 90% (2023)',
        '2025 Mục tiêu 100% (2025)',
        // The pace after the target it is carried to (pace-row.test.ts).
        '2025 theo tốc độ hiện nay: 100% năm 2025',
      ]);
      const heads = [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent);
      expect(heads).to.deep.equal(['Thời điểm', 'Số liệu']);
      expect(el.shadowRoot!.querySelectorAll('[role="rowheader"]')).to.have.length(7);
      button.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="chart"]')).not.to.equal(null);
    });

    it('lists a target without a date too, last, as the drawing shows its line', async () => {
      const el = await trend(html`<dx-trend .data=${{ ...FIBRE, target: { value: 95 } }} now=${NOW}></dx-trend>`);
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      expect(tableRows(el)).to.deep.equal(['2020 62,5%', '2021 75%', '2022 84,9%', '2022 Cả nước 70%', 'không thời hạn Mục tiêu 95%']);
      el.lang = 'en';
      await drawn(el);
      expect(tableRows(el).at(-1)).to.equal('no deadline Target 95%');
    });
  });

  describe('accessibility', function () {
    // axe over a chart takes seconds on a busy test machine.
    this.timeout(20000);

    it('passes axe with the table shown', async () => {
      const el = await trend(html`<dx-trend .data=${FIBRE} now=${NOW}></dx-trend>`);
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme`, async () => {
        const el = await trend(html`<dx-trend theme=${theme} .data=${{ ...FIBRE, value: 88, asOf: '2023' }} now=${NOW}></dx-trend>`);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('inputs and states', () => {
    it('reads inline JSON, and fires dx-load', async () => {
      const el = await fixture<Trend>(
        html`<dx-trend now=${NOW}><script type="application/json">${JSON.stringify(FIBRE)}</script></dx-trend>`,
      );
      await drawn(el);
      expect(el.state).to.equal('ready');
      expect(marks(el, '.dot')).to.have.length(3);
    });

    it('follows src, and redraws when the feed brings a new point', async () => {
      const src = await scriptFeed(`trend-live-${Date.now()}`, [{ body: FIBRE }]);
      const el = await trend(html`<dx-trend src=${src} loading="eager" now=${NOW}></dx-trend>`);
      expect(marks(el, '.dot')).to.have.length(3);
      el.data = { ...FIBRE, series: [...FIBRE.series, { asOf: '2023', value: 88 }] };
      await el.updateComplete;
      expect(marks(el, '.dot')).to.have.length(4);
    });

    it('shows an error in place when there is no history to draw', async () => {
      const el = await settled(await fixture<Trend>(html`<dx-trend .data=${{ label: 'x', value: 5 }}></dx-trend>`));
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('series: cần series, hoặc value với asOf, để vẽ xu hướng');
    });

    it('shows an error for a `now` that is not a real day', async () => {
      const el = await settled(await fixture<Trend>(html`<dx-trend .data=${FIBRE} now="2024-02-30"></dx-trend>`));
      expect(el.state).to.equal('error');
      // As the target's progress says it (one reader of `now`, internal/now.ts): which day is wrong.
      expect(visibleText(el)).to.contain('now: không phải ngày có thật (2024-02-30)');
      el.now = '1/10/2024';
      await settled(el);
      expect(visibleText(el)).to.contain('now: phải là một ngày dạng YYYY-MM-DD');
    });

    it('shows an error when the current value is dated before the last point', async () => {
      const el = await settled(await fixture<Trend>(html`<dx-trend .data=${{ ...FIBRE, value: 50, asOf: '2021' }}></dx-trend>`));
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('asOf: số liệu hiện tại (2021) cũ hơn điểm cuối của series (2022)');
    });
  });

  describe('layout and motion', () => {
    for (const width of [240, 320, 720, 1200]) {
      it(`fits a ${width} px column without overflow, its time labels apart`, async () => {
        const wrapper = await fixture(
          html`<div style="width: ${width}px"><dx-trend .data=${{ ...FIBRE, value: 88, approx: 'over', asOf: '2023-06' }} now=${NOW}></dx-trend></div>`,
        );
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        const base = part(el, '[part="base"]');
        const right = el.getBoundingClientRect().right + 0.5;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        for (const node of el.shadowRoot!.querySelectorAll('[part], svg text, .y-ticks')) {
          expect(node.getBoundingClientRect().right, node.textContent!).to.be.at.most(right);
          expect(node.getBoundingClientRect().left, node.textContent!).to.be.at.least(el.getBoundingClientRect().left - 0.5);
        }
        const ticks = [...el.shadowRoot!.querySelectorAll('.x-ticks text')].map((t) => t.getBoundingClientRect());
        expect(ticks.length).to.be.at.least(2);
        ticks.forEach((box, i) => i && expect(box.left, `tick ${i}`).to.be.at.least(ticks[i - 1].right));
        const labels = [...el.shadowRoot!.querySelectorAll('svg .label')].map((t) => t.getBoundingClientRect());
        labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(apart(a, b), 'labels apart').to.equal(true)));
        // Nor over the value axis: in a 240 px column "Mục tiêu 90% (2023)" was written over "80%".
        const axis = axisLines(el);
        labels.forEach((a, i) => axis.forEach((b, j) => expect(apart(a, b), `label ${i} clear of axis line ${j}`).to.equal(true)));
      });
    }

    /** Each diamond's box in the page: its path starts at its top corner. */
    const diamonds = (el: Trend) => {
      const svg = chart(el).querySelector('svg')!.getBoundingClientRect();
      return marks(el, '.target').map((m) => {
        const [x, y] = m.slice(1).split(/[ l]/).map(Number);
        return new DOMRect(svg.left + x - 7, svg.top + y, 14, 14);
      });
    };

    it('ends a target’s label at its mark, in whatever font the page draws it', async () => {
      const plan = paper([
        { value: 20, by: '2024' },
        { value: 10, by: '2028' },
      ]);
      for (const font of ['Roboto', 'monospace']) {
        const el = await trend(html`<dx-trend style="width: 720px; font-family: ${font}" .data=${plan} now=${NOW}></dx-trend>`);
        const centres = diamonds(el).map((d) => d.x + 7);
        const labels = [...el.shadowRoot!.querySelectorAll('svg .label')].filter((t) => t.textContent!.startsWith('Mục tiêu'));
        expect(labels.map((t) => t.textContent)).to.deep.equal(['Mục tiêu 20% (2024)', 'Mục tiêu 10% (2028)']);
        labels.forEach((t, i) => expect(t.getBoundingClientRect().right, `${font}: ${t.textContent}`).to.be.closeTo(centres[i], 1));
      }
    });

    it('writes no label over another target’s mark', async () => {
      const plan = paper([
        { value: 20, by: '2024' },
        { value: 10, by: '2025' },
        { value: 0, by: '2030' },
      ]);
      for (const width of [240, 320, 600, 720]) {
        const wrapper = await fixture(html`<div style="width: ${width}px"><dx-trend .data=${plan} now=${NOW}></dx-trend></div>`);
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        const marked = diamonds(el);
        for (const t of el.shadowRoot!.querySelectorAll('svg .label')) {
          const box = t.getBoundingClientRect();
          // A target's label ends or starts at its own diamond's centre.
          const others = marked.filter((d) => Math.min(Math.abs(d.x + 7 - box.right), Math.abs(d.x + 7 - box.left)) > 1);
          others.forEach((d) => expect(apart(box, d), `${width} px: ${t.textContent} clear of the diamond at ${d.x + 7}`).to.equal(true));
        }
      }
    });

    /** Series of every kind of date and span, each point a step of `days` (or a month or a year) apart. */
    const dated = (n: number, asOf: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => ({ asOf: asOf(i), value: 20 + ((i * 7) % 30) }));
    const day = (i: number, from = Date.UTC(2024, 5, 1)) => new Date(from + i * 86_400_000).toISOString().slice(0, 10);
    /** The month i months after `from` (a month of 2023, 1 to 12), as "2024-01". */
    const month = (i: number, from: number) => new Date(Date.UTC(2023, from - 1 + i, 1)).toISOString().slice(0, 7);
    const SPANS: [string, { asOf: string; value: number }[], { value: number; by: string }[]?][] = [
      ['25 years', dated(25, (i) => String(2000 + i))],
      ['200 years', dated(201, (i) => String(1900 + i))],
      ['5 years of months', dated(60, (i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)],
      ['3 months of days', dated(92, (i) => day(i))],
      ['1 month', dated(30, (i) => day(i))],
      ['1 day', dated(2, (i) => day(i))],
      ['1 day across a new year', dated(2, (i) => day(i, Date.UTC(2024, 11, 31)))],
      // Under a year of months no tick marks a year: a January is a month like the others.
      ['1 month, a January', [{ asOf: '2024-01', value: 20 }]],
      ['3 months across a new year', dated(3, (i) => month(i, 12))],
      ['11 months to a January', dated(12, (i) => month(i, 2))],
      ['a year of months from July', dated(12, (i) => month(i, 7))],
      // The middle of 2024 in it, November 2023 too: a lone "2024" at the right end stood over
      // November's and December's figures of 2023 where two months' ticks did not fit.
      [
        '4 months across a new year, to targets in June and July',
        dated(4, (i) => month(i, 11)),
        [
          { value: 60, by: '2024-06' },
          { value: 70, by: '2024-07' },
        ],
      ],
    ];
    /**
     * Spans of months under a year, each holding January 2024: January is "tháng 1/2024" or "Jan
     * 2024", never "2024", and no tick is "2024" where a month of 2023 is drawn over it.
     */
    const MONTHS_ONLY = new Set([
      '1 month, a January',
      '3 months across a new year',
      '11 months to a January',
      'a year of months from July',
      '4 months across a new year, to targets in June and July',
    ]);
    for (const [span, series, target] of SPANS) {
      it(`writes the time axis of ${span} apart and inside, in Vietnamese and English, from 240 to 1200 px`, async function () {
        this.timeout(20000);
        const last = series[series.length - 1];
        const data = { label: 'x', unit: '%', value: last.value, asOf: last.asOf, series: series.slice(0, -1), target };
        for (const lang of ['vi', 'en']) {
          const wrapper = await fixture<HTMLElement>(
            html`<div style="width: 240px"><dx-trend lang=${lang} .data=${data}></dx-trend></div>`,
          );
          const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
          for (const width of [240, 241, 250, 263, 280, 320, 360, 420, 500, 600, 720, 850, 1000, 1200]) {
            wrapper.style.width = `${width}px`;
            await drawn(el);
            const svg = chart(el).querySelector('svg')!.getBoundingClientRect();
            const ticks = [...el.shadowRoot!.querySelectorAll('.x-ticks text')].map((t) => t.getBoundingClientRect());
            const at = `${lang}, ${width} px: ${xTicks(el).join(' | ')}`;
            expect(ticks.length, at).to.be.at.least(1);
            if (MONTHS_ONLY.has(span)) expect(xTicks(el), at).not.to.include('2024');
            ticks.forEach((box, i) => {
              expect(box.left, at).to.be.at.least(svg.left - 0.5);
              expect(box.right, at).to.be.at.most(svg.right + 0.5);
              if (i) expect(box.left, at).to.be.at.least(ticks[i - 1].right);
            });
            const labels = [...el.shadowRoot!.querySelectorAll('svg .label')].map((t) => t.getBoundingClientRect());
            for (const a of labels) for (const b of [...ticks, ...axisLines(el)]) expect(apart(a, b), at).to.equal(true);
          }
        }
      });
    }

    for (const [name, wrap] of [
      ['a flex row', (w: unknown) => html`<div style="display: flex; width: 700px">${w}</div>`],
      ['a table cell', (w: unknown) => html`<table><tr><td>${w}</td></tr></table>`],
      ['a float', (w: unknown) => html`<div style="width: 700px"><div style="float: left">${w}</div></div>`],
    ] as const) {
      it(`takes a phone column's 320 px in ${name}, whatever its words`, async () => {
        const long = { ...FIBRE, label: 'Hộ gia đình có cáp quang '.repeat(8) };
        const wrapper = await fixture(wrap(html`<dx-trend .data=${long} now=${NOW}></dx-trend>`));
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        expect(el.getBoundingClientRect().width).to.equal(320);
      });
    }

    it('reserves its height before data arrives, so nothing below it moves', async () => {
      const src = await scriptFeed(`trend-reserve-${Date.now()}`, [{ delay: 300, body: { ...FIBRE, target: { value: 100, by: '2025' } } }]);
      const wrapper = await fixture(html`<div style="width: 720px"><dx-trend src=${src} loading="eager" now=${NOW}></dx-trend></div>`);
      const el = wrapper.querySelector<Trend>('dx-trend')!;
      await el.updateComplete;
      const before = el.getBoundingClientRect().height;
      await drawn(el);
      expect(el.state).to.equal('ready');
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('grows the line in, and not at all under reduced motion', async () => {
      const moving = await trend(html`<dx-trend .data=${FIBRE}></dx-trend>`);
      expect(part(moving, '.line').getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const still = await trend(html`<dx-trend .data=${FIBRE}></dx-trend>`);
        expect(part(still, '.line').getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('extreme figures', () => {
    // Values the format accepts: subnormal (5e-324) and near the largest double. d3's ticks find
    // none for the first, and the second overflows a scale's span; the drawing stays finite.
    for (const values of [
      [5e-324, 1e-323],
      [-1e308, 1e308],
      [1e308, 1.5e308],
    ]) {
      it(`draws ${values.join(' and ')} with finite geometry inside its 320 px`, async () => {
        const data = { label: 'x', unit: 'hộ', series: [{ asOf: '2022', value: values[0] }], value: values[1], asOf: '2023' };
        const el = await trend(html`<div style="width: 320px"><dx-trend now=${NOW} .data=${data}></dx-trend></div>`).then(
          () => document.querySelector('dx-trend') as Trend,
        );
        await drawn(el);
        expect(el.state).to.equal('ready');
        for (const node of chart(el).querySelectorAll('*')) {
          for (const name of ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'd', 'points', 'style']) {
            const value = node.getAttribute(name);
            if (value !== null) expect(value, `${node.tagName} ${name}`).not.to.match(/NaN|Infinity/);
          }
        }
        // Each point's circle starts at its left edge, 3.5 px left of the point.
        for (const dot of marks(el, '.dot')) expect(Number(dot.slice(1).split(' ')[0]) + 3.5).to.be.within(0, 320);
      });
    }
  });

  describe('hostile and unlucky input', () => {
    /** Every text of the drawing inside the drawing: none cut off at its edge. */
    const inside = (el: Trend) => {
      const svg = chart(el).querySelector('svg')!.getBoundingClientRect();
      for (const t of el.shadowRoot!.querySelectorAll('svg text')) {
        const box = t.getBoundingClientRect();
        expect(box.left, t.textContent!.slice(0, 30)).to.be.at.least(svg.left - 0.5);
        expect(box.right, t.textContent!.slice(0, 30)).to.be.at.most(svg.right + 0.5);
      }
    };

    it('keeps a label pushed against the drawing’s edge inside it, drawn wider than estimated ("27%" in bold)', async () => {
      // Three months of daily figures: the last one's label has room only right of its point, against the edge.
      const series = Array.from({ length: 92 }, (_, i) => ({
        asOf: new Date(Date.UTC(2024, 5, 1 + i)).toISOString().slice(0, 10),
        value: 20 + ((i * 7) % 30),
      }));
      const data = { label: 'x', unit: '%', value: 27, asOf: '2024-08-31', series };
      const wrapper = await fixture(html`<div style="width: 700px"><dx-trend .data=${data}></dx-trend></div>`);
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      expect(texts(el, '.label')).to.include('27%');
      inside(el);
    });

    for (const width of [240, 720]) {
      it(`leaves out a label wider than its ${width} px drawing rather than cut it off; the table still has it`, async () => {
        const long = 'Giai đoạn 1 '.repeat(800).trim();
        const data = {
          ...FIBRE,
          target: [{ value: 100, by: '2025', label: long }],
          benchmarks: [{ label: 'Cả nước '.repeat(1250), value: 70 }],
        };
        const wrapper = await fixture(html`<div style="width: ${width}px"><dx-trend .data=${data} now=${NOW}></dx-trend></div>`);
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        inside(el);
        expect(texts(el, '.label')).to.deep.equal(['62,5%', '84,9%']);
        part<HTMLButtonElement>(el, '[part="button"]').click();
        await el.updateComplete;
        // Compared as a flag: a failure would print the 10,000 characters twice.
        // Its row before the pace's, which is carried to it.
        expect(texts(el, '[role="cell"]').at(-2) === `${long}: 100% (2025)`, 'the whole name in the table').to.equal(true);
      });
    }

    it('keeps a 200-character unit, a 500-character benchmark and a 2,000-character label inside a 240 px column, its table too, and the page below in place', async () => {
      const data = {
        ...FIBRE,
        label: 'Tỷ lệ'.repeat(400),
        unit: 'x'.repeat(200),
        value: 88,
        asOf: '2023',
        benchmarks: [{ label: 'B'.repeat(500), value: 70 }],
        source: { name: 'S'.repeat(2000) },
      };
      const wrapper = await fixture(html`<div style="width: 240px"><dx-trend .data=${data} now=${NOW}></dx-trend><p>Bài viết</p></div>`);
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      expect(el.state).to.equal('ready');
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      inside(el);
      const labels = [...el.shadowRoot!.querySelectorAll('svg .label')].map((t) => t.getBoundingClientRect());
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(apart(a, b), 'labels apart').to.equal(true)));
      // The whole benchmark is said, as the drawing has no room for it.
      expect(
        chart(el)
          .getAttribute('aria-label')!
          .includes(`; ${'B'.repeat(500)} 70 ${'x'.repeat(200)};`),
      ).to.equal(true);
      const below = wrapper.querySelector('p')!.getBoundingClientRect();
      expect(below.top).to.be.at.least(el.getBoundingClientRect().bottom);
      expect(below.left).to.equal(el.getBoundingClientRect().left);
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      const table = part(el, '.table-wrap');
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(240);
    });

    it('keeps the value axis beside the plot for figures past a thousand trillion, and inside a 240 px column', async () => {
      const data = { label: 'x', unit: 'hộ', value: 3e20, asOf: '2022', series: [{ asOf: '2020', value: 1e20 }] };
      const wrapper = await fixture(html`<div style="width: 240px"><dx-trend .data=${data} now=${NOW} y-max="1e300"></dx-trend></div>`);
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      expect(yTicks(el).at(-1)).to.equal('1E300');
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      el.removeAttribute('y-max');
      await drawn(el);
      expect(yTicks(el)).to.deep.equal(['0', '1E20', '2E20', '3E20']);
      // The axis's text ends left of the plot: where its grid lines start.
      const range = document.createRange();
      range.selectNodeContents(part(el, '.y-ticks'));
      const plotLeft = chart(el).querySelector('svg')!.getBoundingClientRect().left + Number(marks(el, '.grid')[0].slice(1).split(' ')[0]);
      expect(range.getBoundingClientRect().right).to.be.at.most(plotLeft);
      expect(range.getBoundingClientRect().left).to.be.at.least(el.getBoundingClientRect().left);
    });

    it('writes each tick of a value axis under a thousandth with its own figure', async () => {
      const data = { label: 'x', unit: 'tổ', value: 0.0003, asOf: '2022', series: [{ asOf: '2020', value: 0.0001 }] };
      const el = await trend(html`<dx-trend .data=${data} now=${NOW}></dx-trend>`);
      expect(yTicks(el)).to.deep.equal(['0', '0,0001', '0,0002', '0,0003']);
      const tiny = await trend(
        html`<dx-trend .data=${{ ...data, value: 3e-9, series: [{ asOf: '2020', value: 1e-9 }] }} now=${NOW}></dx-trend>`,
      );
      expect(yTicks(tiny)).to.deep.equal(['0', '1E-9', '2E-9', '3E-9']);
    });

    it('carries no pace to a deadline already passed, as the target’s progress shows none', async () => {
      const slow = { ...SLOW, benchmarks: undefined };
      const el = await trend(html`<dx-trend .data=${slow} now="2026-01-15"></dx-trend>`);
      expect(marks(el, '.projection')).to.have.length(0);
      expect(part(el, '[part="key"]').textContent!.trim()).to.equal('');
      expect(chart(el).getAttribute('aria-label')).to.equal(
        'tăng từ 62,5% năm 2020 lên 66,5% năm 2022; mục tiêu 90% năm 2023; mục tiêu 100% năm 2025',
      );
      // The deadline's own year still has the pace: "2025" runs to its last day.
      el.now = '2025-12-31';
      await drawn(el);
      expect(part(el, '[part="key"]').textContent!.trim()).to.equal('theo tốc độ hiện nay: 73,5% năm 2025');
    });

    it('starts the value axis of a count at 0 when its figures are below it', async () => {
      const data = { label: 'x', unit: 'hộ', value: -100, asOf: '2022', series: [{ asOf: '2020', value: -500 }] };
      const el = await trend(html`<dx-trend .data=${data} now=${NOW}></dx-trend>`);
      expect(yTicks(el).at(-1)).to.equal('0');
      expect(yTicks(el)[0]).to.equal('-500');
    });

    it('says a named target’s figure and date in the chart’s sentence, as its mark shows them', async () => {
      const plan = { ...FIBRE, target: [{ value: 100, by: '2025', label: { vi: 'Giai đoạn 2', en: 'Phase 2' } }], benchmarks: undefined };
      const el = await trend(html`<dx-trend .data=${plan} now=${NOW}></dx-trend>`);
      expect(chart(el).getAttribute('aria-label')).to.equal(
        'tăng từ 62,5% năm 2020 lên 84,9% năm 2022; Giai đoạn 2: mục tiêu 100% năm 2025; theo tốc độ hiện nay: 100% năm 2025',
      );
      el.lang = 'en';
      await drawn(el);
      expect(chart(el).getAttribute('aria-label')).to.contain('; Phase 2: target 100% by the end of 2025;');
    });

    it('refuses a y-max past 100 for a percentage, or below 0 for a count, and keeps the figures it shows', async () => {
      const el = await trend(html`<dx-trend .data=${FIBRE} now=${NOW}></dx-trend>`);
      const errors: unknown[] = [];
      el.addEventListener('dx-error', (e) => errors.push((e as CustomEvent).detail));
      el.setAttribute('y-max', '1e300');
      await drawn(el);
      expect(el.state).to.equal('stale');
      expect(visibleText(el)).to.contain('y-max: là phần trăm, phải từ 0 đến 100 (đang là 1e300)');
      expect(yTicks(el).at(-1)).to.equal('100%');
      expect(errors).to.have.length(1);
      const count = await settled(
        await fixture<Trend>(html`<dx-trend .data=${{ label: 'x', unit: 'hộ', value: 5, asOf: '2022' }} y-max="-10"></dx-trend>`),
      );
      expect(count.state).to.equal('error');
      expect(visibleText(count)).to.contain('y-max: không được âm');
    });
  });

  describe('speed', () => {
    /** Counts the trend's renders from its first on (its `updated` calls). */
    const counted = () => {
      const calls: number[] = [];
      const updated = (Trend.prototype as unknown as { updated: (changed: unknown) => void }).updated;
      const spy = function (this: Trend, changed: unknown) {
        calls.push(this.shadowRoot!.querySelector('svg')?.viewBox.baseVal.width ?? 0);
        updated.call(this, changed);
      };
      Object.defineProperty(Trend.prototype, 'updated', { value: spy, configurable: true, writable: true });
      return {
        calls,
        restore: () => Object.defineProperty(Trend.prototype, 'updated', { value: updated, configurable: true, writable: true }),
      };
    };

    it('draws once, for the width of its column, the page’s padding on its card included', async () => {
      const spy = counted();
      try {
        const wrapper = await fixture(html`<div style="width: 560px">
          <style>
            .padded::part(base) {
              padding: 30px;
            }
          </style>
          <dx-trend .data=${FIBRE} now=${NOW}></dx-trend><dx-trend class="padded" .data=${FIBRE} now=${NOW}></dx-trend>
        </div>`);
        const [plain, padded] = wrapper.querySelectorAll<Trend>('dx-trend');
        await drawn(plain);
        await drawn(padded);
        // 560 px less the card's padding each side: 12 px by default, 30 px from the page.
        expect(spy.calls).to.deep.equal([536, 500]);
        expect(chart(plain).clientWidth).to.equal(536);
        expect(chart(padded).clientWidth).to.equal(500);
      } finally {
        spy.restore();
      }
    });

    it('draws again when its column changes width', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 720px"><dx-trend .data=${FIBRE} now=${NOW}></dx-trend></div>`);
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      expect(chart(el).querySelector('svg')!.viewBox.baseVal.width).to.equal(696);
      wrapper.style.width = '320px';
      await drawn(el);
      expect(chart(el).querySelector('svg')!.viewBox.baseVal.width).to.equal(296);
    });

    it('marks the ends of a 1,000-point line, and lists every point in its table when opened', async () => {
      const series = Array.from({ length: 1000 }, (_, i) => ({
        asOf: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        value: i % 100,
      }));
      const el = await trend(html`<dx-trend .data=${{ label: 'x', unit: '%', value: 99, asOf: '1983-04', series }}></dx-trend>`);
      expect(marks(el, '.dot')).to.have.length(2);
      expect(texts(el, '.label')).to.deep.equal(['0%', '99%']);
      // The table is built when it is opened, not with the drawing.
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      // A block at a time, one task each, so the press never holds the page (90 ms at once).
      expect(tableRows(el)).to.have.length(ROW_BLOCK);
      expect(part(el, '[part="table"]').getAttribute('aria-rowcount')).to.equal('1001');
      await waitUntil(() => tableRows(el).length === 1000, 'every row of the table', { timeout: 4000 });
      const rows = tableRows(el);
      expect(rows[0]).to.equal('01/1900 0%');
      expect(rows[999]).to.equal('04/1983 99%');
    });

    it('draws a long series in a task after the one that checked its figures, dx-load after the drawing; a short one at once', async () => {
      const days = (n: number, from: number) =>
        Array.from({ length: n }, (_, i) => ({
          asOf: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
          value: (i + from) % 100,
        }));
      const renders: { drawn: boolean; busy: string | null; taskPassed: boolean }[] = [];
      let taskPassed = false;
      const updated = (Trend.prototype as unknown as { updated: (changed: unknown) => void }).updated;
      Object.defineProperty(Trend.prototype, 'updated', {
        configurable: true,
        writable: true,
        value: function (this: Trend, changed: unknown) {
          const base = this.shadowRoot!.querySelector('[part="base"]');
          renders.push({
            drawn: this.shadowRoot!.querySelector('[part="chart"]') !== null,
            busy: base?.getAttribute('aria-busy') ?? null,
            taskPassed,
          });
          updated.call(this, changed);
        },
      });
      try {
        const loads: boolean[] = [];
        const el = document.createElement('dx-trend') as Trend;
        el.addEventListener('dx-load', () => loads.push(el.shadowRoot!.querySelector('[part="chart"]') !== null));
        el.data = { label: 'x', unit: '%', value: 50, asOf: '2002-09-27', series: days(1000, 0) };
        document.body.append(el);
        // A task queued before the element's first render: the drawing comes after it.
        setTimeout(() => (taskPassed = true));
        await el.updateComplete;
        expect(renders[0]).to.deep.equal({ drawn: false, busy: 'true', taskPassed: false });
        expect(renders.at(-1)).to.deep.equal({ drawn: true, busy: 'false', taskPassed: true });
        expect(loads, 'dx-load once, once the chart is drawn').to.deep.equal([true]);
        // New figures: the drawing on screen stays, busy, until the new one is drawn.
        renders.length = 0;
        taskPassed = false;
        el.data = { label: 'x', unit: '%', value: 51, asOf: '2002-09-27', series: days(1000, 1) };
        setTimeout(() => (taskPassed = true));
        await el.updateComplete;
        expect(renders[0]).to.deep.equal({ drawn: true, busy: 'true', taskPassed: false });
        expect(renders.at(-1)).to.deep.equal({ drawn: true, busy: 'false', taskPassed: true });
        expect(loads).to.deep.equal([true, true]);
        expect(texts(el, '.label')).to.deep.equal(['1%', '51%']);
        el.remove();
        renders.length = 0;
        taskPassed = false;
        const short = document.createElement('dx-trend') as Trend;
        short.data = FIBRE;
        document.body.append(short);
        setTimeout(() => (taskPassed = true));
        await short.updateComplete;
        expect(renders).to.deep.equal([{ drawn: true, busy: 'false', taskPassed: false }]);
        short.remove();
      } finally {
        Object.defineProperty(Trend.prototype, 'updated', { value: updated, configurable: true, writable: true });
      }
    });

    it('stops drawing a long table while out of the page, and draws new figures from the first block again', async () => {
      const series = (shift: number) =>
        Array.from({ length: 1000 }, (_, i) => ({
          asOf: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
          value: (i + shift) % 100,
        }));
      const data = (shift: number) => ({ label: 'x', unit: '%', value: 50, asOf: '1983-04', series: series(shift) });
      const el = await trend(html`<dx-trend .data=${data(0)}></dx-trend>`);
      part<HTMLButtonElement>(el, '[part="button"]').click();
      await el.updateComplete;
      const host = el.parentElement!;
      el.remove();
      const drawnRows = tableRows(el).length;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(tableRows(el).length, 'no block drawn while out of the page').to.equal(drawnRows);
      host.append(el);
      await waitUntil(() => tableRows(el).length === 1000, 'every row once back', { timeout: 4000 });
      el.data = data(1);
      await el.updateComplete;
      expect(tableRows(el)).to.have.length(ROW_BLOCK);
      expect(tableRows(el)[0]).to.equal('01/1900 1%');
      await waitUntil(() => tableRows(el).length === 1000, 'every new row', { timeout: 4000 });
    });
  });
});

describe('<dx-trend> work, counted', () => {
  it('writes an English monthly trend, its sentence and its table without building a date formatter for each date', async () => {
    const series = Array.from({ length: 24 }, (_, i) => ({
      asOf: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 40 + i,
    }));
    const made: unknown[] = [];
    const toLocaleDateString = Date.prototype.toLocaleDateString;
    const DateTimeFormat = Intl.DateTimeFormat;
    // toLocaleDateString with options builds an Intl.DateTimeFormat at each call (0.6–0.8 ms here),
    // as would a formatter built per date: both counted. The page's one formatter may already exist.
    Date.prototype.toLocaleDateString = function (this: Date, ...args: Parameters<Date['toLocaleDateString']>) {
      made.push(args);
      return toLocaleDateString.apply(this, args);
    };
    let built = 0;
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built += 1;
        return new target(...args);
      },
      apply(target, _self, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built += 1;
        return target(...args);
      },
    });
    try {
      const el = await trend(
        html`<dx-trend lang="en" now=${NOW} .data=${{ label: 'x', unit: '%', series, target: { value: 90, by: '2026-06' } }}></dx-trend>`,
      );
      expect(chart(el).getAttribute('aria-label')).to.match(
        /^rose from 40% in January 2022 to 63% in December 2023; target 90% by (the end of )?June 2026/,
      );
      part(el, '[part="button"]').click();
      // 24 months, the target and the pace carried to it.
      await waitUntil(() => tableRows(el).length === 26, 'every row');
      expect(tableRows(el)[0]).to.equal('January 2022 40%');
      expect(made).to.deep.equal([]);
      expect(built).to.be.at.most(1);
    } finally {
      Date.prototype.toLocaleDateString = toLocaleDateString;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
