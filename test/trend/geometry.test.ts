import { expect } from '@open-wc/testing';

import { trendGeometry, type TrendInput } from '../../src/trend/trend-geometry.js';
import { axisDate } from '../../src/trend/trend-text.js';

/**
 * The drawing's own work, counted rather than timed: a timing under load says little, a count of
 * the labels placed says how often the placing ran (each placing is a fixed handful of places,
 * each tested against the marks and the labels placed).
 */

/** `texts`, each read of a label's words counted: every placing of a label reads its words once. */
function counted(texts: string[]): { texts: string[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(texts, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { texts: proxy, reads: () => reads };
}

const DAY = 86_400_000;
const day = (y: number, m = 7, d = 1) => Date.UTC(y, m - 1, d) / DAY;

describe('trendGeometry', () => {
  it('places each label of 100 targets, 100 benchmarks and 5,000 points at most twice, at every width', () => {
    const targets = Array.from({ length: 100 }, (_, i) => ({ value: (i * 37) % 101, by: String(2030 + i) }));
    const benchmarks = Array.from({ length: 100 }, (_, i) => ({ value: i }));
    const points = Array.from({ length: 5000 }, (_, i) => ({ day: day(2000) + i, value: (i * 53) % 101 }));
    for (const width of [240, 320, 480, 800, 1200]) {
      const marks = counted(targets.map((t) => `Mục tiêu ${t.value}% (${t.by})`));
      const lines = counted(benchmarks.map((b) => `Tỉnh ${b.value}%`));
      const input: TrendInput = {
        points,
        targets,
        benchmarks,
        texts: { ends: ['0%', '100%'], targets: marks.texts, benchmarks: lines.texts },
        precision: 10,
        percent: true,
        fromZero: true,
      };
      const geometry = trendGeometry(input, {
        width,
        fontSize: 12,
        dayText: (d, precision, month) => axisDate(d, 'vi', precision, month),
        valueText: (v) => `${v}%`,
      });
      expect(geometry.labels, `${width} px`).to.have.length(202);
      // Once by its mark, once a line farther out: not the whole placing again in other orders.
      expect(marks.reads(), `${width} px: the targets' labels placed`).to.be.at.most(200);
      expect(lines.reads(), `${width} px: the benchmarks' labels placed`).to.be.at.most(200);
    }
  });
});
