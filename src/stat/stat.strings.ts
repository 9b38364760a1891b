import type { StringTable } from '../format/messages.js';

/**
 * The words of `<dx-stat>`, [vi, en]. `{when}` is a date with its preposition
 * ("năm 2023", "tháng 06/2023" / "in 2023", "on 30 June 2023"); `{date}` is the bare
 * date after "since" ("2023", "June 2023").
 */
export const STAT_STRINGS = {
  // The change since the previous point, as seen ("▲ +12.400 so với năm 2023") and heard.
  'change.seen': ['{delta} so với {when}', '{delta} since {date}'],
  'change.up': ['tăng {amount} so với {when}', 'up {amount} since {date}'],
  'change.down': ['giảm {amount} so với {when}', 'down {amount} since {date}'],
  'change.same': ['không đổi so với {when}', 'unchanged since {date}'],
  // A change of a percentage is in points, never "%": 41,5% → 45,7% is +4,2 points, not +10%.
  points: ['{n} điểm %', '{n} percentage points'],
  // The sparkline, described rather than read point by point.
  'trend.up': ['tăng từ {from} {fromWhen} lên {to} {toWhen}', 'up from {from} {fromWhen} to {to} {toWhen}'],
  'trend.down': ['giảm từ {from} {fromWhen} xuống {to} {toWhen}', 'down from {from} {fromWhen} to {to} {toWhen}'],
  'trend.same': ['không đổi ở mức {to} từ {fromWhen} đến {toWhen}', 'unchanged at {to}, {fromWhen} as {toWhen}'],
  'when.year': ['{date}', 'in {date}'],
  'when.month': ['{date}', 'in {date}'],
  'when.day': ['{date}', 'on {date}'],
  // Progress toward the target; the share is rounded down, so 99,6% is never "100%".
  target: ['đạt {share} mục tiêu ({target})', '{share} of target ({target})'],
  'target.by': ['{value} đến {by}', '{value} by {by}'],
  // Errors of this element's own inputs.
  'error.asOf': [
    'số liệu {asOf} cũ hơn điểm cuối của series ({last}); value phải là số mới nhất',
    'the figure for {asOf} is older than the last point of series ({last}); value must be the newest',
  ],
} satisfies StringTable;
