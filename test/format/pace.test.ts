import { expect } from '@open-wc/testing';

import { deadlinePeriod, deadlineText } from '../../src/format/dates.js';
import { deadlineWords, projectionText } from '../../src/format/pace.js';

describe('a deadline in words (format/pace.ts)', () => {
  // A plan's "by 2024" is the year's end: the target's line, the pace and the trend's targets say
  // it alike, whether the document writes 2024, 2024-12 or 2024-12-31 (review: one card said
  // "đến hết năm 2024" beside "theo tốc độ hiện nay: 82% ngày 31/12/2024", and "by 2024").
  const cases: [by: string, period: string, vi: string, en: string][] = [
    ['2024', '2024', 'năm 2024', 'by the end of 2024'],
    ['2024-12', '2024', 'năm 2024', 'by the end of 2024'],
    ['2024-12-31', '2024', 'năm 2024', 'by the end of 2024'],
    ['2025-06', '2025-06', 'tháng 06/2025', 'by June 2025'],
    ['2025-06-30', '2025-06-30', 'ngày 30/06/2025', 'by 30 June 2025'],
    ['2024-12-30', '2024-12-30', 'ngày 30/12/2024', 'by 30 December 2024'],
  ];
  for (const [by, period, vi, en] of cases) {
    it(`says ${by} as "${vi}" / "${en}"`, () => {
      expect(deadlinePeriod(by)).to.equal(period);
      expect(deadlineWords(by, 'vi')).to.equal(vi);
      expect(deadlineWords(by, 'en')).to.equal(en);
    });
  }

  it('names the same period in the pace as in the target’s line', () => {
    for (const [by] of cases) {
      const year = deadlinePeriod(by).length === 4;
      expect(projectionText(82, '%', by, 'vi')).to.equal(`theo tốc độ hiện nay: 82% ${deadlineWords(by, 'vi')}`);
      expect(projectionText(82, '%', by, 'en')).to.equal(`at the current pace: 82% ${deadlineWords(by, 'en')}`);
      // The target's line says a year's end "hết năm 2024" / "the end of 2024" for the same three spellings.
      if (year)
        expect([deadlineText(by, 'vi'), deadlineText(by, 'en')]).to.deep.equal([
          `hết năm ${by.slice(0, 4)}`,
          `the end of ${by.slice(0, 4)}`,
        ]);
    }
  });
});
