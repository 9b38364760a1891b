import type { Locale } from '../spec/messages.js';
import { isolate, NOT_BLANK } from '../spec/text.js';
import type { LocalizedText, Unit } from '../spec/types.js';
import { languageOf } from './locale.js';

// The format's text rules, for the elements and pages that format with them.
export { isolate, isPercentUnit, NOT_BLANK, BIDI_CONTROLS } from '../spec/text.js';

/** The text for a locale: its own, then Vietnamese, then whatever language is given. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  return picked(text, locale)[0];
}

/**
 * The text `pickText` shows, and the language it is in where that is declared and is not
 * `locale`'s (WCAG 3.1.2): the key it came from, `vi` under an English element, `en` or
 * `fr` under a Vietnamese one. A plain string declares no language, and a key that is no
 * language tag (`"default"`) names none: no language is guessed for either (README,
 * "Languages"). Nor for text with no letters to pronounce (`"%"`).
 */
export function picked(text: LocalizedText | undefined, locale: Locale): [text: string, lang?: string] {
  if (text === undefined) return [''];
  if (typeof text === 'string') return [isolate(text)];
  // The validator accepts { vi: "…", en: "" } (an empty spreadsheet column): skip blanks, never show an empty label.
  const key = [locale, 'vi', ...Object.keys(text)].find((k) => Object.hasOwn(text, k) && NOT_BLANK.test(text[k]));
  const shown = key ? text[key] : '';
  const lang = key && languageOf(key);
  return [isolate(shown), lang && lang !== locale && /\p{L}/u.test(shown) ? key : undefined];
}

/** A unit's word for a locale (see `pickText`); `"%"` stays `"%"`. A plain string is shown as given, in every language. */
export function unitText(unit: Unit | undefined, locale: Locale): string | undefined {
  return typeof unit === 'object' ? pickText(unit, locale) : unit;
}
