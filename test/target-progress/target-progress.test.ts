import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';

import '../../src/target-progress/dx-target-progress.js';

import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import type { TargetProgress } from '../../src/target-progress/target-progress.js';
import { PER_HEAD } from '../support/documents.js';
import { FakeClock } from '../support/fake-clock.js';
import { freshFeed, part, scriptFeed, settled, visibleText } from '../support/helpers.js';

/** Adults with a smartphone: 40% in 2023, 60% in 2024, 100% by the end of 2024. */
const SMARTPHONES = {
  id: 'adults-with-smartphone',
  label: { vi: 'Người trưởng thành có điện thoại thông minh', en: 'Adults with a smartphone' },
  unit: '%',
  value: 60,
  asOf: '2024',
  baseline: { value: 40, asOf: '2023' },
  target: { value: 100, by: '2024-12-31' },
  source: { name: 'Sở TT&TT Lai Châu' },
};

/** Paper records still in use: lower is better. 50% in 2022, 30% in 2024. */
const PAPER = {
  label: 'Hồ sơ còn nộp bằng giấy',
  unit: '%',
  direction: 'down',
  value: 30,
  asOf: '2024',
  baseline: { value: 50, asOf: '2022' },
  target: { value: 10, by: '2025' },
};

const NOW = '2024-10-01';

const text = (el: TargetProgress, name: string) => part(el, `[part="${name}"]`).textContent!.replace(/\s+/g, ' ').trim();
const bar = (el: TargetProgress) => part(el, '[role="progressbar"]');
const has = (el: TargetProgress, selector: string) => el.shadowRoot!.querySelector(selector) !== null;

async function progress(template: ReturnType<typeof html>): Promise<TargetProgress> {
  return settled(await fixture<TargetProgress>(template));
}

describe('<dx-target-progress>', () => {
  describe('data paths', () => {
    it('reads a member of the shared feed: 60% of 100% by the end of 2024, with one dated figure too few to judge the pace', async () => {
      const el = await progress(
        html`<dx-target-progress src=${freshFeed()} indicator="adults-with-smartphone" now=${NOW}></dx-target-progress>`,
      );
      expect(el.state).to.equal('ready');
      expect(text(el, 'label')).to.equal('Người trưởng thành có điện thoại thông minh');
      expect(text(el, 'figure')).to.equal('60%/100%');
      expect(text(el, 'status')).to.equal('chưa đủ số liệu để đánh giá');
      expect(text(el, 'gap')).to.equal('Còn 40 điểm %');
      expect(text(el, 'target')).to.equal('Mục tiêu 100% đến hết năm 2024 · còn 3 tháng');
      expect(has(el, '[part="projection"]')).to.equal(false);
      expect(text(el, 'meta')).to.equal('Số liệu năm 2024 · Nguồn: Sở Thông tin và Truyền thông tỉnh Lai Châu');
    });

    it('draws a target from plain attributes alone, the deadline given by `by`', async () => {
      const el = await progress(
        html`<dx-target-progress value="60" unit="%" target="100" by="2024" label="Điện thoại thông minh" now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'figure')).to.equal('60%/100%');
      expect(text(el, 'target')).to.equal('Mục tiêu 100% đến hết năm 2024 · còn 3 tháng');
    });

    it('lets the value and target attributes override the document, keeping its deadline', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} value="45" target="90" now=${NOW}></dx-target-progress>`);
      expect(text(el, 'figure')).to.equal('45%/90%');
      expect(text(el, 'gap')).to.equal('Còn 45 điểm %');
      expect(text(el, 'target')).to.equal('Mục tiêu 90% đến hết năm 2024 · còn 3 tháng');
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('45');
      el.by = '2025-06-30';
      await el.updateComplete;
      expect(text(el, 'target')).to.equal('Mục tiêu 90% đến 30/06/2025 · còn 9 tháng');
    });

    it('recomputes the time left when `now` changes, as a property too', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} now="2024-12-01"></dx-target-progress>`);
      expect(text(el, 'target')).to.contain('còn 30 ngày');
      el.now = '2024-12-31';
      await el.updateComplete;
      expect(text(el, 'target')).to.contain('hạn chót hôm nay');
    });

    it('takes the reader’s real today when `now` is not given', async () => {
      const el = await progress(
        html`<dx-target-progress .data=${{ ...SMARTPHONES, target: { value: 100, by: '2000' } }}></dx-target-progress>`,
      );
      expect(text(el, 'status')).to.equal('quá hạn, chưa đạt');
      expect(text(el, 'target')).to.match(/ · quá hạn \d+(,\d)? năm$/);
    });
  });

  describe('statuses, with a fixed today', () => {
    const cases = [
      { status: 'achieved', words: 'đã đạt mục tiêu', data: { ...SMARTPHONES, value: 100 }, colour: 'rgb(26, 127, 55)' },
      { status: 'ontrack', words: 'đúng tiến độ', data: { ...SMARTPHONES, target: { value: 70, by: '2024' } }, colour: 'rgb(26, 127, 55)' },
      { status: 'behind', words: 'chậm tiến độ', data: SMARTPHONES, colour: 'rgb(163, 77, 0)' },
      {
        status: 'overdue',
        words: 'quá hạn, chưa đạt',
        data: { ...SMARTPHONES, target: { value: 100, by: '2024-06' } },
        colour: 'rgb(180, 35, 24)',
      },
      {
        status: 'unknown',
        words: 'chưa đủ số liệu để đánh giá',
        data: { ...SMARTPHONES, baseline: undefined },
        colour: 'rgb(85, 95, 109)',
      },
      {
        status: 'open',
        words: 'không có thời hạn để đánh giá',
        data: { ...SMARTPHONES, target: { value: 100 } },
        colour: 'rgb(85, 95, 109)',
      },
    ];
    for (const c of cases) {
      it(`says "${c.words}" in words and in its colour, and passes axe`, async () => {
        const el = await progress(html`<dx-target-progress .data=${c.data} now=${NOW}></dx-target-progress>`);
        const status = part(el, '[part="status"]');
        expect(status.textContent!.trim()).to.equal(c.words);
        expect(status.classList.contains(c.status)).to.equal(true);
        expect(getComputedStyle(status).color).to.equal(c.colour);
        expect(bar(el).getAttribute('aria-valuetext')).to.match(
          new RegExp(`, ${c.status === 'behind' ? 'chậm so với tiến độ' : c.words}$`),
        );
        await expect(el).to.be.accessible();
      });
    }

    it('is behind when the pace from baseline to value reaches only 70% by the deadline, and outlines that pace on the track', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'status')).to.equal('chậm tiến độ');
      expect(text(el, 'projection')).to.equal('Theo tốc độ hiện nay: 70% năm 2024');
      expect(text(el, 'baseline')).to.equal('Xuất phát 40% (năm 2023)');
      const fill = part<SVGGraphicsElement>(el, '.fill').getBBox();
      const pace = part<SVGGraphicsElement>(el, '.projection').getBBox();
      expect(pace.x).to.be.closeTo(fill.x + fill.width, 0.01);
      // The bar runs from the baseline 40% to 100%: 70% is half way.
      expect(pace.x + pace.width).to.be.closeTo(2 + 96 * 0.5, 0.01);
    });

    it('is on track when the series, carried on, reaches the target by the deadline', async () => {
      const data = {
        ...SMARTPHONES,
        baseline: undefined,
        series: [
          { asOf: '2022', value: 40 },
          { asOf: '2023', value: 50 },
        ],
        target: { value: 80, by: '2026' },
      };
      const el = await progress(html`<dx-target-progress .data=${data} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'status')).to.equal('đúng tiến độ');
      expect(text(el, 'projection')).to.equal('Theo tốc độ hiện nay: 85% năm 2026');
    });

    it('says how long ago the deadline passed once it is overdue, and draws no pace', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} now="2025-03-01"></dx-target-progress>`);
      expect(text(el, 'status')).to.equal('quá hạn, chưa đạt');
      expect(text(el, 'target')).to.equal('Mục tiêu 100% đến hết năm 2024 · quá hạn 2 tháng');
      expect(has(el, '[part="projection"]')).to.equal(false);
      expect(has(el, '.projection')).to.equal(false);
    });

    it('shows a target with no figure yet as the target, its deadline and "chưa có số liệu", never as a 0% bar', async () => {
      const el = await progress(
        html`<dx-target-progress src=${freshFeed()} indicator="population-e-payment" now=${NOW}></dx-target-progress>`,
      );
      expect(el.state).to.equal('ready');
      expect(text(el, 'figure')).to.equal('chưa có số liệu');
      expect(text(el, 'target')).to.equal('Mục tiêu 50% đến hết năm 2024 · còn 3 tháng');
      expect(has(el, '[role="progressbar"]')).to.equal(false);
      expect(has(el, 'svg')).to.equal(false);
      expect(has(el, '[part="gap"]')).to.equal(false);
      expect(visibleText(el)).not.to.contain('0%/');
      await expect(el).to.be.accessible();
    });
  });

  describe('a plan of dated targets (issue 20)', () => {
    /** 50% by 2024, 80% by mid-2025, 100% by 2030; 60% in 2024 after 40% in 2023. */
    const PLAN = {
      ...SMARTPHONES,
      target: [
        { value: 50, by: '2024' },
        { value: 80, by: '2025-06' },
        { value: 100, by: '2030' },
      ],
    };

    it('judges the earliest target not yet passed, and says how many follow', async () => {
      const el = await progress(html`<dx-target-progress .data=${PLAN} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'figure')).to.equal('60%/50%');
      expect(text(el, 'status')).to.equal('đã đạt mục tiêu');
      expect(text(el, 'target')).to.equal('Mục tiêu 50% đến hết năm 2024 · còn 3 tháng');
      expect(text(el, 'later')).to.equal('Sau đó còn 2 mục tiêu, đến hết năm 2030');
      await expect(el).to.be.accessible();
    });

    it('moves on to the next target once a deadline has passed, judging it by the pace', async () => {
      const el = await progress(html`<dx-target-progress .data=${PLAN} now="2025-01-15" lang="en"></dx-target-progress>`);
      expect(text(el, 'figure')).to.equal('60%/80%');
      expect(text(el, 'status')).to.equal('behind schedule');
      expect(text(el, 'later')).to.equal('Then 1 more target, to the end of 2030');
      expect(bar(el).getAttribute('aria-valuetext')).to.contain('target 80% by the end of June 2025');
    });

    it('judges the last target, and says no more follow, once every deadline has passed', async () => {
      const el = await progress(html`<dx-target-progress .data=${PLAN} now="2031-01-01"></dx-target-progress>`);
      expect(text(el, 'figure')).to.equal('60%/100%');
      expect(text(el, 'status')).to.equal('quá hạn, chưa đạt');
      expect(has(el, '[part="later"]')).to.equal(false);
    });
  });

  describe('what a reader sees', () => {
    it('shows a value past the target as achieved with the overshoot, the bar stretched past the target mark', async () => {
      const el = await progress(
        html`<dx-target-progress .data=${{ ...SMARTPHONES, value: 95, target: { value: 90, by: '2024' } }} now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'figure')).to.equal('95%/90%');
      expect(text(el, 'status')).to.equal('đã đạt mục tiêu');
      expect(text(el, 'gap')).to.equal('Vượt 5 điểm %');
      const fill = part<SVGGraphicsElement>(el, '.fill').getBBox();
      const mark = Number(part(el, '.target-mark').getAttribute('x1'));
      expect(fill.x + fill.width).to.be.closeTo(98, 0.01);
      expect(mark).to.be.lessThan(fill.x + fill.width - 5);
      expect(bar(el).getAttribute('aria-valuemax')).to.equal('95');
    });

    it('never calls a target reached "quá hạn" (overdue) once its deadline has passed', async () => {
      const data = { ...SMARTPHONES, target: { value: 55, by: '2022' } };
      const el = await progress(html`<dx-target-progress .data=${data} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'status')).to.equal('đã đạt mục tiêu');
      expect(text(el, 'target')).to.equal('Mục tiêu 55% đến hết năm 2022');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el, 'target')).to.equal('Target 55% by the end of 2022');
    });

    it('handles a down target throughout: gap to cut, pace, bar and status', async () => {
      const el = await progress(html`<dx-target-progress .data=${PAPER} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'figure')).to.equal('30%/10%');
      expect(text(el, 'gap')).to.equal('Cần giảm thêm 20 điểm %');
      expect(text(el, 'status')).to.equal('chậm tiến độ');
      expect(text(el, 'projection')).to.equal('Theo tốc độ hiện nay: 15% năm 2025');
      // From the baseline 50% (left) to the target 10% (right): 30% is half way.
      const fill = part<SVGGraphicsElement>(el, '.fill').getBBox();
      expect(fill.x).to.be.closeTo(2, 0.01);
      expect(fill.width).to.be.closeTo(48, 0.01);
      expect(Number(part(el, '.target-mark').getAttribute('x1'))).to.be.closeTo(98, 0.01);
      expect([bar(el).getAttribute('aria-valuemin'), bar(el).getAttribute('aria-valuemax')]).to.deep.equal(['10', '50']);
      el.value = '8';
      await el.updateComplete;
      expect(text(el, 'status')).to.equal('đã đạt mục tiêu');
      expect(text(el, 'gap')).to.equal('Vượt 2 điểm %');
    });

    it('carries a falling count no lower than none: "0 hộ", never "-2.500 hộ"', async () => {
      const offline = {
        label: 'Hộ chưa có cáp quang',
        unit: 'hộ',
        direction: 'down',
        value: 2000,
        asOf: '2024',
        baseline: { value: 4000, asOf: '2022' },
        target: { value: 1000, by: '2028' },
      };
      const el = await progress(html`<dx-target-progress .data=${offline} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'status')).to.equal('đúng tiến độ');
      expect(text(el, 'projection')).to.equal('Theo tốc độ hiện nay: 0 hộ năm 2028');
    });

    it('writes the pace of figures all under 0.1 to their own digits: "0,098 triệu đồng/người", not "0"', async () => {
      const el = await progress(html`<dx-target-progress .data=${PER_HEAD} now=${NOW}></dx-target-progress>`);
      expect(text(el, 'status')).to.equal('chậm tiến độ');
      expect(text(el, 'projection')).to.equal('Theo tốc độ hiện nay: 0,098 triệu đồng/người năm 2026');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el, 'projection')).to.equal('At the current pace: 0.098 triệu đồng/người by the end of 2026');
    });

    it('takes the direction from the `direction` attribute too', async () => {
      const el = await progress(
        html`<dx-target-progress value="30" unit="%" target="10" label="Hồ sơ giấy" direction="down" now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'gap')).to.equal('Cần giảm thêm 20 điểm %');
      expect(text(el, 'status')).to.equal('không có thời hạn để đánh giá');
    });

    it('keeps the source’s hedge with the figure: "khoảng 90%"', async () => {
      const el = await progress(
        html`<dx-target-progress value="90" approx="about" unit="%" target="90" by="2025" label="Tài khoản định danh điện tử" now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'figure')).to.equal('khoảng 90%/90%');
      expect(text(el, 'status')).to.equal('đã đạt mục tiêu');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('khoảng 90%, mục tiêu 90% đến hết năm 2025, đã đạt mục tiêu');
    });

    it('works in a unit other than percent: "2.250/3.000 tổ", "còn 750 tổ"', async () => {
      const el = await progress(
        html`<dx-target-progress value="2250" unit="tổ" target="3000" by="2025-06-30" label="Tổ công nghệ số cộng đồng" now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'figure')).to.equal('2.250/3.000 tổ');
      expect(text(el, 'gap')).to.equal('Còn 750 tổ');
      expect(text(el, 'target')).to.equal('Mục tiêu 3.000 tổ đến 30/06/2025 · còn 9 tháng');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('2.250 tổ, mục tiêu 3.000 tổ đến 30/06/2025, chưa đủ số liệu để đánh giá');
    });

    it('writes a month deadline as "hết tháng 06/2025", and its pace there as the trend does: "tháng 06/2025"', async () => {
      const el = await progress(
        html`<dx-target-progress .data=${{ ...SMARTPHONES, target: { value: 100, by: '2025-06' } }} now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'target')).to.equal('Mục tiêu 100% đến hết tháng 06/2025 · còn 9 tháng');
      expect(text(el, 'projection')).to.equal('Theo tốc độ hiện nay: 79,9% tháng 06/2025');
    });

    it('writes English when the element or an ancestor says lang="en"', async () => {
      const wrapper = await fixture(html`<div lang="en"><dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress></div>`);
      const el = await settled(wrapper.querySelector<TargetProgress>('dx-target-progress')!);
      expect(text(el, 'label')).to.equal('Adults with a smartphone');
      expect(text(el, 'status')).to.equal('behind schedule');
      expect(text(el, 'gap')).to.equal('40 percentage points to go');
      expect(text(el, 'target')).to.equal('Target 100% by the end of 2024 · 3 months left');
      expect(text(el, 'projection')).to.equal('At the current pace: 70% by the end of 2024');
      expect(text(el, 'baseline')).to.equal('Starting point 40% (2023)');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('60%, target 100% by the end of 2024, behind schedule');
      el.now = '2024-12-30';
      el.data = { ...SMARTPHONES, value: 99.5, target: { value: 100, by: '2025-03-31' } };
      await el.updateComplete;
      expect(text(el, 'gap')).to.equal('0.5 percentage points to go');
      expect(text(el, 'target')).to.equal('Target 100% by 31 March 2025 · 3 months left');
      el.now = '2025-03-30';
      await el.updateComplete;
      expect(text(el, 'target')).to.equal('Target 100% by 31 March 2025 · 1 day left');
    });

    it('shows a document’s own target label when it has one', async () => {
      const el = await progress(
        html`<dx-target-progress .data=${{ ...SMARTPHONES, target: { ...SMARTPHONES.target, label: 'Mục tiêu Nghị quyết 05: 100%' } }} now=${NOW}></dx-target-progress>`,
      );
      expect(text(el, 'target')).to.equal('Mục tiêu Nghị quyết 05: 100% · còn 3 tháng');
    });
  });

  describe('inline variant', () => {
    it('fits one line of a paragraph: small bar, "60%/100% · chậm tiến độ"', async () => {
      const p = await fixture(html`<p style="width: 600px; font-size: 16px; line-height: 1.5">
        Tỷ lệ người trưởng thành có điện thoại thông minh
        <dx-target-progress variant="inline" .data=${SMARTPHONES} now=${NOW}></dx-target-progress>, theo Sở TT&amp;TT.
      </p>`);
      const el = await settled(p.querySelector<TargetProgress>('dx-target-progress')!);
      expect(getComputedStyle(el).display).to.equal('inline-block');
      expect(visibleText(el)).to.equal('Người trưởng thành có điện thoại thông minh 60%/100% · chậm tiến độ');
      expect(part(el, '[part="label"]').classList.contains('visually-hidden')).to.equal(true);
      const box = el.getBoundingClientRect();
      expect(box.height).to.be.at.most(24.5);
      expect(box.width).to.be.greaterThan(100);
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('60%, mục tiêu 100% đến hết năm 2024, chậm so với tiến độ');
      await expect(el).to.be.accessible();
    });

    // A card's 12 px padding on an inline box: a gap before the comma on a light page and, on a
    // phone in dark mode, a dark chip 12 px taller than its line painted over the lines around it.
    for (const [scheme, theme] of [
      ['light', undefined],
      ['light', 'dark'],
      ['dark', undefined],
    ] as const) {
      it(`stays on its own line, close to its comma, ${theme ? `with theme="${theme}"` : `in the system's ${scheme} setting`}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        try {
          const p = await fixture(html`<p style="width: 600px; font-size: 16px; line-height: 1.5">
            Tỷ lệ <dx-target-progress variant="inline" theme=${theme ?? nothing} .data=${SMARTPHONES} now=${NOW}></dx-target-progress>, còn.
          </p>`);
          const el = await settled(p.querySelector<TargetProgress>('dx-target-progress')!);
          const base = part(el, '[part="base"]').getBoundingClientRect();
          expect(base.height, 'its box within its 24 px line').to.be.at.most(24.5);
          const comma = document.createRange();
          comma.setStart(el.nextSibling!, 0);
          comma.setEnd(el.nextSibling!, 1);
          const status = document.createRange();
          status.selectNodeContents(part(el, '.status'));
          // Dark, a chip around the words has 0.2em (3.2 px) a side; light, nothing.
          expect(comma.getBoundingClientRect().left - status.getBoundingClientRect().right).to.be.at.most(
            theme || scheme === 'dark' ? 3.5 : 0.5,
          );
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }

    it('wraps between its parts rather than overflow a 240 px column', async () => {
      const p = await fixture(html`<p style="width: 240px; font-size: 16px">
        Định danh điện tử <dx-target-progress variant="inline" .data=${{ ...SMARTPHONES, baseline: undefined, approx: 'about' }} now=${NOW}></dx-target-progress>.
      </p>`);
      const el = await settled(p.querySelector<TargetProgress>('dx-target-progress')!);
      expect(el.getBoundingClientRect().right).to.be.at.most(p.getBoundingClientRect().right + 0.5);
      expect(part(el, '[part="base"]').scrollWidth).to.be.at.most(part(el, '[part="base"]').clientWidth + 0.5);
    });

    it('wraps a figure with a long unit between its words rather than run past a 240 or 320 px column', async () => {
      const counted = {
        label: 'Thuê bao',
        unit: { vi: 'thuê bao băng rộng di động', en: 'mobile broadband subscriptions' },
        value: 1234567,
        approx: 'nearly',
        asOf: '2024',
        target: { value: 2000000, by: '2025' },
      };
      for (const width of [240, 320]) {
        for (const lang of ['vi', 'en']) {
          const p = await fixture(html`<p style="width: ${width}px; font-size: 16px">
            Thuê bao <dx-target-progress variant="inline" lang=${lang} .data=${counted} now=${NOW}></dx-target-progress>.
          </p>`);
          const el = await settled(p.querySelector<TargetProgress>('dx-target-progress')!);
          const figure = part(el, '[part="figure"]').getBoundingClientRect();
          expect(figure.right, `${width} px, ${lang}`).to.be.at.most(p.getBoundingClientRect().right + 0.5);
        }
      }
    });

    // A `title` is reached by a mouse alone: a finger and most screen readers never get to
    // what is wrong. The problem is written on the line, in the paragraph's flow.
    describe('says what is wrong in words on the line, not in a tooltip', () => {
      /** The element after `lead` in a sentence in a column `width` px wide, given `data` once it listens for dx-error. */
      async function inSentence(width: number, lead: string, data: unknown) {
        const p = await fixture<HTMLParagraphElement>(
          html`<p style="width: ${width}px; font-size: 16px; line-height: 1.5"><span>${lead}</span> <dx-target-progress variant="inline" now=${NOW}></dx-target-progress>, còn một quý.</p>`,
        );
        const el = p.querySelector<TargetProgress>('dx-target-progress')!;
        const failed = oneEvent(el, 'dx-error');
        el.data = data;
        const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
        await el.updateComplete;
        return { p, el, event };
      }
      /** The box a sighted reader sees `words` in (a visually hidden run is 1 px wide at most). */
      function drawn(el: TargetProgress, words: string): DOMRect {
        const at = part(el, '[part="error"], [part="stale"]');
        expect(at.closest('.visually-hidden'), 'not visually hidden').to.equal(null);
        const node = [...at.childNodes].find((n) => n.textContent!.includes(words))!;
        expect(node, `"${words}" in ${at.textContent}`).to.not.equal(undefined);
        const range = document.createRange();
        range.setStart(node, node.textContent!.indexOf(words));
        range.setEnd(node, node.textContent!.indexOf(words) + words.length);
        return range.getBoundingClientRect();
      }
      const noTitles = (el: TargetProgress) => [...el.shadowRoot!.querySelectorAll('[title]')].map((e) => e.getAttribute('title'));

      for (const scheme of ['light', 'dark'] as const) {
        it(`a first bad document: the message and the problem after it, in dx-error too (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          try {
            const { p, el, event } = await inSentence(600, 'Tỷ lệ', { ...SMARTPHONES, value: 'sáu mươi' });
            expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['value']);
            expect(el.state).to.equal('error');
            expect(text(el, 'error')).to.equal('⚠ Không hiển thị được số liệu — value: phải là số');
            expect(drawn(el, 'value: phải là số').width).to.be.greaterThan(50);
            expect(noTitles(el)).to.deep.equal([]);
            // Still one line of the paragraph.
            expect(p.getBoundingClientRect().height).to.be.at.most(24.5);
            await expect(el).to.be.accessible();
          } finally {
            await emulateMedia({ colorScheme: 'light' });
          }
        });

        it(`bad figures after good ones: the figures stay, the mark says why in words (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          try {
            const p = await fixture<HTMLParagraphElement>(
              html`<p style="width: 600px; font-size: 16px">Tỷ lệ <dx-target-progress variant="inline" now=${NOW} .data=${SMARTPHONES}></dx-target-progress>.</p>`,
            );
            const el = await settled(p.querySelector<TargetProgress>('dx-target-progress')!);
            const failed = oneEvent(el, 'dx-error');
            el.data = { ...SMARTPHONES, target: { value: 'một trăm', by: '2024-12-31' } };
            await failed;
            await el.updateComplete;
            expect(el.state).to.equal('stale');
            expect(text(el, 'figure')).to.equal('60%/100%');
            expect(text(el, 'stale')).to.match(/^Số liệu có thể chưa cập nhật \(lần cập nhật cuối .+\) — target\.value: phải là số$/);
            expect(drawn(el, 'target.value: phải là số').width).to.be.greaterThan(50);
            expect(drawn(el, 'Số liệu có thể chưa cập nhật').width).to.be.greaterThan(50);
            expect(noTitles(el)).to.deep.equal([]);
            await expect(el).to.be.accessible();
          } finally {
            await emulateMedia({ colorScheme: 'light' });
          }
        });
      }

      it('every problem, in English too, flowing with the sentence in a 240 px column rather than a box of its own', async () => {
        const { p, el } = await inSentence(240, 'Tỷ lệ người dân có điện thoại thông minh', {
          ...SMARTPHONES,
          value: 'sáu mươi',
          asOf: 'hôm qua',
        });
        el.lang = 'en';
        await el.updateComplete;
        const words = text(el, 'error');
        expect(words).to.match(/^⚠ The figures cannot be shown — value: must be a number\. asOf: .+$/);
        // The words start on the line of the sentence before them, and stay inside the column.
        const lines = p.querySelector('span')!.getClientRects();
        expect(drawn(el, '⚠').top).to.be.closeTo(lines[lines.length - 1].top, 2);
        for (const rect of el.getClientRects()) expect(rect.right).to.be.at.most(p.getBoundingClientRect().right + 0.5);
        expect(noTitles(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    });

    it('says the target and "chưa có số liệu" inline when there is no figure, with no bar', async () => {
      const el = await progress(
        html`<dx-target-progress variant="inline" src=${freshFeed()} indicator="population-e-payment" now=${NOW}></dx-target-progress>`,
      );
      expect(visibleText(el)).to.equal('Dân số có tài khoản thanh toán điện tử mục tiêu 50% đến hết năm 2024 · chưa có số liệu');
      expect(has(el, 'svg')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('is a progressbar named by the label, with its value, range and a sentence that says what a sighted reader sees', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
      const b = bar(el);
      expect(b.getAttribute('aria-labelledby')).to.equal('label');
      expect(text(el, 'label')).to.equal('Người trưởng thành có điện thoại thông minh');
      expect([b.getAttribute('aria-valuenow'), b.getAttribute('aria-valuemin'), b.getAttribute('aria-valuemax')]).to.deep.equal([
        '60',
        '40',
        '100',
      ]);
      expect(b.getAttribute('aria-valuetext')).to.equal('60%, mục tiêu 100% đến hết năm 2024, chậm so với tiến độ');
      expect(part(el, 'svg').getAttribute('aria-hidden')).to.equal('true');
    });

    it('passes axe while loading, with an error, stale, and in the dark theme', async () => {
      const src = await scriptFeed(`tp-axe-slow-${Date.now()}`, [{ delay: 2000, body: SMARTPHONES }]);
      const loading = await fixture<TargetProgress>(html`<dx-target-progress src=${src}></dx-target-progress>`);
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      const broken = await progress(html`<dx-target-progress value="60" unit="%" label="Không mục tiêu"></dx-target-progress>`);
      await expect(broken).to.be.accessible();
      const stale = await progress(html`<dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
      stale.data = { ...SMARTPHONES, target: undefined };
      await stale.updateComplete;
      expect(stale.state).to.equal('stale');
      await expect(stale).to.be.accessible();
      const dark = await progress(html`<dx-target-progress theme="dark" .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
      expect(getComputedStyle(part(dark, '[part="status"]')).color).to.equal('rgb(240, 136, 62)');
      await expect(dark).to.be.accessible();
    });
  });

  describe('updates', () => {
    it('moves to new figures from its feed and tells screen readers once, politely', async () => {
      const src = await scriptFeed(`progress-update-${Date.now()}`, [{ body: SMARTPHONES }, { body: { ...SMARTPHONES, value: 70 } }]);
      const clock = new FakeClock();
      try {
        const el = await progress(html`<dx-target-progress src=${src} refresh="60" loading="eager" now=${NOW}></dx-target-progress>`);
        const live = part(el, '[aria-live="polite"]');
        expect(live.textContent).to.equal('');
        const updated = oneEvent(el, 'dx-load');
        clock.fire(await clock.next((t) => t.ms === 60_000));
        await updated;
        await el.updateComplete;
        expect(text(el, 'figure')).to.equal('70%/100%');
        expect(live.textContent).to.contain('60%');
        expect(live.textContent).to.contain('70%');
      } finally {
        clock.restore();
      }
    });

    it('says nothing when the page itself sets new data: the page knows what it changed', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
      el.data = { ...SMARTPHONES, value: 70 };
      await el.updateComplete;
      expect(text(el, 'figure')).to.equal('70%/100%');
      // Without a feed there is no news to give, so no live region at all.
      expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
    });
  });

  describe('errors', () => {
    it('names `target` in place and in dx-error when there is no target at all', async () => {
      const el = document.createElement('dx-target-progress');
      el.data = { label: 'Điện thoại thông minh', unit: '%', value: 60 };
      const failed = oneEvent(el, 'dx-error');
      document.body.append(el);
      const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
      await el.updateComplete;
      expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['target']);
      expect(el.state).to.equal('error');
      expect(text(el, 'error')).to.contain('target: bắt buộc phải có');
      el.remove();
    });

    it('refuses a `now` that is not a real YYYY-MM-DD day, naming it', async () => {
      const el = await progress(html`<dx-target-progress .data=${SMARTPHONES} now="2024-02-30"></dx-target-progress>`);
      expect(el.state).to.equal('error');
      // In the right form: it is the day that does not exist.
      expect(text(el, 'error')).to.contain('now: không phải ngày có thật (2024-02-30)');
      el.now = '0000-01-01';
      await el.updateComplete;
      expect(text(el, 'error')).to.contain('now: phải trong các năm 1900–2100 (0000-01-01)');
      el.now = '1/10/2024';
      await el.updateComplete;
      expect(text(el, 'error')).to.contain('now: phải là một ngày dạng YYYY-MM-DD');
      el.now = '2024-10-01';
      await el.updateComplete;
      expect(el.state).to.equal('ready');
    });

    it('refuses a malformed `by` or `direction`', async () => {
      const el = await progress(
        html`<dx-target-progress .data=${SMARTPHONES} by="31/12/2024" direction="sideways" now=${NOW}></dx-target-progress>`,
      );
      expect(el.state).to.equal('error');
      expect(text(el, 'error')).to.contain('by: phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD');
      expect(text(el, 'error')).to.contain('direction: phải là một trong: up, down');
    });
  });

  describe('layout and motion', () => {
    before(() => setViewport({ width: 1000, height: 800 }));

    for (const width of [240, 720]) {
      it(`fits a ${width} px column without overflow`, async () => {
        const wrapper = await fixture(html`<div style="width: ${width}px">
          <dx-target-progress .data=${{ ...SMARTPHONES, approx: 'about', note: 'Theo Kế hoạch chuyển đổi số năm 2024.' }} now=${NOW}></dx-target-progress>
        </div>`);
        const el = await settled(wrapper.querySelector<TargetProgress>('dx-target-progress')!);
        const base = part(el, '[part="base"]');
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        for (const child of el.shadowRoot!.querySelectorAll('[part]')) {
          expect(child.getBoundingClientRect().right, child.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      });
    }

    it('reserves its height before data arrives, so nothing below it moves', async () => {
      const src = await scriptFeed(`tp-reserve-${Date.now()}`, [{ delay: 300, body: { ...SMARTPHONES, baseline: undefined } }]);
      const wrapper = await fixture(html`<div style="width: 720px"><dx-target-progress src=${src} now=${NOW}></dx-target-progress></div>`);
      const el = wrapper.querySelector<TargetProgress>('dx-target-progress')!;
      await el.updateComplete;
      const before = el.getBoundingClientRect().height;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('grows the fill in with a CSS animation, and not at all under reduced motion', async () => {
      const moving = await progress(html`<dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
      expect(part(moving, '.fill').getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const still = await progress(html`<dx-target-progress .data=${SMARTPHONES} now=${NOW}></dx-target-progress>`);
        expect(part(still, '.fill').getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
