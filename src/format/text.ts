import type { LocalizedText } from '../data/types.js';
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
