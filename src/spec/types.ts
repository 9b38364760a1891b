/**
 * Indicator JSON, format 1: the documents a provincial data team publishes.
 * Kept in step with `indicator.schema.json` and `../shared/indicator-format.md`;
 * the field comments are the format's own words, shortened.
 */

/** Text given once (`"…"`) or per language (`{ "vi": "…", "en": "…" }`). */
export type LocalizedText = string | { [lang: string]: string };

/**
 * A unit given once (`"thuê bao"`, `"%"`) or per language (`{ "vi": "thuê bao", "en": "subscribers" }`).
 * The object needs `vi`; a missing or blank language falls back to it. `"%"` (or `{ "vi": "%" }`) is a percentage.
 */
export type Unit = string | { vi: string; [lang: string]: string };

/** `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`. */
export type DateString = string;

/** The source's own hedge: khoảng, trên, dưới, gần. */
export type Approx = 'about' | 'over' | 'under' | 'nearly';

export type Direction = 'up' | 'down';

export interface Area {
  /** Statistics-office province code (`"06"`) or another registry's code. */
  code: string;
  /** Shown as given. */
  name?: string;
}

export interface Count {
  part: number;
  whole: number;
  /** What is counted: `"hộ"`, `"thôn"`, or `{ "vi": "hộ", "en": "households" }`. */
  unit?: Unit;
}

export interface Target {
  value: number;
  /** The deadline, written like `asOf`. */
  by?: DateString;
  label?: LocalizedText;
}

export interface Baseline {
  value: number;
  asOf: DateString;
}

export interface SeriesPoint {
  asOf: DateString;
  value: number;
  /** The source's hedge on this point, as on `value`. */
  approx?: Approx;
}

/** A rank goal: among the `top` leading areas ("the 15 leading provinces by 2025"). */
export interface RankGoal {
  /** A whole number from 1 to the rank's `of`. */
  top: number;
  /** The deadline, written like `asOf`; required in a list. */
  by?: DateString;
  label?: LocalizedText;
}

export interface Rank {
  /** The place, from 1; may be absent only when `target` gives a goal. */
  position?: number;
  of: number;
  asOf?: DateString;
  /** One goal, or a plan's dated goals, earliest first. */
  target?: RankGoal | RankGoal[];
}

export interface Benchmark {
  label: LocalizedText;
  value: number;
}

export interface AreaValue {
  code: string;
  name?: string;
  value: number;
  approx?: Approx;
}

export interface Source {
  name: string;
  /** Only `http:` and `https:` addresses are accepted. */
  url?: string;
  published?: DateString;
}

/** One indicator as it is written in a document. */
export interface IndicatorDocument {
  id?: string;
  label: LocalizedText;
  unit?: Unit;
  value?: number;
  approx?: Approx;
  asOf?: DateString;
  area?: Area;
  count?: Count;
  direction?: Direction;
  /** One goal, or a plan's dated milestones, earliest first. */
  target?: Target | Target[];
  baseline?: Baseline;
  series?: SeriesPoint[];
  rank?: Rank;
  benchmarks?: Benchmark[];
  areas?: AreaValue[];
  source?: Source;
  note?: LocalizedText;
}

/** What a collection says once for all its members: the defaults and a heading. */
export interface CollectionFields {
  /** A heading for the whole feed (used by boards); an extension the format allows. */
  title?: LocalizedText;
  source?: Source;
  area?: Area;
  asOf?: DateString;
}

/** Many indicators with shared defaults (`source`, `area`, `asOf`). */
export interface CollectionDocument extends CollectionFields {
  indicators: IndicatorDocument[];
}

export type Document = IndicatorDocument | CollectionDocument;

/**
 * An indicator after validation: collection defaults applied, `direction` filled in.
 * Everything an element draws comes from this shape.
 */
export interface Indicator extends IndicatorDocument {
  direction: Direction;
  /** The one target single-goal readers show: for a list, the earliest not passed today (see targets.ts). */
  target?: Target;
  /** Every dated target, earliest first, when the document gave a list. */
  targets?: Target[];
}

/** A whole document after validation: always a list, even for a single indicator. */
export interface Feed extends CollectionFields {
  indicators: Indicator[];
}

/** A collection's checked defaults and its members as written (see `readCollection`). */
export interface Collection extends CollectionFields {
  members: unknown[];
}

/** One thing wrong with a document, named by its JSON path. */
export interface ValidationError {
  /** JSON path of the field, e.g. `indicators[3].value`; empty for the document itself. */
  path: string;
  /** A stable machine-readable code, e.g. `type.number`. */
  code: string;
  /** The message in Vietnamese and English. */
  message: { vi: string; en: string };
}

/**
 * A problem as the validator finds it (rules.ts): where, its code, and the values its message
 * names, before the words are looked up (`worded`, messages.ts). An element's own problems
 * may come with their words already.
 */
export interface Problem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
  message?: { vi: string; en: string };
}

/** A value, or what is wrong with it: validation errors in words, or problems (`Problem`) before them. */
export type Result<T, E = ValidationError> = { ok: true; value: T } | { ok: false; errors: E[] };
