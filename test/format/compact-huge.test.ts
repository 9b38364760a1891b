import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';

import '../../src/stat/dx-stat.js';

import { formatFigure, formatNumber } from '../../src/format/numbers.js';
import type { StatElement } from '../../src/stat/stat.js';
import { part, settled } from '../support/helpers.js';

/*
 * "nghìn tỷ" (10^12) is compact's largest word: past it, Intl writes every digit of how many,
 * and 1e308 was 309 digits. Up to a million of them (the statistics office writes GDP as
 * "10.221,8 nghìn tỷ đồng"); past that, scientific, as the trend's axis writes such figures.
 */

const compact = { notation: 'compact' } as const;
const intl = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, ...options });

describe('compact notation past its largest word', () => {
  it('writes 1e308 and the largest figures in a few characters, the sign kept', () => {
    expect(formatNumber(1e308, 'vi', compact)).to.equal('1E308');
    expect(formatNumber(-1e308, 'vi', compact)).to.equal('-1E308');
    expect(formatNumber(Number.MAX_VALUE, 'vi', compact)).to.equal('1,8E308');
    expect(formatNumber(-Number.MAX_VALUE, 'en', compact)).to.equal('-1.8E308');
    expect(formatNumber(1e18, 'en', compact)).to.equal('1E18');
    expect(formatNumber(2.5e20, 'vi', { ...compact, signDisplay: 'exceptZero' })).to.equal('+2,5E20');
  });

  it('keeps a grouped count of "nghìn tỷ" up to a million of them, as figures in đồng are written', () => {
    expect(formatNumber(10_221_800_000_000_000, 'vi', compact)).to.equal('10.221,8 nghìn tỷ');
    expect(formatNumber(10_221_800_000_000_000, 'en', compact)).to.equal('10,221.8 trillion');
    expect(formatNumber(1.5e15, 'vi', compact)).to.equal('1500 nghìn tỷ');
    expect(formatNumber(999_999_940_000_000_000, 'vi', compact)).to.equal('999.999,9 nghìn tỷ');
    expect(formatNumber(-999_999_940_000_000_000, 'vi', compact)).to.equal('-999.999,9 nghìn tỷ');
  });

  it('cuts where the written count reaches a million, whichever way a hedge rounds', () => {
    // Rounded to the nearest, 999.999,96 nghìn tỷ is written as a million of them: scientific.
    expect(formatNumber(999_999_960_000_000_000, 'vi', compact)).to.equal('1E18');
    // Rounded up under "dưới", 999.999,94 is too; rounded down under "trên", it stays.
    expect(formatFigure({ value: 999_999_940_000_000_000, approx: 'under' }, 'vi', compact)).to.equal('dưới 1E18');
    expect(formatFigure({ value: 999_999_990_000_000_000, approx: 'over' }, 'vi', compact)).to.equal('trên 999.999,9 nghìn tỷ');
    expect(formatFigure({ value: Number.MAX_VALUE, approx: 'over' }, 'vi', compact)).to.equal('trên 1,7E308');
  });

  it('writes every figure below a million "nghìn tỷ" as before, byte for byte', () => {
    const figures = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -9.9e17, max: 9.9e17 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n * 1e8),
      fc.constantFrom(0, -0, 10_000, 9_999.99, 99_950, 999_950, 1e12, 999_950_000_000_000, 1e15, 1e17),
    );
    const modes = fc.constantFrom(undefined, 'halfExpand', 'floor', 'ceil') as fc.Arbitrary<'halfExpand' | 'floor' | 'ceil' | undefined>;
    fc.assert(
      fc.property(figures, fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, modes, (value, locale, roundingMode) => {
        if (Math.abs(value) < 10_000) return;
        const expected = intl(locale, { roundingMode } as Intl.NumberFormatOptions).format(value);
        expect(formatNumber(value, locale, { ...compact, roundingMode })).to.equal(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('is never longer than "-999.999,9 nghìn tỷ", from 1e15 to the largest number', () => {
    const huge = fc.tuple(fc.double({ min: 1, max: 9.99, noNaN: true }), fc.integer({ min: 15, max: 307 }), fc.boolean());
    fc.assert(
      fc.property(huge, fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, ([mantissa, exponent, negative], locale) => {
        const value = (negative ? -1 : 1) * mantissa * 10 ** exponent;
        expect(formatNumber(value, locale, compact).length, String(value)).to.be.at.most(19);
      }),
      { numRuns: 2000 },
    );
  });

  it('<dx-stat notation="compact"> writes 1e308 on one line of a 240 px card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 240px">
      <dx-stat notation="compact" value="1e308" unit="đồng" label="Vốn"></dx-stat>
      <dx-stat notation="compact" value="1000" unit="đồng" label="Vốn"></dx-stat>
    </div>`);
    const [huge, small] = await Promise.all([...wrapper.querySelectorAll<StatElement>('dx-stat')].map(settled));
    const number = (el: StatElement) => part(el, '.number');
    expect(number(huge).textContent).to.equal('1E308');
    // As tall as a figure of four digits: one line, not a column of digits.
    expect(number(huge).getBoundingClientRect().height).to.equal(number(small).getBoundingClientRect().height);
    expect(number(huge).getBoundingClientRect().right).to.be.at.most(huge.getBoundingClientRect().right);
  });
});
