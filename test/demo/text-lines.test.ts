import { expect } from '@open-wc/testing';

import { linesOf } from '../../demo/text-lines.js';
import { goalText } from '../../src/province-rank/goal.js';
import { useTestFont } from '../support/helpers.js';

/**
 * The builder counts a rank goal's lines without a DOM (demo/text-lines.ts): here each count is set
 * beside the lines the browser draws in Roboto, as the goal's paragraph does (16 px, 1.4, wrapped
 * anywhere), in a board card's 330 px and a lone widget's 332 px.
 */
const VI =
  'Nghị quyết số 05-NQ/TU của Tỉnh uỷ về chuyển đổi số tỉnh Bắc Kạn giai đoạn 2021–2025, định hướng đến năm 2030 Ban Chấp hành Đảng bộ'.split(
    ' ',
  );
const EN =
  'Resolution 05-NQ/TU of the Provincial Party Committee on digital transformation, 2021–2025, with a vision to 2030 Windows'.split(' ');

/** Goals as the element writes them, every deadline's precision and place, then labels of 1 to 60 words, then hostile ones. */
function texts(): string[] {
  const out: string[] = [];
  for (const by of ['2025', '2025-06', '2025-06-30', '2025-09-30'])
    for (const lang of ['vi', 'en'] as const)
      for (const position of [1, 18, 60, 99])
        for (const plan of [false, true])
          out.push(
            goalText(
              plan
                ? [
                    { top: 10, by },
                    { top: 5, by: `2030${by.slice(4)}` },
                  ]
                : { top: 10, by },
              lang,
              position,
              '2024-10-01',
            ),
          );
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 80; i++) {
    const words = i % 2 ? VI : EN;
    out.push(Array.from({ length: 1 + Math.floor(next() * 60) }, () => words[Math.floor(next() * words.length)]).join(' '));
  }
  out.push('W'.repeat(10_000), 'i'.repeat(10_000), 'Nghị quyết '.repeat(909));
  // Punctuation a label writes: quotes, guillemets, a bullet, degrees and times, no-break spaces.
  for (let i = 1; i <= 12; i++)
    out.push(
      Array.from({ length: i * 5 }, (_, j) => ['“Chuyển đổi số”', 'Tỉnh’s', '«2025»', '• 30°', '2×3', 'số\u00a005-NQ/TU'][j % 6]).join(' '),
    );
  return out;
}

/**
 * The texts whose lines, counted and drawn at both widths (as above), `wrong` judges wrong. Drawn
 * both ways a browser places glyphs: at whole pixels (Chromium on Linux, hinted) and at their own
 * widths (`geometricPrecision`: subpixel positioning, as on phones); the more lines of the two.
 */
async function miscounted(list: string[], wrong: (counted: number, drawn: number) => boolean, widths = [330, 332]): Promise<string[]> {
  await useTestFont(document);
  const paragraphs = ['auto', 'geometricPrecision'].map((rendering) => {
    const p = document.createElement('p');
    p.style.cssText = `font: 400 16px/1.4 Roboto; margin: 0; overflow-wrap: anywhere; text-rendering: ${rendering}`;
    return p;
  });
  document.body.append(...paragraphs);
  const found: string[] = [];
  for (const width of widths) {
    for (const text of list) {
      const drawn = Math.max(
        ...paragraphs.map((p) => {
          p.style.width = `${width}px`;
          p.textContent = text;
          return Math.round(p.getBoundingClientRect().height / 22.4);
        }),
      );
      const counted = linesOf(text, width);
      if (wrong(counted, drawn)) found.push(`${width} px: ${drawn} drawn, ${counted} counted: ${text.slice(0, 80)}`);
    }
  }
  for (const p of paragraphs) p.remove();
  return found;
}

describe('linesOf', () => {
  it('never counts fewer lines than the browser draws, and at most one more', async function () {
    this.timeout(20_000);
    expect(await miscounted(texts(), (counted, drawn) => counted < drawn || counted > drawn + 1)).to.deep.equal([]);
  });

  it('counts a Vietnamese goal by a month, some places short, in the lines it takes: not one more', async () => {
    // "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào tháng 06/2025 · còn cách mục tiêu 45 bậc": two lines
    // in a card's 330 px and a frame's 332 (328.8 px of it on the second), as the goal with 4 places short.
    const goals = [5, 10, 15, 20, 50].flatMap((top) =>
      [9, 18, 27, 60, 99]
        .filter((position) => position > top)
        .map((position) => goalText({ top, by: '2025-06' }, 'vi', position, '2024-10-01')),
    );
    expect(await miscounted(goals, (counted, drawn) => counted !== drawn)).to.deep.equal([]);
  });

  it('never counts short a text of characters outside its tables, some wider than an em in a fallback font', async () => {
    const wide = [...['‰', '‱', 'Ǆ', 'Щ', '中', '😀'].map((c) => c.repeat(200)), 'Tỷ suất ‱ '.repeat(60)];
    expect(await miscounted(wide, (counted, drawn) => counted < drawn)).to.deep.equal([]);
  });
});
