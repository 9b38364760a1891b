import * as attributes from './attributes.js';
import { worded } from './messages.js';
import { parseOutsideJson } from './nesting.js';
import { PROBLEMS } from './problems.js';
import * as rules from './rules.js';
import type { Collection, CollectionFields, Feed, Indicator, IndicatorDocument, Problem, Result, ValidationError } from './types.js';

/**
 * The validator as tools call it (the CLI, the spreadsheet reader, server rendering,
 * `dx-widgets/data`): the format's rules (rules.ts), each problem in words (problems.ts), at
 * once. Elements call the rules themselves and load the words only when they have a problem
 * to show (feed/controller.ts).
 */

export type { Pick } from './rules.js';

/** A problem in words. */
const inWord = (problem: Problem): ValidationError => worded(problem, PROBLEMS);

/** A result with its problems in words. */
export const inWords = <T>(result: Result<T, Problem>): Result<T> =>
  result.ok ? result : { ok: false, errors: result.errors.map(inWord) };

/** Runs `read` with a list of its own for the problems it finds, and adds them to `errors` in words. */
function wordedInto<T>(errors: ValidationError[], read: (found: Problem[]) => T): T {
  const found: Problem[] = [];
  const out = read(found);
  errors.push(...found.map(inWord));
  return out;
}

/** Validates a whole document (one indicator or a collection) and every member in it: rules.ts `validateDocument`. */
export const validateDocument = (raw: unknown): Result<Feed> => inWords(rules.validateDocument(raw));

/** The collection's own fields, checked, and its members as written: rules.ts `readCollection`. */
export const readCollection = (raw: unknown): Result<Collection> => inWords(rules.readCollection(raw));

/** Picks one indicator from a document and validates it: rules.ts `selectIndicator`. */
export const selectIndicator = (raw: unknown, pick?: rules.Pick, overrides?: Partial<IndicatorDocument>): Result<Indicator> =>
  inWords(rules.selectIndicator(raw, pick, overrides));

/** Parses JSON text, its strings read as NFC, refused before it is parsed where it nests past MAX_DEPTH: nesting.ts `parseOutsideJson`. */
export const parseJson = (text: string): Result<unknown> => inWords(parseOutsideJson(text));

/** Validates one indicator at `path`, applying collection defaults: rules.ts `readIndicator`. */
export const readIndicator = (
  raw: unknown,
  path: string,
  errors: ValidationError[],
  defaults?: Omit<CollectionFields, 'title'>,
  needsId?: boolean,
): Indicator | undefined => wordedInto(errors, (found) => rules.readIndicator(raw, path, found, defaults, needsId));

/** Reads a number attribute: attributes.ts `readNumberAttribute`. */
export const readNumberAttribute = (raw: string | number | null | undefined, path: string, errors: ValidationError[]): number | undefined =>
  wordedInto(errors, (found) => attributes.readNumberAttribute(raw, path, found));

/** Turns attributes into document fields that replace the document's own: attributes.ts `attributeOverrides`. */
export const attributeOverrides = (attrs: attributes.IndicatorAttributes, errors: ValidationError[]): Partial<IndicatorDocument> =>
  wordedInto(errors, (found) => attributes.attributeOverrides(attrs, found));
