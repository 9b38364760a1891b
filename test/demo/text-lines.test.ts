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

/** The texts whose lines, counted and drawn at both widths (as above), `wrong` judges wrong. */
async function miscounted(list: string[], wrong: (counted: number, drawn: number) => boolean): Promise<string[]> {
  await useTestFont(document);
  const p = document.createElement('p');
  p.style.cssText = 'font: 400 16px/1.4 Roboto; margin: 0; overflow-wrap: anywhere';
  document.body.append(p);
  const found: string[] = [];
  for (const width of [330, 332]) {
    p.style.width = `${width}px`;
    for (const text of list) {
      p.textContent = text;
      const drawn = Math.round(p.getBoundingClientRect().height / 22.4);
      const counted = linesOf(text, width);
      if (wrong(counted, drawn)) found.push(`${width} px: ${drawn} drawn, ${counted} counted: ${text.slice(0, 80)}`);
    }
  }
  p.remove();
  return found;
}

describe('linesOf', () => {
  it('never counts fewer lines than the browser draws, and at most one more', async function () {
    this.timeout(20_000);
    expect(await miscounted(texts(), (counted, drawn) => counted < drawn || counted > drawn + 1)).to.deep.equal([]);
  });

  it('never counts short a text of characters outside its tables, some wider than an em in a fallback font', async () => {
    const wide = [...['‰', '‱', 'Ǆ', 'Щ', '中', '😀'].map((c) => c.repeat(200)), 'Tỷ suất ‱ '.repeat(60)];
    expect(await miscounted(wide, (counted, drawn) => counted < drawn)).to.deep.equal([]);
  });
});
