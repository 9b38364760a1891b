import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import { formatFigure, formatNumber, type NumberOptions } from '../../src/format/numbers.js';

/*
 * What formatNumber writes where there is no figure to write (NaN, ±Infinity), and where the
 * standard notation's promise of every digit would write hundreds of them (1e308 was 309).
 */

const modes = [undefined, 'halfExpand', 'floor', 'ceil'] as const;
const notations = ['standard', 'compact', 'scientific'] as const;

describe('formatNumber of what is no figure', () => {
  it('writes NaN and ±Infinity as "–", in every notation and rounding mode: no bound such as "> -0,001"', () => {
    for (const value of [NaN, Infinity, -Infinity])
      for (const locale of ['vi', 'en'] as const)
        for (const notation of notations)
          for (const roundingMode of modes)
            for (const signDisplay of ['auto', 'exceptZero'] as const) {
              const options: NumberOptions = { notation, roundingMode, signDisplay };
              expect(formatNumber(value, locale, options), `${value} ${JSON.stringify(options)}`).to.equal('–');
            }
  });

  it('writes no digit for it under a hedge either: "khoảng –%", never "trên 0%"', () => {
    expect(formatFigure({ value: NaN, unit: '%', approx: 'over' }, 'vi')).to.equal('trên –%');
    expect(formatFigure({ value: NaN, unit: '%', approx: 'about' }, 'en')).to.equal('about –%');
  });
});

describe('standard notation past 10^21', () => {
  it('writes 1e308 and the largest figures with their significant digits, scientific, not 309 digits', () => {
    expect(formatNumber(1e308, 'vi')).to.equal('1E308');
    expect(formatNumber(-1e308, 'en')).to.equal('-1E308');
    expect(formatNumber(Number.MAX_VALUE, 'vi')).to.equal('1,7976931348623157E308');
    expect(formatNumber(-Number.MAX_VALUE, 'en')).to.equal('-1.7976931348623157E308');
    expect(formatNumber(1e21, 'vi')).to.equal('1E21');
    expect(formatNumber(1.5e21, 'en', { signDisplay: 'exceptZero' })).to.equal('+1.5E21');
  });

  it('keeps every digit below 10^21, as before', () => {
    expect(formatNumber(999_999_999_999_999_900_000, 'vi')).to.equal('999.999.999.999.999.900.000');
    expect(formatNumber(-123_456_789_012_345_680_000, 'en')).to.equal('-123,456,789,012,345,680,000');
  });

  it('drops no digit of the figure, whatever the fraction digits or the hedge asked', () => {
    // Past 2^53 every number is whole: no fraction digit to round, each digit written is the figure's.
    const huge = fc.tuple(fc.double({ min: 1, max: 9.999999, noNaN: true }), fc.integer({ min: 21, max: 307 }), fc.boolean());
    fc.assert(
      fc.property(huge, fc.integer({ min: 0, max: 4 }), fc.constantFrom(...modes), ([m, e, negative], digits, roundingMode) => {
        const value = (negative ? -1 : 1) * Number(`${m}e${e}`);
        const text = formatNumber(value, 'en', { maximumFractionDigits: digits, roundingMode });
        expect(text.length).to.be.at.most(24);
        expect(Number(text.replace('E', 'e'))).to.equal(value);
      }),
      { numRuns: 500 },
    );
  });
});
