import { expect } from '@open-wc/testing';

import { LAYOUT_34, LAYOUT_63 } from '../../src/data/provinces/layouts.js';
import { nearest, readingOrder, type Way } from '../../src/province-map/navigation.js';

/** The code of the tile reached from `code` by `ways`, one key at a time. */
function walk(layout: typeof LAYOUT_63, code: string, ...ways: Way[]): string {
  let at = layout.tiles.findIndex((t) => t.code === code);
  for (const way of ways) at = nearest(layout.tiles, at, way);
  return layout.tiles[at].code;
}

describe('moving between tiles', () => {
  it('goes to the neighbouring tile in each direction', () => {
    // Bắc Kạn (06) has Cao Bằng above, Lạng Sơn to the right, Thái Nguyên below, Tuyên Quang to the left.
    expect(['up', 'right', 'down', 'left'].map((way) => walk(LAYOUT_63, '06', way as Way))).to.deep.equal(['04', '20', '19', '08']);
  });

  it('crosses a gap to the nearest tile that way, preferring one straight ahead', () => {
    // Below Hà Tĩnh (42) the coast runs on to Quảng Bình (44), one row down and one column right.
    expect(walk(LAYOUT_63, '42', 'down')).to.equal('44');
    // From Cà Mau (96) up: Kiên Giang (91), straight above, not An Giang two rows up.
    expect(walk(LAYOUT_63, '96', 'up')).to.equal('91');
    // Down the coast from Huế to Cà Mau and back, every key lands on a tile.
    expect(walk(LAYOUT_34, '46', 'down', 'down', 'down')).to.equal('52');
  });

  it('stays put where no tile lies that way', () => {
    expect(walk(LAYOUT_63, '12', 'up')).to.equal('12');
    expect(walk(LAYOUT_63, '12', 'left')).to.equal('12');
    expect(walk(LAYOUT_63, '95', 'down')).to.equal('95');
    expect(nearest([], 0, 'up')).to.equal(0);
  });

  it('reaches every tile from the first with the arrow keys', () => {
    for (const layout of [LAYOUT_63, LAYOUT_34]) {
      const seen = new Set([0]);
      const queue = [0];
      while (queue.length) {
        const at = queue.shift()!;
        for (const way of ['up', 'down', 'left', 'right'] as const) {
          const next = nearest(layout.tiles, at, way);
          if (!seen.has(next)) (seen.add(next), queue.push(next));
        }
      }
      expect(seen.size, `era ${layout.era}`).to.equal(layout.tiles.length);
    }
  });

  it('orders tiles as they are read: rows from the top, each from the left', () => {
    const order = readingOrder(LAYOUT_63.tiles).map((i) => LAYOUT_63.tiles[i].code);
    expect(order.slice(0, 4)).to.deep.equal(['12', '10', '02', '04']);
    expect(order.at(-1)).to.equal('95');
  });
});
