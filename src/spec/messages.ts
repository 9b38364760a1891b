/**
 * Words in Vietnamese and English side by side ([vi, en]) so the two cannot drift apart, and
 * the mechanism every table of them shares (`translate`, `inBoth`): an element's own words live
 * in a table of the same shape beside it, so a page that uses one element downloads only that
 * element's words. `{name}` holes are filled from params. The validator's messages are such a
 * table too (problems.ts), which elements load only when they have a problem to show.
 */
import { isolate } from './text.js';
import type { Problem, ValidationError } from './types.js';

/** The languages every message and label comes in. */
export type Locale = 'vi' | 'en';

/** Strings as [vi, en] pairs. */
export type StringTable = Record<string, readonly [vi: string, en: string]>;

export type MessageParams = Record<string, string | number>;

/** The most characters of a value quoted into an error message (an id, a code, an address); of a list of them ("a, b, c"), QUOTE_LIST_MAX. */
export const QUOTE_MAX = 60;
export const QUOTE_LIST_MAX = 240;

/**
 * A value as an error message quotes it: whole up to QUOTE_MAX characters (a list, QUOTE_LIST_MAX),
 * else its start and its end around "…" (an address's file and query stay readable); a pair of
 * surrogates is never split. A message box quoting a 10,000-character code whole was 9,000–27,000
 * px tall. Every error message quotes through here (`inBoth`, `worded`, the feed loader's words);
 * `translate` does not, as labels and names drawn by the elements are not quoted values.
 */
export function clip(text: string): string {
  const most = text.includes(', ') ? QUOTE_LIST_MAX : QUOTE_MAX;
  if (text.length <= most) return text;
  const chars = Array.from(text);
  const head = Math.ceil((most - 1) * 0.65);
  return chars.length > most ? `${chars.slice(0, head).join('')}…${chars.slice(head + 1 - most).join('')}` : text;
}

/** A value quoted into an error message: clipped, then isolated. */
const quote = (text: string) => isolate(clip(text));

/**
 * The text for `key` of `table` in `locale`, with `{name}` holes filled from `params`. Text
 * params are isolated (`isolate`): a name or label inside our sentence cannot reorder it. The
 * command line fills them as they are (`fill`): it shows every control character escaped.
 */
export function translate<T extends StringTable>(
  table: T,
  locale: Locale,
  key: keyof T,
  params?: MessageParams,
  fill: (text: string) => string = isolate,
): string {
  const text = table[key][locale === 'en' ? 1 : 0];
  return params ? text.replace(/\{(\w+)\}/g, (hole, name: string) => fill(String(params[name] ?? hole))) : text;
}

/**
 * A message of `table` in both languages, as validation errors carry it: the values it quotes
 * clipped (`clip`) for a page's message box, or filled by `fill` (the command line names a path
 * whole: its reader needs it to act).
 */
export function inBoth<T extends StringTable>(
  table: T,
  key: keyof T,
  params?: MessageParams,
  fill: (text: string) => string = quote,
): { vi: string; en: string } {
  return { vi: translate(table, 'vi', key, params, fill), en: translate(table, 'en', key, params, fill) };
}

/**
 * A problem in words: its own, or its code's in `table` (the validator's, problems.ts). Without
 * the table (on its way, or it could not be loaded) it is named by its code and values,
 * "range.percent (value: 120)": still which field, and what is wrong with it.
 */
export function worded({ path, code, params, message }: Problem, table?: StringTable): ValidationError {
  if (message) return { path, code, message };
  if (table) return { path, code, message: inBoth(table, code, params) };
  const values = Object.entries(params ?? {}).map(([name, value]) => `${name}: ${quote(String(value))}`);
  const text = values.length ? `${code} (${values.join(', ')})` : code;
  return { path, code, message: { vi: text, en: text } };
}
