import { isPercentUnit } from '../format/text.js';
import { MAX_CARDS } from '../spec/limits.js';

/**
 * Which element draws a member of a feed: the one that fits what the member holds,
 * unless the document (`"widget": "stat"`) or the board's `widgets` attribute says otherwise.
 */
export type WidgetKind = 'coverage-gauge' | 'target-progress' | 'stat' | 'province-rank' | 'trend' | 'province-map';

// Short names an editor may write, and the full ones.
const NAMES: Record<string, WidgetKind> = {
  gauge: 'coverage-gauge',
  'coverage-gauge': 'coverage-gauge',
  target: 'target-progress',
  'target-progress': 'target-progress',
  stat: 'stat',
  rank: 'province-rank',
  'province-rank': 'province-rank',
  // Only by name: a history alone does not make a trend card (a stat shows its sparkline).
  trend: 'trend',
  // Only by name too: `areas` go to the ranking unless the member or the board asks for a map.
  map: 'province-map',
  'province-map': 'province-map',
};

/** The kind a name stands for; own names only, so "constructor" or "__proto__" names none. */
const kindNamed = (name: string): WidgetKind | undefined => (Object.hasOwn(NAMES, name) ? NAMES[name] : undefined);

/** A member's id or widget name as text, never by String(): JSON's {"toString": 1} throws there. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads `widgets="id:stat, other-id:gauge"`; unknown names are ignored. */
export function readWidgets(text: string | undefined): Map<string, WidgetKind> {
  const map = new Map<string, WidgetKind>();
  for (const pair of (text ?? '').split(',')) {
    const [id, name] = pair.split(':').map((part) => part.trim());
    const kind = kindNamed(name ?? '');
    if (id && kind) map.set(id, kind);
  }
  return map;
}

/** rank or areas → rank; a target → target progress; a percentage → gauge; anything else → stat. */
export function widgetFor(member: Record<string, unknown>, chosen: Map<string, WidgetKind>): WidgetKind {
  const named = chosen.get(textOf(member.id)) ?? kindNamed(textOf(member.widget));
  if (named) return named;
  if (member.rank || member.areas) return 'province-rank';
  if (member.target) return 'target-progress';
  return isPercentUnit(member.unit) ? 'coverage-gauge' : 'stat';
}

/** A comma list of ids, trimmed; empty means none given. */
export const idList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/**
 * The members a board draws, in order: `include`'s ids in its order (every member of each id),
 * or all of them in the feed's; less those of `exclude`. Shared by the board and the demo's
 * builder, which works out a board's height from them.
 */
export function chooseMembers<T extends { id?: unknown }>(members: readonly T[], include?: string, exclude?: string): T[] {
  const ids = idList(include);
  const left = new Set(idList(exclude));
  // Grouped by id once: `include` of a hundred ids in a feed of thousands is no scan per id.
  const byId = new Map<unknown, T[]>();
  for (const m of ids.length ? members : []) {
    const same = byId.get(m.id);
    if (same) same.push(m);
    else byId.set(m.id, [m]);
  }
  const chosen = ids.length ? ids.flatMap((id) => byId.get(id) ?? []) : members;
  return chosen.filter((m) => !left.has(textOf(m.id)));
}

/**
 * The cards drawn of `members` and how many are left out: a page of thousands of cards would take
 * a reader's phone minutes to draw, so a board, `dx-widgets preview` and the sheet page all draw
 * the first MAX_CARDS and say how many more there are.
 */
export function firstCards<T>(members: readonly T[]): { shown: T[]; left: number } {
  return { shown: members.slice(0, MAX_CARDS), left: Math.max(0, members.length - MAX_CARDS) };
}
