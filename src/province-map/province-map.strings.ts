import type { StringTable } from '../format/messages.js';

/**
 * The words of `<dx-province-map>`, [vi, en]. `{name}` holes are filled by `translate()`. The
 * rank in words ("thứ 7/63", "đồng hạng"), the table's headers, "Xem bảng" and a repeated code are the ranking's
 * (src/province-rank/province-rank.strings.ts): one wording for both elements.
 */
export const STRINGS = {
  // A tile in words, in the caption and beside the map: "Bắc Kạn: 84,9% · thứ 7/63".
  tile: ['{name}: {value} · {rank}', '{name}: {value} · {rank}'],
  'tile.none': ['{name}: chưa có số liệu', '{name}: no data'],
  hint: ['Chạm một ô hoặc dùng phím mũi tên để xem số liệu.', 'Tap a tile, or use the arrow keys, to see its figure.'],
  map: ['Bản đồ ô: {count} tỉnh, thành phố', 'Tile map: {count} provinces and cities'],
  keys: [
    'Phím mũi tên: sang ô bên cạnh; Home, End: ô đầu, ô cuối.',
    'Arrow keys: the next tile that way; Home, End: the first and last tile.',
  ],
  legend: ['Chú giải', 'Key'],
  none: ['chưa có số liệu', 'no data'],
  'none.list': ['Chưa có số liệu: {names}', 'No data: {names}'],
  range: ['{from}–{to}', '{from}–{to}'],
  // Errors specific to this element; the path is put in front.
  need: ['bản đồ cần areas: mỗi tỉnh, thành phố một số liệu', 'a map needs areas: one figure per province or city'],
  many: ['có {count} mục, bản đồ {era} đơn vị chỉ có {most} ô', 'has {count} entries; the {era}-unit map has {most} tiles'],
  unknown: [
    '"{code}" không phải mã của tỉnh, thành phố nào trong {era} đơn vị{hint}',
    '"{code}" is not the code of any of the {era} units{hint}',
  ],
  'unknown.other': [
    ' (là mã trong {other} đơn vị: đặt era="{other}", hoặc as-of cho đúng thời điểm)',
    ' (it is a code of the {other} units: set era="{other}", or as-of to the right date)',
  ],
  'unknown.more': ['và {count} mã khác không có trên bản đồ', 'and {count} more codes not on the map'],
  highlight: ['không có mã "{code}" trên bản đồ {era} đơn vị', 'there is no code "{code}" on the {era}-unit map'],
} satisfies StringTable;
