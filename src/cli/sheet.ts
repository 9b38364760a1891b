import type { CollectionDocument } from '../data/types.js';
import type { Locale } from '../format/messages.js';
import { validateDocument } from '../data/validate.js';
import { columnLetter, detectSeparator, normalizeName, parseCsv, type CsvRow } from './csv.js';
import { readNumber, writingOf } from './numbers.js';
import { both, say } from './strings.js';

/**
 * A spreadsheet of indicators (one per row) → a format-1 collection, checked by the widgets'
 * validator before anyone sees it. Every problem names the spreadsheet row and column.
 */

export const COLUMNS = [
  'id', 'label', 'label_en', 'unit', 'value', 'approx', 'as_of', 'area_code', 'area_name',
  'target', 'target_by', 'baseline', 'baseline_as_of', 'source', 'source_url', 'note',
  // Added after the first template: the counts behind a percentage, and whether lower is better.
  'count_part', 'count_whole', 'count_unit', 'direction',
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['id', 'label'];

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
  /** The spreadsheet row (header = 1). */
  row?: number;
  column?: Column;
  /** The column's letter, when the column is in the file. */
  letter?: string;
  /** The command-line flag behind a collection-level problem. */
  flag?: string;
  /** The validator's JSON path, when the validator found it. */
  path?: string;
  code: string;
  message: { vi: string; en: string };
}

export type SheetResult =
  | { ok: true; document: CollectionDocument; unknownColumns: string[] }
  | { ok: false; problems: SheetProblem[]; unknownColumns: string[] };

// The source's hedge in its own words is accepted too: "trên 76%" → over.
const APPROX = new Map([['khoảng', 'about'], ['trên', 'over'], ['dưới', 'under'], ['gần', 'nearly']]);

/** The column a validator path inside one indicator comes from. */
function columnOf(field: string): Column | undefined {
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
  if (head.startsWith('label')) return 'label';
  if (head === 'asOf') return 'as_of';
  return (COLUMNS as readonly string[]).includes(head) ? (head as Column) : undefined;
}

const FLAGS: Record<string, string> = {
  'source': '--source', 'source.name': '--source', 'source.url': '--source-url', 'source.published': '--source',
  'area': '--area-code', 'area.code': '--area-code', 'area.name': '--area-name', 'asOf': '--as-of',
};

const compact = (o: Record<string, unknown>) => {
  const kept = Object.entries(o).filter(([, v]) => v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
};

export function sheetToCollection(text: string, defaults: SheetDefaults = {}): SheetResult {
  const separator = detectSeparator(text, COLUMNS);
  const parsed = parseCsv(text, separator ?? ',');
  if (!parsed.ok) return { ok: false, unknownColumns: [], problems: [{ row: parsed.row, code: parsed.code, message: both(parsed.code, { row: parsed.row }) }] };
  const [first, ...records] = parsed.rows;
  // Without a recognised separator there is no header to read: every required column is missing.
  const names = separator && first ? first.cells.map(normalizeName) : [];
  const problems: SheetProblem[] = [];
  const index = new Map<Column, number>();
  names.forEach((name, i) => {
    if (!(COLUMNS as readonly string[]).includes(name)) return;
    if (index.has(name as Column)) problems.push({ row: 1, column: name as Column, letter: columnLetter(i), code: 'csv.duplicate', message: both('csv.duplicate', { column: name }) });
    else index.set(name as Column, i);
  });
  const unknownColumns = names.filter((name) => name && !(COLUMNS as readonly string[]).includes(name));
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length) problems.push({ row: 1, code: 'csv.header', message: both('csv.header', { missing: missing.join(', '), known: COLUMNS.join(', ') }) });
  if (problems.length) return { ok: false, problems, unknownColumns };

  const at = (row: number, column: Column) => {
    const i = index.get(column);
    return { row, column, ...(i !== undefined && { letter: columnLetter(i) }) };
  };
  const rows: CsvRow[] = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  // Under --decimal-comma, the cells of each number column by the writing they commit to.
  const writings = new Map<Column, Record<'point' | 'comma', string[]>>();
  const indicators = rows.map(({ row, cells }) => {
    const extra = cells.slice(names.length).filter((cell) => cell.trim() !== '');
    if (extra.length) problems.push({ row, code: 'csv.extra', message: both('csv.extra', { cells: cells.length, columns: names.length }) });
    const cell = (column: Column) => {
      const i = index.get(column);
      // A line break typed inside a cell (Alt+Enter) is kept, written as \n whatever the sheet's line ends.
      const value = i === undefined ? '' : (cells[i] ?? '').trim().replace(/\r\n?/g, '\n');
      return value === '' ? undefined : value;
    };
    const unit = cell('unit');
    // Counts are counts whatever the unit: a "%" after one is not a percentage of anything.
    const number = (column: Column, percent = unit === '%') => {
      const raw = cell(column);
      if (raw === undefined) return undefined;
      const read = readNumber(raw, { decimalComma: defaults.decimalComma, percent });
      const writing = defaults.decimalComma && read.ok ? writingOf(raw) : undefined;
      if (writing) {
        const cells = writings.get(column) ?? { point: [], comma: [] };
        cells[writing].push(`${at(row, column).letter}${row} "${raw}"`);
        writings.set(column, cells);
      }
      if (read.ok) return read.value;
      const hint = (locale: Locale) => (read.code === 'number.format' && !defaults.decimalComma ? say(locale, 'number.hint') : '');
      const message = { vi: say('vi', read.code, { raw, hint: hint('vi') }), en: say('en', read.code, { raw, hint: hint('en') }) };
      problems.push({ ...at(row, column), code: read.code, message });
      return undefined;
    };
    const label = cell('label');
    const labelEn = cell('label_en');
    const approx = cell('approx');
    return compact({
      id: cell('id'),
      label: labelEn === undefined ? label : compact({ vi: label, en: labelEn }),
      unit,
      value: number('value'),
      approx: approx === undefined ? undefined : (APPROX.get(approx.normalize('NFC').toLowerCase()) ?? approx.toLowerCase()),
      asOf: cell('as_of'),
      area: compact({ code: cell('area_code'), name: cell('area_name') }),
      target: compact({ value: number('target'), by: cell('target_by') }),
      baseline: compact({ value: number('baseline'), asOf: cell('baseline_as_of') }),
      source: compact({ name: cell('source'), url: cell('source_url') }),
      note: cell('note'),
      count: compact({ part: number('count_part', false), whole: number('count_whole', false), unit: cell('count_unit') }),
      direction: cell('direction'),
    }) ?? {};
  });

  const document = {
    ...compact({
      source: compact({ name: defaults.source, url: defaults.sourceUrl }),
      area: compact({ code: defaults.areaCode, name: defaults.areaName }),
      asOf: defaults.asOf,
    }),
    indicators,
  } as unknown as CollectionDocument;
  if (!rows.length) problems.push({ code: 'csv.empty', message: both('csv.empty') });
  for (const [column, { point, comma }] of writings) {
    if (!point.length || !comma.length) continue;
    const list = (cells: string[]) => (cells.length > 5 ? [...cells.slice(0, 5), '…'] : cells).join(', ');
    problems.push({ ...at(1, column), code: 'number.mixed', message: both('number.mixed', { point: list(point), comma: list(comma) }) });
  }

  const result = validateDocument(document);
  if (!result.ok) {
    const taken = new Set(problems.map((p) => `${p.row}|${p.column}`));
    for (const { path, code, message } of result.errors) {
      const member = /^indicators\[(\d+)\]\.?(.*)$/.exec(path);
      if (!member) {
        if (path === 'indicators' && !rows.length) continue;
        problems.push({ path, code, message, ...(Object.hasOwn(FLAGS, path) && { flag: FLAGS[path] }) });
        continue;
      }
      const row = rows[Number(member[1])].row;
      const column = columnOf(member[2]);
      // A number already refused in this cell leaves the field empty: say it once.
      if (column && taken.has(`${row}|${column}`)) continue;
      // "repeats id … as indicators[3]": say which row that is.
      const withRows = (text: string, word: string) =>
        text.replace(/indicators\[(\d+)\]/g, (whole, i: string) => (rows[Number(i)] ? `${whole} (${word} ${rows[Number(i)].row})` : whole));
      const located = { vi: withRows(message.vi, 'dòng'), en: withRows(message.en, 'row') };
      problems.push({ path, code, message: located, ...(column ? at(row, column) : { row }) });
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return problems.length ? { ok: false, problems, unknownColumns } : { ok: true, document, unknownColumns };
}
