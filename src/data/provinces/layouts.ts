import type { Era } from './era.js';

/**
 * Tile-grid maps of Vietnam for `<dx-province-map>`: one equal square per provincial unit,
 * placed roughly where it lies, north at the top. Codes and short labels only, no names, so a
 * map can draw its tiles before the registry (./data.ts) loads.
 */

/** One unit's square. */
export interface Tile {
  /** The statistics office's two-digit code in its era (same codes as src/data/provinces/data.ts). */
  code: string;
  /** 0-based row from the top (north) and column from the left (west). */
  row: number;
  col: number;
  /** Short label drawn in the tile, at most 4 characters: vi "ĐN", en "DN"; "HCM", "Huế"/"Hue". */
  short: { vi: string; en: string };
}

/** The grid of one era: `rows` × `cols` cells, one tile per unit, the other cells empty. */
export interface Layout {
  era: Era;
  rows: number;
  cols: number;
  tiles: readonly Tile[];
}

// The grids as pictures, so a reviewer sees the geography: one line per row (north first),
// one cell per column (west first), `-` for an empty cell. A cell is the code and the
// Vietnamese label; `/English` follows when the English label is not the Vietnamese one with
// Đ written D (Huế → Hue; Bình Định and Bình Dương would both be BD).
// Labels are what the press writes where it has a habit (HN, HCM, ĐN, BRVT); elsewhere the
// initials, with one more letter where two units share them (LCh Lai Châu, LCa Lào Cai;
// QNi Quảng Ninh, QNa Quảng Nam, QNg Quảng Ngãi; TNg Thái Nguyên, TNi Tây Ninh).

/** The 63 units until 30 June 2025: 20 rows × 6 columns. */
const GRID_63 = `
12LCh  10LCa  02HG   04CB
11ĐB   15YB   08TQ   06BK   20LS
14SL   25PT   26VP   19TNg  24BG   22QNi
-      17HB   01HN   27BN   30HD   31HP
-      38TH   35HNa  33HY   34TB
-      40NA   37NB   36NĐ
-      -      42HT
-      -      -      44QB
-      -      -      45QT
-      -      -      -      46Huế/Hue
-      -      -      -      49QNa  48ĐN
-      -      -      -      62KT   51QNg
-      -      -      -      64GL   52BĐ/BDi
-      -      -      -      66ĐL   54PY
-      -      -      67ĐNô/DNo 68LĐ 56KH
-      72TNi  70BP   74BD/BDu 75ĐNa 58NT
-      87ĐT   80LA   79HCM  77BRVT 60BTh
89AG   92CT   86VL   82TG   83BTr
91KG   93HậG/HauG 94ST 84TV
96CM   95BL`;

/** The 34 units from 1 July 2025: 17 rows × 5 columns. */
const GRID_34 = `
12LCh  15LCa  08TQ   04CB
11ĐB   14SL   19TNg  20LS
-      25PT   01HN   24BN   22QNi
-      38TH   37NB   33HY   31HP
-      40NA
-      -      42HT
-      -      44QT
-      -      -      46Huế/Hue
-      -      -      48ĐN
-      -      -      51QNg
-      -      -      52GL
-      -      -      66ĐL
-      -      68LĐ   56KH
-      80TNi  75ĐNa
-      82ĐT   79HCM
91AG   92CT   86VL
-      96CM`;

function decode(era: Era, grid: string): Layout {
  const lines = grid.trim().split('\n');
  const tiles: Tile[] = [];
  let cols = 0;
  lines.forEach((line, row) => {
    const cells = line.trim().split(/\s+/);
    cols = Math.max(cols, cells.length);
    cells.forEach((cell, col) => {
      if (cell === '-') return;
      const [vi, en = vi.replace(/Đ/g, 'D')] = cell.slice(2).split('/') as [string, string?];
      tiles.push({ code: cell.slice(0, 2), row, col, short: { vi, en } });
    });
  });
  // Shared by every map on the page: frozen so one cannot move another's tiles.
  return Object.freeze({ era, rows: lines.length, cols, tiles: Object.freeze(tiles) });
}

export const LAYOUT_63: Layout = decode('63', GRID_63);
export const LAYOUT_34: Layout = decode('34', GRID_34);

/** The grid of an era's units. */
export const layoutFor = (era: Era): Layout => (era === '63' ? LAYOUT_63 : LAYOUT_34);
