/**
 * Which set of provincial units a date is read in. Kept apart from the registry's data
 * so an element can decide the era without downloading the names.
 *
 * Codes alone are not enough: after the merger of 1 July 2025 (Nghị quyết 202/2025/QH15)
 * seven codes name a different province (24 was Bắc Giang, is Bắc Ninh).
 */

/** `"63"`: the units until 30 June 2025; `"34"`: the units from 1 July 2025. */
export type Era = '63' | '34';

/** The first day of the 34 units. */
export const MERGER_DATE = '2025-07-01';

export const isEra = (value: unknown): value is Era => value === '63' || value === '34';

/**
 * The era an `asOf` date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) is read in, or `undefined` when
 * the date does not say: no date, or the year `2025` alone, which spans both eras
 * (an annual 2025 figure may be the last 63-unit report or the first 34-unit one).
 * A month is read whole: `2025-06` is 63, `2025-07` is 34.
 */
export function eraOf(asOf: string | undefined): Era | undefined {
  if (!asOf) return undefined;
  if (asOf === MERGER_DATE.slice(0, 4)) return undefined;
  // Same-length prefixes compare as dates: "2024" < "2025", "2025-06" < "2025-07".
  return asOf < MERGER_DATE.slice(0, asOf.length) ? '63' : '34';
}

/**
 * The era to read area codes in when the date does not say (no `asOf`, or the year 2025):
 * era 63 when every code is an era-63 unit and some code exists only there (a list with
 * 06 Bắc Kạn cannot be a 34-unit list); otherwise the units in force today, era 34.
 * `known(code, era)` says whether the era holds the code: the registry's names, or a map's tiles.
 */
export function eraForCodes(codes: readonly string[], known: (code: string, era: Era) => boolean): Era {
  const only63 = codes.some((code) => !known(code, '34'));
  return only63 && codes.every((code) => known(code, '63')) ? '63' : '34';
}
