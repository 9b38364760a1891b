/**
 * Moving between the map's tiles with the keyboard: pure functions of the tiles' places, no DOM.
 * A tile map has holes and ragged edges, so "the tile to the right" is the nearest one that
 * lies to the right, not the next in a list.
 */

export type Way = 'up' | 'down' | 'left' | 'right';

export interface Place {
  row: number;
  col: number;
}

/** The arrow keys' ways. */
export const KEY_WAYS: Readonly<Record<string, Way>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The index of the tile nearest to `tiles[from]` in `way`, or `from` when none lies that way.
 * Only tiles strictly that way count; of those, the one with the least distance along the way
 * plus twice the distance across it, so a tile straight ahead wins over one as near but off to
 * the side; on a tie, the one less off to the side, then the first in reading order.
 */
export function nearest(tiles: readonly Place[], from: number, way: Way): number {
  const here = tiles[from];
  if (!here) return from;
  const vertical = way === 'up' || way === 'down';
  const sign = way === 'down' || way === 'right' ? 1 : -1;
  let best = from;
  let bestScore = Infinity;
  let bestAcross = Infinity;
  tiles.forEach((tile, i) => {
    const along = sign * (vertical ? tile.row - here.row : tile.col - here.col);
    const across = Math.abs(vertical ? tile.col - here.col : tile.row - here.row);
    if (along <= 0) return;
    const score = along + 2 * across;
    const earlier = best === from || tile.row < tiles[best].row || (tile.row === tiles[best].row && tile.col < tiles[best].col);
    if (score < bestScore || (score === bestScore && (across < bestAcross || (across === bestAcross && earlier))))
      [best, bestScore, bestAcross] = [i, score, across];
  });
  return best;
}

/** The indices of the tiles in reading order: row by row from the top, each row from the left (Home is the first, End the last). */
export function readingOrder(tiles: readonly Place[]): number[] {
  return tiles.map((_, i) => i).sort((a, b) => tiles[a].row - tiles[b].row || tiles[a].col - tiles[b].col);
}
