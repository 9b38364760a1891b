import type { StringTable } from '../format/messages.js';

/** The words of <dx-target-progress>, [vi, en]. `{s}` is the English plural ending. */
export const STRINGS = {
  // A plan's targets after the one judged (a list's last always has a deadline).
  later: ['sau đó còn {n} mục tiêu', 'then {n} more target{s}'],
  'later.by': ['sau đó còn {n} mục tiêu, đến {by}', 'then {n} more target{s}, to {by}'],
  baseline: ['xuất phát {value} ({date})', 'starting point {value} ({date})'],
  of: ['{value}/{target}', '{value}/{target}'],
  points: ['{n} điểm %', '{n} percentage point{s}'],
  'gap.up': ['còn {gap}', '{gap} to go'],
  'gap.down': ['cần giảm thêm {gap}', '{gap} still to cut'],
  over: ['vượt {gap}', '{gap} beyond the target'],
  'left.day': ['còn {n} ngày', '{n} day{s} left'],
  'left.month': ['còn {n} tháng', '{n} month{s} left'],
  'left.year': ['còn {n} năm', '{n} year{s} left'],
  'late.day': ['quá hạn {n} ngày', '{n} day{s} overdue'],
  'late.month': ['quá hạn {n} tháng', '{n} month{s} overdue'],
  'late.year': ['quá hạn {n} năm', '{n} year{s} overdue'],
  'due.today': ['hạn chót hôm nay', 'due today'],
  'status.achieved': ['đã đạt mục tiêu', 'target reached'],
  'status.ontrack': ['đúng tiến độ', 'on track'],
  'status.behind': ['chậm tiến độ', 'behind schedule'],
  'status.overdue': ['quá hạn, chưa đạt', 'overdue, not reached'],
  'status.unknown': ['chưa đủ số liệu để đánh giá', 'not enough history to judge'],
  'status.open': ['không có thời hạn để đánh giá', 'no deadline to judge against'],
  'status.nofigure': ['chưa có số liệu', 'no figure yet'],
  // The status as the end of the progress bar's spoken sentence, where it differs.
  'say.behind': ['chậm so với tiến độ', 'behind schedule'],
} satisfies StringTable;

export type StringKey = keyof typeof STRINGS;
