import type { LocalizedText, Unit } from '../data/types.js';
import type { Locale } from './messages.js';

/** Text with something to read in it: not empty, not only spaces. */
export const NOT_BLANK = /\S/;

/** The text for a locale: its own, then Vietnamese, then whatever language is given. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  // The validator accepts { vi: "…", en: "" } (an empty spreadsheet column): skip blanks, never show an empty label.
  const given = (t: string | undefined) => (t !== undefined && NOT_BLANK.test(t) ? t : undefined);
  return given(text[locale]) ?? given(text.vi) ?? Object.values(text).find(given) ?? '';
}

/** A unit's word for a locale (see `pickText`); `"%"` stays `"%"`. A plain string is shown as given, in every language. */
export function unitText(unit: Unit | undefined, locale: Locale): string | undefined {
  return typeof unit === 'object' ? pickText(unit, locale) : unit;
}

/**
 * Whether a unit, as written in a document, makes the indicator a percentage: `"%"`, or an
 * object whose `vi` is `"%"` (the validator holds its other languages to `"%"` too).
 */
export function isPercentUnit(unit: unknown): boolean {
  return unit === '%' || (typeof unit === 'object' && unit !== null && (unit as { vi?: unknown }).vi === '%');
}
