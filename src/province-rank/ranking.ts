import type { Direction } from '../spec/types.js';

/**
 * Ranks and the rows a ranking shows: pure functions, no DOM.
 */

export interface Ranked<T> {
  item: T;
  /** 1 for the best; equal values share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
  /** Another item has the same rank. */
  tied: boolean;
}

/**
 * Sorts best first and ranks, ties sharing a rank ("standard competition" ranking, as
 * league tables and the provincial indices print it). `up`: higher is better; `down`:
 * lower is better. Equal values keep the order they were given in.
 */
export function rankAreas<T extends { value: number }>(items: readonly T[], direction: Direction = 'up'): Ranked<T>[] {
  const sign = direction === 'down' ? 1 : -1;
  const sorted = items.map((item, index) => ({ item, index })).sort((a, b) => sign * (a.item.value - b.item.value) || a.index - b.index);
  const ranked: Ranked<T>[] = [];
  sorted.forEach(({ item }, i) => {
    const previous = ranked[i - 1];
    const same = previous !== undefined && previous.item.value === item.value;
    if (same) previous.tied = true;
    ranked.push({ item, rank: same ? previous.rank : i + 1, tied: same });
  });
  return ranked;
}

/** Each area whose code an earlier area already has: its index, and the first index with that code. */
export function repeatedCodes(areas: readonly { code: string }[]): { index: number; code: string; other: number }[] {
  const seen = new Map<string, number>();
  const repeats: { index: number; code: string; other: number }[] = [];
  areas.forEach(({ code }, index) => {
    const other = seen.get(code);
    if (other === undefined) seen.set(code, index);
    else repeats.push({ index, code, other });
  });
  return repeats;
}

/** A row of a shortened ranking: an item, or the gap marker for the rows left out. */
export type Row<T> = { kind: 'item'; entry: Ranked<T>; highlight: boolean } | { kind: 'gap'; count: number };

/**
 * The rows to show: the first `limit` (all when `limit` is undefined), plus the
 * highlighted entry when it falls outside them, after a gap marker that says how many
 * rows were left out between. A highlighted entry right after the top `limit` needs no gap.
 */
export function visibleRows<T>(ranked: readonly Ranked<T>[], limit: number | undefined, highlight: number): Row<T>[] {
  const shown = limit === undefined ? ranked.length : Math.min(limit, ranked.length);
  const rows: Row<T>[] = ranked.slice(0, shown).map((entry, i) => ({ kind: 'item', entry, highlight: i === highlight }));
  if (highlight >= shown) {
    if (highlight > shown) rows.push({ kind: 'gap', count: highlight - shown });
    rows.push({ kind: 'item', entry: ranked[highlight], highlight: true });
  }
  return rows;
}

export type Comparison = 'above' | 'below' | 'equal';

/**
 * How a value stands against a benchmark, as the figures are printed: values that agree
 * to three decimals (the most the widgets show) are equal.
 */
export function compareTo(value: number, benchmark: number): Comparison {
  const difference = Math.round(value * 1000) - Math.round(benchmark * 1000);
  return difference > 0 ? 'above' : difference < 0 ? 'below' : 'equal';
}
