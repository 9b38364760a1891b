import { MAX_DEPTH, MAX_ITEMS, MAX_TEXT } from './limits.js';
import type { MessageParams } from './messages.js';
import { toNFC } from './nfc.js';
import type { ProblemKey } from './problems.js';
import { deadlineKey, todayText, upcomingTarget } from './targets.js';
import { BIDI_CONTROLS, isPercentUnit, NOT_BLANK } from './text.js';
import type { Collection, CollectionFields, Feed, Indicator, IndicatorDocument, Problem, Rank, Result, Target } from './types.js';

/**
 * The format's rules: the one validator every element, the schema test and the CLI use.
 * It checks format 1 field by field, collects every problem with its JSON path,
 * and never guesses: a value it cannot read unambiguously is an error.
 * Unknown fields are ignored so newer documents still load.
 *
 * Problems are found as codes with the values their message names (`Problem`); the words
 * are a table of their own (problems.ts). Tools and `dx-widgets/data` call the validator with
 * its words (validate.ts); an element loads them only when it has a problem to show
 * (feed/controller.ts), as most pages never do.
 */

type Json = Record<string, unknown>;
type Errors = Problem[];

const ID = /^[a-z0-9-]+$/;
// Calendar checks beyond the shape are done by `isRealDate`.
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** The only links the format allows (and the only ones an element makes). */
export const HTTP_URL = /^https?:\/\/\S+$/i;

/** A problem of the format at `path`: its code, and the values its message names. */
export function problem(path: string, code: ProblemKey, params?: MessageParams): Problem {
  return params ? { path, code, params } : { path, code };
}

function fail(errors: Errors, path: string, code: ProblemKey, params?: MessageParams): undefined {
  errors.push(problem(path, code, params));
  return undefined;
}

/** A JSON path one step further: `a.b`, `a[0]`. */
export const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real period (no 30 February) in 1900–2100: the format's dates. */
export function isDate(text: string): boolean {
  return DATE.test(text) && inYears(text) && isRealDate(text);
}

/**
 * The years a date may name, 1900–2100. Figures of this kind start long after 1900, and plans
 * reach 2030–2050; a year outside is a typing slip ("0000", "2204"), not a period to draw.
 */
const inYears = (text: string) => /^(19|20)\d\d|^2100/.test(text);

/** Why a date is refused: not in the form, a year outside 1900–2100, or a day the calendar does not have (2024-02-30). */
export function dateProblem(text: string): ProblemKey {
  return !DATE.test(text) ? 'pattern.date' : !inYears(text) ? 'date.year' : 'date.real';
}

/** `YYYY-MM-DD` that names a real day (no 30 February). */
function isRealDate(text: string): boolean {
  // `YYYY` and `YYYY-MM` are real once in form: a 1,000-point series asks this 1,000 times.
  if (text.length < 10) return true;
  const [y, m, d] = text.split('-').map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCDate() === d;
}

/*
 * Limits (docs/limits.md): what one document may cost to draw. A 48 MB note took 81 s to
 * paint; a list of a million points would hang the page. Checked before a field is read,
 * so an oversized one costs no further work and is reported once, at its own path.
 */
function overLimit(v: unknown, key: string, at: string, errors: Errors): boolean {
  const before = errors.length;
  if (typeof v === 'string') {
    if (v.length > MAX_TEXT) fail(errors, at, 'limit.text', { length: v.length, most: MAX_TEXT });
  } else if (Array.isArray(v)) {
    const most = MAX_ITEMS[key];
    if (most !== undefined && v.length > most) fail(errors, at, 'limit.items', { count: v.length, most });
  } else if (isObject(v)) {
    // Each language of a localized text ({ vi, en }).
    for (const lang in v) {
      const t = v[lang];
      if (typeof t === 'string' && t.length > MAX_TEXT && Object.hasOwn(v, lang))
        fail(errors, join(at, lang), 'limit.text', { length: t.length, most: MAX_TEXT });
    }
  }
  return errors.length > before;
}

/*
 * Readers: each takes a present value, returns it when it is right, or records
 * why not (at its path) and returns undefined. `percent` is true inside an
 * indicator whose unit is "%", where every figure must lie in 0–100.
 */
type Reader = (v: unknown, at: string, errors: Errors, percent: boolean) => unknown;
/** A field: its reader, and whether it must be present. */
type Field = [Reader, required?: 1];

const string =
  (pattern?: RegExp, code: ProblemKey = 'empty'): Reader =>
  (v, at, errors) =>
    typeof v !== 'string' ? fail(errors, at, 'type.string') : pattern && !pattern.test(v) ? fail(errors, at, code) : v;

/*
 * Bidi controls (issue 16, text.ts `BIDI_CONTROLS`): the embedding, override and isolate
 * controls reorder whatever follows them ("Hà Nội\u202e" before "thứ 12/63" drew "36/21").
 * Elements draw document text isolated anyway (src/format/text.ts `isolate`); the format
 * refuses them in every text it draws, with a message that names them, so a data team sees
 * and removes them.
 */

/** The bidi controls in `text`, named once each ("U+202E, U+2066"); undefined when it has none. */
export function bidiControls(text: string): string | undefined {
  const found = [...new Set(text.match(BIDI_CONTROLS))];
  return found.length ? found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ') : undefined;
}

/** A text reader that also refuses bidi controls, at the text's path (`label.vi` for one language). */
const noBidi =
  (read: Reader): Reader =>
  (v, at, errors, percent) => {
    const out = read(v, at, errors, percent);
    const texts: [string, unknown][] =
      typeof out === 'string' ? [[at, out]] : isObject(out) ? Object.entries(out).map(([k, t]) => [join(at, k), t]) : [];
    for (const [path, t] of texts) {
      const controls = typeof t === 'string' ? bidiControls(t) : undefined;
      if (controls) return fail(errors, path, 'text.bidi', { controls });
    }
    return out;
  };

const anyString = noBidi(string());
const name = noBidi(string(NOT_BLANK));

const number =
  (least?: number, code: ProblemKey = 'range.negative', percentAware = false): Reader =>
  (v, at, errors, percent) => {
    // NaN and Infinity can reach us through the `data` property, never through JSON.
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(errors, at, 'type.number');
    if (percentAware && percent && (v < 0 || v > 100)) return fail(errors, at, 'range.percent', { value: v });
    if (least !== undefined && (code === 'range.positive' ? v <= least : v < least)) return fail(errors, at, code);
    return v;
  };

/** A figure of the indicator: any number, or 0–100 where the unit is "%". */
const figure = number(undefined, undefined, true);

const positiveInteger: Reader = (v, at, errors) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(errors, at, 'type.number');
  return Number.isInteger(v) && v >= 1 ? v : fail(errors, at, 'type.integer');
};

const oneOf =
  (values: string[]): Reader =>
  (v, at, errors) =>
    typeof v === 'string' && values.includes(v) ? v : fail(errors, at, 'enum', { values: values.join(', ') });

const date: Reader = (v, at, errors) =>
  typeof v !== 'string' ? fail(errors, at, 'type.string') : isDate(v) ? v : fail(errors, at, dateProblem(v), { date: v });

const text: Reader = noBidi((v, at, errors) => {
  if (typeof v === 'string') return NOT_BLANK.test(v) ? v : fail(errors, at, 'empty');
  const texts = isObject(v) ? Object.values(v) : [];
  const good = texts.length > 0 && texts.every((t) => typeof t === 'string') && texts.some((t) => NOT_BLANK.test(t as string));
  return good ? v : fail(errors, at, 'type.text');
});

/** An object of known fields; unknown fields are dropped. `check` sees the fields once they are all right. */
const object = (fields: Record<string, Field>, check?: (o: Json, at: string, errors: Errors) => void): Reader => {
  // Listed once: a page of a hundred widgets reads a hundred documents, a series a thousand
  // points. Plain arrays and an indexed loop: no iterator or destructuring per field.
  const keys = Object.keys(fields);
  const readers = keys.map((key) => fields[key]);
  return (v, at, errors, percent) => {
    if (!isObject(v)) return fail(errors, at, 'type.object');
    const before = errors.length;
    const out: Json = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const field = v[key];
      if (field === undefined) {
        if (readers[i][1]) fail(errors, join(at, key), 'required');
        continue;
      }
      const path = join(at, key);
      if (!overLimit(field, key, path, errors)) {
        const read = readers[i][0](field, path, errors, percent);
        if (read !== undefined) out[key] = read;
      }
    }
    if (errors.length === before) check?.(out, at, errors);
    return errors.length === before ? out : undefined;
  };
};

const list =
  (item: Reader, check?: (items: Json[], at: string, errors: Errors) => void): Reader =>
  (v, at, errors, percent) => {
    if (!Array.isArray(v)) return fail(errors, at, 'type.array');
    const before = errors.length;
    const out = v.map((x, i) => item(x, join(at, i), errors, percent)) as Json[];
    if (errors.length === before) check?.(out, at, errors);
    return errors.length === before ? out : undefined;
  };

/**
 * A unit: any string as before (`"%"`, `"thuê bao"`; empty is a bare number), or a word per
 * language, `{ "vi": "thuê bao", "en": "subscribers" }`; `vi` is required (the readers' language,
 * and English's fallback). `"%"` is no word but a scale (0–100): it must be `"%"` in both
 * languages or in neither, since a percentage in one language only would be a guess.
 */
const UNIT_WORDS = object({ vi: [name, 1], en: [anyString] }, (u, at, errors) => {
  if (u.en !== undefined && NOT_BLANK.test(u.en as string) && (u.en === '%') !== (u.vi === '%'))
    fail(errors, join(at, 'en'), 'unit.percent');
});
const unit: Reader = (v, at, errors, percent) =>
  typeof v === 'string'
    ? anyString(v, at, errors, percent)
    : isObject(v)
      ? UNIT_WORDS(v, at, errors, percent)
      : fail(errors, at, 'type.text');

const APPROX = oneOf(['about', 'over', 'under', 'nearly']);
const AREA = object({ code: [name, 1], name: [anyString] });
const SOURCE = object({ name: [name, 1], url: [string(HTTP_URL, 'pattern.url')], published: [date] });

// `target`: one goal, or a plan's dated milestones (issue 20); a rank's goals are read the
// same way (issue 21). Each milestone needs its deadline, and they run earliest first by
// deadline ("2024" ends after "2024-06"), no repeats: a reader judges the next one due, which
// a shuffled list would get wrong.
const goals = (fields: Record<string, Field>): Reader => {
  const one = object({ ...fields, by: [date] });
  const many = list(object({ ...fields, by: [date, 1] }), (items, at, errors) => {
    if (!items.length) fail(errors, at, 'empty');
    items.forEach((item, i) => {
      const previous = items[i - 1];
      if (previous && deadlineKey(item.by as string) <= deadlineKey(previous.by as string)) {
        fail(errors, join(join(at, i), 'by'), 'target.order', { by: item.by as string, previous: previous.by as string });
      }
    });
  });
  return (v, at, errors, percent) => (Array.isArray(v) ? many : one)(v, at, errors, percent);
};
const TARGET = goals({ value: [figure, 1], label: [text] });

// `rank`: the place among `of`, and goals such as "among the 15 leading provinces by 2025",
// whose `top` cannot exceed `of`. A plan states its goal before any ranking is published,
// so the place may be absent then, and only then: a rank of nothing would say nothing.
const RANK_FIELDS = object(
  { position: [positiveInteger], of: [positiveInteger, 1], asOf: [date], target: [goals({ top: [positiveInteger, 1], label: [text] })] },
  (r, at, errors) => {
    const of = r.of as number;
    if ((r.position as number) > of) fail(errors, join(at, 'position'), 'rank.position', { position: r.position as number, of });
    const target = join(at, 'target');
    const tops = Array.isArray(r.target)
      ? (r.target as Json[]).map((g, i) => [join(target, i), g] as const)
      : r.target
        ? [[target, r.target as Json] as const]
        : [];
    for (const [path, goal] of tops)
      if ((goal.top as number) > of) fail(errors, join(path, 'top'), 'rank.top', { top: goal.top as number, of });
  },
);
const RANK: Reader = (v, at, errors, percent) => {
  const before = errors.length;
  if (isObject(v) && v.position === undefined && v.target === undefined) fail(errors, join(at, 'position'), 'rank.place');
  const out = RANK_FIELDS(v, at, errors, percent);
  return errors.length === before ? out : undefined;
};

// The format's fields (../shared/indicator-format.md), in its order.
const INDICATOR: Record<string, Field> = {
  id: [string(ID, 'pattern.id')],
  label: [text, 1],
  unit: [unit],
  value: [figure],
  approx: [APPROX],
  asOf: [date],
  area: [AREA],
  count: [
    object({ part: [number(0), 1], whole: [number(0, 'range.positive'), 1], unit: [unit] }, (c, at, errors) => {
      if ((c.part as number) > (c.whole as number))
        fail(errors, join(at, 'part'), 'count.part', { part: c.part as number, whole: c.whole as number });
    }),
  ],
  direction: [oneOf(['up', 'down'])],
  target: [TARGET],
  baseline: [object({ value: [figure, 1], asOf: [date, 1] })],
  // Oldest first is what the format promises; a shuffled history would draw a wrong trend.
  series: [
    list(object({ asOf: [date, 1], value: [figure, 1], approx: [APPROX] }), (points, at, errors) =>
      points.forEach((point, i) => {
        const previous = points[i - 1];
        if (previous && (point.asOf as string) <= (previous.asOf as string)) {
          fail(errors, join(at, i), 'series.order', { asOf: point.asOf as string, previous: previous.asOf as string });
        }
      }),
    ),
  ],
  rank: [RANK],
  benchmarks: [list(object({ label: [text, 1], value: [figure, 1] }))],
  areas: [list(object({ code: [name, 1], name: [anyString], value: [figure, 1], approx: [APPROX] }))],
  source: [SOURCE],
  note: [text],
};

const needsValue = (o: Json, at: string, errors: Errors) => {
  if (o.value === undefined && o.rank === undefined && o.areas === undefined && o.target === undefined) {
    fail(errors, join(at, 'value'), 'value.required');
  }
};
/** An indicator alone, and a member of a collection, which must have an id. */
const [LONE, MEMBER] = [INDICATOR, { ...INDICATOR, id: [INDICATOR.id[0], 1] as Field }].map((fields) => object(fields, needsValue));

/** What a collection gives its members when they do not say it themselves. */
type Defaults = Omit<CollectionFields, 'title'>;

/**
 * Validates one indicator at `path`, applying collection defaults.
 * Returns the normalized indicator only when this member had no errors.
 */
export function readIndicator(raw: unknown, path: string, errors: Errors, defaults: Defaults = {}, needsId = false): Indicator | undefined {
  const percent = isObject(raw) && isPercentUnit(raw.unit);
  const read = (needsId ? MEMBER : LONE)(raw, path, errors, percent) as IndicatorDocument | undefined;
  if (!read) return undefined;
  // A list of targets is kept whole as `targets`; `target` is the one due next, for the readers of one goal.
  const { target, ...rest } = read;
  return {
    ...rest,
    ...(target && (Array.isArray(target) ? { targets: target, target: upcomingTarget(target, todayText()).target } : { target })),
    direction: read.direction ?? 'up',
    ...(read.asOf === undefined && defaults.asOf !== undefined && { asOf: defaults.asOf }),
    ...(read.area === undefined && defaults.area && { area: defaults.area }),
    ...(read.source === undefined && defaults.source && { source: defaults.source }),
  };
}

const COLLECTION_DEFAULTS = object({ title: [text], source: [SOURCE], area: [AREA], asOf: [date] });

/** The collection's own fields; its `indicators` are not among them, so they are not read here. */
function readCollectionDefaults(raw: Json, errors: Errors): CollectionFields {
  return (COLLECTION_DEFAULTS(raw, '', errors, false) as CollectionFields | undefined) ?? {};
}

const isCollection = (raw: Json) => 'indicators' in raw;

/*
 * Depth (issue 16). Unknown fields may nest deeper than the format, but a document 100,000
 * levels deep overflowed the stack of whatever walked it recursively (JSON.stringify in
 * renderToString threw RangeError). Past MAX_DEPTH (limits.ts) the document is refused with an
 * error, found by a walk that keeps its own stack; text from outside the page before it is parsed
 * (nesting.ts).
 */

/** Documents already walked: a feed is parsed once and read by every element that shows it. */
const walked = new WeakMap<object, Problem | null>();

/** An error at the first value nested deeper than MAX_DEPTH (its path cut after four steps), or undefined. */
export function depthProblem(raw: unknown): Problem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  let found = walked.get(raw);
  if (found === undefined) {
    found = null;
    // [value, depth, path]: a stack of our own, as the walk must not recurse either.
    const stack: [unknown, number, string][] = [[raw, 0, '']];
    for (let item = stack.pop(); item && !found; item = stack.pop()) {
      const [node, depth, at] = item;
      if (typeof node !== 'object' || node === null) continue;
      if (depth === MAX_DEPTH) found = problem(at, 'depth', { max: MAX_DEPTH });
      // for…in, not Object.entries: no array per object walked (a series has a thousand).
      for (const key in node) {
        const child = (node as Json)[key];
        // Only objects nest: a text or a number is never pushed, nor its path written.
        if (typeof child !== 'object' || child === null || !Object.hasOwn(node, key)) continue;
        stack.push([child, depth + 1, depth < 4 ? join(at, Array.isArray(node) ? Number(key) : key) : at.endsWith('…') ? at : `${at}…`]);
      }
    }
    walked.set(raw, found);
  }
  return found ?? undefined;
}

/**
 * Whether a document can be read at all, before any field is: an object, nested no deeper than
 * MAX_DEPTH. If not, why, in `errors` (which the caller passes empty).
 */
function readable(raw: unknown, errors: Errors): raw is Json {
  const refused = isObject(raw) ? depthProblem(raw) : problem('', 'type.object');
  if (refused) errors.push(refused);
  return !refused;
}

/** The collection's member list, or an error at `indicators`. */
function readMembers(raw: Json, errors: Errors): unknown[] | undefined {
  if (Array.isArray(raw.indicators)) return overLimit(raw.indicators, 'indicators', 'indicators', errors) ? undefined : raw.indicators;
  return fail(errors, 'indicators', 'type.array');
}

/** Validates a whole document (one indicator or a collection) and every member in it. */
export function validateDocument(raw: unknown): Result<Feed, Problem> {
  const errors: Errors = [];
  if (!readable(raw, errors)) return { ok: false, errors };
  if (!isCollection(raw)) {
    const indicator = readIndicator(raw, '', errors);
    return indicator ? { ok: true, value: { indicators: [indicator] } } : { ok: false, errors };
  }
  const defaults = readCollectionDefaults(raw, errors);
  const members = readMembers(raw, errors);
  if (members && members.length === 0) fail(errors, 'indicators', 'empty');
  const indicators: Indicator[] = [];
  const seen = new Map<string, number>();
  members?.forEach((member, i) => {
    const indicator = readIndicator(member, `indicators[${i}]`, errors, defaults, true);
    if (!indicator) return;
    // The same id may appear once per area; twice for one area is ambiguous.
    const key = `${indicator.id}\u0000${indicator.area?.code ?? ''}`;
    const other = seen.get(key);
    if (other !== undefined) fail(errors, `indicators[${i}].id`, 'indicator.duplicate', { id: indicator.id!, other });
    else seen.set(key, i);
    indicators.push(indicator);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...defaults, indicators } };
}

/**
 * The collection's own fields, checked, and its members as written: for a board, whose
 * cards each validate their own member, so one broken figure costs one card, not the board.
 * A single indicator is a collection of one.
 */
export function readCollection(raw: unknown): Result<Collection, Problem> {
  const errors: Errors = [];
  if (!readable(raw, errors)) return { ok: false, errors };
  if (!isCollection(raw)) return { ok: true, value: { members: [raw] } };
  const defaults = readCollectionDefaults(raw, errors);
  const members = readMembers(raw, errors);
  if (members && members.length === 0) fail(errors, 'indicators', 'empty');
  return errors.length || !members ? { ok: false, errors } : { ok: true, value: { ...defaults, members } };
}

/** A `rank` alone, by the rules a member's is read by: for tools that size what its goal says (the embed builder). */
export function readRank(raw: unknown): Result<Rank, Problem> {
  const errors: Errors = [];
  if (!readable(raw, errors)) return { ok: false, errors };
  const rank = RANK(raw, 'rank', errors, false) as Rank | undefined;
  return errors.length || !rank ? { ok: false, errors } : { ok: true, value: rank };
}

/** Where each id stands in a member list, built once per list (and its length then). */
const idIndexes = new WeakMap<unknown[], { length: number; ids: Map<unknown, number[]> }>();

/**
 * The positions of the members with `id`, in O(1) after the first call for a list: each of
 * a board's cards picks its member from the same document, and a scan per card made a board
 * of 16,000 members take 35 s. A list changed in place since is indexed again.
 */
export function membersWithId(members: unknown[], id: string): number[] {
  let index = idIndexes.get(members);
  const stale = (found: number[]) => found.some((i) => !isObject(members[i]) || members[i].id !== id);
  if (!index || index.length !== members.length || stale(index.ids.get(id) ?? [])) {
    const ids = new Map<unknown, number[]>();
    members.forEach((m, i) => {
      const key = isObject(m) ? m.id : undefined;
      const found = ids.get(key);
      if (found) found.push(i);
      else ids.set(key, [i]);
    });
    index = { length: members.length, ids };
    idIndexes.set(members, index);
  }
  return index.ids.get(id) ?? [];
}

export interface Pick {
  /** The member's `id`, for collections. */
  indicator?: string;
  /** The member's `area.code`, where several members share an id. */
  area?: string;
  /**
   * The member's position, for a board's card whose member has no id to be picked by (a format
   * error, said at the member's own path, where 'cần indicator="…"' asked for an id it lacks).
   */
  index?: number;
}

/** The area code a member stands for: its own area's, else the collection's. */
export const memberArea = (member: unknown, defaults: { area?: unknown }): string | undefined => {
  const area = isObject(member) && isObject(member.area) ? member.area : defaults.area;
  return isObject(area) && typeof area.code === 'string' ? area.code : undefined;
};

/**
 * Picks one indicator from a document and validates it with the collection's defaults.
 * Other members are not validated here: one broken figure in a feed must not blank
 * every article that embeds a different one. `overrides` (from element attributes)
 * replace the member's fields before validation, so they are checked the same way.
 */
export function selectIndicator(raw: unknown, pick: Pick = {}, overrides: Partial<IndicatorDocument> = {}): Result<Indicator, Problem> {
  const errors: Errors = [];
  if (!readable(raw, errors)) return { ok: false, errors };
  let member: unknown = raw;
  let path = '';
  let defaults: Defaults = {};
  if (isCollection(raw)) {
    defaults = readCollectionDefaults(raw, errors);
    const members = readMembers(raw, errors);
    if (!members) return { ok: false, errors };
    // The choices, named only in a message: a board's cards each pick from the same feed.
    const idList = () =>
      [...new Set(members.map((m) => (isObject(m) && typeof m.id === 'string' ? m.id : undefined)).filter(Boolean))].join(', ') || '—';
    if (members.length === 0) fail(errors, 'indicators', 'empty');
    else if (pick.indicator === undefined && pick.index === undefined && members.length > 1)
      fail(errors, 'indicators', 'indicator.choose', { ids: idList() });
    let index = pick.index ?? (pick.indicator === undefined ? 0 : -1);
    if (pick.indicator !== undefined && pick.index === undefined) {
      const matches = membersWithId(members, pick.indicator);
      const areaOf = (i: number) => memberArea(members[i], raw);
      const areaList = () => matches.map(areaOf).filter(Boolean).join(', ') || '—';
      if (matches.length === 0) {
        fail(errors, 'indicators', 'indicator.unknown', { id: pick.indicator, ids: idList() });
      } else if (pick.area !== undefined) {
        const inArea = matches.filter((i) => areaOf(i) === pick.area);
        index = inArea[0] ?? -1;
        if (index < 0) fail(errors, 'indicators', 'area.unknown', { id: pick.indicator, area: pick.area, areas: areaList() });
        // Two members for one id and area: which figure is meant would be a guess.
        else if (inArea.length > 1)
          fail(errors, `indicators[${inArea[1]}].id`, 'indicator.duplicate', { id: pick.indicator, other: index });
      } else if (matches.length > 1) {
        fail(errors, 'indicators', 'area.choose', { id: pick.indicator, areas: areaList() });
      } else {
        index = matches[0];
      }
    }
    if (errors.length) return { ok: false, errors };
    member = members[index];
    path = `indicators[${index}]`;
  } else if (pick.indicator !== undefined && typeof raw.id === 'string' && raw.id !== pick.indicator) {
    // A lone indicator with another id is not the figure the page asked for.
    fail(errors, 'id', 'indicator.unknown', { id: pick.indicator, ids: raw.id });
    return { ok: false, errors };
  }
  if (isObject(member) && Object.keys(overrides).length) {
    // A `target` attribute replaces a plan's list of goals with one (docs/format.md); `by`
    // alone is no goal, and which milestone's deadline it meant would be a guess.
    const goal = overrides.target as Partial<Target> | undefined;
    if (goal?.by && goal.value === undefined && Array.isArray(member.target)) {
      fail(errors, 'by', 'attr.targets');
      return { ok: false, errors };
    }
    // A `target` attribute changes the goal's value but keeps the document's deadline.
    const target = goal && isObject(member.target) ? { ...member.target, ...goal } : goal;
    member = { ...member, ...overrides, ...(target && { target }) };
  }
  const indicator = readIndicator(member, path, errors, defaults, isCollection(raw));
  return indicator && !errors.length ? { ok: true, value: indicator } : { ok: false, errors };
}

/** The line and column of the character at offset `at` of `text`, lines counted by "\n". */
export function placeIn(text: string, at: number): { line: number; column: number } {
  const lines = text.slice(0, at).split('\n');
  return { line: lines.length, column: lines.pop()!.length + 1 };
}

/**
 * Parses JSON text, its strings read as NFC (see nfc.ts), turning a syntax error into a validation
 * error at the document's root: where the text stops being JSON (`json`, a line and column), or,
 * when the engine does not say, only that it does (`json.unplaced`, with the engine's English words
 * for the English message alone). V8 says an offset ("position 41"; Chrome adds "(line 1 column
 * 42)"), counted here into lines as editors and the CLI count them; Firefox "line 1 column 42";
 * Safari nothing but where the text ends too soon. Kept this small because every element carries it: the words are problems.ts'.
 */
export function parseJson(text: string): Result<unknown, Problem> {
  // A byte order mark (Notepad's UTF-8) is no text: fetch drops it, inline JSON and pasted text keep it.
  if (text[0] === '\uFEFF') text = text.slice(1);
  const errors: Errors = [];
  try {
    return { ok: true, value: toNFC(JSON.parse(text)) };
  } catch (e) {
    const detail = (e as Error).message;
    // A text cut short (Chrome's "Unexpected end of JSON input", Safari's "Unexpected EOF") stops at its end.
    // Read without what V8 quotes of the document itself ('Unexpected token …, "…position 3…" is
    // not valid JSON'): words of the document are no place.
    const said = detail.replace(/".*"/s, '');
    const [, at = /end of|EOF/i.test(said) ? `${text.length}` : '', line, column] =
      /position (\d+)|line (\d+) column (\d+)/.exec(said) ?? [];
    fail(errors, '', at || line ? 'json' : 'json.unplaced', at ? placeIn(text, +at) : { line, column, detail });
    return { ok: false, errors };
  }
}
