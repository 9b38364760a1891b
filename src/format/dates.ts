import { message, translate, type Locale, type StringTable } from './messages.js';

/** The parts of an `asOf`-style date; month and day are absent when the text omits them. */
export function parseDate(text: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

/**
 * The English months' names, made once for the page by one formatter: toLocaleDateString with
 * options builds a formatter at each call (0.6–0.8 ms a call on the benchmark's machine under
 * load), and even a kept formatter took 25 µs a date, a tenth of a 1,000-point trend's table and
 * language switch.
 */
let months: string[] | undefined;

/**
 * An `asOf` date as a reader expects it: vi "năm 2024", "06/2024", "30/06/2024";
 * en "2024", "June 2024", "30 June 2024".
 */
export function formatDate(text: string, locale: Locale): string {
  const { year, month, day } = parseDate(text);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return message(locale, 'asOf.year', { year });
  if (locale === 'vi') return day === undefined ? `${pad(month)}/${year}` : `${pad(day)}/${pad(month)}/${year}`;
  // A local date read in the local time zone: its month in any zone.
  if (!months) {
    const names = new Intl.DateTimeFormat('en', { month: 'long' });
    months = Array.from({ length: 12 }, (_, m) => names.format(new Date(0, m)));
  }
  const monthName = months[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/**
 * An `asOf` date as the period it names, for "Số liệu …" and sentences: vi "năm 2024",
 * "tháng 06/2024", "ngày 30/06/2024"; en as `formatDate`.
 */
export function formatPeriod(text: string, locale: Locale): string {
  const date = formatDate(text, locale);
  return locale === 'en' || text.length === 4 ? date : (text.length > 7 ? 'ngày ' : 'tháng ') + date;
}

/**
 * A deadline as the period a plan names: a year's last month or day (`2024-12`, `2024-12-31`) is
 * the year's end, `2024`, as plans write "đến hết năm 2024"; any other date stays as written.
 */
export function deadlinePeriod(by: string): string {
  const { year, month, day } = parseDate(by);
  return month === undefined || (month === 12 && (day === undefined || day === 31)) ? String(year) : by;
}

/**
 * A deadline as a reader expects it after "đến" / "by": "hết năm 2024" / "the end of 2024" for
 * "2024", "2024-12" or "2024-12-31"; "hết tháng 06/2024" / "the end of June 2024"; "31/03/2025" /
 * "31 March 2025". One for every target line: the gauge's, the stat's, the target's.
 */
export function deadlineText(by: string, locale: Locale): string {
  const period = deadlinePeriod(by);
  if (period.length === 4) return translate(DEADLINE, locale, 'year', { year: period });
  const date = formatDate(by, locale);
  return by.length === 7 ? translate(DEADLINE, locale, 'month', { date }) : date;
}

/** A year's or a month's end as plans write it, [vi, en]: here, not among every element's words, as the ranking and the map say none. */
const DEADLINE = {
  year: ['hết năm {year}', 'the end of {year}'],
  month: ['hết tháng {date}', 'the end of {date}'],
} satisfies StringTable;

/** A moment as a clock reading, "14:05", with the date when it is not today ("14:05 21/11/2026"). */
export function formatTime(moment: Date, locale: Locale, now = new Date()): string {
  const clock = moment.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  // Plain 'en' is US month-first ("6/5/2026"); en-GB is day-first like formatDate's "5 June 2026".
  const day = moment.toLocaleDateString(locale === 'en' ? 'en-GB' : locale);
  return moment.toDateString() === now.toDateString() ? clock : `${clock} ${day}`;
}
