import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

import '../../src/stat/dx-stat.js';

import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import type { StatElement } from '../../src/stat/stat.js';
import { freshFeed, part, scriptFeed, settled, visibleText } from '../support/helpers.js';

/** Smartphone subscriptions in Lai Châu with a history: 250.000 in 2021 up to nearly 320.000 in 2024. */
const PHONES = {
  id: 'smartphone-subscriptions',
  label: { vi: 'Thuê bao điện thoại thông minh', en: 'Smartphone subscriptions' },
  unit: 'thuê bao',
  value: 320000,
  approx: 'nearly',
  asOf: '2024',
  series: [
    { asOf: '2021', value: 250000 },
    { asOf: '2022', value: 281000 },
    { asOf: '2023', value: 307600 },
  ],
  source: { name: 'Sở TT&TT Lai Châu' },
};

const FIBRE = {
  label: { vi: 'Hộ gia đình dùng Internet cáp quang', en: 'Households with fibre broadband' },
  unit: '%',
  value: 45.7,
  asOf: '2024',
  count: { part: 43391, whole: 104563, unit: 'hộ' },
  series: [{ asOf: '2023', value: 41.5 }],
};

/** The text of a part with whitespace folded, as a reader sees it. */
const text = (el: Element, selector: string) => part(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const summary = (el: Element) => part(el, '[part="summary"]');
const sparkline = (el: Element) => part(el, '[part="sparkline"]');

async function stat(template: ReturnType<typeof html>): Promise<StatElement> {
  return settled(await fixture<StatElement>(template));
}

/** A stat inside a wrapper that sets its language or its width. */
async function statIn(template: ReturnType<typeof html>): Promise<StatElement> {
  const wrapper = await fixture(template);
  return settled(wrapper.querySelector<StatElement>('dx-stat')!);
}

describe('<dx-stat>', () => {
  describe('data paths', () => {
    it('draws a count with its unit and hedge given only plain attributes', async () => {
      const el = await stat(
        html`<dx-stat value="320000" unit="thuê bao" approx="nearly" label="Thuê bao điện thoại thông minh" as-of="2024" source="Sở TT&amp;TT Lai Châu"></dx-stat>`,
      );
      expect(el.state).to.equal('ready');
      expect(text(el, '[part="figure"]')).to.equal('gần 320.000 thuê bao');
      expect(text(el, '[part="label"]')).to.equal('Thuê bao điện thoại thông minh');
      expect(text(el, '[part="meta"]')).to.equal('Số liệu năm 2024 · Nguồn: Sở TT&TT Lai Châu');
    });

    it('shows the shared example’s smartphone subscriptions from `src`, with the collection’s date and source', async () => {
      const el = await stat(html`<dx-stat src=${freshFeed()} indicator="smartphone-subscriptions"></dx-stat>`);
      expect(el.state).to.equal('ready');
      expect(text(el, '[part="figure"]')).to.equal('gần 320.000 thuê bao');
      expect(text(el, '[part="meta"]')).to.equal('Số liệu năm 2024 · Nguồn: Sở Thông tin và Truyền thông tỉnh Lai Châu');
      expect(el.shadowRoot!.querySelector('[part="sparkline"], [part="change"], [part="target"]')).to.equal(null);
    });

    it('reads inline JSON and fires dx-load with the indicator after drawing it', async () => {
      const el = document.createElement('dx-stat') as StatElement;
      el.innerHTML = `<script type="application/json">${JSON.stringify(PHONES)}</script>`;
      const loaded = oneEvent(el, 'dx-load');
      document.body.append(el);
      const event = (await loaded) as CustomEvent<IndicatorLoadDetail>;
      expect(event.detail.indicator.value).to.equal(320000);
      expect(text(el, '[part="figure"]')).to.equal('gần 320.000 thuê bao');
      el.remove();
    });

    it('takes a percentage without any max, as the figure "45,7%"', async () => {
      const el = await stat(html`<dx-stat .data=${FIBRE}></dx-stat>`);
      expect(el.state).to.equal('ready');
      expect(text(el, '[part="figure"]')).to.equal('45,7%');
    });
  });

  describe('number writing', () => {
    const cases: [number, string, string, string, string][] = [
      // value, unit, vi exact, vi compact, en compact
      [320000, 'thuê bao', '320.000 thuê bao', '320 nghìn thuê bao', '320 thousand thuê bao'],
      [1_500_000, 'thuê bao', '1.500.000 thuê bao', '1,5 triệu thuê bao', '1.5 million thuê bao'],
      [405_000_000, 'đồng', '405.000.000 đồng', '405 triệu đồng', '405 million đồng'],
      [305605, 'khách hàng', '305.605 khách hàng', '305,6 nghìn khách hàng', '305.6 thousand khách hàng'],
      [2250, 'tổ', '2.250 tổ', '2.250 tổ', '2,250 tổ'],
    ];

    for (const [value, unit, exact, compactVi, compactEn] of cases) {
      it(`writes ${value} ${unit} exactly by default ("${exact}") and as "${compactVi}" / "${compactEn}" with notation="compact"`, async () => {
        const el = await stat(html`<dx-stat value=${value} unit=${unit} label="Số liệu"></dx-stat>`);
        expect(text(el, '[part="figure"]')).to.equal(exact);
        el.notation = 'compact';
        await el.updateComplete;
        expect(text(el, '[part="figure"]')).to.equal(compactVi);
        expect(summary(el).getAttribute('aria-label')).to.equal(compactVi);
        el.lang = 'en';
        await el.updateComplete;
        expect(text(el, '[part="figure"]')).to.equal(compactEn);
      });
    }

    it('writes exact English with comma thousands: "305,605"', async () => {
      const el = await statIn(html`<div lang="en"><dx-stat value="305605" unit="khách hàng" label="Mobile Money"></dx-stat></div>`);
      expect(text(el, '[part="figure"]')).to.equal('305,605 khách hàng');
    });

    it('keeps a percentage exact under notation="compact": "97,27%"', async () => {
      const el = await stat(html`<dx-stat value="97.27" unit="%" notation="compact" label="Sóng di động"></dx-stat>`);
      expect(text(el, '[part="figure"]')).to.equal('97,27%');
    });
  });

  describe('series: sparkline and change', () => {
    it('says the change since the previous point with an arrow and a sign, and in words for listeners', async () => {
      const el = await stat(html`<dx-stat .data=${PHONES}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +12.400 so với năm 2023');
      expect(summary(el).getAttribute('aria-label')).to.equal('gần 320.000 thuê bao, tăng 12.400 so với năm 2023');
    });

    it('describes the sparkline by its first and last point and its direction, and hides the drawing', async () => {
      const el = await stat(html`<dx-stat .data=${PHONES}></dx-stat>`);
      const spark = sparkline(el);
      expect(spark.getAttribute('role')).to.equal('img');
      expect(spark.getAttribute('aria-label')).to.equal('tăng từ 250.000 năm 2021 lên 320.000 năm 2024');
      expect(part(el, '[part="sparkline"] svg').getAttribute('aria-hidden')).to.equal('true');
      expect(text(el, '.ends')).to.equal('2021 2024');
    });

    it('draws one point per year at its true spacing, the newest at the right end', async () => {
      const el = await stat(
        html`<dx-stat .data=${{
          ...PHONES,
          series: [
            { asOf: '2020', value: 200000 },
            { asOf: '2023', value: 300000 },
          ],
        }}></dx-stat>`,
      );
      const d = part(el, '.line').getAttribute('d')!;
      const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
      expect(xs).to.have.length(3);
      expect(xs[0]).to.equal(2);
      expect(xs[2]).to.equal(98);
      // 2020 → 2023 is three quarters of 2020 → 2024.
      expect(xs[1]).to.be.closeTo(2 + 0.75 * 96, 0.01);
      expect(part(el, '.end').getAttribute('d')).to.match(/^M98,[\d.]+h0$/);
    });

    it('writes the change and the trend in English', async () => {
      const el = await stat(html`<dx-stat lang="en" .data=${PHONES}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +12,400 since 2023');
      expect(summary(el).getAttribute('aria-label')).to.equal('nearly 320,000 thuê bao, up 12,400 since 2023');
      expect(sparkline(el).getAttribute('aria-label')).to.equal('up from 250,000 in 2021 to 320,000 in 2024');
    });

    it('counts the change of a percentage in points: "+4,2 điểm %", "+4.2 percentage points"', async () => {
      const el = await stat(html`<dx-stat .data=${FIBRE}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +4,2 điểm % so với năm 2023');
      expect(sparkline(el).getAttribute('aria-label')).to.equal('tăng từ 41,5% năm 2023 lên 45,7% năm 2024');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el, '[part="change"]')).to.equal('▲ +4.2 percentage points since 2023');
      expect(summary(el).getAttribute('aria-label')).to.equal('45.7%, 43,391/104,563 hộ, up 4.2 percentage points since 2023');
    });

    it('writes the change compactly too under notation="compact"', async () => {
      const el = await stat(html`<dx-stat notation="compact" .data=${{ ...PHONES, series: [{ asOf: '2023', value: 280000 }] }}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +40 nghìn so với năm 2023');
      expect(summary(el).getAttribute('aria-label')).to.equal('gần 320 nghìn thuê bao, tăng 40 nghìn so với năm 2023');
      expect(sparkline(el).getAttribute('aria-label')).to.equal('tăng từ 280 nghìn năm 2023 lên 320 nghìn năm 2024');
    });

    it('says a fall with ▼ and "giảm", and no change as "không đổi" with no arrow', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...PHONES, approx: undefined, value: 300000 }}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▼ -7.600 so với năm 2023');
      expect(summary(el).getAttribute('aria-label')).to.equal('300.000 thuê bao, giảm 7.600 so với năm 2023');
      el.value = '307600';
      await el.updateComplete;
      expect(text(el, '[part="change"]')).to.equal('không đổi so với năm 2023');
      expect(part(el, '[part="change"]').classList.contains('flat')).to.equal(true);
    });

    it('lets the value replace a series point of the same period, the value being what the reader sees large', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...PHONES, series: [...PHONES.series, { asOf: '2024', value: 310000 }] }}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +12.400 so với năm 2023');
      expect(sparkline(el).getAttribute('aria-label')).to.equal('tăng từ 250.000 năm 2021 lên 320.000 năm 2024');
    });

    it('takes an undated value as the newest point', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...PHONES, asOf: undefined }}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +12.400 so với năm 2023');
      expect(sparkline(el).getAttribute('aria-label')).to.equal('tăng từ 250.000 năm 2021 lên 320.000');
    });

    it('describes an unchanged history ending in an undated value as a whole sentence, in both languages', async () => {
      const flat = { label: 'x', unit: '%', value: 60, series: [{ asOf: '2023', value: 60 }] };
      const el = await stat(html`<dx-stat .data=${flat}></dx-stat>`);
      expect(sparkline(el).getAttribute('aria-label')).to.equal('không đổi so với năm 2023');
      el.lang = 'en';
      await el.updateComplete;
      expect(sparkline(el).getAttribute('aria-label')).to.equal('unchanged since 2023');
    });

    it('names months with "tháng" in the change and the description', async () => {
      const el = await stat(
        html`<dx-stat .data=${{ ...PHONES, asOf: '2024-06', series: [{ asOf: '2023-06', value: 300000 }] }}></dx-stat>`,
      );
      expect(text(el, '[part="change"]')).to.equal('▲ +20.000 so với tháng 06/2023');
      expect(sparkline(el).getAttribute('aria-label')).to.equal('tăng từ 300.000 tháng 06/2023 lên 320.000 tháng 06/2024');
      expect(text(el, '.ends')).to.equal('06/2023 06/2024');
    });

    it('draws no sparkline and no change for a value without history', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...PHONES, series: undefined }}></dx-stat>`);
      expect(el.shadowRoot!.querySelector('[part="sparkline"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="change"]')).to.equal(null);
    });
  });

  describe('direction colouring', () => {
    const colour = (el: StatElement) => getComputedStyle(part(el, '[part="change"]')).color;

    it('colours a rise good when higher is better, with the arrow and sign saying the same', async () => {
      const el = await stat(html`<dx-stat .data=${PHONES}></dx-stat>`);
      expect(part(el, '[part="change"]').className).to.contain('good');
      expect(colour(el)).to.equal('rgb(26, 127, 55)');
    });

    it('colours a rise bad when lower is better (direction "down"), still ▲ and "tăng"', async () => {
      const scams = {
        label: 'Vụ lừa đảo qua mạng',
        unit: 'vụ',
        value: 140,
        asOf: '2024',
        direction: 'down',
        series: [{ asOf: '2023', value: 120 }],
      };
      const el = await stat(html`<dx-stat .data=${scams}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▲ +20 so với năm 2023');
      expect(summary(el).getAttribute('aria-label')).to.equal('140 vụ, tăng 20 so với năm 2023');
      expect(part(el, '[part="change"]').className).to.contain('bad');
      expect(colour(el)).to.equal('rgb(180, 35, 24)');
    });

    it('colours a fall good when lower is better, and lets the direction attribute override the document', async () => {
      const el = await stat(html`<dx-stat direction="down" .data=${{ ...PHONES, value: 300000 }}></dx-stat>`);
      expect(text(el, '[part="change"]')).to.equal('▼ -7.600 so với năm 2023');
      expect(part(el, '[part="change"]').className).to.contain('good');
      el.direction = 'up';
      await el.updateComplete;
      expect(part(el, '[part="change"]').className).to.contain('bad');
    });
  });

  describe('target', () => {
    const withTarget = { ...PHONES, target: { value: 500000, by: '2025-12-31' } };

    it('draws a thin progress line and says "đạt 64% mục tiêu" with the target and deadline', async () => {
      const el = await stat(html`<dx-stat .data=${withTarget}></dx-stat>`);
      expect(text(el, '[part="target"]')).to.equal('đạt 64% mục tiêu (500.000 thuê bao đến hết năm 2025)');
      expect(part(el, '.progress .done').getAttribute('width')).to.equal('64%');
      expect(part(el, '.progress').getAttribute('aria-hidden')).to.equal('true');
    });

    it('marks the target at the end of the line, with a tick that stands out above and below it', async () => {
      const el = await stat(html`<dx-stat .data=${withTarget}></dx-stat>`);
      const line = part(el, '.progress .track').getBoundingClientRect();
      // What is drawn there, clipping included: the tick, 2 px out of the line on either side.
      const seen = (y: number) => el.shadowRoot!.elementFromPoint(line.right - 0.5, y)?.getAttribute('class');
      expect(seen(line.top - 2), 'above the line').to.equal('target-mark');
      expect(seen(line.bottom + 2), 'below the line').to.equal('target-mark');
      expect(seen(line.top + 3), 'on the line').to.equal('target-mark');
    });

    it('says "64% of target" in English', async () => {
      const el = await stat(html`<dx-stat lang="en" .data=${withTarget}></dx-stat>`);
      expect(text(el, '[part="target"]')).to.equal('64% of target (500,000 thuê bao by the end of 2025)');
    });

    it('never rounds up to a target not reached, and fills the line no further than full', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...withTarget, value: 498000 }}></dx-stat>`);
      expect(text(el, '[part="target"]')).to.contain('đạt 99% mục tiêu');
      el.value = '550000';
      await el.updateComplete;
      expect(text(el, '[part="target"]')).to.contain('đạt 110% mục tiêu');
      expect(part(el, '.progress .done').getAttribute('width')).to.equal('100%');
    });

    it('takes the target from the attribute, keeping the document’s deadline', async () => {
      const el = await stat(html`<dx-stat target="400000" .data=${withTarget}></dx-stat>`);
      expect(text(el, '[part="target"]')).to.equal('đạt 80% mục tiêu (400.000 thuê bao đến hết năm 2025)');
    });

    it('states a ceiling (direction "down") as the target, with no share and no line', async () => {
      const el = await stat(
        html`<dx-stat .data=${{ label: 'Hồ sơ trễ hạn', unit: '%', value: 3.2, direction: 'down', target: { value: 2, by: '2025' } }}></dx-stat>`,
      );
      expect(text(el, '[part="target"]')).to.equal('Mục tiêu 2% đến hết năm 2025');
      expect(el.shadowRoot!.querySelector('.progress')).to.equal(null);
    });
  });

  describe('count', () => {
    it('shows the part of the whole as "43.391/104.563 hộ", in English "43,391/104,563 hộ"', async () => {
      const el = await stat(html`<dx-stat .data=${FIBRE}></dx-stat>`);
      expect(text(el, '[part="count"]')).to.equal('43.391/104.563 hộ');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el, '[part="count"]')).to.equal('43,391/104,563 hộ');
    });
  });

  describe('accessibility', () => {
    it('reads the figure, counts, change and target as one sentence on one image-role group', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...FIBRE, target: { value: 80, by: '2025-12-31' } }}></dx-stat>`);
      const group = summary(el);
      expect(group.getAttribute('role')).to.equal('img');
      expect(group.getAttribute('aria-label')).to.equal(
        '45,7%, 43.391/104.563 hộ, tăng 4,2 điểm % so với năm 2023, đạt 57% mục tiêu (80% đến hết năm 2025)',
      );
      // The label stays outside the group, read once before it.
      expect(group.contains(part(el, '[part="label"]'))).to.equal(false);
    });

    it('passes axe with a series, a target and counts, in both languages', async () => {
      const data = { ...FIBRE, target: { value: 80, by: '2025-12-31' } };
      await expect(await stat(html`<dx-stat .data=${data}></dx-stat>`)).to.be.accessible();
      await expect(await stat(html`<dx-stat lang="en" .data=${data}></dx-stat>`)).to.be.accessible();
    });

    it('passes axe for a bad change (direction "down"), colour contrast included', async () => {
      const el = await stat(html`<dx-stat direction="down" .data=${PHONES}></dx-stat>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme, colour contrast included', async () => {
      const el = await stat(html`<dx-stat theme="dark" .data=${{ ...PHONES, target: { value: 500000 } }}></dx-stat>`);
      expect(getComputedStyle(part(el, '[part="change"]')).color).to.equal('rgb(63, 185, 80)');
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading, with an error, and stale', async () => {
      const src = await scriptFeed(`stat-axe-slow-${Date.now()}`, [{ delay: 2000, body: PHONES }]);
      const loading = await fixture<StatElement>(html`<dx-stat src=${src}></dx-stat>`);
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      const broken = await stat(html`<dx-stat label="Không có số"></dx-stat>`);
      expect(broken.state).to.equal('error');
      await expect(broken).to.be.accessible();
      const stale = await stat(html`<dx-stat .data=${PHONES}></dx-stat>`);
      stale.data = { ...PHONES, value: 'ba trăm nghìn' };
      await stale.updateComplete;
      expect(stale.state).to.equal('stale');
      await expect(stale).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('names `value` when the indicator has none (a target alone is not a figure)', async () => {
      const el = document.createElement('dx-stat') as StatElement;
      el.data = { label: 'Thanh toán điện tử', unit: '%', target: { value: 50 } };
      const failed = oneEvent(el, 'dx-error');
      document.body.append(el);
      const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
      expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['value']);
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('value: bắt buộc phải có');
      el.remove();
    });

    it('refuses a value dated before the end of its own series, rather than guess which is current', async () => {
      const el = await stat(html`<dx-stat .data=${{ ...PHONES, asOf: '2022' }}></dx-stat>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('asOf: số liệu 2022 cũ hơn điểm cuối của series (2023)');
    });

    it('names a notation or direction it does not know', async () => {
      const el = await stat(html`<dx-stat notation="short" .data=${PHONES}></dx-stat>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('notation: phải là một trong: standard, compact');
      // A direction attribute overrides the document's field, so the validator names it.
      const wrong = await stat(html`<dx-stat direction="higher" .data=${PHONES}></dx-stat>`);
      expect(wrong.state).to.equal('error');
      expect(visibleText(wrong)).to.contain('direction: phải là một trong: up, down');
    });

    it('refuses a comma decimal in the value attribute', async () => {
      const el = await stat(html`<dx-stat value="320,5" label="Thuê bao"></dx-stat>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('value: "320,5" không phải số');
    });

    it('keeps the figures on screen, marked stale, when later input is bad', async () => {
      const el = await stat(html`<dx-stat .data=${PHONES}></dx-stat>`);
      el.data = { ...PHONES, value: 'ba trăm nghìn' };
      await el.updateComplete;
      expect(el.state).to.equal('stale');
      expect(text(el, '[part="figure"]')).to.equal('gần 320.000 thuê bao');
      expect(text(el, '[part="stale"]')).to.contain('value: phải là số');
    });
  });

  describe('layout', () => {
    before(() => setViewport({ width: 1000, height: 800 }));

    const full = {
      ...PHONES,
      count: { part: 320000, whole: 480000, unit: 'người' },
      target: { value: 500000, by: '2025-12-31' },
      note: 'Theo số liệu các nhà mạng.',
    };

    for (const width of [240, 720]) {
      it(`fits a ${width} px column without overflow, in Vietnamese and with compact numbers in English`, async () => {
        for (const template of [
          html`<div style="width: ${width}px"><dx-stat .data=${full}></dx-stat></div>`,
          html`<div style="width: ${width}px" lang="en"><dx-stat notation="compact" .data=${full}></dx-stat></div>`,
        ]) {
          const el = await statIn(template);
          const base = part(el, '[part="base"]');
          expect(el.getBoundingClientRect().width).to.equal(width);
          expect(base.scrollWidth).to.be.at.most(base.clientWidth);
          for (const child of el.shadowRoot!.querySelectorAll('[part]')) {
            expect(child.getBoundingClientRect().right, child.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
          }
        }
      });
    }

    it('sets the sparkline under the figure on a phone and beside it in an article column', async () => {
      const narrow = await statIn(html`<div style="width: 240px"><dx-stat .data=${PHONES}></dx-stat></div>`);
      expect(sparkline(narrow).getBoundingClientRect().top).to.be.at.least(summary(narrow).getBoundingClientRect().bottom - 0.5);
      const wide = await statIn(html`<div style="width: 720px"><dx-stat .data=${PHONES}></dx-stat></div>`);
      expect(sparkline(wide).getBoundingClientRect().left).to.be.at.least(summary(wide).getBoundingClientRect().right - 0.5);
    });

    it('reserves its height before data arrives, so nothing below it moves', async () => {
      const body = {
        label: 'Thuê bao điện thoại thông minh',
        unit: 'thuê bao',
        value: 320000,
        asOf: '2024',
        source: { name: 'Sở TT&TT Lai Châu' },
      };
      const src = await scriptFeed(`stat-reserve-${Date.now()}`, [{ delay: 300, body }]);
      const wrapper = await fixture(html`<div style="width: 320px"><dx-stat src=${src}></dx-stat></div>`);
      const el = wrapper.querySelector<StatElement>('dx-stat')!;
      await el.updateComplete;
      const before = el.getBoundingClientRect().height;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('has no animation to switch off under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await stat(html`<dx-stat .data=${{ ...PHONES, target: { value: 500000 } }}></dx-stat>`);
        expect(el.shadowRoot!.getAnimations?.() ?? []).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
