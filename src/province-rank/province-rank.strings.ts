import type { StringTable } from '../format/messages.js';

/** The words of `<dx-province-rank>`, [vi, en]. `{name}` holes are filled by `translate()`. */
export const STRINGS = {
  // The rank in words: "thứ 7/63" / "7th of 63".
  rank: ['thứ {position}/{of}', '{ordinal} of {of}'],
  'rank.named': ['{name} đứng ', '{name} ranks '],
  'rank.unnamed': ['Đứng ', 'Ranks '],
  'rank.tied': [' (đồng hạng)', ' (tied)'],
  // Against the first benchmark: "cao hơn trung bình cả nước (79,13%)".
  above: ['cao hơn {label} ({value})', 'above {label} ({value})'],
  below: ['thấp hơn {label} ({value})', 'below {label} ({value})'],
  equal: ['bằng {label} ({value})', 'equal to {label} ({value})'],
  // A rank goal (goal.ts): "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc".
  goal: ['Mục tiêu: nhóm {top} tỉnh, thành phố dẫn đầu', 'Goal: among the top {top}'],
  'goal.first': ['Mục tiêu: đứng đầu', 'Goal: first place'],
  'goal.by': ['{goal} vào {by}', '{goal} by {by}'],
  'goal.label': ['{goal} ({label})', '{goal} ({label})'],
  'goal.met': ['đang đạt mục tiêu', 'goal met'],
  'goal.short': ['còn cách mục tiêu {n} bậc', '{n} place{s} short'],
  'goal.later': ['sau đó còn {n} mục tiêu, đến {by}', 'then {n} more goal{s}, to {by}'],
  'direction.down': ['Giá trị thấp hơn xếp trên', 'Lower values rank higher'],
  showAll: ['Xem tất cả {count}', 'Show all {count}'],
  showFewer: ['Thu gọn', 'Show fewer'],
  table: ['Xem bảng', 'Show table'],
  'col.rank': ['Hạng', 'Rank'],
  'col.area': ['Địa bàn', 'Area'],
  'col.value': ['Giá trị', 'Value'],
  gap: ['… {count} địa bàn khác', '… {count} more'],
  // Errors specific to this element; the path is put in front.
  need: ['cần areas (để xếp hạng) hoặc rank', 'needs areas (to rank) or rank'],
  highlight: ['không có mã "{code}" trong areas', 'there is no code "{code}" in areas'],
  duplicate: ['trùng mã "{code}" với areas[{other}]', 'repeats code "{code}" of areas[{other}]'],
} satisfies StringTable;
