import type { StringTable } from '../format/messages.js';

/** The words of <dx-trend>, [vi, en]. Dates come in written as the sentence needs them ("năm 2020" / "in 2020"). */
export const STRINGS = {
  // The figure's accessible name: "tăng từ 62,5% năm 2020 lên 84,9% năm 2022".
  up: ['tăng từ {from} {fromDate} lên {to} {toDate}', 'rose from {from} {fromDate} to {to} {toDate}'],
  down: ['giảm từ {from} {fromDate} xuống {to} {toDate}', 'fell from {from} {fromDate} to {to} {toDate}'],
  // The dates bare: "held at 50% from 2020 to 2022", where "from in 2020" was said.
  flat: ['giữ ở mức {to} từ {since} đến {until}', 'held at {to} from {since} to {until}'],
  // Ends written alike that did not hold (50% → 90% → 50%, or 62,5% → 62,5004%): both, no "held" or "rose".
  both: ['{from} {fromDate} và {to} {toDate}', '{from} {fromDate} and {to} {toDate}'],
  one: ['{to} {toDate}', '{to} {toDate}'],
  target: ['mục tiêu {value} {date}', 'target {value} {date}'],
  'target.open': ['mục tiêu {value}', 'target {value}'],
  // On the chart, beside a target's mark: "Mục tiêu 100% (2030)".
  mark: ['Mục tiêu {value} ({date})', 'Target {value} ({date})'],
  in: ['{date}', 'in {date}'],
  on: ['{date}', 'on {date}'],
  table: ['Xem bảng', 'Show table'],
  'col.date': ['Thời điểm', 'Date'],
  'col.value': ['Số liệu', 'Figure'],
  // The date cell of a target without one.
  'col.open': ['không thời hạn', 'no deadline'],
  // Errors in this element's own input.
  'points.required': ['cần series, hoặc value với asOf, để vẽ xu hướng', 'needs series, or value with asOf, to draw a trend'],
  'asOf.order': [
    'số liệu hiện tại ({asOf}) cũ hơn điểm cuối của series ({last})',
    'the current figure ({asOf}) is older than the last point of series ({last})',
  ],
} satisfies StringTable;

export type StringKey = keyof typeof STRINGS;
