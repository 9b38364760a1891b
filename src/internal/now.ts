import { readDay, today } from '../format/days.js';
import { inBoth, type StringTable } from '../format/messages.js';
import { dateProblem, isDate, problem } from '../spec/rules.js';
import { todayText, upcomingTarget } from '../spec/targets.js';
import type { Indicator, Problem, Target } from '../spec/types.js';

/** The one message of this attribute's own, [vi, en]. */
const STRINGS = {
  'now.date': ['phải là một ngày dạng YYYY-MM-DD, ví dụ 2024-10-01', 'must be a day written YYYY-MM-DD, e.g. 2024-10-01'],
} satisfies StringTable;

/**
 * The `now` attribute of the elements that judge deadlines (targets, the trend's next target,
 * rank goals): today as `YYYY-MM-DD`, fixed in articles and tests. Its day number, or the
 * reader's real today when it is absent or wrong; a wrong one is reported into `errors`. A day
 * in the right form that the calendar lacks (2024-02-30), or outside 1900–2100, says which.
 */
export function readNow(now: string | undefined, errors?: Problem[]): number {
  const day = now ? readDay(now) : undefined;
  if (now && day === undefined) errors?.push(nowProblem(now));
  return day ?? today();
}

/** Why `now` is not a day: not written `YYYY-MM-DD`, or a day the calendar lacks or out of range. */
function nowProblem(now: string): Problem {
  const why = now.length === 10 ? dateProblem(now) : 'pattern.date';
  return why === 'pattern.date'
    ? { path: 'now', code: 'now.date', message: inBoth(STRINGS, 'now.date') }
    : problem('now', why, { date: now });
}

/** A day number as the text deadlines are compared with (spec/targets.ts): `YYYY-MM-DD`. */
export const dayText = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * The same day as the text deadlines are compared with (spec/targets.ts): `now` itself when it is
 * a day, else the reader's today, a wrong one reported as `readNow` reports it. No day maths: the
 * gauge and the stat only pick a target, and their entries would carry it.
 */
export function nowText(now: string | undefined, errors?: Problem[]): string {
  if (!now || (now.length === 10 && isDate(now))) return now || todayText();
  errors?.push(nowProblem(now));
  return todayText();
}

/**
 * The one target a single-goal element shows on `now` (its attribute): of a list, the earliest not
 * passed that day, as `<dx-target-progress>` judges it; `indicator.target` was picked on the
 * reader's real today (spec/rules.ts), which a fixed `now` must not be overruled by.
 */
export const targetOn = ({ target, targets }: Indicator, now: string | undefined): Target | undefined =>
  targets ? upcomingTarget(targets, nowText(now)).target : target;
