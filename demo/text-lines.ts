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
 * em (measured one glyph at a time in Chromium at 1000 px, rounded up, plus 0.001 for the 1/64 px a
 * phone places a glyph at; 0.002 counted a goal's 329 px line as 330.3, a line too many in a card's
 * 330): a 545, o 571, W 888; i 249, as ì, í, ĩ and ỉ (0.248).
 */
const EM = [
  249, 259, 321, 617, 563, 733, 623, 176, 343, 349, 432, 568, 198, 277, 265, 414, 563, 563, 563, 563, 563, 563, 563, 563, 563, 563, 243,
  212, 509, 550, 524, 474, 899, 653, 624, 652, 657, 569, 554, 682, 714, 273, 553, 628, 540, 874, 714, 689, 632, 689, 617, 595, 598, 649,
  638, 888, 628, 602, 600, 266, 412, 266, 419, 452, 310, 545, 563, 524, 565, 531, 349, 563, 552, 249, 240, 508, 244, 878, 553, 571, 563,
  569, 340, 517, 328, 552, 485, 752, 497, 474, 497, 339, 245, 339, 681,
];
/** The same at 16 px, in whole pixels as Chromium on Linux advances them: a 9, e 8, W 14, T 10 ("Tỉnh" 32 px). */
const PX = [
  4, 4, 5, 10, 9, 12, 10, 3, 5, 6, 7, 9, 3, 4, 4, 7, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 3, 8, 9, 8, 8, 14, 10, 10, 10, 11, 9, 9, 11, 11, 4, 9,
  10, 9, 14, 11, 11, 10, 11, 10, 10, 10, 10, 10, 14, 10, 10, 10, 4, 7, 4, 7, 7, 5, 9, 9, 8, 9, 8, 6, 9, 9, 4, 4, 8, 4, 14, 9, 9, 9, 9, 5, 8,
  5, 9, 8, 12, 8, 8, 8, 5, 4, 5, 11,
];
/**
 * The rest of what a Vietnamese goal or label writes, both ways: đ, Đ, the middle dot between a
 * goal's parts, dashes, the ellipsis, typographic quotes and apostrophes, guillemets, a bullet,
 * the degree and multiplication signs, and the no-break space (which holds words together).
 */
const MORE = new Map<string, [em: number, px: number]>([
  ['đ', [599, 10]],
  ['Đ', [672, 11]],
  ['·', [262, 4]],
  ['–', [657, 11]],
  ['—', [782, 13]],
  ['…', [670, 11]],
  ['‘', [201, 3]],
  ['’', [201, 3]],
  ['“', [355, 6]],
  ['”', [358, 6]],
  ['«', [470, 8]],
  ['»', [470, 8]],
  ['•', [338, 5]],
  ['°', [375, 6]],
  ['×', [535, 9]],
  ['\u00a0', [249, 4]],
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
  const rounded = pieces.map(({ chars, spaced }) => ({ chars: chars.map(([, px]) => px), spaced }));
  return Math.max(fill(own, space, width), fill(rounded, spacePx, width));
}
