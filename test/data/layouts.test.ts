import { expect } from '@open-wc/testing';

import type { Era } from '../../src/data/provinces/era.js';
import { provinces } from '../../src/data/provinces/index.js';
import { LAYOUT_34, LAYOUT_63, layoutFor, type Layout, type Tile } from '../../src/data/provinces/layouts.js';

const ERAS: [Era, Layout][] = [
  ['63', LAYOUT_63],
  ['34', LAYOUT_34],
];

/** The tile of the unit named `name` (a name from the registry, so a code typo cannot hide). */
function tileOf(layout: Layout, name: string): Tile {
  const code = provinces(layout.era).find((unit) => unit.name === name)?.code;
  const tile = layout.tiles.find((t) => t.code === code);
  if (!tile) throw new Error(`no tile for ${name} (${code}) in era ${layout.era}`);
  return tile;
}

const touches = (a: Tile, b: Tile) => a !== b && Math.abs(a.row - b.row) <= 1 && Math.abs(a.col - b.col) <= 1;

/** The tiles reachable from the first one, stepping to any of the 8 neighbours. */
function reachable(layout: Layout): Set<Tile> {
  const seen = new Set<Tile>([layout.tiles[0]]);
  const queue = [layout.tiles[0]];
  for (let tile = queue.shift(); tile; tile = queue.shift()) {
    for (const next of layout.tiles) {
      if (!touches(tile, next) || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

describe('tile-grid layouts', () => {
  it('layoutFor gives each era its own grid', () => {
    expect(layoutFor('63')).to.equal(LAYOUT_63);
    expect(layoutFor('34')).to.equal(LAYOUT_34);
    expect(LAYOUT_63.era).to.equal('63');
    expect(LAYOUT_34.era).to.equal('34');
  });

  it('is tall and narrow, as Vietnam is', () => {
    for (const [, layout] of ERAS) {
      expect(layout.cols).to.be.within(5, 8);
      expect(layout.rows).to.be.greaterThan(2 * layout.cols);
    }
  });

  it('cannot be changed by one map for the others', () => {
    expect(Object.isFrozen(LAYOUT_63) && Object.isFrozen(LAYOUT_63.tiles)).to.equal(true);
    expect(() => (LAYOUT_34.tiles as Tile[]).push(LAYOUT_34.tiles[0])).to.throw(TypeError);
  });

  for (const [era, layout] of ERAS) {
    describe(`era ${era}`, () => {
      it(`has a tile for each of the ${era} units of the registry, once, and for nothing else`, () => {
        const codes = layout.tiles.map((t) => t.code).sort();
        expect(codes).to.deep.equal(
          provinces(era)
            .map((unit) => unit.code)
            .sort(),
        );
      });

      it('puts every tile inside the grid, no two on one cell, and uses every row and column', () => {
        const cells = layout.tiles.map((t) => `${t.row},${t.col}`);
        expect(new Set(cells).size).to.equal(cells.length);
        for (const t of layout.tiles) {
          expect(Number.isInteger(t.row) && t.row >= 0 && t.row < layout.rows, `${t.code} row ${t.row}`).to.equal(true);
          expect(Number.isInteger(t.col) && t.col >= 0 && t.col < layout.cols, `${t.code} col ${t.col}`).to.equal(true);
        }
        expect(new Set(layout.tiles.map((t) => t.row)).size).to.equal(layout.rows);
        expect(new Set(layout.tiles.map((t) => t.col)).size).to.equal(layout.cols);
      });

      it('labels every tile with a short name of at most 4 characters, unique in each language, English in ASCII', () => {
        for (const lang of ['vi', 'en'] as const) {
          const labels = layout.tiles.map((t) => t.short[lang]);
          expect(new Set(labels).size, `${lang} labels repeat`).to.equal(labels.length);
          for (const label of labels) expect(label, lang).to.match(/^\S{2,4}$/u);
        }
        for (const { short } of layout.tiles) {
          expect(short.en).to.match(/^[A-Za-z-]+$/);
          expect(short.vi).to.equal(short.vi.normalize('NFC'));
        }
      });

      it('is one piece: every tile touches another, and each reaches all (8 neighbours)', () => {
        for (const tile of layout.tiles)
          expect(
            layout.tiles.some((t) => touches(tile, t)),
            tile.code,
          ).to.equal(true);
        expect(reachable(layout).size).to.equal(layout.tiles.length);
      });

      it('puts the northwest (Lai Châu, Điện Biên) at the top left', () => {
        for (const name of ['Lai Châu', 'Điện Biên']) {
          const tile = tileOf(layout, name);
          expect(tile.row, name).to.be.at.most(1);
          expect(tile.col, name).to.equal(0);
        }
        expect(tileOf(layout, 'Lai Châu').row).to.equal(0);
      });

      it('keeps Hà Nội with the Red River delta, and Hải Phòng and Quảng Ninh east of it', () => {
        const delta63 = ['Vĩnh Phúc', 'Bắc Ninh', 'Hưng Yên', 'Hà Nam', 'Hải Dương', 'Thái Bình', 'Nam Định', 'Ninh Bình', 'Hải Phòng'];
        const delta = delta63.filter((name) => provinces(era).some((unit) => unit.name === name));
        const hanoi = tileOf(layout, 'Hà Nội');
        const around = delta.filter((name) => touches(hanoi, tileOf(layout, name)));
        expect(around.length, `Hà Nội touches ${around.join(', ')}`).to.be.at.least(2);
        for (const name of ['Hải Phòng', 'Quảng Ninh']) expect(tileOf(layout, name).col, name).to.be.greaterThan(hanoi.col);
        expect(tileOf(layout, 'Quảng Ninh').row).to.be.lessThan(tileOf(layout, 'Hải Phòng').row);
      });

      it('runs the coast down the right: Huế, then Đà Nẵng, then Khánh Hòa in the right half', () => {
        const hue = tileOf(layout, 'Huế');
        const danang = tileOf(layout, 'Đà Nẵng');
        const khanhHoa = tileOf(layout, 'Khánh Hòa');
        expect(danang.row).to.be.greaterThan(hue.row);
        expect(khanhHoa.row).to.be.greaterThan(danang.row);
        expect(khanhHoa.col).to.be.at.least(layout.cols / 2);
        expect(tileOf(layout, 'Thanh Hóa').row).to.be.lessThan(hue.row);
        expect(tileOf(layout, 'Nghệ An').row).to.be.greaterThan(tileOf(layout, 'Thanh Hóa').row);
        // Nothing of Vietnam lies east of the south-central coast.
        const coast = layout.tiles.filter((t) => t.row === khanhHoa.row);
        expect(Math.max(...coast.map((t) => t.col))).to.equal(khanhHoa.col);
      });

      it('puts Hồ Chí Minh south of Đà Nẵng and west of the coast, the Mekong delta around it and Cà Mau at the bottom', () => {
        const hcm = tileOf(layout, 'Hồ Chí Minh');
        expect(hcm.row).to.be.greaterThan(tileOf(layout, 'Đà Nẵng').row);
        expect(hcm.col).to.be.lessThan(tileOf(layout, 'Khánh Hòa').col);
        const canTho = tileOf(layout, 'Cần Thơ');
        expect(canTho.row).to.be.greaterThan(hcm.row);
        expect(canTho.col).to.be.lessThan(hcm.col);
        expect(tileOf(layout, 'An Giang').col).to.be.lessThan(hcm.col);
        const caMau = tileOf(layout, 'Cà Mau');
        expect(caMau.row).to.equal(layout.rows - 1);
        expect(caMau.row).to.be.greaterThan(canTho.row);
      });

      it('puts the Central Highlands west of the south-central coast', () => {
        const pairs: [string, string][] =
          era === '63'
            ? [
                ['Kon Tum', 'Quảng Ngãi'],
                ['Gia Lai', 'Bình Định'],
                ['Đắk Lắk', 'Phú Yên'],
                ['Lâm Đồng', 'Khánh Hòa'],
              ]
            : [['Lâm Đồng', 'Khánh Hòa']];
        for (const [highland, coast] of pairs) {
          const [a, b] = [tileOf(layout, highland), tileOf(layout, coast)];
          expect(a.col, `${highland} west of ${coast}`).to.be.lessThan(b.col);
          expect(Math.abs(a.row - b.row), `${highland} beside ${coast}`).to.be.at.most(1);
        }
      });
    });
  }
});
