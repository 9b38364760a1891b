import { parseDate } from './dates.js';

/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC calendar), for the pace maths
 * of targets (target-progress/projection.ts), the order of dated targets (the validator) and
 * the time axis of the trend: pure, so a fixed `now` gives the same answer in every time zone.
 *
 * How an `asOf`-style date becomes a day:
 * - a deadline is the LAST day of the period it names: "2024" → 31/12/2024,
 *   "2024-06" → 30/06/2024, a day → that day (still in time on the day itself);
 * - a figure holds at the MIDDLE of its period: "2024" → 1/7/2024, "2024-06" →
 *   15/06/2024, a day → that day.
 */

/** The calendar day as a day number; `day` 0 is the last day of the month before. */
export function dayNumber(year: number, month: number, day: number): number {
  // Arithmetic, not a Date (a trend of 1,000 points asks 2,000 times): a month past 12 (or
  // before 1) rolls into the next (or last) year, and a day past the month's end into the next
  // month, as Date does. The civil calendar from 1 March (the leap day last), after Howard
  // Hinnant's days_from_civil; years 0–99 are those years (not 1900–1999, as Date.UTC reads them).
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12;
  const shifted = m < 2 ? y - 1 : y;
  const era = Math.floor(shifted / 400);
  const yoe = shifted - era * 400;
  const doy = Math.floor((153 * ((m + 10) % 12) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + day - 1;
}

/** The reader's today (local calendar) as a day number. */
export function today(): number {
  const now = new Date();
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The day a figure dated `asOf` holds: the middle of its period. */
export function figureDay(asOf: string): number {
  const { year, month, day } = parseDate(asOf);
  return periodDay(year, month, day);
}

/** Where a figure of the period `year`, `month`, `day` is drawn, as `figureDay` says (a tick under it, too). */
export function periodDay(year: number, month?: number, day?: number): number {
  if (month === undefined) return dayNumber(year, 7, 1);
  return dayNumber(year, month, day ?? 15);
}

/** The last day that still meets a deadline written `by`. */
export function deadlineDay(by: string): number {
  const { year, month, day } = parseDate(by);
  if (month === undefined) return dayNumber(year, 12, 31);
  return day === undefined ? dayNumber(year, month + 1, 0) : dayNumber(year, month, day);
}

/** A real calendar day written YYYY-MM-DD (a `now` attribute) in 1900–2100, as a day number; `undefined` otherwise (2024-02-30 included). */
export function readDay(text: string): number | undefined {
  // The format's years (1900–2100), as the validator reads a document's dates.
  if (!/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/.test(text)) return undefined;
  const { year, month, day } = parseDate(text);
  const number = dayNumber(year, month!, day!);
  // A day past its month's end rolls over into the next: not a real day.
  return new Date(number * 86_400_000).toISOString().slice(0, 10) === text ? number : undefined;
}
