/// <reference types="node" />
import process from 'node:process';
import type { Locale } from '../format/messages.js';
import { json, print } from './output.js';
import { decodeUtf8, isUrl, readInput } from './read.js';
import { sheetToCollection, type SheetDefaults, type SheetProblem, type SheetResult } from '../sheet/rows.js';
import { say } from './strings.js';
import { feedSize } from './validate-command.js';
import { writeOutput } from './write.js';
import { MAX_FEED_BYTES } from '../spec/limits.js';

export interface FromCsvOptions extends SheetDefaults {
  locale: Locale;
  /** Write here instead of standard output (PowerShell's `>` would write UTF-16). */
  output?: string;
  /** Replace an existing output file (never the input). */
  force?: boolean;
}

function describe(problem: SheetProblem, book: string, locale: Locale): string {
  // A workbook's problems name their sheet as well: "book.xlsx [series], row 3, …".
  const file = problem.sheet === undefined ? book : `${book} [${problem.sheet}]`;
  const message = problem.message[locale];
  const { row, column, letter, flag } = problem;
  if (row !== undefined && column && letter) return say(locale, 'at.cell', { file, row, column, letter, message });
  if (row !== undefined && column) return say(locale, 'at.column', { file, row, column, message });
  if (row !== undefined) return say(locale, 'at.row', { file, row, message });
  if (flag) return say(locale, 'at.flag', { file, flag, message });
  return say(locale, 'at.file', { file, message: problem.path ? `${problem.path}: ${message}` : message });
}

/**
 * `dx-widgets from-csv FILE.csv`: prints the collection as pretty UTF-8 JSON, or every problem
 * (with its row and column) on standard error and nothing on standard output.
 */
export async function fromCsvCommand(file: string, options: FromCsvOptions): Promise<number> {
  const { locale } = options;
  const input = await readInput(file);
  if (!input.ok) {
    print(process.stderr, [say(locale, 'unreadable', { file, detail: input.reason[locale] })]);
    return 2;
  }
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok) {
    print(process.stderr, [say(locale, 'at.file', { file, message: say(locale, 'csv.encoding') })]);
    return 1;
  }
  return writeResult(sheetToCollection(decoded.text, options), file, options);
}

/**
 * The end of `from-csv` and `from-xlsx`: warnings, then the problems (exit 1, nothing written)
 * or the JSON (exit 0).
 */
export async function writeResult(result: SheetResult, file: string, options: FromCsvOptions): Promise<number> {
  const { locale } = options;
  for (const { sheet, columns, known } of result.unknown) {
    const warning = say(locale, 'csv.unknown', { columns: columns.join(', '), known: known.join(', ') });
    print(process.stderr, [say(locale, 'at.file', { file: sheet === undefined ? file : `${file} [${sheet}]`, message: warning })]);
  }
  if (!result.ok) {
    const lines = result.problems.map((problem) => describe(problem, file, locale));
    print(process.stderr, [...lines, say(locale, 'csv.failed', { count: result.problems.length })]);
    return 1;
  }
  const text = json(result.document);
  // A feed larger than the elements load would only show an error where it is published.
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FEED_BYTES) {
    print(process.stderr, [say(locale, 'at.file', { file, message: say(locale, 'feed.size', feedSize(bytes)) }), say(locale, 'csv.failed', { count: 1 })]);
    return 1;
  }
  if (!options.output) {
    process.stdout.write(text);
    return 0;
  }
  const source = file === '-' || isUrl(file) ? undefined : file;
  const written = await writeOutput(options.output, text, { force: options.force === true, input: source });
  if (!written.ok) {
    print(process.stderr, [say(locale, 'unwritable', { file: options.output, detail: written.reason[locale] })]);
    return 2;
  }
  print(process.stderr, [say(locale, 'csv.written', { file: options.output, count: result.document.indicators.length })]);
  return 0;
}
