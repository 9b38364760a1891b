import { Unzip, UnzipInflate } from 'fflate';

import { columnLetter } from './csv.js';
import type { Cell, Table } from './rows.js';
import { attribute, scanXml, XmlError } from './xml.js';

/**
 * A workbook (.xlsx, Office Open XML) → its sheets as rows of typed cells, in the browser and in
 * Node alike. The zip is read by fflate (no dependencies, ESM, ~8 kB for inflate) and the parts by
 * ./xml.ts. A workbook is untrusted input, so every size is capped before it costs memory: the
 * file, the number of zip entries, and the bytes inflated (counted as they come out, because the
 * sizes a zip declares can lie: a 10 kB "zip bomb" inflates to gigabytes).
 */

export const LIMITS = {
  /** The workbook file: a year of one province's indicators is a few hundred kB. */
  fileBytes: 10 * 1024 * 1024,
  /** Entries in the zip (sheets, styles, images…). */
  entries: 2000,
  /** Bytes inflated from the parts read (workbook, strings, styles, the sheets used). */
  unzippedBytes: 50 * 1024 * 1024,
  /**
   * Cells a sheet's rows hold, counting the empty ones before each row's last value. 50 MB of
   * XML holds at most ~2.5 million cells (20 bytes each), so a real sheet stays under it; a row
   * of one value in column XFD costs 16,384, and 60 bytes of XML (zipped: almost nothing)
   * repeated 10,000 times would make 160 million.
   */
  cells: 5_000_000,
};

export type WorkbookProblem =
  'xlsx.size' | 'xlsx.encrypted' | 'xlsx.legacy' | 'xlsx.notWorkbook' | 'xlsx.unzipped' | 'xlsx.cells' | 'xlsx.sheet' | 'xlsx.strings';

export type WorkbookResult =
  | { ok: true; sheets: string[]; tables: { indicators: Table; series?: Table; areas?: Table } }
  | { ok: false; code: WorkbookProblem; params?: Record<string, string | number> };

class Refused extends Error {
  constructor(
    readonly code: WorkbookProblem,
    readonly params: Record<string, string | number> = { megabytes: LIMITS.unzippedBytes / 1024 / 1024, entries: LIMITS.entries },
  ) {
    super(code);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): an encrypted .xlsx, or an Excel 97–2003 .xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether `bytes` begin as a workbook does: a zip (.xlsx), or a compound file (.xls, an encrypted .xlsx). */
export const isWorkbookFile = (bytes: Uint8Array) => startsWith(bytes, ZIP) || startsWith(bytes, CFB);

/** "EncryptionInfo" as the UTF-16LE directory name an encrypted package's CFB holds (MS-OFFCRYPTO). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i += 1) {
    for (let j = 0; j < name.length; j += 1) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

// A compressed chunk inflates to at most ~1032 times its size: 16 kB at a time keeps each step
// under ~17 MB before the count is checked.
const CHUNK = 16 * 1024;

/** The named entries' bytes, inflated under the limits; entries not wanted are never inflated. */
function unpack(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let entries = 0;
  let inflated = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > LIMITS.entries) throw new Refused('xlsx.unzipped');
    if (!wanted(file.name)) return;
    const parts: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      inflated += chunk.length;
      if (inflated > LIMITS.unzippedBytes) throw new Refused('xlsx.unzipped');
      parts.push(chunk);
      if (final) files.set(file.name, concat(parts));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  return files;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const utf8 = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder('utf-8').decode(bytes) : undefined);

/** Excel writes characters XML cannot hold as `_xHHHH_` (ECMA-376 ST_Xstring). */
const unescapeX = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open({ name }) {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic += 1;
    },
    close(name) {
      if (name === 'si') strings.push(unescapeX(current ?? ''));
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
    },
    text(text) {
      if (inText && current !== undefined) current += text;
    },
  });
  return strings;
}

/** What a cell's number format says it is: a percentage, a date (to which precision), or a plain number. */
type Kind = { percent: true } | { date: 'year' | 'month' | 'day' } | undefined;

// Built-in formats (ECMA-376 §18.8.30): 9 "0%", 10 "0.00%"; 14–22 and 45–47 dates and times
// (17 is "mmm-yy"); 27–36 and 50–58 are the East Asian locales' dates.
function builtIn(id: number): Kind {
  if (id === 9 || id === 10) return { percent: true };
  if (id === 17) return { date: 'month' };
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return { date: 'day' };
  return undefined;
}

/** A custom format code read for its kind, once quoted text, escapes, fills and [colours] are gone. */
export function formatKind(code: string): Kind {
  const first = code.split(';')[0];
  const bare = first.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  if (bare.includes('%')) return { percent: true };
  const lower = bare.toLowerCase();
  // An elapsed time ([h]:mm) is a duration, not a date; the brackets are gone, so test the original.
  if (/\[(h+|m+|s+)\]/i.test(first) && !/[yd]/.test(lower)) return undefined;
  if (!/[ymdhs]/.test(lower)) return undefined;
  if (lower.includes('d')) return { date: 'day' };
  if (lower.includes('y')) return { date: lower.includes('m') ? 'month' : 'year' };
  return { date: 'day' };
}

function styles(xml: string | undefined): Kind[] {
  const kinds: Kind[] = [];
  if (!xml) return kinds;
  const custom = new Map<number, Kind>();
  let inCellXfs = false;
  scanXml(xml, {
    open({ name, attrs }) {
      if (name === 'numFmt') custom.set(Number(attrs.numFmtId), formatKind(attrs.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        kinds.push(custom.has(id) ? custom.get(id) : builtIn(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return kinds;
}

/** 31 December 9999, the last date Excel shows, as a serial of the 1900 and of the 1904 date system. */
const LAST_SERIAL = 2_958_465;
const LAST_SERIAL_1904 = 2_957_003;

/** An Excel date serial → YYYY, YYYY-MM or YYYY-MM-DD (the 1900 system counts a 29 Feb 1900 that never was). */
export function serialDate(serial: number, precision: 'year' | 'month' | 'day', date1904 = false): string {
  const day = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const iso = new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/** "D4" → 3 (0-based column); undefined without letters. */
function columnIndex(ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  let n = 0;
  let i = 0;
  for (; i < ref.length && ref[i] >= 'A' && ref[i] <= 'Z'; i += 1) n = n * 26 + ref.charCodeAt(i) - 64;
  return i ? n - 1 : undefined;
}

/** "D4" → 4. */
const rowOf = (ref: string) => Number(/\d+/.exec(ref)?.[0] ?? 0);

/** A `<c>` as written: its type, style, cached value, inline text and formula. */
type RawCell = { type: string; style: number; value?: string; inline?: string; formula?: string };

// Excel's grid: 1,048,576 rows, 16,384 columns (A to XFD).
const MAX_ROW = 1_048_576;
const MAX_COLUMNS = 16_384;

function readSheet(xml: string, strings: string[], kinds: Kind[], date1904: boolean, name: string): Table {
  const rows: Table['rows'] = [];
  const merged: NonNullable<Table['merged']> = [];
  let cells: Cell[] = [];
  let rowNumber = 0;
  let column = -1;
  let cell: RawCell | undefined;
  let reading: 'v' | 't' | 'f' | undefined;
  let spread = 0;
  scanXml(xml, {
    open({ name: tag, attrs }) {
      if (tag === 'mergeCell' && attrs.ref) {
        const [from, to = from] = attrs.ref.split(':');
        const [first, last] = [columnIndex(from), columnIndex(to)];
        if (first !== undefined && last !== undefined)
          merged.push({ ref: attrs.ref, rows: [rowOf(from), rowOf(to)], columns: [first, last] });
      } else if (tag === 'row') {
        rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
        // Past Excel's last row a file was not written by a spreadsheet (and a sparse row would
        // cost memory for nothing): not a workbook.
        if (!(rowNumber >= 1 && rowNumber <= MAX_ROW)) throw new XmlError(`row ${attrs.r}`);
        cells = [];
        column = -1;
      } else if (tag === 'c') {
        column = columnIndex(attrs.r) ?? column + 1;
        // Past XFD a cell's index makes an array of billions of holes (or a property, silently lost).
        if (column >= MAX_COLUMNS) throw new XmlError(`cell ${attrs.r}`);
        cell = { type: attrs.t ?? 'n', style: Number(attrs.s ?? 0) };
      } else if (cell && tag === 'v') {
        reading = 'v';
        cell.value = '';
      } else if (cell && tag === 't') {
        reading = 't';
        cell.inline ??= '';
      } else if (cell && tag === 'f') {
        reading = 'f';
        cell.formula ??= '';
      }
    },
    close(tag) {
      if (tag === 'v' || tag === 't' || tag === 'f') reading = undefined;
      else if (tag === 'c' && cell) {
        // A text the shared strings do not hold would read as an empty cell: its value lost without a word.
        if (cell.type === 's' && cell.value && strings[Number(cell.value)] === undefined)
          throw new Refused('xlsx.strings', { sheet: name, cell: `${columnLetter(column)}${rowNumber}` });
        const value = toCell(cell, strings, kinds, date1904);
        if (value !== '') cells[column] = value;
        cell = undefined;
      } else if (tag === 'row' && cells.length) {
        // Rows without a value (formatting only) are left out: nothing reads them.
        spread += cells.length;
        if (spread > LIMITS.cells) throw new Refused('xlsx.cells', { sheet: name, cells: LIMITS.cells });
        rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
      }
    },
    text(text) {
      if (!cell || !reading) return;
      if (reading === 'v') cell.value += text;
      else if (reading === 'f') cell.formula += text;
      else cell.inline += text;
    },
  });
  return { name, rows, ...(merged.length && { merged }) };
}

function toCell(cell: RawCell, strings: string[], kinds: Kind[], date1904: boolean): Cell {
  const { type, value } = cell;
  if (type === 'inlineStr') return unescapeX(cell.inline ?? '');
  // No <v> at all: never computed (a formula whose result is "" has an empty <v>). A shared
  // formula's other cells hold an empty <f>: their text is in the first cell.
  if (value === undefined && cell.formula !== undefined) return { formula: cell.formula || '…' };
  if (value === undefined || value === '') return '';
  if (type === 's') return strings[Number(value)];
  if (type === 'str') return unescapeX(value);
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (type === 'e') return { error: value };
  if (type === 'd') return { date: value.slice(0, 10) };
  // Excel keeps 15 significant digits and writes 17: a sum it shows as 0.3 is stored 0.30000000000000004.
  const number = Number(Number(value).toPrecision(15));
  if (!Number.isFinite(number)) return value;
  const kind = kinds[cell.style];
  // Past 31 December 9999 (or before the epoch) Excel shows #### and Date has no day for it
  // (1e8 days is past its range, and threw): the cell is said to be a date out of range.
  if (kind && 'date' in kind)
    return number < 0 || number > (date1904 ? LAST_SERIAL_1904 : LAST_SERIAL)
      ? { badDate: value }
      : { date: serialDate(number, kind.date, date1904) };
  return kind && 'percent' in kind ? { number, percent: true } : { number };
}

/** The workbook's sheets by name, in tab order, with the zip path of each. */
function sheetList(workbook: string, rels: string | undefined): { sheets: { name: string; path: string }[]; date1904: boolean } {
  const targets = new Map<string, string>();
  if (rels) {
    scanXml(rels, {
      open({ name, attrs }) {
        if (name === 'Relationship' && attrs.Id && attrs.Target) targets.set(attrs.Id, attrs.Target);
      },
    });
  }
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  scanXml(workbook, {
    open({ name, attrs }) {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name !== 'sheet') return;
      const target = targets.get(attribute(attrs, 'id') ?? '');
      if (!target || attrs.name === undefined) return;
      // Targets are relative to xl/ (or absolute from the package root).
      sheets.push({ name: attrs.name, path: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
    },
  });
  return { sheets, date1904 };
}

/**
 * Reads a workbook: the indicators from the sheet named `sheet` (the first sheet by default), and
 * the sheets named "series" and "areas" when present (any case).
 */
export function readWorkbook(bytes: Uint8Array, sheet?: string): WorkbookResult {
  if (bytes.length > LIMITS.fileBytes) return { ok: false, code: 'xlsx.size', params: { megabytes: LIMITS.fileBytes / 1024 / 1024 } };
  if (startsWith(bytes, CFB)) return { ok: false, code: isEncrypted(bytes) ? 'xlsx.encrypted' : 'xlsx.legacy' };
  if (!startsWith(bytes, ZIP)) return { ok: false, code: 'xlsx.notWorkbook' };
  try {
    const parts = unpack(bytes, (name) =>
      ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].includes(name),
    );
    const workbook = utf8(parts.get('xl/workbook.xml'));
    if (!workbook) return { ok: false, code: 'xlsx.notWorkbook' };
    const { sheets, date1904 } = sheetList(workbook, utf8(parts.get('xl/_rels/workbook.xml.rels')));
    const names = sheets.map((s) => s.name);
    const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
    if (!chosen)
      return {
        ok: false,
        code: sheet === undefined ? 'xlsx.notWorkbook' : 'xlsx.sheet',
        params: { sheet: sheet ?? '', sheets: names.join(', ') },
      };
    const byName = (wanted: string) => sheets.find((s) => s !== chosen && s.name.trim().toLowerCase() === wanted);
    const used = { indicators: chosen, series: byName('series'), areas: byName('areas') };
    const paths = new Set(Object.values(used).flatMap((s) => (s ? [s.path] : [])));
    const xml = unpack(bytes, (name) => paths.has(name));
    const strings = sharedStrings(utf8(parts.get('xl/sharedStrings.xml')));
    const kinds = styles(utf8(parts.get('xl/styles.xml')));
    const table = (s: { name: string; path: string } | undefined) => {
      const text = s && utf8(xml.get(s.path));
      return text === undefined ? undefined : readSheet(text, strings, kinds, date1904, s!.name);
    };
    const indicators = table(chosen);
    if (!indicators) return { ok: false, code: 'xlsx.notWorkbook' };
    return { ok: true, sheets: names, tables: { indicators, series: table(used.series), areas: table(used.areas) } };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, code: e.code, params: e.params };
    // A broken zip or malformed XML (fflate's and ./xml.ts's errors): not a workbook this can read.
    if (e instanceof XmlError || e instanceof Error) return { ok: false, code: 'xlsx.notWorkbook' };
    throw e;
  }
}
