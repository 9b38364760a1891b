/*
 * Arithmetic that stays finite over every figure the format accepts: any finite number,
 * ±1.8e308 and 5e-324 included. Each chart's geometry goes through these.
 */

/**
 * Where `v` falls from `d0` (0) to `d1` (1). Figures near ±1.8e308 overflow the differences
 * to Infinity (NaN% widths, or 0 for the middle); halved, they cannot. Subnormal figures would
 * halve to zero, so the halves serve only when a difference overflows.
 */
export function fraction(v: number, d0: number, d1: number): number {
  const [from, span] = [v - d0, d1 - d0];
  return Number.isFinite(from) && Number.isFinite(span) ? from / span : (v / 2 - d0 / 2) / (d1 / 2 - d0 / 2);
}

/** The lowest and highest of `values`, with `start` among them: a loop, as spreading 100,000 values into Math.min overflows the stack. */
export function extent(values: readonly number[], start?: number): [number, number] {
  let low = start ?? Infinity;
  let high = start ?? -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}
