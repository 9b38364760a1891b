import type { Approx, Count, Unit } from '../spec/types.js';
import { message, type Locale } from './messages.js';
import { isolate, unitText } from './text.js';

// Intl.NumberFormat is costly to build and a page may hold hundreds of widgets: keep one per setting.
const formatters = new Map<string, Intl.NumberFormat>();

export interface NumberOptions {
  /** Most digits after the decimal mark; figures are shown as published, up to this. */
  maximumFractionDigits?: number;
  /** `compact` writes 320 nghìn, 1,5 triệu; `scientific` 2,5E20, for what words cannot write (an axis past 1e15). */
  notation?: 'standard' | 'compact' | 'scientific';
  signDisplay?: 'auto' | 'exceptZero';
  /**
   * How the last shown digit is rounded: set by a hedge (`hedged`) and only there, so that its
   * word stays true ("trên" rounds down, "dưới" and "gần" up, "khoảng" to the nearest).
   */
  roundingMode?: 'halfExpand' | 'floor' | 'ceil';
}

/**
 * 320000 → "320.000" (vi) or "320,000" (en); 97.27 → "97,27" or "97.27". Standard notation
 * writes every digit up to 10^21; from there (where every number is whole, and `String` itself
 * turns to an exponent) scientific, each significant digit kept: "1,7976931348623157E308", not
 * 309 digits. NaN and ±Infinity are no figure, and none is written: "–", as a table marks a
 * missing one (not "> -0,001" nor "∞"; a throw would take the whole element's render with it,
 * for one figure); a caller with words for it ("chưa có số liệu") checks `Number.isFinite` first.
 */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const { maximumFractionDigits = 3, signDisplay = 'auto', roundingMode } = options;
  // Vietnamese news writes "2.250 tổ" but "15 nghìn thành viên": words start at 10 000
  // (Intl alone would write 2250 as "2,3 nghìn").
  const notation =
    options.notation === 'scientific' ? 'scientific' : options.notation === 'compact' && Math.abs(value) >= 10_000 ? 'compact' : 'standard';
  // 20 fraction digits hold the 17 a double has at most: scientific writes its shortest digits, all of them.
  if (notation === 'standard' && Math.abs(value) >= 1e21)
    return formatNumber(value, locale, { ...options, notation: 'scientific', maximumFractionDigits: 20 });
  // Standard figures are written by hand: a page's first Intl.NumberFormat costs 20–40 ms,
  // most of a gauge's first render, and of a 1,000-point trend's (BENCHMARKS.md). `String`
  // gives the shortest digits, the ones Intl rounds: the same text (test/format).
  let [whole, fraction = ''] = String(Math.abs(value)).split('.');
  let text: string;
  if (notation === 'standard' && signDisplay === 'auto' && /^\d+$/.test(whole + fraction)) {
    const rest = fraction.slice(maximumFractionDigits);
    fraction = fraction.slice(0, maximumFractionDigits);
    // Digits dropped are never all zeros: away from zero by the mode, or from a half up.
    if (rest && (roundingMode === 'floor' ? value < 0 : roundingMode === 'ceil' ? value > 0 : rest >= '5')) {
      const digits = String(BigInt(whole + fraction) + 1n).padStart(whole.length + fraction.length, '0');
      const cut = digits.length - fraction.length;
      [whole, fraction] = [digits.slice(0, cut), digits.slice(cut)];
    }
    const [group, decimal] = locale === 'en' ? ',.' : '.,';
    fraction = fraction.replace(/0+$/, '');
    text = (value < 0 ? '-' : '') + whole.replace(/\B(?=(\d{3})+$)/g, group) + (fraction && decimal + fraction);
  } else {
    const key = `${locale}|${maximumFractionDigits}|${notation}|${signDisplay}|${roundingMode}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, {
        maximumFractionDigits: notation === 'compact' ? Math.min(maximumFractionDigits, 1) : maximumFractionDigits,
        notation,
        // Short compact is "320 N" in vi, which readers do not recognise; newspapers write "320 nghìn".
        compactDisplay: 'long',
        signDisplay,
        roundingMode,
      } as Intl.NumberFormatOptions);
      formatters.set(key, formatter);
    }
    text = formatter.format(value);
    // "nghìn tỷ" (10^12) is compact's largest word: past it, Intl writes every digit of how many
    // (1e308 was 309 digits, a column of them in a 240 px card). Up to a million of them, grouped,
    // as the statistics office writes GDP ("10.221,8 nghìn tỷ đồng"); from a million as written
    // (two groups of three: the cut follows the rounding), scientific as the trend's axis writes
    // them: "1E18", "1,8E308".
    if (notation === 'compact' && /\d[.,]\d{3}[.,]\d{3}/.test(text)) {
      return formatNumber(value, locale, { ...options, notation: 'scientific', maximumFractionDigits: Math.min(maximumFractionDigits, 1) });
    }
  }
  if (value === 0 || /[1-9]/.test(text)) return text;
  // A figure too small for the digits shown (5e-324, 0.0004 with three decimals) is not 0.
  // Under a hedge, rounded its way, 0 is true of it and reads as the source's words do:
  // "trên 0%" (over, rounded down, above zero), "dưới 0%" and "gần 0%" (under and nearly,
  // rounded up, below zero), "khoảng 0%" (about, to the nearest, either side); never "-0".
  // Rounded the other way the hedge keeps a digit: "dưới 0,001%", "trên -0,001%". A figure
  // given exactly is written as the bound it stays under, "< 0,001" ("> -0,001" below zero),
  // where a "khoảng < 0,001%" or a "dưới > -0,001%" read as nothing a person would write.
  // Both from decimal text, written without the mode (10 ** -4 is 0.0000999…, which `ceil`
  // wrote as "-0" below zero, and the bound of that bound for ever): they are exact.
  const step = Number(`1e-${notation === 'compact' ? Math.min(maximumFractionDigits, 1) : maximumFractionDigits}`);
  const bound = (v: number) => formatNumber(v, locale, { ...options, roundingMode: undefined });
  return roundingMode ? bound(0) : value > 0 ? `< ${bound(step)}` : `> ${bound(-step)}`;
}

/** A number with its unit: "97,27%", "320.000 thuê bao", "41,5" (no unit). */
export function formatQuantity(value: number, unit: string | undefined, locale: Locale, options?: NumberOptions): string {
  const number = formatNumber(value, locale, options);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${isolate(unit)}`;
}

/** The unit written against a number where a word unit stands apart or is said elsewhere: "%" only. */
export function attachedUnit(unit: string | undefined): '%' | undefined {
  return unit === '%' ? unit : undefined;
}

/** The source's hedge as a word: "khoảng" / "about". */
export function approxWord(approx: Approx, locale: Locale): string {
  return message(locale, `approx.${approx}`);
}

/** The figure as a reader sees it: "trên 76%", "gần 320.000 thuê bao" (the unit in the locale's words when given both ways). */
export function formatFigure(figure: { value: number; unit?: Unit; approx?: Approx }, locale: Locale, options?: NumberOptions): string {
  const { approx } = figure;
  const quantity = formatQuantity(figure.value, unitText(figure.unit, locale), locale, hedged(approx, options));
  return approx ? `${approxWord(approx, locale)} ${quantity}` : quantity;
}

/**
 * Number options under a hedge: rounding must not turn it false ("trên 99.950" is not
 * "trên 100 nghìn", "dưới 80%" not "dưới 79,99%" shown as 80%). Use wherever a hedged
 * figure is written, so the words and the ARIA text agree.
 */
export function hedged(approx: Approx | undefined, options?: NumberOptions): NumberOptions | undefined {
  const roundingMode = approx === 'over' ? 'floor' : approx === 'under' || approx === 'nearly' ? 'ceil' : approx && 'halfExpand';
  return roundingMode ? { roundingMode, ...options } : options;
}

/** The counts behind a percentage: "43.391/104.563 hộ" ("43,391/104,563 households" where the unit says so in English). */
export function formatCount(count: Count, locale: Locale): string {
  const fraction = `${formatNumber(count.part, locale)}/${formatNumber(count.whole, locale)}`;
  const unit = unitText(count.unit, locale);
  return unit ? `${fraction} ${isolate(unit)}` : fraction;
}
