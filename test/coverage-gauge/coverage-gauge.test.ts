import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import { define } from '../../src/internal/define.js';
import { FIBRE } from '../support/documents.js';
import { freshFeed, hits, part, scriptFeed, settled, visibleText } from '../support/helpers.js';

const meter = (el: CoverageGauge) => part(el, '[role="meter"]');

async function gauge(template: ReturnType<typeof html>): Promise<CoverageGauge> {
  return settled(await fixture<CoverageGauge>(template));
}

describe('<dx-coverage-gauge>', () => {
  describe('data paths', () => {
    it('draws a figure given only plain attributes, as the simplest embed', async () => {
      const el = await gauge(
        html`<dx-coverage-gauge value="97.27" unit="%" label="Thôn, bản có sóng di động" as-of="2024" source="Sở TT&amp;TT Lai Châu"></dx-coverage-gauge>`,
      );
      expect(el.state).to.equal('ready');
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('97,27%');
      expect(part(el, '[part="label"]').textContent).to.equal('Thôn, bản có sóng di động');
      expect(part(el, '[part="meta"]').textContent).to.equal('Số liệu năm 2024 · Nguồn: Sở TT&TT Lai Châu');
    });

    it('reads the `data` property, as an object or as JSON text', async () => {
      const el = await gauge(html`<dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge>`);
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('41,5%');
      el.data = JSON.stringify({ ...FIBRE, value: 50 });
      await el.updateComplete;
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('50%');
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const el = await gauge(html`<dx-coverage-gauge>
        <script type="application/json">
          ${JSON.stringify(FIBRE)}
        </script>
      </dx-coverage-gauge>`);
      expect(el.state).to.equal('ready');
      expect(part(el, '[part="count"]').textContent).to.equal('43.391/104.563 hộ');
    });

    it('fetches `src` and picks the member named by `indicator` from a collection, with its defaults', async () => {
      const el = await gauge(html`<dx-coverage-gauge src=${freshFeed()} indicator="wired-internet-coverage"></dx-coverage-gauge>`);
      expect(el.state).to.equal('ready');
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('80,2%');
      expect(part(el, '[part="meta"]').textContent).to.equal('Số liệu năm 2024 · Nguồn: Sở Thông tin và Truyền thông tỉnh Lai Châu');
    });

    it('makes one request for any number of gauges on the same feed', async () => {
      const src = freshFeed();
      const wrapper = await fixture(html`<div>
        <dx-coverage-gauge src=${src} indicator="mobile-coverage-villages"></dx-coverage-gauge>
        <dx-coverage-gauge src=${src} indicator="wireless-internet-coverage"></dx-coverage-gauge>
        <dx-coverage-gauge src=${src} indicator="wired-internet-coverage"></dx-coverage-gauge>
      </div>`);
      const gauges = [...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')];
      await Promise.all(gauges.map(settled));
      expect(gauges.map((g) => g.state)).to.deep.equal(['ready', 'ready', 'ready']);
      expect(await hits(src)).to.equal(1);
    });

    it('prefers the `data` property over inline JSON, and inline JSON over `src`', async () => {
      const el =
        await gauge(html`<dx-coverage-gauge src=${freshFeed()} indicator="households-fiber-broadband" .data=${{ ...FIBRE, value: 12 }}>
        <script type="application/json">
          ${JSON.stringify({ ...FIBRE, value: 34 })}
        </script>
      </dx-coverage-gauge>`);
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('12%');
      el.data = undefined;
      await el.updateComplete;
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('34%');
    });

    it('lets explicit attributes override the document, keeping the document’s deadline for a target value', async () => {
      const el = await gauge(html`<dx-coverage-gauge
        .data=${{ ...FIBRE, target: { value: 80, by: '2025-12-31' } }}
        value="45.25"
        label="Hộ có cáp quang"
        target="90"
      ></dx-coverage-gauge>`);
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('45,25%');
      expect(part(el, '[part="label"]').textContent).to.equal('Hộ có cáp quang');
      expect(part(el, '[part="target"]').textContent).to.equal('Mục tiêu 90% đến hết năm 2025');
    });

    it('fires dx-load with the indicator and the document after drawing it', async () => {
      const el = document.createElement('dx-coverage-gauge') as CoverageGauge;
      el.data = FIBRE;
      const loaded = oneEvent(el, 'dx-load');
      document.body.append(el);
      const event = (await loaded) as CustomEvent<IndicatorLoadDetail>;
      expect(event.detail.indicator.value).to.equal(41.5);
      expect(event.detail.document).to.equal(FIBRE);
      expect(event.detail.changed).to.equal(true);
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('41,5%');
      el.remove();
    });
  });

  describe('what a reader sees', () => {
    it('keeps the source’s hedge with the figure: "trên 76%"', async () => {
      const el = await gauge(
        html`<dx-coverage-gauge value="76" unit="%" approx="over" label="Người dân có tài khoản định danh"></dx-coverage-gauge>`,
      );
      expect(part(el, '[part="figure"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('trên 76%');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('trên 76%');
    });

    it('shows the counts behind a percentage and a target with its deadline', async () => {
      const el = await gauge(html`<dx-coverage-gauge .data=${{ ...FIBRE, target: { value: 50, by: '2025-12-31' } }}></dx-coverage-gauge>`);
      expect(part(el, '[part="count"]').textContent).to.equal('43.391/104.563 hộ');
      expect(part(el, '[part="target"]').textContent).to.equal('Mục tiêu 50% đến hết năm 2025');
      expect(el.shadowRoot!.querySelector('.target-mark')).to.exist;
    });

    it('shows a target without a figure as "chưa có số liệu", never as a 0% arc', async () => {
      const el = await gauge(
        html`<dx-coverage-gauge .data=${{ label: 'Dân số có tài khoản thanh toán điện tử', unit: '%', target: { value: 50, by: '2024-12-31' } }}></dx-coverage-gauge>`,
      );
      expect(el.state).to.equal('ready');
      expect(part(el, '[part="figure"]').textContent).to.equal('chưa có số liệu');
      const arc = el.shadowRoot!.querySelector('.value');
      expect(arc === null || getComputedStyle(arc).display === 'none', 'no value arc drawn').to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
      expect(part(el, '[part="target"]').textContent).to.equal('Mục tiêu 50% đến hết năm 2024');
    });

    it('says a deadline as <dx-target-progress> and <dx-stat> say it: a year’s or a month’s end as "hết năm 2024", a day as written', async () => {
      const cases = [
        ['2024', 'Mục tiêu 50% đến hết năm 2024', 'Target 50% by the end of 2024'],
        ['2024-12', 'Mục tiêu 50% đến hết năm 2024', 'Target 50% by the end of 2024'],
        ['2024-12-31', 'Mục tiêu 50% đến hết năm 2024', 'Target 50% by the end of 2024'],
        ['2025-06', 'Mục tiêu 50% đến hết tháng 06/2025', 'Target 50% by the end of June 2025'],
        ['2025-06-30', 'Mục tiêu 50% đến 30/06/2025', 'Target 50% by 30 June 2025'],
      ];
      for (const [by, vi, en] of cases) {
        const data = { ...FIBRE, target: { value: 50, by } };
        const page = await fixture<HTMLElement>(html`<div>
          <dx-coverage-gauge .data=${data}></dx-coverage-gauge><dx-coverage-gauge lang="en" .data=${data}></dx-coverage-gauge>
          <dx-target-progress now="2024-06-01" .data=${data}></dx-target-progress><dx-target-progress lang="en" now="2024-06-01" .data=${data}></dx-target-progress>
          <dx-stat direction="down" .data=${data}></dx-stat>
        </div>`);
        const [gaugeVi, gaugeEn, targetVi, targetEn, stat] = await Promise.all(
          [...page.children].map((el) => settled(el as CoverageGauge)),
        );
        expect(part(gaugeVi, '[part="target"]').textContent, by).to.equal(vi);
        expect(part(gaugeEn, '[part="target"]').textContent, by).to.equal(en);
        // The target's line goes on with the time left: "Mục tiêu 50% đến hết năm 2024 · còn 7 tháng".
        expect(part(targetVi, '[part="target"]').textContent, by).to.match(new RegExp(`^${vi.replace(/[.%/]/g, '\\$&')} ·`));
        expect(part(targetEn, '[part="target"]').textContent, by).to.match(new RegExp(`^${en.replace(/[.%/]/g, '\\$&')} ·`));
        // Lower is better: the stat states its target as the gauge does.
        expect(part(stat, '[part="target"]').textContent!.replace(/\s+/g, ' ').trim(), by).to.equal(vi);
      }
    });

    it('names the band the value is in when low and high thresholds are set', async () => {
      const el = await gauge(html`<dx-coverage-gauge value="41.5" unit="%" label="Cáp quang" low="50" high="80"></dx-coverage-gauge>`);
      expect(part(el, '[part="band"]').textContent).to.equal('mức thấp');
      expect(el.shadowRoot!.querySelectorAll('.band-mark')).to.have.length(2);
      el.value = '85';
      await el.updateComplete;
      expect(part(el, '[part="band"]').textContent).to.equal('mức cao');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(part(el, '[part="band"]').textContent).to.equal('high range');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('85%, high range');
    });

    it('draws the value arc as that share of the track', async () => {
      const el = await gauge(html`<dx-coverage-gauge value="25" unit="%" label="Một phần tư"></dx-coverage-gauge>`);
      const arc = part<SVGPathElement>(el, '.value');
      expect(arc.getAttribute('pathLength')).to.equal('100');
      expect(arc.getAttribute('stroke-dashoffset')).to.equal('75');
    });

    it('draws a ring when shape="ring"', async () => {
      const el = await gauge(html`<dx-coverage-gauge shape="ring" value="60" unit="%" label="Vòng"></dx-coverage-gauge>`);
      expect(part(el, 'svg').getAttribute('viewBox')).to.equal('0 0 200 200');
      expect(part(el, '.value').getAttribute('stroke-dashoffset')).to.equal('40');
    });

    it('draws a semicircle for a shape it does not know, "constructor" and "__proto__" included', async () => {
      for (const shape of ['constructor', '__proto__', 'toString', 'hexagon']) {
        const el = await gauge(html`<dx-coverage-gauge shape=${shape} value="60" unit="%" label="Nửa vòng"></dx-coverage-gauge>`);
        expect(part(el, 'svg').getAttribute('viewBox'), shape).to.equal('0 0 200 110');
        expect(part(el, '.value').getAttribute('d'), shape).to.match(/^M13 100A87/);
        expect(part(el, '[part="base"]').className, shape).not.to.contain(shape);
      }
    });

    it('writes English when the element or an ancestor says lang="en"', async () => {
      const wrapper = await fixture(html`<div lang="en-GB">
        <dx-coverage-gauge .data=${{ ...FIBRE, approx: 'nearly' }}></dx-coverage-gauge>
      </div>`);
      const el = await settled(wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!);
      expect(part(el, '[part="label"]').textContent).to.equal('Households with fibre broadband');
      expect(part(el, '[part="count"]').textContent).to.equal('43,391/104,563 hộ');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('nearly 41.5%, 43,391/104,563 hộ');
      expect(part(el, '[part="meta"]').textContent).to.equal('Data as of 2024 · Source: Sở TT&TT Lai Châu');
    });

    it('switches language when its own lang attribute changes', async () => {
      const el = await gauge(html`<dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge>`);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(part(el, '[part="label"]').textContent).to.equal('Households with fibre broadband');
    });

    it('links the source only for http(s) addresses, opening a new tab safely', async () => {
      const el = await gauge(html`<dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge>`);
      const link = part<HTMLAnchorElement>(el, '[part="meta"] a');
      expect(link.href).to.equal('https://sotttt.laichau.gov.vn/');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('shows data text as text: a label holding HTML is never parsed', async () => {
      const hostile = '<img src=x onerror="window.__dxPwned=1">';
      const el = await gauge(
        html`<dx-coverage-gauge .data=${{ ...FIBRE, label: hostile, note: '<b>bold</b>', source: { name: '<script>x()</script>' } }}></dx-coverage-gauge>`,
      );
      expect(part(el, '[part="label"]').textContent).to.equal(hostile);
      expect(part(el, '[part="note"]').textContent).to.equal('<b>bold</b>');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect((window as unknown as { __dxPwned?: number }).__dxPwned).to.equal(undefined);
    });
  });

  describe('errors', () => {
    it('refuses a comma decimal in an attribute, naming the attribute, because "97,27" and "1,234" are ambiguous', async () => {
      const el = await gauge(html`<dx-coverage-gauge value="97,27" unit="%" label="Sóng"></dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      expect(part(el, '[part="error"]').textContent).to.contain('value: "97,27" không phải số');
    });

    it('names the broken field of a document in place and in a dx-error event', async () => {
      const el = document.createElement('dx-coverage-gauge') as CoverageGauge;
      el.data = { ...FIBRE, value: 120 };
      const failed = oneEvent(el, 'dx-error');
      document.body.append(el);
      const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
      expect(event.detail.stale).to.equal(false);
      expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['value']);
      expect(event.detail.errors[0].message.en).to.contain('0 to 100');
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(part(el, '[part="error"]').textContent).to.contain('value: là phần trăm, phải từ 0 đến 100 (đang là 120)');
      el.remove();
    });

    it('lists the available ids when the chosen indicator does not exist', async () => {
      const el = await gauge(html`<dx-coverage-gauge src=${freshFeed()} indicator="no-such-thing"></dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('không có chỉ số "no-such-thing"; có: mobile-coverage-villages, wireless-internet-coverage');
    });

    it('reports a feed that cannot be loaded, with its address and status', async () => {
      const el = await gauge(html`<dx-coverage-gauge src="/feed/missing.json" indicator="x"></dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.match(/không tải được http:\/\/[^ ]+\/feed\/missing\.json \(HTTP 404\)/);
    });

    it('reports malformed JSON in an inline script', async () => {
      const el = await gauge(html`<dx-coverage-gauge>
        <script type="application/json">
          { "label": "x", "value": 1, }
        </script>
      </dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      // Where, in the reader's language, not in the browser's English ("Expected double-quoted property name…").
      expect(visibleText(el)).to.contain('không phải JSON hợp lệ (dòng 2, cột 39)');
      expect(visibleText(el)).not.to.match(/Expected|position|line/);
    });

    it('says what to add when it has no data at all', async () => {
      const el = await gauge(html`<dx-coverage-gauge></dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('cần data, JSON trong thẻ, src hoặc value');
    });

    it('asks for max when the unit is not a percentage', async () => {
      const el = await gauge(html`<dx-coverage-gauge value="2250" unit="tổ" label="Tổ công nghệ số"></dx-coverage-gauge>`);
      expect(el.state).to.equal('error');
      expect(visibleText(el)).to.contain('unit: đơn vị "tổ" không phải %: cần max');
      el.max = '3000';
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(meter(el).getAttribute('aria-valuemax')).to.equal('3000');
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('2.250 tổ');
    });

    it('refuses low above high, or either outside the scale, naming it, rather than name a band its marks contradict', async () => {
      for (const [attrs, words] of [
        [{ low: '80', high: '20' }, 'high: 20 ngoài khoảng 80–100'],
        [{ low: '-5', high: '70' }, 'low: -5 ngoài khoảng 0–70'],
        [{ low: '30', high: '800' }, 'high: 800 ngoài khoảng 30–100'],
      ] as const) {
        const el = await gauge(
          html`<dx-coverage-gauge value="50" unit="%" label="Băng thông" low=${attrs.low} high=${attrs.high}></dx-coverage-gauge>`,
        );
        expect(el.state, words).to.equal('error');
        expect(visibleText(el)).to.contain(words);
        el.setAttribute('high', '80');
        el.setAttribute('low', '20');
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(part(el, '[part="band"]').textContent).to.equal('mức trung bình');
      }
    });

    it('keeps the figures already shown, marked stale, when later input is bad', async () => {
      const el = await gauge(html`<dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge>`);
      const failed = oneEvent(el, 'dx-error');
      el.data = { ...FIBRE, value: 'bốn mươi' };
      const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
      await el.updateComplete;
      expect(event.detail.stale).to.equal(true);
      expect(el.state).to.equal('stale');
      expect(part(el, '[part="figure"]').textContent!.trim()).to.equal('41,5%');
      expect(part(el, '[part="stale"]').textContent).to.contain('Số liệu có thể chưa cập nhật');
      expect(part(el, '[part="stale"]').textContent).to.contain('value: phải là số');
      el.data = FIBRE;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    });

    it('shows "loading" until its feed answers, then "ready"', async () => {
      const src = await scriptFeed(`slow-${Date.now()}`, [{ delay: 300, body: FIBRE }]);
      const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src}></dx-coverage-gauge>`);
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('state')).to.equal('loading');
      expect(part(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      await oneEvent(el, 'dx-load');
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(part(el, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('accessibility', () => {
    // Only a feed brings news to announce; the region must be in the tree before it speaks.
    it('has a polite live region from its first render when it follows a feed, and none without one', async () => {
      const src = await scriptFeed(`live-region-${Date.now()}`, [{ delay: 300, body: FIBRE }]);
      const following = await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src} loading="eager"></dx-coverage-gauge>`);
      await following.updateComplete;
      expect(following.state).to.equal('loading');
      expect(part(following, '[aria-live="polite"]').textContent).to.equal('');
      const still = await gauge(html`<dx-coverage-gauge value="60" unit="%" label="Không theo nguồn"></dx-coverage-gauge>`);
      expect(still.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
      await settled(following);
    });

    it('is a meter with its value, range and a text that says what a sighted reader sees', async () => {
      const el = await gauge(
        html`<dx-coverage-gauge .data=${{ ...FIBRE, target: { value: 50, by: '2025' } }} low="30" high="70"></dx-coverage-gauge>`,
      );
      const m = meter(el);
      expect(m.getAttribute('aria-valuenow')).to.equal('41.5');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('100');
      expect(m.getAttribute('aria-valuetext')).to.equal('41,5%, 43.391/104.563 hộ, Mục tiêu 50% đến hết năm 2025, mức trung bình');
      expect(m.getAttribute('aria-labelledby')).to.equal('label');
      expect(part(el, 'svg').getAttribute('aria-hidden')).to.equal('true');
    });

    it('passes axe when ready, with a target and bands', async () => {
      const el = await gauge(html`<dx-coverage-gauge .data=${{ ...FIBRE, target: { value: 50 } }} low="30" high="70"></dx-coverage-gauge>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      const src = await scriptFeed(`axe-slow-${Date.now()}`, [{ delay: 2000, body: FIBRE }]);
      const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge src=${src}></dx-coverage-gauge>`);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
    });

    it('passes axe with an error, a stale mark, and no figure yet', async () => {
      const broken = await gauge(html`<dx-coverage-gauge value="97,27" label="x"></dx-coverage-gauge>`);
      await expect(broken).to.be.accessible();
      const stale = await gauge(html`<dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge>`);
      stale.data = { ...FIBRE, value: null };
      await stale.updateComplete;
      expect(stale.state).to.equal('stale');
      await expect(stale).to.be.accessible();
      const noFigure = await gauge(
        html`<dx-coverage-gauge .data=${{ label: 'Thanh toán điện tử', unit: '%', target: { value: 50 } }}></dx-coverage-gauge>`,
      );
      await expect(noFigure).to.be.accessible();
    });

    it('passes axe in the dark theme, colour contrast included', async () => {
      const el = await gauge(html`<dx-coverage-gauge theme="dark" .data=${FIBRE}></dx-coverage-gauge>`);
      expect(getComputedStyle(part(el, '[part="base"]')).backgroundColor).to.equal('rgb(22, 27, 34)');
      await expect(el).to.be.accessible();
    });

    it('follows the system dark setting unless theme="light"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await gauge(html`<dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge>`);
        expect(getComputedStyle(part(el, '[part="base"]')).backgroundColor).to.equal('rgb(22, 27, 34)');
        el.theme = 'light';
        await el.updateComplete;
        expect(getComputedStyle(part(el, '[part="base"]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('layout and motion', () => {
    before(() => setViewport({ width: 1000, height: 800 }));

    for (const width of [240, 720]) {
      it(`fits a ${width} px column without overflow`, async () => {
        const wrapper = await fixture(html`<div style="width: ${width}px">
          <dx-coverage-gauge .data=${{ ...FIBRE, approx: 'about', target: { value: 50, by: '2025-12-31' } }}></dx-coverage-gauge>
        </div>`);
        const el = await settled(wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!);
        const base = part(el, '[part="base"]');
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        for (const child of el.shadowRoot!.querySelectorAll('[part]')) {
          expect(child.getBoundingClientRect().right, child.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      });
    }

    // Under the 240 px minimum: the review saw it over the arc's ends at 182 px in a wider font than
    // the tests' Roboto, which reaches them in a narrower column.
    it('keeps "chưa có số liệu" between the arc\'s ends, on two lines in a 160 px column', async () => {
      const wrapper = await fixture(html`<div>
        ${[160, 240].map(
          (width) => html`<div style="width: ${width}px">
            <dx-coverage-gauge .data=${{ label: 'Dân số có tài khoản thanh toán điện tử', unit: '%', target: { value: 50, by: '2024-12-31' } }}></dx-coverage-gauge>
          </div>`,
        )}
      </div>`);
      const [narrow, wide] = await Promise.all([...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')].map(settled));
      for (const el of [narrow, wide]) {
        const dial = part(el, '.dial').getBoundingClientRect();
        // The track's inner edge is at radius 78 of the 200-unit-wide drawing: the arc's ends start 11 % in from each side.
        const range = document.createRange();
        range.selectNodeContents(part(el, '.number'));
        for (const line of range.getClientRects()) {
          expect(line.left, `${dial.width} px drawing`).to.be.at.least(dial.left + 0.11 * dial.width);
          expect(line.right, `${dial.width} px drawing`).to.be.at.most(dial.right - 0.11 * dial.width);
        }
      }
      const lines = (el: CoverageGauge) => Math.round(part(el, '.number').getBoundingClientRect().height / (16 * 1.1));
      expect([lines(narrow), lines(wide)]).to.deep.equal([2, 1]);
    });

    it("keeps a count's figure, unit and all, between the arc's ends and never breaks a number across lines", async () => {
      const counts = [
        [{ label: 'Thuê bao', unit: 'thuê bao', value: 1234567, approx: 'nearly' }, '2000000', 'vi'],
        [{ label: 'Subscriptions', unit: { vi: 'thuê bao', en: 'subscriptions' }, value: 1234567, approx: 'nearly' }, '2000000', 'en'],
        [{ label: 'Vốn', unit: 'đồng', value: 123456789012345 }, '1e15', 'vi'],
        [{ label: 'Diện tích', unit: 'ha', value: 12345.678 }, '100000', 'vi'],
      ] as const;
      for (const width of [240, 320]) {
        for (const shape of ['semicircle', 'ring']) {
          for (const [data, max, lang] of counts) {
            const wrapper = await fixture(html`<div style="width: ${width}px">
              <dx-coverage-gauge .data=${data} max=${max} lang=${lang} shape=${shape}></dx-coverage-gauge>
            </div>`);
            const el = await settled(wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!);
            const dial = part(el, '.dial').getBoundingClientRect();
            const words = part(el, '.number').textContent!;
            const range = document.createRange();
            range.selectNodeContents(part(el, '.number'));
            const lines = [...range.getClientRects()];
            for (const line of lines) {
              expect(line.left, `${words} in a ${width} px ${shape}`).to.be.at.least(dial.left + 0.11 * dial.width - 0.5);
              expect(line.right, `${words} in a ${width} px ${shape}`).to.be.at.most(dial.right - 0.11 * dial.width + 0.5);
            }
            // At most the unit on a line of its own: the digits stay together.
            expect(lines.length, `${words} in a ${width} px ${shape}`).to.be.at.most(2);
          }
        }
      }
    });

    it('stacks the gauge over the text in a phone column and sets them side by side in an article column', async () => {
      const wrapper = await fixture(html`<div>
        <div style="width: 240px"><dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge></div>
        <div style="width: 720px"><dx-coverage-gauge .data=${FIBRE}></dx-coverage-gauge></div>
      </div>`);
      const [narrow, wide] = await Promise.all([...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')].map(settled));
      const rows = (el: CoverageGauge) => [part(el, '.dial').getBoundingClientRect(), part(el, '.text').getBoundingClientRect()];
      const [narrowDial, narrowText] = rows(narrow);
      expect(narrowText.top).to.be.at.least(narrowDial.bottom - 0.5);
      const [wideDial, wideText] = rows(wide);
      expect(wideText.left).to.be.at.least(wideDial.right - 0.5);
    });

    // The benchmark's CLS page (bench/run.js): a two-line label, a count and a two-line source
    // line in a 250 px grid column, and the same beside the text in an article column.
    for (const width of [250, 320, 680]) {
      it(`reserves its height before data arrives in a ${width} px column, so nothing below it moves`, async () => {
        const body = {
          label: 'Thôn, bản, tổ dân phố có sóng di động',
          unit: '%',
          value: 97.27,
          asOf: '2024',
          count: { part: 43391, whole: 104563, unit: 'hộ' },
          source: { name: 'Sở TT&TT Lai Châu' },
        };
        const src = await scriptFeed(`reserve-${width}-${Date.now()}`, [{ delay: 300, body }]);
        const wrapper = await fixture(html`<div style="width: ${width}px"><dx-coverage-gauge src=${src}></dx-coverage-gauge></div>`);
        const el = wrapper.querySelector<CoverageGauge>('dx-coverage-gauge')!;
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        const before = el.getBoundingClientRect().height;
        expect(before).to.be.greaterThan(100);
        await settled(el);
        expect(part(el, '[part="count"]').textContent).to.equal('43.391/104.563 hộ');
        expect(el.getBoundingClientRect().height).to.equal(before);
      });
    }

    it('takes the same width in a flex row whatever the length of its label', async () => {
      const wrapper = await fixture(html`<div style="display: flex; gap: 8px; width: 1000px">
        <dx-coverage-gauge value="60" unit="%" label="Ngắn"></dx-coverage-gauge>
        <dx-coverage-gauge value="97.27" unit="%" label="Thôn, bản, tổ dân phố có sóng di động mặt đất băng rộng"></dx-coverage-gauge>
        <dx-coverage-gauge value="41.5" unit="%" label="Hộ gia đình dùng cáp quang"></dx-coverage-gauge>
      </div>`);
      const gauges = await Promise.all([...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')].map(settled));
      const widths = gauges.map((el) => el.getBoundingClientRect().width);
      expect(widths[0]).to.be.greaterThan(200);
      expect(widths[1]).to.equal(widths[0]);
      expect(widths[2]).to.equal(widths[0]);
    });

    // A size container would cost every gauge its own style recalculation inside layout, and
    // a page may hold a hundred (BENCHMARKS.md): the side-by-side layout is a wrapping row.
    it('is not a size container, so a page of gauges is styled in one pass', async () => {
      const el = await gauge(html`<dx-coverage-gauge value="60" unit="%" label="Một lượt"></dx-coverage-gauge>`);
      expect(getComputedStyle(el).containerType).to.equal('normal');
    });

    it('sweeps the arc in with a CSS animation, and not at all under reduced motion', async () => {
      const moving = await gauge(html`<dx-coverage-gauge value="60" unit="%" label="Chuyển động"></dx-coverage-gauge>`);
      expect(part(moving, '.value').getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const still = await gauge(html`<dx-coverage-gauge value="60" unit="%" label="Tĩnh"></dx-coverage-gauge>`);
        expect(part(still, '.value').getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('moves the same arc element on a new value instead of re-creating it', async () => {
      const el = await gauge(html`<dx-coverage-gauge value="60" unit="%" label="Cập nhật"></dx-coverage-gauge>`);
      const arc = part(el, '.value');
      el.value = '80';
      await el.updateComplete;
      expect(part(el, '.value')).to.equal(arc);
      expect(arc.getAttribute('stroke-dashoffset')).to.equal('20');
    });
  });

  describe('registration', () => {
    it('survives being registered twice, as when the bundle loads twice on a page', () => {
      const first = customElements.get('dx-coverage-gauge');
      expect(() => define('dx-coverage-gauge', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('dx-coverage-gauge')).to.equal(first);
    });
  });
});
