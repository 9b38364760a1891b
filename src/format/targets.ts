/**
 * How a target is written on its own line: a string, no template, so that the elements' lines
 * and the target progress's sentences share it.
 */
import type { Target } from '../spec/types.js';
import { deadlineText } from './dates.js';
import { message, type Locale } from './messages.js';
import { formatQuantity } from './numbers.js';
import { pickText } from './text.js';

/**
 * "Mục tiêu 50% đến hết năm 2025", or the document's own `target.label`: the gauge's and the
 * stat's target line, and the target progress's, which lowers its first letter inside a sentence.
 */
export function targetLine(
  target: Target,
  unit: string | undefined,
  locale: Locale,
  value = formatQuantity(target.value, unit, locale),
): string {
  if (target.label) return pickText(target.label, locale);
  return message(locale, target.by ? 'target.by' : 'target', { value, by: target.by ? deadlineText(target.by, locale) : '' });
}
