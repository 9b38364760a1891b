import type { StringTable } from '../format/messages.js';

/** The words of `<dx-province-rank>`, [vi, en]. `{name}` holes are filled by `translate()`. */
export const STRINGS = {
  // The rank in words: "thứ 7/63" / "7th of 63".
  'rank': ['thứ {position}/{of}', '{ordinal} of {of}'],
  'rank.named': ['{name} đứng ', '{name} ranks '],
  'rank.unnamed': ['Đứng ', 'Ranks '],
  'rank.tied': [' (đồng hạng)', ' (tied)'],
  // Against the first benchmark: "cao hơn trung bình cả nước (79,13%)".
  'above': ['cao hơn {label} ({value})', 'above {label} ({value})'],
  'below': ['thấp hơn {label} ({value})', 'below {label} ({value})'],
  'equal': ['bằng {label} ({value})', 'equal to {label} ({value})'],
  'direction.down': ['Giá trị thấp hơn xếp trên', 'Lower values rank higher'],
  'showAll': ['Xem tất cả {count}', 'Show all {count}'],
  'showFewer': ['Thu gọn', 'Show fewer'],
  'table': ['Xem bảng', 'Show table'],
  'col.rank': ['Hạng', 'Rank'],
  'col.area': ['Địa bàn', 'Area'],
  'col.value': ['Giá trị', 'Value'],
  'gap': ['… {count} địa bàn khác', '… {count} more'],
  // Errors specific to this element; the path is put in front.
  'need': ['cần areas (để xếp hạng) hoặc rank', 'needs areas (to rank) or rank'],
  'highlight': ['không có mã "{code}" trong areas', 'there is no code "{code}" in areas'],
  'duplicate': ['trùng mã "{code}" với areas[{other}]', 'repeats code "{code}" of areas[{other}]'],
} satisfies StringTable;
