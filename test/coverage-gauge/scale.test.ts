import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { DATED_PLAN as PLAN } from '../support/documents.js';
import { part, settled, visibleText } from '../support/helpers.js';

async function gauge(template: ReturnType<typeof html>): Promise<CoverageGauge> {
  return settled(await fixture<CoverageGauge>(template));
}

describe('<dx-coverage-gauge> its scale', () => {
  it('refuses min equal to max, naming both, where it drew an empty arc with aria-valuemin = aria-valuemax', async () => {
    const el = document.createElement('dx-coverage-gauge') as CoverageGauge;
    Object.assign(el, { value: '50', unit: '%', label: 'Sóng', min: '50', max: '50' });
    const outcome = Promise.race([oneEvent(el, 'dx-error'), oneEvent(el, 'dx-load')]);
    (await fixture(html`<div></div>`)).append(el);
    const event = (await outcome) as CustomEvent<IndicatorErrorDetail>;
    await el.updateComplete;
    expect(event.type).to.equal('dx-error');
    expect(el.state).to.equal('error');
    expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['max']);
    expect(visibleText(el)).to.contain('max: 50 phải lớn hơn min (50)');
    expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
    el.lang = 'en';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('max: 50 must be above min (50)');
    el.max = '100';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('names min and max when min is above max, not the value, which the scale made out of range', async () => {
    const el = await gauge(html`<dx-coverage-gauge value="50" unit="%" label="Sóng" min="100" max="0"></dx-coverage-gauge>`);
    expect(el.state).to.equal('error');
    expect(visibleText(el)).to.contain('max: 0 phải lớn hơn min (100)');
    expect(visibleText(el)).not.to.contain('value');
    expect(visibleText(el)).not.to.contain('ngoài khoảng');
  });

  it('shows the target due on its `now` of a list of dated targets, not on the reader’s today', async () => {
    const el = await gauge(html`<dx-coverage-gauge .data=${PLAN} now="2019-06-01"></dx-coverage-gauge>`);
    expect(part(el, '[part="target"]').textContent).to.equal('Mục tiêu 50% đến hết năm 2020');
    // The mark at 50% of a semicircle: straight up from the middle.
    expect(Number(part(el, '.target-mark').getAttribute('x1'))).to.be.closeTo(100, 1e-9);
    el.now = '2025-01-01';
    await el.updateComplete;
    expect(part(el, '[part="target"]').textContent).to.equal('Mục tiêu 80% đến hết năm 2030');
  });

  it('judges the range of the target due on its `now`', async () => {
    const el = await gauge(
      html`<dx-coverage-gauge
        .data=${{
          ...PLAN,
          unit: 'tổ',
          target: [
            { value: 50, by: '2020' },
            { value: 120, by: '2030' },
          ],
        }}
        max="100"
        now="2019-06-01"
      ></dx-coverage-gauge>`,
    );
    expect(el.state).to.equal('ready');
    el.now = '2025-01-01';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    expect(visibleText(el)).to.contain('target.value: 120 ngoài khoảng 0–100');
  });

  it('refuses a `now` that is no day, as <dx-target-progress> does', async () => {
    const el = await gauge(html`<dx-coverage-gauge .data=${PLAN} now="hôm nay"></dx-coverage-gauge>`);
    expect(el.state).to.equal('error');
    expect(visibleText(el)).to.contain('now: phải là một ngày dạng YYYY-MM-DD');
  });

  it('sizes its figure by classes that each match a rule of its styles, and a short figure by none', async () => {
    const el = await gauge(html`<dx-coverage-gauge value="5" unit="%" label="x"></dx-coverage-gauge>`);
    // Every class its styles name, whole: `.s1` is not `.s12`.
    const classes = new Set(
      (el.constructor as typeof CoverageGauge).elementStyles
        .map((s) => ('styleSheet' in s ? s.styleSheet : s) as CSSStyleSheet)
        .flatMap((sheet) =>
          [...sheet.cssRules].flatMap((r) => [...((r as CSSStyleRule).selectorText ?? '').matchAll(/\.([\w-]+)/g)].map((m) => m[1])),
        ),
    );
    const sizes: Record<string, string> = {};
    for (const [value, max, unit] of [
      ['5', '100', '%'],
      ['97.27', '100', '%'],
      ['1234', '10000', 'ha'],
      ['1234567', '2000000', 'thuê bao'],
      ['123456789', '1e9', 'thuê bao'],
      ['123456789012345', '1e15', 'đồng'],
      ['123456789012345', '1e15', 'thuê bao bao bao'],
    ] as const) {
      el.value = value;
      el.max = max;
      el.unit = unit;
      await el.updateComplete;
      const number = part(el, '.number');
      for (const cls of number.classList) expect(classes.has(cls), `.${cls} for ${number.textContent}`).to.equal(true);
      sizes[number.textContent!] = getComputedStyle(number).fontSize;
    }
    // The sizes as they were (s1–s4 by 8–11, 12–15, 16–19 and 20 or more characters).
    const clamp = sizes['5%'];
    expect(clamp).not.to.be.oneOf(['22px', '20px', '16px', '13px']);
    expect(sizes).to.deep.equal({
      '5%': clamp,
      '97,27%': clamp,
      '1.234 ha': '22px',
      '1.234.567 thuê bao': '16px',
      '123.456.789 thuê bao': '13px',
      '123.456.789.012.345 đồng': '13px',
      '123.456.789.012.345 thuê bao bao bao': '13px',
    });
  });
});
