import { expect } from '@open-wc/testing';

import { classifier, legendPosition, niceBounds, shadeOf } from '../../src/province-map/classes.js';

describe('the map’s colour classes', () => {
  describe('niceBounds', () => {
    it('makes five classes of one round width that hold every value', () => {
      expect(niceBounds([40, 86.5])).to.deep.equal([40, 50, 60, 70, 80, 90]);
      expect(niceBounds([12_500, 45_500])).to.deep.equal([10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
      expect(niceBounds([0.12, 1.1])).to.deep.equal([0, 0.25, 0.5, 0.75, 1, 1.25]);
      expect(niceBounds([3, 97])).to.deep.equal([0, 20, 40, 60, 80, 100]);
    });

    it('writes bounds below 1 exactly, as a reader would (0,3, never 0,30000000000000004)', () => {
      for (const bound of niceBounds([0.31, 0.74])) expect(String(bound)).to.match(/^\d(\.\d{1,2})?$/);
    });

    it('holds negative figures', () => {
      const bounds = niceBounds([-7, 12]);
      expect(bounds).to.deep.equal([-10, -5, 0, 5, 10, 15]);
    });

    it('gives a single value, or none, classes of its order of magnitude', () => {
      expect(niceBounds([80])).to.deep.equal([80, 90, 100, 110, 120, 130]);
      expect(niceBounds([0])).to.deep.equal([0, 1, 2, 3, 4, 5]);
      expect(niceBounds([])).to.deep.equal([0, 1, 2, 3, 4, 5]);
    });

    it('stays finite and ordered over every figure the format accepts', () => {
      for (const values of [
        [-1.7976931348623157e308, 1.7976931348623157e308],
        [-1e308, 1e308],
        [5e-324, 1e-323],
        [0, 5e-324],
        [1e308, 1e308],
      ]) {
        const bounds = niceBounds(values);
        expect(bounds, String(values)).to.have.length(6);
        expect(bounds.every(Number.isFinite), String(bounds)).to.equal(true);
        expect(bounds[0]).to.be.at.most(Math.min(...values));
        expect(bounds[5]).to.be.at.least(Math.max(...values));
        for (let i = 1; i < 6; i++) expect(bounds[i], String(bounds)).to.be.at.least(bounds[i - 1]);
      }
    });
  });

  it('puts a value on a bound in the class above it, and the ends in the first and last class', () => {
    const classOf = classifier([40, 50, 60, 70, 80, 90]);
    expect([40, 49.99, 50, 79.13, 80, 90].map(classOf)).to.deep.equal([0, 0, 1, 3, 4, 4]);
  });

  it('gives better figures the stronger shade: reversed when lower is better', () => {
    expect([0, 1, 2, 3, 4].map((k) => shadeOf(k))).to.deep.equal([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((k) => shadeOf(k, 'down'))).to.deep.equal([4, 3, 2, 1, 0]);
  });

  it('places a benchmark on the legend within its class, and past the ends at the ends', () => {
    const bounds = [40, 50, 60, 70, 80, 90];
    expect(legendPosition(75, bounds)).to.be.closeTo(0.7, 1e-9);
    expect(legendPosition(10, bounds)).to.equal(0);
    expect(legendPosition(200, bounds)).to.equal(1);
  });
});
