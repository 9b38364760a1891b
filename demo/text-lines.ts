/**
 * How many lines a text takes in a column, from its characters' widths in Roboto 400 (the font the
 * layout tests measure in, test/support/fonts.css, and most Vietnamese readers' phones draw in),
 * without a DOM: the builder writes a frame's height before anything is drawn. A browser either
 * places glyphs at their own widths (subpixel positioning, as on phones) or rounds each to whole
 * pixels (Chromium on Linux, hinted): the text is broken both ways, each with its widths rounded up,
 * and only at spaces and after dashes, and the longer is counted. It errs long: never short, and
 * for text in its tables a line long at most (test/demo/text-lines.test.ts: goals and labels of 1
 * to 437 lines, at 330 and 332 px).
 */

/**
 * The printable ASCII characters, from the space to `~`, at their own widths in thousandths of an
 * em (measured one glyph at a time in Chromium at 1000 px, plus 0.002): a 546, o 572, W 889; i 250,
 * as ì, í, ĩ and ỉ (0.248).
 */
const EM = [
  250, 260, 322, 618, 564, 734, 624, 177, 344, 350, 433, 569, 199, 278, 266, 415, 564, 564, 564, 564, 564, 564, 564, 564, 564, 564, 244,
  213, 510, 551, 525, 475, 900, 654, 625, 653, 658, 570, 555, 683, 715, 274, 554, 629, 541, 875, 715, 690, 633, 690, 618, 596, 599, 650,
  639, 889, 629, 603, 601, 267, 413, 267, 420, 453, 311, 546, 564, 525, 566, 532, 350, 564, 553, 250, 241, 509, 245, 879, 554, 572, 564,
  570, 341, 518, 329, 553, 486, 753, 498, 475, 498, 340, 246, 340, 682,
];
/** The same at 16 px, in whole pixels as Chromium on Linux advances them: a 9, e 8, W 14. */
const PX = [
  4, 4, 5, 10, 9, 12, 10, 3, 5, 6, 7, 9, 3, 4, 4, 7, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 3, 8, 9, 8, 8, 14, 10, 10, 10, 11, 9, 9, 11, 11, 4, 9,
  10, 9, 14, 11, 11, 10, 11, 10, 10, 9, 10, 10, 14, 10, 10, 10, 4, 7, 4, 7, 7, 5, 9, 9, 8, 9, 8, 6, 9, 9, 4, 4, 8, 4, 14, 9, 9, 9, 9, 5, 8,
  5, 9, 8, 12, 8, 8, 8, 5, 4, 5, 11,
];
/**
 * The rest of what a Vietnamese goal or label writes, both ways: đ, Đ, the middle dot between a
 * goal's parts, dashes, the ellipsis, typographic quotes and apostrophes, guillemets, a bullet,
 * the degree and multiplication signs, and the no-break space (which holds words together).
 */
const MORE = new Map<string, [em: number, px: number]>([
  ['đ', [600, 10]],
  ['Đ', [673, 11]],
  ['·', [263, 4]],
  ['–', [658, 11]],
  ['—', [783, 13]],
  ['…', [671, 11]],
  ['‘', [202, 3]],
  ['’', [202, 3]],
  ['“', [356, 6]],
  ['”', [359, 6]],
  ['«', [471, 8]],
  ['»', [471, 8]],
  ['•', [339, 5]],
  ['°', [376, 6]],
  ['×', [536, 9]],
  ['\u00a0', [250, 4]],
]);
/**
 * Any other character, drawn by Roboto or a fallback font: as wide as the widest measured, ‱ (28 px
 * at 16 px in the fallback; ‰ 21, Ǆ 23, Щ 18, a CJK ideograph 16, an emoji ~21). A few ligatures
 * (﷽) are wider still: a label of those alone may be counted short.
 */
const OTHER: [number, number] = [1750, 28];
/** Vietnamese letters come as their base letter and marks (NFD): the marks above and below take no width, the horn (ư, ơ) 0.07 em, or a pixel. */
const HORN: [number, number] = [70, 1];
const MARK: [number, number] = [0, 0];
/** Rounded to whole pixels, a word can end a pixel wider than its glyphs' sum ("Tỉnh" 32 px, not 31). */
const SLOP = 1;

/** One character's widths at 16 px, in px: [its own, rounded to whole pixels]. */
function widths(c: string): [number, number] {
  const code = c.codePointAt(0)!;
  if (code >= 0x20 && code < 0x7f) return [(EM[code - 0x20] * 16) / 1000, PX[code - 0x20]];
  const [em, px] = code === 0x31b ? HORN : code >= 0x300 && code <= 0x36f ? MARK : (MORE.get(c) ?? OTHER);
  return [(em * 16) / 1000, px];
}

/** A piece of text between two breaks, as its characters' widths, and whether a space stands before it. */
interface Piece {
  chars: number[];
  spaced: boolean;
}

/** The lines `pieces` take in a column `width` px wide, filled greedily. */
function fill(pieces: Piece[], space: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const { chars, spaced } of pieces) {
    const wide = chars.reduce((sum, w) => sum + w, 0);
    const gap = spaced ? space : 0;
    if (used > 0 && used + gap + wide <= width) {
      used += gap + wide;
      continue;
    }
    if (used > 0) lines += 1;
    used = 0;
    if (wide <= width) {
      used = wide;
      continue;
    }
    // Too wide for any line: broken where it fills one.
    for (const w of chars) {
      if (used > 0 && used + w > width) {
        lines += 1;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/**
 * The lines `text` takes at 16 px in a column `width` px wide, as the browser breaks it: at spaces
 * and after a dash ("2021–" | "2025", as Unicode's line breaking allows), at no other break, which
 * could only save lines; a word wider than the column (overflow-wrap: anywhere,
 * src/internal/theme.styles.ts) on lines of its own, broken anywhere. Linear in the text's length.
 */
export function linesOf(text: string, width: number): number {
  // Only the spaces a line breaks at: a no-break space (which \s would match) holds its words together.
  const pieces = text
    .normalize('NFD')
    .split(/[ \t\n\r\f]+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=[–—])(?=.)/).map((part, i) => ({ chars: [...part].map(widths), spaced: i === 0 })));
  const [space, spacePx] = widths(' ');
  const own = pieces.map(({ chars, spaced }) => ({ chars: chars.map(([em]) => em), spaced }));
  const rounded = pieces.map(({ chars, spaced }) => ({ chars: [...chars.map(([, px]) => px), SLOP], spaced }));
  return Math.max(fill(own, space, width), fill(rounded, spacePx, width));
}
