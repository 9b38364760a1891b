import type { StringTable } from '../format/messages.js';

/** The words of `<dx-board>`, [vi, en]. */
export const BOARD_STRINGS = {
  // Under the cards when a feed holds more members than a board draws (MAX_CARDS).
  omitted: [
    'Còn {count} chỉ số không hiển thị: bảng chỉ vẽ {most} thẻ đầu tiên; chọn chỉ số bằng include="…".',
    '{count} more indicators are not shown: a board draws the first {most} cards; choose them with include="…".',
  ],
  // include/exclude leaving no card: the ids the feed has, so an editor can write the right one.
  none: [
    '{attribute}: không còn chỉ số nào để hiển thị; các id trong nguồn: {ids}',
    '{attribute}: no indicator is left to show; the ids in the feed: {ids}',
  ],
} satisfies StringTable;
