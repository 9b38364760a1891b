/**
 * The words every element shares (loading, source lines, approx words, errors' title), in
 * Vietnamese and English side by side ([vi, en]). An element's own words live in a table of
 * the same shape beside it (`src/<element>/<element>.strings.ts`), read with `translate()`.
 * The validator's messages are the format's own (`src/spec/problems.ts`).
 */
import { inBoth, translate, type Locale, type MessageParams } from '../spec/messages.js';

export { inBoth, translate, type Locale, type MessageParams, type StringTable } from '../spec/messages.js';

const TABLE = {
  'approx.about': ['khoảng', 'about'],
  'approx.over': ['trên', 'over'],
  'approx.under': ['dưới', 'under'],
  'approx.nearly': ['gần', 'nearly'],
  'asOf.year': ['năm {year}', '{year}'],
  'asOf.label': ['Số liệu {date}', 'Data as of {date}'],
  source: ['Nguồn: ', 'Source: '],
  target: ['Mục tiêu {value}', 'Target {value}'],
  'target.by': ['Mục tiêu {value} đến {by}', 'Target {value} by {by}'],
  loading: ['Đang tải số liệu…', 'Loading figures…'],
  noFigure: ['chưa có số liệu', 'no figure yet'],
  'error.title': ['Không hiển thị được số liệu', 'The figures cannot be shown'],
  'stale.since': ['Số liệu có thể chưa cập nhật (lần cập nhật cuối {time})', 'Figures may be out of date (last updated {time})'],
  // Words, not an arrow: screen readers say "→" as "right arrow" or not at all, and this line is only heard.
  // "Đã cập nhật …: từ 97,27% thành 98,1%, từ thứ 7/63 thành thứ 5/63": each change of figure or place.
  updated: ['Đã cập nhật {label}: {changes}', 'Updated {label}: {changes}'],
  change: ['từ {from} thành {to}', 'from {from} to {to}'],
} satisfies Record<string, [vi: string, en: string]>;

export type MessageKey = keyof typeof TABLE;

/** A shared string (see the table above) for `locale`. */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return translate(TABLE, locale, key, params);
}

/** A shared string in both languages (kept for `dx-widgets/format` users). */
export const bilingual = (key: MessageKey, params?: MessageParams): { vi: string; en: string } => inBoth(TABLE, key, params);
