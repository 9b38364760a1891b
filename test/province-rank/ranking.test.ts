import { expect } from '@open-wc/testing';

import { barFor, slotAt, valueScale } from '../../src/province-rank/geometry.js';
import { compareTo, rankAreas, visibleRows, type Ranked } from '../../src/province-rank/ranking.js';

const areas = (values: number[]) => values.map((value, i) => ({ code: String(i + 1).padStart(2, '0'), value }));
const ranks = (ranked: Ranked<{ code: string }>[]) => ranked.map((r) => `${r.item.code}:${r.rank}`);

describe('province-rank: ranking', () => {
  describe('rankAreas', () => {
    it('ranks the highest value first when higher is better', () => {
      expect(ranks(rankAreas(areas([70, 90, 80])))).to.deep.equal(['02:1', '03:2', '01:3']);
    });

    it('gives equal values one rank and skips the next ranks: 1, 2, 2, 4', () => {
      const ranked = rankAreas(areas([90, 80, 80, 70]));
      expect(ranked.map((r) => r.rank)).to.deep.equal([1, 2, 2, 4]);
      expect(ranked.map((r) => r.tied)).to.deep.equal([false, true, true, false]);
    });

    it('shares one rank among three or more equal values: 1, 1, 1, 4', () => {
      expect(rankAreas(areas([5, 5, 5, 1])).map((r) => r.rank)).to.deep.equal([1, 1, 1, 4]);
    });

    it('keeps equal values in the order they were given', () => {
      expect(ranks(rankAreas(areas([80, 90, 80])))).to.deep.equal(['02:1', '01:2', '03:2']);
    });

    it('ranks the lowest value first with direction "down"', () => {
      expect(ranks(rankAreas(areas([3, 1, 2, 1]), 'down'))).to.deep.equal(['02:1', '04:1', '03:3', '01:4']);
    });

    it('ranks negative values and a single area', () => {
      expect(ranks(rankAreas(areas([-2, 0, -5])))).to.deep.equal(['02:1', '01:2', '03:3']);
      expect(ranks(rankAreas(areas([42])))).to.deep.equal(['01:1']);
    });

    it('does not change the list it is given', () => {
      const given = areas([1, 3, 2]);
      rankAreas(given);
      expect(given.map((a) => a.value)).to.deep.equal([1, 3, 2]);
    });
  });

  describe('visibleRows', () => {
    const ranked = rankAreas(areas(Array.from({ length: 63 }, (_, i) => 100 - i)));
    const shape = (rows: ReturnType<typeof visibleRows>) =>
      rows.map((row) => (row.kind === 'gap' ? `…${row.count}` : `${row.entry.rank}${row.highlight ? '*' : ''}`));

    it('shows the top N and the highlight after a gap marker when it is outside them', () => {
      expect(shape(visibleRows(ranked, 3, 39))).to.deep.equal(['1', '2', '3', '…36', '40*']);
    });

    it('shows only the top N when the highlight is inside them', () => {
      expect(shape(visibleRows(ranked, 3, 1))).to.deep.equal(['1', '2*', '3']);
    });

    it('needs no gap marker when the highlight comes right after the top N', () => {
      expect(shape(visibleRows(ranked, 3, 3))).to.deep.equal(['1', '2', '3', '4*']);
    });

    it('shows every row without a limit, and the top N without a highlight', () => {
      expect(visibleRows(ranked, undefined, 6)).to.have.length(63);
      expect(shape(visibleRows(ranked, 2, -1))).to.deep.equal(['1', '2']);
      expect(visibleRows(ranked, 100, -1)).to.have.length(63);
    });
  });

  describe('compareTo', () => {
    it('says above, below or equal, equal when the figures agree to three decimals', () => {
      expect(compareTo(85.2, 79.13)).to.equal('above');
      expect(compareTo(70, 79.13)).to.equal('below');
      expect(compareTo(79.13, 79.13)).to.equal('equal');
      expect(compareTo(79.1300001, 79.13)).to.equal('equal');
      expect(compareTo(79.131, 79.13)).to.equal('above');
    });
  });

  describe('geometry', () => {
    it('puts zero at the left and the largest value (or benchmark) at the right', () => {
      const x = valueScale([20, 80, 50]);
      expect([x(0), x(40), x(80)]).to.deep.equal([0, 50, 100]);
    });

    it('starts the axis at the lowest value when some are negative, with bars from zero', () => {
      const x = valueScale([-50, 50]);
      expect(x(0)).to.equal(50);
      expect(barFor(-50, x)).to.deep.equal({ x: 0, width: 50 });
      expect(barFor(50, x)).to.deep.equal({ x: 50, width: 50 });
    });

    it('draws all-zero values without dividing by zero', () => {
      expect(barFor(0, valueScale([0]))).to.deep.equal({ x: 0, width: 0 });
    });

    it('lays rank slots side by side across the strip', () => {
      expect(slotAt(0, 4)).to.deep.equal({ x: 0, width: 18.75 });
      expect(slotAt(3, 4).x).to.equal(75);
      expect(slotAt(62, 63).x + slotAt(62, 63).width).to.be.at.most(100);
    });
  });
});
