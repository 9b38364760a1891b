import { bilingual, type MessageKey, type MessageParams } from '../format/messages.js';
import { NOT_BLANK } from '../format/text.js';
import { deadlineKey, todayText, upcomingTarget } from './targets.js';
import type { Collection, CollectionFields, Feed, Indicator, IndicatorDocument, Result, ValidationError } from './types.js';

/**
 * The one validator every element, the schema test and the CLI use.
 * It checks format 1 field by field, collects every problem with its JSON path,
 * and never guesses: a value it cannot read unambiguously is an error.
 * Unknown fields are ignored so newer documents still load.
 */

type Json = Record<string, unknown>;
type Errors = ValidationError[];

const ID = /^[a-z0-9-]+$/;
// Calendar checks beyond the shape are done by `isRealDate`.
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** The only links the format allows (and the only ones an element makes). */
export const HTTP_URL = /^https?:\/\/\S+$/i;

export function problem(path: string, code: MessageKey, params?: MessageParams): ValidationError {
  return { path, code, message: bilingual(code, params) };
}

function fail(errors: Errors, path: string, code: MessageKey, params?: MessageParams): undefined {
  errors.push(problem(path, code, params));
  return undefined;
}

/** A JSON path one step further: `a.b`, `a[0]`. */
export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real period (no 30 February): the format's dates. */
export function isDate(text: string): boolean {
  return DATE.test(text) && isRealDate(text);
}

/** `YYYY-MM-DD` that names a real day (no 30 February). */
function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (d === undefined) return true;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCDate() === d;
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
  (pattern?: RegExp, code: MessageKey = 'empty'): Reader =>
  (v, at, errors) =>
    typeof v !== 'string' ? fail(errors, at, 'type.string') : pattern && !pattern.test(v) ? fail(errors, at, code) : v;

const anyString = string();
const name = string(NOT_BLANK);

const number =
  (least?: number, code: MessageKey = 'range.negative', percentAware = false): Reader =>
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
  typeof v !== 'string' ? fail(errors, at, 'type.string') : isDate(v) ? v : fail(errors, at, 'pattern.date');

const text: Reader = (v, at, errors) => {
  if (typeof v === 'string') return NOT_BLANK.test(v) ? v : fail(errors, at, 'empty');
  const texts = isObject(v) ? Object.values(v) : [];
  const good = texts.length > 0 && texts.every((t) => typeof t === 'string') && texts.some((t) => NOT_BLANK.test(t as string));
  return good ? v : fail(errors, at, 'type.text');
};

/** An object of known fields; unknown fields are dropped. `check` sees the fields once they are all right. */
const object = (fields: Record<string, Field>, check?: (o: Json, at: string, errors: Errors) => void): Reader => {
  // Listed once: a page of a hundred widgets reads a hundred documents.
  const entries = Object.entries(fields);
  return (v, at, errors, percent) => {
    if (!isObject(v)) return fail(errors, at, 'type.object');
    const before = errors.length;
    const out: Json = {};
    for (const [key, [read, required]] of entries) {
      const field = v[key];
      if (field === undefined) {
        if (required) fail(errors, join(at, key), 'required');
      } else {
        const read_ = read(field, join(at, key), errors, percent);
        if (read_ !== undefined) out[key] = read_;
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

const APPROX = oneOf(['about', 'over', 'under', 'nearly']);
const AREA = object({ code: [name, 1], name: [anyString] });
const SOURCE = object({ name: [name, 1], url: [string(HTTP_URL, 'pattern.url')], published: [date] });

// `target`: one goal, or a plan's dated milestones (issue 20). Each milestone needs its
// deadline, and they run earliest first by deadline ("2024" ends after "2024-06"), no repeats:
// a reader judges the next one due, which a shuffled list would get wrong.
const TARGET_FIELDS = { value: [figure, 1], label: [text] } satisfies Record<string, Field>;
const ONE_TARGET = object({ ...TARGET_FIELDS, by: [date] });
const TARGET_LIST = list(object({ ...TARGET_FIELDS, by: [date, 1] }), (targets, at, errors) => {
  if (!targets.length) fail(errors, at, 'empty');
  targets.forEach((target, i) => {
    const previous = targets[i - 1];
    if (previous && deadlineKey(target.by as string) <= deadlineKey(previous.by as string)) {
      fail(errors, join(join(at, i), 'by'), 'target.order', { by: target.by as string, previous: previous.by as string });
    }
  });
});
const TARGET: Reader = (v, at, errors, percent) => (Array.isArray(v) ? TARGET_LIST : ONE_TARGET)(v, at, errors, percent);

// The format's fields (../shared/indicator-format.md), in its order.
const INDICATOR: Record<string, Field> = {
  id: [string(ID, 'pattern.id')],
  label: [text, 1],
  unit: [anyString],
  value: [figure],
  approx: [APPROX],
  asOf: [date],
  area: [AREA],
  count: [
    object({ part: [number(0), 1], whole: [number(0, 'range.positive'), 1], unit: [anyString] }, (c, at, errors) => {
      if ((c.part as number) > (c.whole as number)) fail(errors, join(at, 'part'), 'count.part', { part: c.part as number, whole: c.whole as number });
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
  rank: [
    object({ position: [positiveInteger, 1], of: [positiveInteger, 1], asOf: [date] }, (r, at, errors) => {
      if ((r.position as number) > (r.of as number)) fail(errors, join(at, 'position'), 'rank.position', { position: r.position as number, of: r.of as number });
    }),
  ],
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
  const percent = isObject(raw) && raw.unit === '%';
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

/** The collection's member list, or an error at `indicators`. */
function readMembers(raw: Json, errors: Errors): unknown[] | undefined {
  if (Array.isArray(raw.indicators)) return raw.indicators;
  return fail(errors, 'indicators', 'type.array');
}

/** Validates a whole document (one indicator or a collection) and every member in it. */
export function validateDocument(raw: unknown): Result<Feed> {
  const errors: Errors = [];
  if (!isObject(raw)) {
    fail(errors, '', 'type.object');
    return { ok: false, errors };
  }
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
export function readCollection(raw: unknown): Result<Collection> {
  const errors: Errors = [];
  if (!isObject(raw)) {
    fail(errors, '', 'type.object');
    return { ok: false, errors };
  }
  if (!isCollection(raw)) return { ok: true, value: { members: [raw] } };
  const defaults = readCollectionDefaults(raw, errors);
  const members = readMembers(raw, errors);
  if (members && members.length === 0) fail(errors, 'indicators', 'empty');
  return errors.length || !members ? { ok: false, errors } : { ok: true, value: { ...defaults, members } };
}

export interface Pick {
  /** The member's `id`, for collections. */
  indicator?: string;
  /** The member's `area.code`, where several members share an id. */
  area?: string;
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
export function selectIndicator(raw: unknown, pick: Pick = {}, overrides: Partial<IndicatorDocument> = {}): Result<Indicator> {
  const errors: Errors = [];
  if (!isObject(raw)) {
    fail(errors, '', 'type.object');
    return { ok: false, errors };
  }
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
    else if (pick.indicator === undefined && members.length > 1) fail(errors, 'indicators', 'indicator.choose', { ids: idList() });
    let index = pick.indicator === undefined ? 0 : -1;
    if (pick.indicator !== undefined) {
      const matches = members.flatMap((m, i) => (isObject(m) && m.id === pick.indicator ? [i] : []));
      const areaOf = (i: number) => memberArea(members[i], raw);
      const areaList = () => matches.map(areaOf).filter(Boolean).join(', ') || '—';
      if (matches.length === 0) {
        fail(errors, 'indicators', 'indicator.unknown', { id: pick.indicator, ids: idList() });
      } else if (pick.area !== undefined) {
        const inArea = matches.filter((i) => areaOf(i) === pick.area);
        index = inArea[0] ?? -1;
        if (index < 0) fail(errors, 'indicators', 'area.unknown', { id: pick.indicator, area: pick.area, areas: areaList() });
        // Two members for one id and area: which figure is meant would be a guess.
        else if (inArea.length > 1) fail(errors, `indicators[${inArea[1]}].id`, 'indicator.duplicate', { id: pick.indicator, other: index });
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
    // A `target` attribute changes the goal's value but keeps the document's deadline.
    const target = overrides.target && isObject(member.target) ? { ...member.target, ...overrides.target } : overrides.target;
    member = { ...member, ...overrides, ...(target && { target }) };
  }
  const indicator = readIndicator(member, path, errors, defaults, isCollection(raw));
  return indicator && !errors.length ? { ok: true, value: indicator } : { ok: false, errors };
}

/** Parses JSON text, turning a syntax error into a validation error at the document's root. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const errors: Errors = [];
    fail(errors, '', 'json', { detail: (e as Error).message });
    return { ok: false, errors };
  }
}
