import { problem } from './rules.js';
import type { IndicatorDocument, Problem } from './types.js';

// Plain decimal with a point, as JSON writes numbers. "97,27" and "1,234" are refused:
// a comma is a decimal mark in Vietnamese and a thousands mark in English, so either
// reading could be wrong, and a wrong figure drawn as if right is worse than an error.
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a number attribute; `undefined` when absent, a problem in `errors` when it cannot be
 * read unambiguously (validate.ts gives tools the same in words).
 */
export function readNumberAttribute(raw: string | number | null | undefined, path: string, errors: Problem[]): number | undefined {
  if (raw == null || raw === '') return undefined;
  // A number set as a JS property is read as the text it would be written as.
  const text = String(raw).trim();
  if (text === '') return undefined;
  // "1e999" has the right shape but overflows to Infinity, which is no figure.
  if (!PLAIN_NUMBER.test(text) || !Number.isFinite(Number(text))) {
    errors.push(problem(path, 'attr.number', { raw: text }));
    return undefined;
  }
  return Number(text);
}

/** What an element's plain attributes say about its indicator. */
export interface IndicatorAttributes {
  value?: string | number | null;
  label?: string | null;
  unit?: string | null;
  asOf?: string | null;
  source?: string | null;
  sourceUrl?: string | null;
  approx?: string | null;
  target?: string | number | null;
  by?: string | null;
  direction?: string | null;
  note?: string | null;
}

/**
 * Turns attributes into document fields that replace the document's own
 * (explicit attributes win). Text attributes pass through as text and are
 * validated with the rest of the indicator; numbers are read strictly here.
 */
export function attributeOverrides(attrs: IndicatorAttributes, errors: Problem[]): Partial<IndicatorDocument> {
  const out: Record<string, unknown> = {};
  for (const key of ['label', 'unit', 'asOf', 'approx', 'note', 'direction'] as const) {
    if (attrs[key] != null) out[key] = attrs[key];
  }
  const value = readNumberAttribute(attrs.value, 'value', errors);
  if (value !== undefined) out.value = value;
  if (attrs.source != null) out.source = { name: attrs.source, ...(attrs.sourceUrl && { url: attrs.sourceUrl }) };
  // `target` and `by` each change their half of the goal; the document's other half stays.
  const target = readNumberAttribute(attrs.target, 'target', errors);
  if (target !== undefined || attrs.by) out.target = { ...(target !== undefined && { value: target }), ...(attrs.by && { by: attrs.by }) };
  return out as Partial<IndicatorDocument>;
}
