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

/** A message of `table` in both languages, as validation errors carry it. */
export function inBoth<T extends StringTable>(table: T, key: keyof T, params?: MessageParams): { vi: string; en: string } {
  return { vi: translate(table, 'vi', key, params), en: translate(table, 'en', key, params) };
}

/**
 * A problem in words: its own, or its code's in `table` (the validator's, problems.ts). Without
 * the table (on its way, or it could not be loaded) it is named by its code and values,
 * "range.percent (value: 120)": still which field, and what is wrong with it.
 */
export function worded({ path, code, params, message }: Problem, table?: StringTable): ValidationError {
  if (message) return { path, code, message };
  if (table) return { path, code, message: inBoth(table, code, params) };
  const values = Object.entries(params ?? {}).map(([name, value]) => `${name}: ${isolate(String(value))}`);
  const text = values.length ? `${code} (${values.join(', ')})` : code;
  return { path, code, message: { vi: text, en: text } };
}
