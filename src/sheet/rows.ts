import { both, say } from '../cli/strings.js';
import type { Locale } from '../format/messages.js';
import { isPercentUnit, NOT_BLANK } from '../format/text.js';
import { MAX_ITEMS } from '../spec/limits.js';
import { toNFC } from '../spec/nfc.js';
import type { CollectionDocument } from '../spec/types.js';
import { validateDocument } from '../spec/validate.js';
import { columnLetter, detectSeparator, normalizeName, parseCsv } from './csv.js';
import { clip, sheetBoth, sheetSay } from './messages.js';
import { readNumber, writingOf, type NumberProblem } from './numbers.js';

/**
 * A spreadsheet of indicators (one per row) → a format-1 collection, checked by the widgets'
 * validator before anyone sees it. Every problem names the spreadsheet row and column (and the
 * sheet, in a workbook). Shared by `dx-widgets from-csv`/`from-xlsx` and demo/sheet.html, so it
 * uses no Node API.
 */

export const COLUMNS = [
  'id',
  'label',
  'label_en',
  'unit',
  'value',
  'approx',
  'as_of',
  'area_code',
  'area_name',
  'target',
  'target_by',
  'baseline',
  'baseline_as_of',
  'source',
  'source_url',
  'note',
  // Added after the first template: the counts behind a percentage, whether lower is better,
  // and the units in English.
  'count_part',
  'count_whole',
  'count_unit',
  'direction',
  'unit_en',
  'count_unit_en',
] as const;
/** A workbook's `series` and `areas` sheets: rows that attach to the indicator with their `id`. */
export const SERIES_COLUMNS = ['id', 'asOf', 'value', 'approx'] as const;
export const AREAS_COLUMNS = ['id', 'code', 'value', 'approx'] as const;
type Column = (typeof COLUMNS)[number];

/** The problems of a workbook cell that is no value: a formula error or none computed, a date, a date out of range. */
type SheetCellProblem = 'sheet.error' | 'sheet.date' | 'sheet.dateRange' | 'sheet.formula';

/**
 * A cell as the spreadsheet holds it: text (every CSV cell, a workbook's text cells), or, from a
 * workbook, a number (`percent` when formatted as one: 0.9727 shown as 97,27%), a date already
 * written at its format's precision (YYYY, YYYY-MM, YYYY-MM-DD), a formula error (#N/A), or a
 * formula saved without its result (by a program that writes workbooks without computing them),
 * or a cell formatted as a date whose number is no date Excel can show (`badDate`, as written).
 */
export type Cell =
  string | { number: number; percent?: boolean } | { date: string } | { badDate: string } | { error: string } | { formula: string };

export interface Table {
  /** The sheet's name in a workbook; a CSV file has none. */
  name?: string;
  /** The rows present, numbered as the spreadsheet numbers them (1-based). */
  rows: { row: number; cells: Cell[] }[];
  /** A workbook's merged ranges ("A2:A4"): rows and columns 1- and 0-based, first and last. */
  merged?: { ref: string; rows: [number, number]; columns: [number, number] }[];
}

/** Collection-level defaults, from the command line. */
export interface SheetDefaults {
  decimalComma?: boolean;
  source?: string;
  sourceUrl?: string;
  areaCode?: string;
  areaName?: string;
  asOf?: string;
}

export interface SheetProblem {
  /** The workbook sheet the problem is on (absent for a CSV file). */
  sheet?: string;
  /** The spreadsheet row (header = 1). */
  row?: number;
  column?: string;
  /** The column's letter, when the column is in the file. */
  letter?: string;
  /** The command-line flag behind a collection-level problem. */
  flag?: string;
  /** The validator's JSON path, when the validator found it. */
  path?: string;
  code: string;
  message: { vi: string; en: string };
}

/** Columns a sheet has that nothing reads, told as a warning. */
export interface UnknownColumns {
  sheet?: string;
  columns: string[];
  known: readonly string[];
}

/** Unknown columns named in a message: each clipped to QUOTE_MAX characters, at most this many, then how many more. */
const NAMED_COLUMNS = 10;

/** Column names as a message lists them: the first NAMED_COLUMNS, each clipped to QUOTE_MAX characters, then how many more. */
function columnList(columns: readonly string[], locale: Locale): string {
  if (!columns.length) return say(locale, 'csv.none');
  const more = columns.length > NAMED_COLUMNS ? say(locale, 'csv.more', { count: columns.length - NAMED_COLUMNS }) : '';
  return columns.slice(0, NAMED_COLUMNS).map(clip).join(', ') + more;
}

/** The warning for the columns a sheet has and nothing reads. */
export function unknownWarning({ columns, known }: UnknownColumns): { vi: string; en: string } {
  const words = (locale: Locale) => say(locale, 'csv.unknown', { columns: columnList(columns, locale), known: known.join(', ') });
  return { vi: words('vi'), en: words('en') };
}

/**
 * The error for a header row without the columns it needs: those missing, and what the header
 * does hold (not the columns the tool knows, which would read as though they had been found).
 */
function headerProblem(missing: readonly string[], found: readonly string[], sheet: string | undefined): { vi: string; en: string } {
  const words = (locale: Locale) => {
    const params = { missing: missing.join(', '), found: columnList(found, locale) };
    return sheet === undefined ? say(locale, 'csv.header', params) : sheetSay(locale, 'sheet.header', params);
  };
  return { vi: words('vi'), en: words('en') };
}

/** A header cell as the spreadsheet shows it, for naming it in a message. */
function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  if ('number' in cell) return String(cell.number);
  if ('date' in cell) return cell.date;
  if ('error' in cell) return cell.error;
  if ('badDate' in cell) return cell.badDate;
  return `=${cell.formula}`;
}

export type SheetResult =
  | { ok: true; document: CollectionDocument; unknownColumns: string[]; unknown: UnknownColumns[] }
  | { ok: false; problems: SheetProblem[]; unknownColumns: string[]; unknown: UnknownColumns[] };

// The source's hedge in its own words is accepted too: "trên 76%" → over.
const APPROX = new Map([
  ['khoảng', 'about'],
  ['trên', 'over'],
  ['dưới', 'under'],
  ['gần', 'nearly'],
]);
const readApprox = (text: string | undefined) =>
  text === undefined ? undefined : (APPROX.get(text.normalize('NFC').toLowerCase()) ?? text.toLowerCase());

/** The column a validator path inside one indicator comes from. */
function columnOf(field: string): Column | undefined {
  // A unit's English word has its own column; `unit.vi` is the `unit` column.
  if (field === 'unit.en') return 'unit_en';
  if (field === 'count.unit.en') return 'count_unit_en';
  const [head, tail] = field.split('.');
  const nested: Record<string, Record<string, Column>> = {
    area: { code: 'area_code', name: 'area_name', '': 'area_code' },
    target: { value: 'target', by: 'target_by', '': 'target' },
    baseline: { value: 'baseline', asOf: 'baseline_as_of', '': 'baseline' },
    source: { name: 'source', url: 'source_url', '': 'source' },
    count: { part: 'count_part', whole: 'count_whole', unit: 'count_unit', '': 'count_part' },
  };
  // Own properties only: a field named "constructor" is not a column.
  if (Object.hasOwn(nested, head)) return Object.hasOwn(nested[head], tail ?? '') ? nested[head][tail ?? ''] : nested[head][''];
  if (field === 'label.en') return 'label_en';
  if (head.startsWith('label')) return 'label';
  if (head.startsWith('unit')) return 'unit';
  if (head === 'asOf') return 'as_of';
  return (COLUMNS as readonly string[]).includes(head) ? (head as Column) : undefined;
}

const FLAGS: Record<string, string> = {
  source: '--source',
  'source.name': '--source',
  'source.url': '--source-url',
  'source.published': '--source',
  area: '--area-code',
  'area.code': '--area-code',
  'area.name': '--area-name',
  asOf: '--as-of',
};

const compact = (o: Record<string, unknown>) => {
  const kept = Object.entries(o).filter(([, v]) => v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
};

/** A cell with nothing to read in it: none, or text of blank space at most, as the format counts it in a label (and read.ts in a file). */
const isEmptyCell = (cell: Cell | undefined) => cell === undefined || (typeof cell === 'string' && !NOT_BLANK.test(cell));

/** Excel keeps 15 significant digits: 0.9727 × 100 is 97.27, not 97.27000000000001. */
const percentPoints = (n: number) => Number((n * 100).toPrecision(15));

/** A CSV file's text (BOM removed) → the collection: the `indicators` table alone. */
export function sheetToCollection(text: string, defaults: SheetDefaults = {}): SheetResult {
  const separator = detectSeparator(text, COLUMNS);
  const parsed = parseCsv(text, separator ?? ',');
  if (!parsed.ok)
    return {
      ok: false,
      unknownColumns: [],
      unknown: [],
      problems: [{ row: parsed.row, code: parsed.code, message: both(parsed.code, { row: parsed.row }) }],
    };
  // Without a recognised separator (no known column on the first line, split at , or ;) the
  // required columns are missing whatever is read: the file is read at , only to say what its
  // header holds (one cell, "id\tlabel", for a file separated by tabs). A header problem stops
  // before any row below is read.
  return tablesToCollection({ indicators: { rows: parsed.rows } }, defaults);
}

/** One sheet's header and rows, its problems reported with the sheet's name. */
class Sheet<C extends string> {
  readonly index = new Map<C, number>();
  readonly rows: { row: number; cells: Cell[] }[] = [];
  readonly unknown: string[] = [];
  width = 0;
  headerRow = 1;
  /** Under --decimal-comma, each number column's text cells by the writing they commit to. */
  private readonly writings = new Map<C, Record<'point' | 'comma', string[]>>();

  constructor(
    readonly table: Table,
    readonly columns: readonly C[],
    required: readonly C[],
    readonly problems: SheetProblem[],
  ) {
    const first = table.rows.findIndex((r) => r.cells.some((cell) => !isEmptyCell(cell)));
    const header = first < 0 ? undefined : table.rows[first];
    const byName = new Map(columns.map((c) => [normalizeName(c), c]));
    const unknown = new Set<string>();
    if (header) {
      this.headerRow = header.row;
      this.width = header.cells.length;
      header.cells.forEach((cell, i) => {
        const name = normalizeName(typeof cell === 'string' ? cell : '');
        const column = byName.get(name);
        if (!column) {
          // Each name once: a header of 50,000 copies of one column is one column not read.
          if (name && !unknown.has(name)) this.unknown.push(name);
          unknown.add(name);
          return;
        }
        if (this.index.has(column))
          this.problem({
            row: header.row,
            column,
            letter: columnLetter(i),
            code: 'csv.duplicate',
            message: both('csv.duplicate', { column }),
          });
        else this.index.set(column, i);
      });
      this.rows = table.rows.slice(first + 1).filter((r) => r.cells.some((cell) => !isEmptyCell(cell)));
    }
    // A merged range holds its value in its first cell only: the other rows would silently read
    // as empty. Said for each range that reaches a column read, at or below the header.
    const read = [...this.index.values()];
    for (const { ref, rows, columns } of table.merged ?? []) {
      if (rows[1] < this.headerRow || !read.some((i) => i >= columns[0] && i <= columns[1])) continue;
      this.problem({ row: rows[0], code: 'sheet.merged', message: sheetBoth('sheet.merged', { ref }) });
    }
    const missing = required.filter((column) => !this.index.has(column));
    if (missing.length) {
      const found = header ? header.cells.filter((cell) => !isEmptyCell(cell)).map(cellText) : [];
      this.problem({ row: this.headerRow, code: 'csv.header', message: headerProblem(missing, found, table.name) });
    }
  }

  /**
   * One problem on the header cell of each number column that mixes the two writings: under
   * --decimal-comma "1.234" is 1234 only if the column writes numbers the Vietnamese way, and a
   * "97.27" beside it says it may not. Never a guess (number cells typed by Excel are neither).
   */
  reportMixedWritings(): void {
    for (const [column, { point, comma }] of this.writings) {
      if (!point.length || !comma.length) continue;
      const list = (cells: string[]) => (cells.length > 5 ? [...cells.slice(0, 5), '…'] : cells).join(', ');
      this.problem({
        ...this.at(this.headerRow, column),
        code: 'number.mixed',
        message: both('number.mixed', { point: list(point), comma: list(comma) }),
      });
    }
  }

  problem(problem: SheetProblem): void {
    this.problems.push(this.table.name === undefined ? problem : { sheet: this.table.name, ...problem });
  }

  /** Where a column's cell of `row` is. */
  at(row: number, column: C): { row: number; column: C; letter?: string } {
    const i = this.index.get(column);
    return { row, column, ...(i !== undefined && { letter: columnLetter(i) }) };
  }

  /** Reads the cells of one row: text, numbers by the CSV rules or as the workbook typed them. */
  reader(row: number, cells: Cell[], decimalComma: boolean | undefined) {
    const raw = (column: C) => {
      const i = this.index.get(column);
      return i === undefined ? undefined : cells[i];
    };
    const refuse = (column: C, code: NumberProblem | SheetCellProblem, text: string) => {
      const hint = (locale: Locale) => (code === 'number.format' && !decimalComma ? say(locale, 'number.hint') : '');
      const message =
        code === 'sheet.error' || code === 'sheet.date' || code === 'sheet.dateRange' || code === 'sheet.formula'
          ? sheetBoth(code, { raw: text })
          : { vi: say('vi', code, { raw: text, hint: hint('vi') }), en: say('en', code, { raw: text, hint: hint('en') }) };
      this.problem({ ...this.at(row, column), code, message });
      return undefined;
    };
    const text = (column: C): string | undefined => {
      const cell = raw(column);
      if (cell === undefined) return undefined;
      if (typeof cell !== 'string') {
        if ('error' in cell) return refuse(column, 'sheet.error', clip(cell.error));
        if ('formula' in cell) return refuse(column, 'sheet.formula', clip(cell.formula));
        if ('badDate' in cell) return refuse(column, 'sheet.dateRange', cell.badDate);
        return 'date' in cell ? cell.date : String(cell.number);
      }
      // A line break typed inside a cell (Alt+Enter) is kept, written as \n whatever the sheet's line ends.
      const value = cell.trim().replace(/\r\n?/g, '\n');
      return value === '' ? undefined : value;
    };
    // Counts are counts whatever the unit: a "%" after one is not a percentage of anything.
    const number = (column: C, percent: boolean): number | undefined => {
      const cell = raw(column);
      if (cell === undefined || isEmptyCell(cell)) return undefined;
      if (typeof cell === 'string') {
        const read = readNumber(cell, { decimalComma, percent });
        const writing = decimalComma && read.ok ? writingOf(cell) : undefined;
        if (writing) {
          const cells = this.writings.get(column) ?? { point: [], comma: [] };
          cells[writing].push(`${this.at(row, column).letter}${row} "${clip(cell.trim())}"`);
          this.writings.set(column, cells);
        }
        return read.ok ? read.value : refuse(column, read.code, clip(cell.trim()));
      }
      if ('error' in cell) return refuse(column, 'sheet.error', clip(cell.error));
      if ('formula' in cell) return refuse(column, 'sheet.formula', clip(cell.formula));
      if ('date' in cell) return refuse(column, 'sheet.date', cell.date);
      if ('badDate' in cell) return refuse(column, 'sheet.dateRange', cell.badDate);
      if (!cell.percent) return cell.number;
      return percent ? percentPoints(cell.number) : refuse(column, 'number.percent', `${percentPoints(cell.number)}%`);
    };
    return { text, number };
  }
}

/**
 * The tables of a spreadsheet → the collection. `indicators` holds one indicator a row; `series`
 * and `areas` rows attach, in their order, to the indicator with their `id`.
 */
export function tablesToCollection(
  tables: { indicators: Table; series?: Table; areas?: Table },
  defaults: SheetDefaults = {},
): SheetResult {
  const problems: SheetProblem[] = [];
  const sheet = new Sheet(tables.indicators, COLUMNS, ['id', 'label'], problems);
  const series = tables.series && new Sheet(tables.series, SERIES_COLUMNS, ['id', 'asOf', 'value'], problems);
  const areas = tables.areas && new Sheet(tables.areas, AREAS_COLUMNS, ['id', 'code', 'value'], problems);
  const unknown: UnknownColumns[] = [sheet, series, areas].flatMap((s) =>
    s && s.unknown.length ? [{ ...(s.table.name !== undefined && { sheet: s.table.name }), columns: s.unknown, known: s.columns }] : [],
  );
  const result = (fail: boolean, document?: CollectionDocument): SheetResult =>
    fail || !document
      ? { ok: false, problems, unknownColumns: sheet.unknown, unknown }
      : { ok: true, document, unknownColumns: sheet.unknown, unknown };
  if (problems.length) return result(true);

  const { rows } = sheet;
  // Past the format's count, converting and validating every row only to say so would keep a
  // 100,000-row sheet busy for seconds: it is said at once, at the first row too many.
  const most = MAX_ITEMS.indicators;
  if (rows.length > most) {
    sheet.problem({
      row: rows[most].row,
      code: 'limit.items',
      message: sheetBoth('sheet.rows', { count: rows.length, most, next: most + 1 }),
    });
    return result(true);
  }
  const indicators = rows.map(({ row, cells }) => {
    const extra = cells.slice(sheet.width).filter((cell) => !isEmptyCell(cell));
    if (extra.length) sheet.problem({ row, code: 'csv.extra', message: both('csv.extra', { cells: cells.length, columns: sheet.width }) });
    const { text, number } = sheet.reader(row, cells, defaults.decimalComma);
    const unit = text('unit');
    // A unit with its English word becomes { vi, en }; without one it stays the plain word.
    const localized = (vi: string | undefined, en: string | undefined) => (en === undefined ? vi : compact({ vi, en }));
    const label = text('label');
    const labelEn = text('label_en');
    return (
      compact({
        id: text('id'),
        label: labelEn === undefined ? label : compact({ vi: label, en: labelEn }),
        unit: localized(unit, text('unit_en')),
        value: number('value', unit === '%'),
        approx: readApprox(text('approx')),
        asOf: text('as_of'),
        area: compact({ code: text('area_code'), name: text('area_name') }),
        target: compact({ value: number('target', unit === '%'), by: text('target_by') }),
        baseline: compact({ value: number('baseline', unit === '%'), asOf: text('baseline_as_of') }),
        source: compact({ name: text('source'), url: text('source_url') }),
        note: text('note'),
        count: compact({
          part: number('count_part', false),
          whole: number('count_whole', false),
          unit: localized(text('count_unit'), text('count_unit_en')),
        }),
        direction: text('direction'),
      }) ?? {}
    );
  });

  // Which sheet row each series point and area came from, by indicator and position.
  const origins = new Map<string, { sheet: Sheet<string>; row: number }>();
  // The indicators by id, found once: a scan of 10,000 indicators for each of 100,000 rows would not end.
  const byId = new Map<unknown, number[]>();
  indicators.forEach((indicator, i) => byId.set(indicator.id, [...(byId.get(indicator.id) ?? []), i]));
  const attach = <C extends 'id' | 'value' | 'approx' | 'asOf' | 'code'>(
    extra: Sheet<C> | undefined,
    field: 'series' | 'areas',
    key: C,
  ) => {
    if (!extra) return;
    for (const { row, cells } of extra.rows) {
      const { text, number } = extra.reader(row, cells, defaults.decimalComma);
      const id = text('id' as C);
      const owners = (id !== undefined && byId.get(id)) || [];
      if (owners.length !== 1) {
        const code = owners.length ? 'sheet.twoIds' : 'sheet.noId';
        if (id !== undefined)
          extra.problem({ ...extra.at(row, 'id' as C), code, message: sheetBoth(code, { id, sheet: tables.indicators.name ?? '' }) });
        continue;
      }
      const owner = indicators[owners[0]] as Record<string, unknown>;
      const entry =
        compact({ [key]: text(key), value: number('value' as C, isPercentUnit(owner.unit)), approx: readApprox(text('approx' as C)) }) ??
        {};
      const list = ((owner[field] as unknown[] | undefined) ?? (owner[field] = [])) as unknown[];
      origins.set(`${owners[0]}|${field}|${list.length}`, { sheet: extra as unknown as Sheet<string>, row });
      list.push(entry);
    }
  };
  attach(series, 'series', 'asOf');
  attach(areas, 'areas', 'code');
  for (const read of [sheet, series, areas]) read?.reportMixedWritings();

  // Cells and flags as NFC: a sheet saved on some systems holds decomposed Vietnamese.
  const document = toNFC({
    ...compact({
      source: compact({ name: defaults.source, url: defaults.sourceUrl }),
      area: compact({ code: defaults.areaCode, name: defaults.areaName }),
      asOf: defaults.asOf,
    }),
    indicators,
  }) as unknown as CollectionDocument;
  if (!rows.length)
    problems.push({
      ...(tables.indicators.name !== undefined && { sheet: tables.indicators.name }),
      code: 'csv.empty',
      message: both('csv.empty'),
    });

  const checked = validateDocument(document);
  if (!checked.ok) {
    const taken = new Set(problems.map((p) => `${p.sheet}|${p.row}|${p.column}`));
    for (const { path, code, message } of checked.errors) {
      const member = /^indicators\[(\d+)\]\.?(.*)$/.exec(path);
      if (!member) {
        if (path === 'indicators' && !rows.length) continue;
        problems.push({ path, code, message, ...(Object.hasOwn(FLAGS, path) && { flag: FLAGS[path] }) });
        continue;
      }
      // "repeats id … as indicators[3]": say which row that is.
      const withRows = (text: string, word: string) =>
        text.replace(/indicators\[(\d+)\]/g, (whole, i: string) => (rows[Number(i)] ? `${whole} (${word} ${rows[Number(i)].row})` : whole));
      const located = { vi: withRows(message.vi, 'dòng'), en: withRows(message.en, 'row') };
      const nested = /^(series|areas)\[(\d+)\]\.?(.*)$/.exec(member[2]);
      const origin = nested && origins.get(`${member[1]}|${nested[1]}|${nested[2]}`);
      // A series or areas list over its count came from its own sheet: said there, at the first
      // row past the limit, naming the indicator it belongs to.
      const list = /^(series|areas)$/.exec(member[2]);
      const past = list && code === 'limit.items' && origins.get(`${member[1]}|${list[1]}|${MAX_ITEMS[list[1]]}`);
      if (past) {
        const owner = indicators[Number(member[1])] as Record<string, unknown>;
        const params = {
          id: String(owner.id),
          row: rows[Number(member[1])].row,
          sheet: tables.indicators.name ?? '',
          count: (owner[list[1]] as unknown[]).length,
          most: MAX_ITEMS[list[1]],
          next: MAX_ITEMS[list[1]] + 1,
        };
        past.sheet.problem({ path, code, message: sheetBoth('sheet.items', params), ...past.sheet.at(past.row, 'id') });
        continue;
      }
      if (origin) {
        const column = nested[3] || (nested[1] === 'series' ? 'asOf' : 'code');
        if (taken.has(`${origin.sheet.table.name}|${origin.row}|${column}`)) continue;
        origin.sheet.problem({ path, code, message: located, ...origin.sheet.at(origin.row, column) });
        continue;
      }
      const row = rows[Number(member[1])].row;
      const column = columnOf(member[2]);
      // A number already refused in this cell leaves the field empty: say it once.
      if (column && taken.has(`${tables.indicators.name}|${row}|${column}`)) continue;
      sheet.problem({ path, code, message: located, ...(column ? sheet.at(row, column) : { row }) });
    }
  }
  const order = [tables.indicators.name, tables.series?.name, tables.areas?.name];
  problems.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  return result(problems.length > 0, document);
}
