import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import { GAUGE_STRINGS } from '../../src/coverage-gauge/coverage-gauge.strings.js';
import { formatDate, formatTime } from '../../src/format/dates.js';
import { contentLang, inheritedLang, languageOf, resolveLocale, toLocale } from '../../src/format/locale.js';
import { bilingual, inBoth, message, type MessageKey } from '../../src/format/messages.js';
import { approxWord, formatCount, formatFigure, formatNumber, formatQuantity } from '../../src/format/numbers.js';
import { picked, pickText } from '../../src/format/text.js';
import { PROBLEMS, type ProblemKey } from '../../src/spec/problems.js';
import type { Approx } from '../../src/spec/types.js';

/** A validation message in both languages. */
const problemText = (key: ProblemKey, params?: Record<string, string | number>) => inBoth(PROBLEMS, key, params);

describe('formatNumber', () => {
  it('writes a Vietnamese decimal comma: 97.27 → "97,27"', () => {
    expect(formatNumber(97.27, 'vi')).to.equal('97,27');
  });

  it('writes an English decimal point: 97.27 → "97.27"', () => {
    expect(formatNumber(97.27, 'en')).to.equal('97.27');
  });

  it('groups thousands with a point in Vietnamese: 320000 → "320.000"', () => {
    expect(formatNumber(320000, 'vi')).to.equal('320.000');
  });

  it('groups thousands with a comma in English: 320000 → "320,000"', () => {
    expect(formatNumber(320000, 'en')).to.equal('320,000');
  });

  it('groups a four-digit number too, as Vietnamese reports write "2.250"', () => {
    expect(formatNumber(2250, 'vi')).to.equal('2.250');
    expect(formatNumber(2250, 'en')).to.equal('2,250');
  });

  it('shows a figure as published, with no padding zeros: 41.5 → "41,5", 60 → "60"', () => {
    expect(formatNumber(41.5, 'vi')).to.equal('41,5');
    expect(formatNumber(60, 'vi')).to.equal('60');
  });

  it('shows up to three decimals by default', () => {
    expect(formatNumber(1.23456, 'en')).to.equal('1.235');
  });

  it('rounds to maximumFractionDigits', () => {
    expect(formatNumber(97.27, 'vi', { maximumFractionDigits: 1 })).to.equal('97,3');
    expect(formatNumber(97.27, 'en', { maximumFractionDigits: 0 })).to.equal('97');
  });

  it('writes a negative number with a minus sign', () => {
    expect(formatNumber(-3.5, 'vi')).to.match(/^[-\u2212]3,5$/);
  });

  it('signs a change when asked, except zero', () => {
    expect(formatNumber(3.5, 'vi', { signDisplay: 'exceptZero' })).to.equal('+3,5');
    expect(formatNumber(0, 'vi', { signDisplay: 'exceptZero' })).to.equal('0');
  });

  it('writes compact numbers in words, as newspapers do: "320 nghìn", "1,5 triệu"', () => {
    expect(formatNumber(320000, 'vi', { notation: 'compact' })).to.equal('320 nghìn');
    expect(formatNumber(1_500_000, 'vi', { notation: 'compact' })).to.equal('1,5 triệu');
    expect(formatNumber(1_500_000, 'en', { notation: 'compact' })).to.equal('1.5 million');
  });

  // Standard figures are written without Intl, rounded by hand (its first use costs a page
  // 20–40 ms); whatever the path, the text must be Intl's.
  it('writes every figure exactly as Intl.NumberFormat does, with and without rounding', () => {
    const figures = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      fc.double({ noNaN: true, min: -1e17, max: 1e17 }),
      fc.constantFrom(0, 1e21, 1.5e-7, 999.9995, 0.0005, 1234.5, 1e15, Number.MAX_SAFE_INTEGER, 99.99951, -0.00049, 1.0005, 2.675),
    );
    const options = fc.record(
      {
        maximumFractionDigits: fc.integer({ min: 0, max: 4 }),
        roundingMode: fc.constantFrom('halfExpand', 'floor', 'ceil') as fc.Arbitrary<'halfExpand' | 'floor' | 'ceil'>,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(figures, fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, options, (value, locale, opts) => {
        // From 10^21, scientific with every significant digit (no-figure.test.ts), not 22 to 309 of them.
        const huge = Math.abs(value) >= 1e21 && { notation: 'scientific', maximumFractionDigits: 20 };
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, ...opts, ...huge } as Intl.NumberFormatOptions);
        // Three differences, on purpose: a figure of zero is "0", never "-0"; a figure too small
        // for the digits shown is the bound it stays under ("< 0,001"), never "0", unless a
        // hedge rounded it ("trên 0", "khoảng 0"), and then never "-0"; past 10^21, scientific.
        const intlText = intl.format(value);
        const tiny = value !== 0 && !/[1-9]/.test(intlText);
        const expected = Object.is(value, -0) ? '0' : intlText;
        if (tiny && opts.roundingMode) expect(formatNumber(value, locale, opts)).to.equal('0');
        else if (tiny) expect(formatNumber(value, locale, opts)).to.match(value > 0 ? /^< (0[,.]0*)?1$/ : /^> -(0[,.]0*)?1$/);
        else expect(formatNumber(value, locale, opts)).to.equal(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a figure too small for its digits as its bound, or under a rounding mode as a digit or 0, and never NaN or ∞', () => {
    // 10 ** -4 is 0.0000999…: rounded up below zero it was "-0", whose bound recursed for ever.
    for (const digits of [0, 1, 3, 4, 5, 17]) {
      expect(formatNumber(-1e-20, 'en', { maximumFractionDigits: digits }), `${digits}`).to.match(/^> -(0\.0*)?1$/);
      for (const roundingMode of ['halfExpand', 'floor', 'ceil'] as const) {
        const text = formatNumber(-1e-20, 'en', { maximumFractionDigits: digits, roundingMode });
        expect(text, `${digits} ${roundingMode}`).to.match(roundingMode === 'floor' ? /^-(0\.0*)?1$/ : /^0$/);
      }
    }
    expect(formatNumber(-0.00001, 'vi', { maximumFractionDigits: 4 })).to.equal('> -0,0001');
    expect(formatNumber(-0.00001, 'vi', { maximumFractionDigits: 4, roundingMode: 'ceil' })).to.equal('0');
    // What is not finite is no figure (the validator refuses it); it must still end, as no ∞.
    for (const value of [Number.NaN, Number.NEGATIVE_INFINITY])
      expect(formatNumber(value, 'en', { roundingMode: 'ceil' })).not.to.match(/NaN|∞/);
  });

  it('gives the same text on the second call, from its cached formatter', () => {
    expect(formatNumber(2250, 'vi')).to.equal(formatNumber(2250, 'vi'));
    expect(formatNumber(2250, 'en')).to.not.equal(formatNumber(2250, 'vi'));
  });
});

describe('formatQuantity', () => {
  it('puts "%" right after the number: vi "97,27%", en "97.27%"', () => {
    expect(formatQuantity(97.27, '%', 'vi')).to.equal('97,27%');
    expect(formatQuantity(97.27, '%', 'en')).to.equal('97.27%');
  });

  it('puts any other unit after a space: vi "320.000 thuê bao", en "320,000 thuê bao"', () => {
    expect(formatQuantity(320000, 'thuê bao', 'vi')).to.equal('320.000 thuê bao');
    expect(formatQuantity(320000, 'thuê bao', 'en')).to.equal('320,000 thuê bao');
  });

  it('writes a bare number when there is no unit', () => {
    expect(formatQuantity(2250, undefined, 'vi')).to.equal('2.250');
    expect(formatQuantity(2250, '', 'vi')).to.equal('2.250');
  });

  it('passes number options on', () => {
    expect(formatQuantity(97.27, '%', 'vi', { maximumFractionDigits: 0 })).to.equal('97%');
  });
});

describe('approxWord', () => {
  const words: [Parameters<typeof approxWord>[0], string, string][] = [
    ['about', 'khoảng', 'about'],
    ['over', 'trên', 'over'],
    ['under', 'dưới', 'under'],
    ['nearly', 'gần', 'nearly'],
  ];
  for (const [approx, vi, en] of words) {
    it(`says ${approx} as "${vi}" in Vietnamese and "${en}" in English`, () => {
      expect(approxWord(approx, 'vi')).to.equal(vi);
      expect(approxWord(approx, 'en')).to.equal(en);
    });
  }
});

describe('formatFigure', () => {
  it('puts the hedge before the figure: vi "trên 76%", en "over 76%"', () => {
    expect(formatFigure({ value: 76, unit: '%', approx: 'over' }, 'vi')).to.equal('trên 76%');
    expect(formatFigure({ value: 76, unit: '%', approx: 'over' }, 'en')).to.equal('over 76%');
  });

  it('writes "gần 320.000 thuê bao" for nearly 320000 subscriptions', () => {
    expect(formatFigure({ value: 320000, unit: 'thuê bao', approx: 'nearly' }, 'vi')).to.equal('gần 320.000 thuê bao');
    expect(formatFigure({ value: 320000, unit: 'thuê bao', approx: 'nearly' }, 'en')).to.equal('nearly 320,000 thuê bao');
  });

  it('writes the quantity alone when the source gives no hedge', () => {
    expect(formatFigure({ value: 97.27, unit: '%' }, 'vi')).to.equal('97,27%');
  });

  it('passes number options on', () => {
    expect(formatFigure({ value: 79.6, unit: '%', approx: 'nearly' }, 'vi', { maximumFractionDigits: 0 })).to.equal('gần 80%');
  });
});

describe('a hedged figure too small for the digits shown', () => {
  // Each hedge and sign says something true of the figure, in words a person would write:
  // never "khoảng < 0,001%" or "dưới > -0,001%". 0.0004 and -0.0004, at three decimals.
  const cases: [Approx | undefined, number, string, string][] = [
    [undefined, 0.0004, '< 0,001%', '< 0.001%'],
    [undefined, -0.0004, '> -0,001', '> -0.001'],
    ['about', 0.0004, 'khoảng 0%', 'about 0%'],
    ['about', -0.0004, 'khoảng 0', 'about 0'],
    ['over', 0.0004, 'trên 0%', 'over 0%'],
    ['over', -0.0004, 'trên -0,001', 'over -0.001'],
    ['under', 0.0004, 'dưới 0,001%', 'under 0.001%'],
    ['under', -0.0004, 'dưới 0', 'under 0'],
    ['nearly', 0.0004, 'gần 0,001%', 'nearly 0.001%'],
    ['nearly', -0.0004, 'gần 0', 'nearly 0'],
  ];
  for (const [approx, value, vi, en] of cases) {
    it(`writes ${approx ?? 'an exact'} ${value} as "${vi}" and "${en}"`, () => {
      // A share is never below zero: the negative figures have no unit (a change, a balance).
      const unit = value > 0 ? '%' : undefined;
      expect(formatFigure({ value, unit, approx }, 'vi')).to.equal(vi);
      expect(formatFigure({ value, unit, approx }, 'en')).to.equal(en);
    });
  }
});

describe('formatCount', () => {
  it('writes the counts behind a percentage: vi "43.391/104.563 hộ"', () => {
    expect(formatCount({ part: 43391, whole: 104563, unit: 'hộ' }, 'vi')).to.equal('43.391/104.563 hộ');
  });

  it('groups with commas in English: "43,391/104,563 hộ"', () => {
    expect(formatCount({ part: 43391, whole: 104563, unit: 'hộ' }, 'en')).to.equal('43,391/104,563 hộ');
  });

  it('writes the bare fraction when nothing names what is counted', () => {
    expect(formatCount({ part: 92, whole: 96 }, 'vi')).to.equal('92/96');
  });
});

describe('formatDate', () => {
  const cases: [string, string, string][] = [
    ['2024', 'năm 2024', '2024'],
    ['2024-06', '06/2024', 'June 2024'],
    ['2024-12-31', '31/12/2024', '31 December 2024'],
    ['2024-01-05', '05/01/2024', '5 January 2024'],
  ];
  for (const [text, vi, en] of cases) {
    it(`writes ${text} as "${vi}" in Vietnamese and "${en}" in English`, () => {
      expect(formatDate(text, 'vi')).to.equal(vi);
      expect(formatDate(text, 'en')).to.equal(en);
    });
  }

  it('names the month the same in every time zone (1 January is not 31 December anywhere)', () => {
    expect(formatDate('2025-01', 'en')).to.equal('January 2025');
    expect(formatDate('2025-01-01', 'en')).to.equal('1 January 2025');
  });
});

describe('formatTime', () => {
  const now = new Date(2026, 10, 21, 16, 30);

  it('writes a moment of today as a 24-hour clock reading: "14:05"', () => {
    expect(formatTime(new Date(2026, 10, 21, 14, 5), 'vi', now)).to.equal('14:05');
    expect(formatTime(new Date(2026, 10, 21, 14, 5), 'en', now)).to.equal('14:05');
  });

  it('writes the first minutes after midnight as "00:05", not "24:05"', () => {
    expect(formatTime(new Date(2026, 10, 21, 0, 5), 'vi', now)).to.equal('00:05');
  });

  it('adds the date, day first, for a moment on another day: vi "14:05 20/11/2026"', () => {
    expect(formatTime(new Date(2026, 10, 20, 14, 5), 'vi', now)).to.equal('14:05 20/11/2026');
  });

  it('writes the date day first in English too, as formatDate does, so 05/06 is never read as May', () => {
    expect(formatTime(new Date(2026, 5, 5, 14, 5), 'en', now)).to.equal('14:05 05/06/2026');
  });

  it('counts the same clock time yesterday as another day', () => {
    expect(formatTime(new Date(2026, 10, 20, 16, 30), 'vi', now)).to.not.equal('16:30');
  });
});

describe('pickText', () => {
  it('returns plain text as it is', () => {
    expect(pickText('Thuê bao', 'en')).to.equal('Thuê bao');
  });

  it("picks the locale's own text", () => {
    const label = { vi: 'Hộ gia đình', en: 'Households' };
    expect(pickText(label, 'vi')).to.equal('Hộ gia đình');
    expect(pickText(label, 'en')).to.equal('Households');
  });

  it('falls back to Vietnamese when the locale has no text', () => {
    expect(pickText({ vi: 'Hộ gia đình', fr: 'Ménages' }, 'en')).to.equal('Hộ gia đình');
  });

  it('falls back to any language given when there is neither', () => {
    expect(pickText({ en: 'Households' }, 'vi')).to.equal('Households');
  });

  it('falls back past a blank text, as a spreadsheet export writes an empty column', () => {
    expect(pickText({ vi: 'Hộ gia đình', en: '' }, 'en')).to.equal('Hộ gia đình');
    expect(pickText({ vi: ' ', en: 'Households' }, 'vi')).to.equal('Households');
  });

  it('returns empty text for no text', () => {
    expect(pickText(undefined, 'vi')).to.equal('');
  });

  it('names the language of the text shown where it is not the reader’s, and none where it is or is not declared', () => {
    expect(picked({ vi: 'Hộ' }, 'en')).to.deep.equal(['Hộ', 'vi']);
    expect(picked({ vi: 'Hộ', en: 'Households' }, 'en')).to.deep.equal(['Households', undefined]);
    expect(picked({ en: 'Households' }, 'vi')).to.deep.equal(['Households', 'en']);
    expect(picked({ vi: '', fr: 'Ménages' }, 'vi')).to.deep.equal(['Ménages', 'fr']);
    expect(picked({ 'en-GB': 'Households' }, 'en')).to.deep.equal(['Households', undefined]);
    // A plain string declares no language; a key that is no language tag names none; "%" has nothing to pronounce.
    expect(picked('Hộ gia đình', 'en')[1]).to.equal(undefined);
    expect(picked({ default: 'Hộ' }, 'en')).to.deep.equal(['Hộ', undefined]);
    expect(picked({ vi: '%' }, 'en')).to.deep.equal(['%', undefined]);
  });
});

describe('reading a language tag (toLocale, languageOf, contentLang: one reader)', () => {
  const LONG = 'abcdefgh-'.repeat(1100);
  // tag → the language it names (languageOf), the one an element draws in (toLocale), the `lang`
  // what it draws is read in (contentLang): the tag itself where it names that language, else
  // the element's, declared. BCP 47: a primary subtag of 2–3 letters, case-insensitive, then
  // subtags of 1–8 letters or digits after single hyphens; malformed → no language, read as
  // the page's other unknown tags are (Vietnamese, declared). As written: the browser trims no `lang`.
  const TAGS: [tag: string | null | undefined, language: string | undefined, drawn: 'vi' | 'en', readIn: string][] = [
    ['en', 'en', 'en', 'en'],
    ['EN', 'en', 'en', 'EN'],
    ['en-GB', 'en', 'en', 'en-GB'],
    ['EN-us', 'en', 'en', 'EN-us'],
    ['en-GB-x-private', 'en', 'en', 'en-GB-x-private'],
    ['en-US-u-ca-buddhist', 'en', 'en', 'en-US-u-ca-buddhist'],
    ['En-Gb-X-Priv4te', 'en', 'en', 'En-Gb-X-Priv4te'],
    [`en-${LONG}x`, 'en', 'en', `en-${LONG}x`],
    ['vi', 'vi', 'vi', 'vi'],
    ['vi-VN', 'vi', 'vi', 'vi-VN'],
    ['VI-vn', 'vi', 'vi', 'VI-vn'],
    ['fr', 'fr', 'vi', 'vi'],
    ['zh-Hant-TW', 'zh', 'vi', 'vi'],
    ['fil', 'fil', 'vi', 'vi'],
    [`fr-${LONG}x`, 'fr', 'vi', 'vi'],
    // Malformed: no language, whatever letters it starts with.
    ['en-', undefined, 'vi', 'vi'],
    ['vi-', undefined, 'vi', 'vi'],
    ['EN_us', undefined, 'vi', 'vi'],
    ['vi_VN', undefined, 'vi', 'vi'],
    ['en--GB', undefined, 'vi', 'vi'],
    ['-en', undefined, 'vi', 'vi'],
    [' en', undefined, 'vi', 'vi'],
    ['en ', undefined, 'vi', 'vi'],
    [' vi ', undefined, 'vi', 'vi'],
    ['en\n', undefined, 'vi', 'vi'],
    ['en-GB-toolongsubtag', undefined, 'vi', 'vi'],
    [`en-${'!'.repeat(10_000)}`, undefined, 'vi', 'vi'],
    [`en-${LONG}!`, undefined, 'vi', 'vi'],
    ['én', undefined, 'vi', 'vi'],
    // Letters whose upper or lower case is an ASCII one (the Kelvin sign, the long s) are not it.
    ['en-\u212A', undefined, 'vi', 'vi'],
    ['\u017Fv', undefined, 'vi', 'vi'],
    ['english', undefined, 'vi', 'vi'],
    ['e', undefined, 'vi', 'vi'],
    ['default', undefined, 'vi', 'vi'],
    // A private-use or grandfathered tag names no language of ours: its primary subtag is one letter.
    ['x-en', undefined, 'vi', 'vi'],
    ['x-private', undefined, 'vi', 'vi'],
    ['i-klingon', undefined, 'vi', 'vi'],
    // Empty: the language is unknown (HTML); none at all.
    ['', undefined, 'vi', 'vi'],
    [null, undefined, 'vi', 'vi'],
    [undefined, undefined, 'vi', 'vi'],
  ];

  for (const [tag, language, drawn, readIn] of TAGS) {
    const name = tag && tag.length > 40 ? `${tag.slice(0, 12)}… (${tag.length} characters)` : String(JSON.stringify(tag));
    it(`reads ${name} as ${language ?? 'no language'}: drawn in ${drawn}, read in ${readIn}`, () => {
      expect(languageOf(tag)).to.equal(language);
      expect(toLocale(tag)).to.equal(drawn);
      expect(contentLang(toLocale(tag), tag)).to.equal(readIn);
    });
  }

  // That they take time in proportion to their length (no backtracking) is bench/guards.js's to measure.
  it('reads a 100 kB malformed tag as no language', () => {
    for (const tag of [`en-${'abcdefgh-'.repeat(11_000)}!`, `en${'-a'.repeat(50_000)}-`, `en-${'a'.repeat(100_000)}`])
      expect(languageOf(tag)).to.equal(undefined);
  });
});

describe('resolveLocale', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  /** Builds `html` inside the test root and returns the element marked `id="it"`. */
  function build(html: string): HTMLElement {
    root.innerHTML = html;
    return root.querySelector('#it')!;
  }

  it("takes the element's own lang", () => {
    expect(resolveLocale(build('<div lang="vi"><span id="it" lang="en"></span></div>'))).to.equal('en');
  });

  it("takes the nearest ancestor's lang", () => {
    expect(resolveLocale(build('<div lang="vi"><section lang="en"><p><span id="it"></span></p></section></div>'))).to.equal('en');
    expect(resolveLocale(build('<div lang="en"><section lang="vi"><span id="it"></span></section></div>'))).to.equal('vi');
  });

  it("looks through a shadow root to its host's ancestors", () => {
    const host = build('<div lang="en"><div id="it"></div></div>');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
  });

  it('looks through nested shadow roots, as a widget inside a board', () => {
    const board = build('<article lang="en-GB"><div id="it"></div></article>');
    const widget = document.createElement('div');
    board.attachShadow({ mode: 'open' }).append(widget);
    const label = document.createElement('span');
    widget.attachShadow({ mode: 'open' }).append(label);
    expect(resolveLocale(label)).to.equal('en');
  });

  it('prefers a lang inside the shadow root over the page around its host', () => {
    const host = build('<div lang="en"><div id="it"></div></div>');
    const wrapper = document.createElement('div');
    wrapper.lang = 'vi';
    const inner = document.createElement('span');
    wrapper.append(inner);
    host.attachShadow({ mode: 'open' }).append(wrapper);
    expect(resolveLocale(inner)).to.equal('vi');
  });

  it('reads "en-GB" as English and "fr" as Vietnamese', () => {
    expect(resolveLocale(build('<div lang="en-GB"><span id="it"></span></div>'))).to.equal('en');
    expect(resolveLocale(build('<div lang="fr"><span id="it"></span></div>'))).to.equal('vi');
  });

  it('defaults to Vietnamese where no lang is set', () => {
    const page = document.implementation.createHTMLDocument('');
    const span = page.createElement('span');
    page.body.append(span);
    expect(resolveLocale(span)).to.equal('vi');
  });

  it("takes the document's lang for an element not yet in the page", () => {
    const page = document.implementation.createHTMLDocument('');
    page.documentElement.lang = 'en';
    expect(resolveLocale(page.createElement('span'))).to.equal('en');
  });
});

describe('contentLang', () => {
  it('keeps an inherited tag of the same language, region and all, so the reader’s voice stays', () => {
    expect(contentLang('vi', 'vi')).to.equal('vi');
    expect(contentLang('vi', 'vi-VN')).to.equal('vi-VN');
    expect(contentLang('en', 'en-GB')).to.equal('en-GB');
    expect(contentLang('en', 'EN-us')).to.equal('EN-us');
  });

  it('gives the element’s language where the inherited one is another, unknown, malformed or absent', () => {
    for (const tag of ['fr', 'zh-Hans', '', ' vi ', 'vi_VN', 'xx-invalid-!!', `vi-${'a'.repeat(10_000)}`, null]) {
      expect(contentLang('vi', tag), JSON.stringify(tag)).to.equal('vi');
    }
    expect(contentLang('en', `en-${'!'.repeat(10_000)}`)).to.equal('en');
  });

  it('finds the tag an element inherits through shadow roots; none where none is set', () => {
    const page = document.implementation.createHTMLDocument('');
    const host = page.createElement('div');
    page.body.append(host);
    const inner = page.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal(null);
    page.body.lang = 'vi-VN';
    expect(inheritedLang(inner)).to.equal('vi-VN');
    host.setAttribute('lang', '');
    expect(inheritedLang(inner)).to.equal('');
  });
});

describe('message', () => {
  it('fills the holes from its parameters', () => {
    expect(problemText('indicator.unknown', { id: 'x', ids: 'a, b' }).vi).to.equal('không có chỉ số "x"; có: a, b');
    expect(message('en', 'target.by', { value: '100%', by: '2025' })).to.equal('Target 100% by 2025');
  });

  it('fills a hole with the number 0', () => {
    expect(inBoth(GAUGE_STRINGS, 'gauge.range', { value: 120, min: 0, max: 100 }).en).to.equal('120 is outside 0–100');
  });

  it('leaves a hole visible when its parameter is missing, rather than writing "undefined"', () => {
    expect(message('en', 'target', {})).to.equal('Target {value}');
  });

  it('returns the text as it is without parameters', () => {
    expect(message('vi', 'loading')).to.equal('Đang tải số liệu…');
    expect(message('en', 'asOf.label', { date: '2024' })).to.equal('Data as of 2024');
  });

  it('gives the same message in both languages at once', () => {
    expect(problemText('range.positive')).to.deep.equal({ vi: 'phải lớn hơn 0', en: 'must be greater than 0' });
    expect(bilingual('loading')).to.deep.equal({ vi: 'Đang tải số liệu…', en: 'Loading figures…' });
  });

  // Typed as records of every key, so `tsc` fails here when a key is added or removed.
  const PROBLEM_KEYS: Record<ProblemKey, true> = {
    json: true,
    'json.unplaced': true,
    'json.depth': true,
    'json.utf16': true,
    'json.utf32': true,
    'type.object': true,
    'type.array': true,
    'type.string': true,
    'type.number': true,
    'type.integer': true,
    'type.text': true,
    required: true,
    empty: true,
    'pattern.id': true,
    'pattern.date': true,
    'pattern.url': true,
    enum: true,
    'range.percent': true,
    'range.negative': true,
    'range.positive': true,
    'count.part': true,
    'rank.position': true,
    'series.order': true,
    'value.required': true,
    'indicator.duplicate': true,
    'indicator.unknown': true,
    'indicator.choose': true,
    'area.unknown': true,
    'area.choose': true,
    'attr.number': true,
    'attr.targets': true,
    nodata: true,
    'unit.percent': true,
    'date.year': true,
    'date.real': true,
    'text.bidi': true,
    depth: true,
    'range.seconds': true,
    'limit.text': true,
    'limit.items': true,
    'target.order': true,
    'rank.top': true,
    'rank.place': true,
  };
  const MESSAGE_KEYS: Record<MessageKey, true> = {
    'approx.about': true,
    'approx.over': true,
    'approx.under': true,
    'approx.nearly': true,
    'asOf.year': true,
    'asOf.label': true,
    source: true,
    target: true,
    'target.by': true,
    loading: true,
    noFigure: true,
    'error.title': true,
    'stale.since': true,
    updated: true,
    change: true,
  };
  /** Every shared key, in both languages: the validator's, then the readers'. */
  const both = (): [string, { vi: string; en: string }][] => [
    ...(Object.keys(PROBLEM_KEYS) as ProblemKey[]).map((key) => [key, problemText(key)] as [string, { vi: string; en: string }]),
    ...(Object.keys(MESSAGE_KEYS) as MessageKey[]).map((key) => [key, bilingual(key)] as [string, { vi: string; en: string }]),
  ];
  const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every key in both Vietnamese and English', () => {
    for (const [key, { vi, en }] of both()) {
      expect(vi, `vi ${key}`).to.be.a('string').and.not.equal('');
      expect(en, `en ${key}`).to.be.a('string').and.not.equal('');
    }
  });

  it('has the same holes in both languages, so no parameter is lost in translation', () => {
    // A browser's JSON error is in English: only the English message repeats it.
    const englishOnly = (key: string, name: string) => key.startsWith('json') && name === 'detail';
    for (const [key, { vi, en }] of both())
      expect(
        holes(en).filter((name) => !englishOnly(key, name)),
        key,
      ).to.deep.equal(holes(vi));
  });

  it('translates every reader-facing message, rather than repeating the Vietnamese', () => {
    const same = both()
      .filter(([, { vi, en }]) => vi === en)
      .map(([key]) => key);
    expect(same).to.deep.equal([]);
  });
});
