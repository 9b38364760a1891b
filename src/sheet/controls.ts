import { both } from '../cli/strings.js';
import { isolate, NOT_BLANK } from '../format/text.js';
import { inBoth } from '../spec/messages.js';
import { PROBLEMS } from '../spec/problems.js';
import { columnLetter, detectSeparator, normalizeName, parseCsv } from './csv.js';
import {
  AREAS_COLUMNS,
  COLUMNS,
  SERIES_COLUMNS,
  sheetToCollection,
  tablesToCollection,
  type SheetDefaults,
  type SheetProblem,
  type SheetResult,
  type Table,
} from './rows.js';

/*
 * Control characters in the cells `from-csv`, `from-xlsx` and the sheet page read, refused at their row and
 * column before a feed is written. The validator refuses the bidi controls (embedding, override,
 * isolate) in the text it draws, saying "remove them" (spec/rules.ts); a C0 or C1 control is
 * as foreign to a label and draws nothing, yet JSON carries it ("Lai\u0000Châu") into every page,
 * screen reader and database (PostgreSQL refuses \u0000 in text) that reads the feed. In a
 * spreadsheet it is invisible, and came from a paste or a broken export, not from a data team
 * that meant it: the tool names the cell and the character, in the validator's words, for the
 * team to retype it, rather than publish it or drop it unseen. Tab and line break (Alt+Enter)
 * are text; a carriage return was made a line break (sheet/rows.ts). Bidi controls are named in
 * every cell read, the URL too, which the validator reads as an address, not as text. So is half
 * a character, a surrogate without its pair: a workbook can hold one (`_xD800_`), a page draws it
 * as �, and a feed with one is not UTF-8 to the tools that read it.
 */

// C0 but tab, line feed and carriage return; DEL; C1.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// Half of a character: a surrogate without its pair, as a workbook may write one (`_xD800_`).
const HALF = /\p{Cs}/gu;
// eslint-disable-next-line no-control-regex -- all three: whether a text needs a closer look
const ANY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

/** The characters of `pattern` in `text`, named once each ("U+0000, U+001B"); undefined when none. */
function named(text: string, pattern: RegExp): string | undefined {
  const found = [...new Set(text.match(pattern))];
  return found.length ? found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ') : undefined;
}

/** What is wrong with `text`, as a problem's code and words: at most one each for controls, bidi controls and halves. */
function textProblems(text: string): Pick<SheetProblem, 'code' | 'message'>[] {
  if (!ANY.test(text)) return [];
  const controls = named(text, CONTROLS);
  const bidi = named(text, BIDI);
  const half = named(text, HALF);
  return [
    ...(controls ? [{ code: 'text.control', message: both('text.control', { controls }) }] : []),
    ...(bidi ? [{ code: 'text.bidi', message: inBoth(PROBLEMS, 'text.bidi', { controls: bidi }, isolate) }] : []),
    ...(half ? [{ code: 'text.half', message: both('text.half', { characters: half }) }] : []),
  ];
}

/** A cell with nothing to read in it, as sheet/rows.ts counts it: such a row is skipped. */
const isEmpty = (cell: unknown) => cell === undefined || (typeof cell === 'string' && !NOT_BLANK.test(cell));

/**
 * The problems of the text cells of `table` in the columns that are read (`columns`), below its
 * header (its first row with something in it, as sheet/rows.ts finds it).
 */
function tableProblems(table: Table, columns: readonly string[]): SheetProblem[] {
  const first = table.rows.findIndex((r) => r.cells.some((cell) => !isEmpty(cell)));
  if (first < 0) return [];
  // By their names as sheet/rows.ts matches them: the series sheet's `asOf` is read as `asof` too.
  const byName = new Map(columns.map((c) => [normalizeName(c), c]));
  const read = new Map<number, string>();
  table.rows[first].cells.forEach((cell, i) => {
    const column = byName.get(normalizeName(typeof cell === 'string' ? cell : ''));
    if (column && ![...read.values()].includes(column)) read.set(i, column);
  });
  const problems: SheetProblem[] = [];
  for (const { row, cells } of table.rows.slice(first + 1)) {
    if (!cells.some((cell) => !isEmpty(cell))) continue;
    for (const [i, column] of read) {
      const cell = cells[i];
      if (typeof cell !== 'string') continue;
      for (const found of textProblems(cell)) {
        problems.push({ ...(table.name !== undefined && { sheet: table.name }), row, column, letter: columnLetter(i), ...found });
      }
    }
  }
  return problems;
}

const FLAGS: [keyof SheetDefaults, string][] = [
  ['source', '--source'],
  ['sourceUrl', '--source-url'],
  ['areaCode', '--area-code'],
  ['areaName', '--area-name'],
  ['asOf', '--as-of'],
];

/** The problems of the collection-wide flags' values. */
function flagProblems(defaults: SheetDefaults): SheetProblem[] {
  return FLAGS.flatMap(([key, flag]) => {
    const value = defaults[key];
    return typeof value === 'string' ? textProblems(value).map((found) => ({ flag, ...found })) : [];
  });
}

/** The control characters of a workbook's sheets and of the flags. */
function workbookControls(tables: { indicators: Table; series?: Table; areas?: Table }, defaults: SheetDefaults): SheetProblem[] {
  return [
    ...flagProblems(defaults),
    ...tableProblems(tables.indicators, COLUMNS),
    ...(tables.series ? tableProblems(tables.series, SERIES_COLUMNS) : []),
    ...(tables.areas ? tableProblems(tables.areas, AREAS_COLUMNS) : []),
  ];
}

/** The control characters of a CSV file's text (BOM removed) and of the flags; the file is parsed only if it holds one. */
function csvControls(text: string, defaults: SheetDefaults): SheetProblem[] {
  if (!ANY.test(text)) return flagProblems(defaults);
  const parsed = parseCsv(text, detectSeparator(text, COLUMNS) ?? ',');
  // A file that cannot be split into cells says so itself (csv.unclosed, csv.quote).
  return parsed.ok ? workbookControls({ indicators: { rows: parsed.rows } }, defaults) : flagProblems(defaults);
}

/**
 * `result` with the control characters found (`controls`) among its problems, in the order
 * sheet/rows.ts gives them (by sheet, as `sheets` lists them, then row). A problem the
 * sheet's reading found at a cell or flag that holds a control is left out: the number "9\u00007"
 * is not a number because of its NUL, and the validator's "holds bidi controls" in a label is
 * already said.
 */
function withControls(result: SheetResult, controls: SheetProblem[], sheets: (string | undefined)[]): SheetResult {
  if (!controls.length) return result;
  const place = (p: SheetProblem) => (p.flag ? `flag ${p.flag}` : `${p.sheet}|${p.row}|${p.column}`);
  const taken = new Set(controls.map(place));
  const others = result.ok ? [] : result.problems.filter((p) => !taken.has(place(p)));
  const problems = [...controls, ...others].sort(
    (a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0),
  );
  return { ok: false, problems, unknownColumns: result.unknownColumns, unknown: result.unknown };
}

/** A CSV file's text (BOM removed) → the collection or its problems, control characters among them. */
export const csvToCollection = (text: string, defaults: SheetDefaults = {}): SheetResult =>
  withControls(sheetToCollection(text, defaults), csvControls(text, defaults), [undefined]);

/** A workbook's sheets → the collection or its problems, control characters among them. */
export function workbookToCollection(
  tables: { indicators: Table; series?: Table; areas?: Table },
  defaults: SheetDefaults = {},
): SheetResult {
  const sheets = [tables.indicators.name, tables.series?.name, tables.areas?.name];
  return withControls(tablesToCollection(tables, defaults), workbookControls(tables, defaults), sheets);
}
