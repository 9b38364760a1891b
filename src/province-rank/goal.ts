import { formatPeriod } from '../format/dates.js';
import { translate, type Locale, type MessageParams } from '../format/messages.js';
import { formatNumber } from '../format/numbers.js';
import { pickText } from '../format/text.js';
import { listOf, todayText, upcomingTarget } from '../spec/targets.js';
import type { Indicator, RankGoal } from '../spec/types.js';
import { STRINGS } from './province-rank.strings.js';
import type { Ranked } from './ranking.js';

/**
 * A rank goal in words, for the ranking's goal line and the map's caption: pure, no DOM.
 * "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc".
 */

const say = (locale: Locale, key: keyof typeof STRINGS, params?: MessageParams) => translate(STRINGS, locale, key, params);

/** `{n}` in the reader's digits, with `{s}` for the English plural. */
const counted = (n: number, locale: Locale) => ({ n: formatNumber(n, locale), s: n === 1 ? '' : 's' });

/** A deadline after "vào" / "by": vi "năm 2025", "tháng 06/2025", "ngày 30/06/2025"; en "2025", "June 2025". */
const deadline = (by: string, locale: Locale) => formatPeriod(by, locale);

/**
 * The goal a reader is shown and how the place stands against it. `goal` is a rank's
 * `target` as written, one goal or a plan's goals earliest first; of a list, the goal shown
 * is the earliest whose deadline has not passed on `today` (`YYYY-MM-DD`, the reader's by
 * default), else the last, and the goals after it are counted. `position` (from 1), when
 * known, says whether the goal is met: within the top `top`, or how many places short.
 * Without a position nothing is said about the place, never "thứ 0".
 */
export function goalText(goal: RankGoal | readonly RankGoal[], locale: Locale, position?: number, today: string = todayText()): string {
  const { target, later } = upcomingTarget(listOf(goal), today);
  let text = target.top === 1 ? say(locale, 'goal.first') : say(locale, 'goal', { top: formatNumber(target.top, locale) });
  if (target.by) text = say(locale, 'goal.by', { goal: text, by: deadline(target.by, locale) });
  if (target.label) text = say(locale, 'goal.label', { goal: text, label: pickText(target.label, locale) });
  const parts = [text];
  if (position !== undefined)
    parts.push(position <= target.top ? say(locale, 'goal.met') : say(locale, 'goal.short', counted(position - target.top, locale)));
  const last = later[later.length - 1];
  if (last) parts.push(say(locale, 'goal.later', { ...counted(later.length, locale), by: deadline(last.by ?? '', locale) }));
  return parts.join(' · ');
}

/**
 * The place a plan's rank goal is judged against: the document's own area's, as its figures
 * rank it among `areas` (the place shown beside the goal), else `rank.position` as written, else,
 * for a document that names no area, the highlighted one's (a page says which province it is).
 * Not the highlighted area's when the document names its own: the plan is that province's, and
 * another's place said "đang đạt mục tiêu" of it. The ranking and the map judge alike.
 */
export function goalPlace(indicator: Indicator, ranked: readonly Ranked<{ code: string }>[], highlight?: string): number | undefined {
  const { area, rank } = indicator;
  const own = ranked.find((r) => r.item.code === (area?.code ?? highlight));
  return area ? (own?.rank ?? rank?.position) : (rank?.position ?? own?.rank);
}
