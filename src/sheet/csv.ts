/**
 * CSV as Excel and Google Sheets write it (RFC 4180): comma or semicolon separated, fields in
 * double quotes may hold the separator, line breaks and doubled quotes (""), rows end in CRLF,
 * LF or CR. Rows are numbered as the spreadsheet numbers them: the header is row 1, and a cell
 * with a line break inside still belongs to one row.
 */

export type Separator = ',' | ';';

export interface CsvRow {
  /** The spreadsheet's row number, 1-based, the header being row 1. */
  row: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; row: number; code: 'csv.unclosed' | 'csv.quote' };

/**
 * Splits `text` (BOM already removed) into rows of cells. A row with nothing in it (an empty
 * line, or separators only: ",,,," as Excel saves a row that is formatted but empty) is left
 * out, its number counted: nothing reads such a row, and 10 MB of them, as object after object,
 * took gigabytes and many seconds.
 */
export function parseCsv(text: string, separator: Separator): CsvResult {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let row = 0;
  let i = 0;
  const endRow = () => {
    row += 1;
    if (cells.some((cell) => cell !== '')) rows.push({ row, cells });
    cells = [];
  };
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      const opened = row + 1;
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return { ok: false, row: opened, code: 'csv.unclosed' };
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i += 1;
      }
      if (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        return { ok: false, row: opened, code: 'csv.quote' };
      }
    } else {
      const start = i;
      while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i += 1;
      cell = text.slice(start, i);
    }
    cells.push(cell);
    if (text[i] === separator) {
      i += 1;
      // A separator at the very end of the text still opens one more (empty) cell.
      if (i === text.length) cells.push('');
    } else {
      if (text[i] === '\r' && text[i + 1] === '\n') i += 1;
      i += 1;
      endRow();
    }
  }
  if (cells.length) endRow();
  return { ok: true, rows };
}

/** `text` up to its first line break: found, not split out of a 10 MB text line by line. */
const firstLineOf = (text: string) => {
  const end = text.search(/[\r\n]/);
  return end < 0 ? text : text.slice(0, end);
};

/** The first line's cells as the header would be split by `separator` (quotes respected). */
function headerCells(firstLine: string, separator: Separator): string[] {
  const firstRow = parseCsv(firstLine, separator);
  return firstRow.ok && firstRow.rows.length ? firstRow.rows[0].cells : firstLine.split(separator);
}

/**
 * The separator of the header line: the one that splits it into more of the `known` column
 * names. A sheet saved on a computer set to Vietnamese uses ";" (the "," is its decimal mark).
 */
export function detectSeparator(text: string, known: readonly string[]): Separator | undefined {
  const firstLine = firstLineOf(text);
  const score = (separator: Separator) =>
    firstLine.includes(separator) ? headerCells(firstLine, separator).filter((cell) => known.includes(normalizeName(cell))).length : 0;
  const comma = score(',');
  const semicolon = score(';');
  if (comma === 0 && semicolon === 0) return undefined;
  return semicolon > comma ? ';' : ',';
}

/** A header cell as a column name: trimmed, lower case ("Label_EN " → "label_en"). */
export const normalizeName = (cell: string) => cell.trim().toLowerCase();

/** The spreadsheet's letter for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The spreadsheet row of the first byte of `bytes` that is not UTF-8 (a cell pasted from a file in
 * Windows-1258), its rows counted as `parseCsv` counts them. Called once a decoding has failed:
 * the longest prefix that decodes is found by halving, each decoding a prefix as a stream, which
 * accepts a character cut at its end.
 */
export function undecodableRow(bytes: Uint8Array, known: readonly string[]): number {
  const decode = (length: number) => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      decode(middle);
      good = middle;
    } catch {
      bad = middle;
    }
  }
  // A cell begun where the byte is: its row, or the row its quote opened on.
  const text = decode(good);
  const parsed = parseCsv(`${text}x`, detectSeparator(text, known) ?? ',');
  return parsed.ok ? parsed.rows[parsed.rows.length - 1].row : parsed.row;
}
