import type { LocalizedText } from '../data/types.js';
import type { Locale } from './messages.js';

/** The text for a locale: its own, then Vietnamese, then whatever language is given. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.vi ?? Object.values(text)[0] ?? '';
}
