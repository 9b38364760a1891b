import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';

import { formatFigure, formatNumber } from '../../src/format/numbers.js';
import { valueScale } from '../../src/province-rank/geometry.js';
import { sparkGeometry } from '../../src/stat/stat-sparkline.js';
import { history } from '../../src/target-progress/projection.js';
import { mountWidget } from '../support/helpers.js';

/*
 * Issue 16: every finite number the format accepts, drawn by every element. ±1e308 overflowed
 * the bar maths to `NaN%` widths; 5e-324 was written "0".
 */

type Widget = LitElement & { state: string; data: unknown };

const widget = (tag: string, data: unknown, attrs?: Record<string, string>) => mountWidget<Widget>(tag, data, attrs);

/** Everything the element drew, markup and attributes, as one text to search for broken numbers. */
const drawn = (el: Element) => el.shadowRoot!.innerHTML;

const EXTREMES = [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 1e-10];

/** A document with `big` and `small` in every figure of a plain unit (percentages cannot hold them). */
const extreme = (big: number, small: number) => ({
  label: 'Số liệu',
  unit: 'đồng',
  value: big,
  asOf: '2024',
  count: { part: Math.abs(small), whole: Number.MAX_VALUE },
  target: { value: small, by: '2025' },
  baseline: { value: small, asOf: '2020' },
  series: [
    { asOf: '2021', value: small },
    { asOf: '2022', value: big },
    { asOf: '2023', value: -big },
  ],
  benchmarks: [{ label: 'Cả nước', value: small }],
  areas: [
    { code: '01', name: 'Hà Nội', value: big },
    { code: '79', name: 'TP HCM', value: -big },
    { code: '06', name: 'Bắc Kạn', value: small },
  ],
});

describe('numeric extremes through every element', () => {
  const cases: [string, Record<string, string>][] = [
    ['dx-coverage-gauge', { min: String(-Number.MAX_VALUE), max: String(Number.MAX_VALUE) }],
    ['dx-target-progress', {}],
    ['dx-target-progress', { variant: 'inline' }],
    ['dx-stat', {}],
    ['dx-stat', { notation: 'compact' }],
    ['dx-province-rank', { highlight: '06' }],
    ['dx-province-map', { highlight: '06' }],
  ];
  for (const [tag, attrs] of cases) {
    it(`<${tag}${Object.keys(attrs).length ? ` ${Object.keys(attrs).join(' ')}` : ''}> draws no NaN or Infinity for figures from 5e-324 to ±1.8e308`, async () => {
      for (const big of EXTREMES) {
        for (const small of [5e-324, -5e-324, 0.0004]) {
          const el = await widget(tag, extreme(big, small), attrs);
          const markup = drawn(el);
          expect(markup, `${big} ${small}`).not.to.match(/NaN|Infinity|∞/);
          el.parentElement!.remove();
        }
      }
    });
  }

  it('<dx-province-rank> places a rank of up to 1.8e308 on its strip, and the gauge its bands and target', async () => {
    for (const [position, of] of [
      [Number.MAX_VALUE, Number.MAX_VALUE],
      [1, Number.MAX_VALUE],
      [2 ** 53 + 2, 2 ** 60],
    ]) {
      const el = await widget('dx-province-rank', { label: 'x', value: 5e-324, rank: { position, of } });
      expect(el.state).to.equal('ready');
      expect(drawn(el), `${position}/${of}`).not.to.match(/NaN|Infinity|∞/);
    }
    const gauge = await widget(
      'dx-coverage-gauge',
      { label: 'x', unit: 'đồng', value: 1, target: { value: -1e308 } },
      { min: '-1e308', max: '1e308', low: '-1e308', high: '1e308' },
    );
    expect(gauge.state).to.equal('ready');
    expect(drawn(gauge)).not.to.match(/NaN|Infinity|∞/);
  });

  it('<dx-province-rank> gives the bars of ±1e308 finite widths that fill the chart between them', async () => {
    const el = await widget('dx-province-rank', extreme(1e308, 5e-324), { highlight: '06' });
    const bars = [...el.shadowRoot!.querySelectorAll('rect.bar')].map((bar) => Number.parseFloat(bar.getAttribute('width')!));
    expect(bars).to.have.length(3);
    bars.forEach((width) => expect(width).to.be.finite);
    expect(bars[0] + bars[2]).to.be.closeTo(100, 0.02);
  });

  it('<dx-coverage-gauge> fills half its arc for 0 between -1.8e308 and 1.8e308', async () => {
    const el = await widget('dx-coverage-gauge', { label: 'x', unit: 'đồng', value: 0 }, { min: '-1.7e308', max: '1.7e308' });
    const arc = el.shadowRoot!.querySelector('[stroke-dashoffset]')!;
    expect(Number.parseFloat(arc.getAttribute('stroke-dashoffset')!)).to.be.closeTo(50, 0.01);
  });
});

describe('long lists', function () {
  // Spread into Math.min/Math.max, 130,000 values or more overflowed the call stack.
  const many = Array.from({ length: 150_000 }, (_, i) => i);
  const series = many.map((value) => ({ asOf: '2000', value }));
  // A loaded two-core machine draws 150,000 points slowly; the point is that it draws them.
  this.timeout(30_000);

  it('scale a ranking of 150,000 values', () => {
    expect(valueScale(many)(149_999)).to.equal(100);
  });

  it('draw a sparkline through 150,000 points', () => {
    expect(sparkGeometry(series).end[1]).to.be.finite;
  });

  it('place a baseline and a current figure around 150,000 points of history', () => {
    expect(history({ series, baseline: { value: 0, asOf: '1999' }, value: 1, asOf: '2001' })).to.have.length(150_002);
  });
});

describe('figures too small for the digits shown', () => {
  it('are written as the bound they stay under, never as 0', () => {
    expect(formatNumber(5e-324, 'vi')).to.equal('< 0,001');
    expect(formatNumber(5e-324, 'en')).to.equal('< 0.001');
    expect(formatNumber(-5e-324, 'vi')).to.equal('> -0,001');
    expect(formatNumber(0.0004, 'vi')).to.equal('< 0,001');
    expect(formatNumber(0.04, 'vi', { maximumFractionDigits: 1 })).to.equal('< 0,1');
    expect(formatFigure({ value: 5e-324, unit: '%' }, 'vi')).to.equal('< 0,001%');
    expect(formatFigure({ value: 5e-324, unit: 'hộ' }, 'en')).to.equal('< 0.001 hộ');
  });

  it('keep 0 where it is already true, and every other figure as before', () => {
    expect(formatNumber(0, 'vi')).to.equal('0');
    expect(formatNumber(0.0005, 'vi')).to.equal('0,001');
    expect(formatFigure({ value: 5e-324, unit: '%', approx: 'over' }, 'vi')).to.equal('trên 0%');
    expect(formatNumber(97.27, 'vi')).to.equal('97,27');
    expect(formatNumber(1e-7, 'en', { maximumFractionDigits: 3, signDisplay: 'exceptZero' })).to.equal('< +0.001');
  });

  it('shows 5e-324 in an element as "< 0,001"', async () => {
    const el = await widget('dx-stat', { label: 'x', unit: 'đồng', value: 5e-324 });
    expect(el.shadowRoot!.querySelector('[part="figure"]')!.textContent).to.contain('< 0,001');
  });

  it('shows a hedged one in an element, and says it, in words a person would write', async () => {
    const seen = (el: Element) => el.shadowRoot!.querySelector('[part="figure"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const heard = (el: Element) => el.shadowRoot!.querySelector('[part="summary"]')!.getAttribute('aria-label');
    const about = await widget('dx-stat', { label: 'x', unit: '%', value: 0.0004, approx: 'about' });
    expect([seen(about), heard(about)]).to.deep.equal(['khoảng 0%', 'khoảng 0%']);
    const under = await widget('dx-stat', { label: 'x', unit: 'đồng', value: -0.0004, approx: 'under' }, { lang: 'en' });
    expect([seen(under), heard(under)]).to.deep.equal(['under 0 đồng', 'under 0 đồng']);
    const gauge = await widget('dx-coverage-gauge', { label: 'x', unit: '%', value: 0.0004, approx: 'about' });
    expect(gauge.shadowRoot!.querySelector('[part="meter"]')!.getAttribute('aria-valuetext')).to.equal('khoảng 0%');
  });
});
