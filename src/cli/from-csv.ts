/// <reference types="node" />
import process from 'node:process';
import type { Locale } from '../format/messages.js';
import { json, print } from './output.js';
import { decodeUtf8, isUrl, readInput } from './read.js';
import { COLUMNS, sheetToCollection, type SheetDefaults, type SheetProblem } from './sheet.js';
import { say } from './strings.js';
import { writeOutput } from './write.js';

export interface FromCsvOptions extends SheetDefaults {
  locale: Locale;
  /** Write here instead of standard output (PowerShell's `>` would write UTF-16). */
  output?: string;
  /** Replace an existing output file (never the input). */
  force?: boolean;
}

function describe(problem: SheetProblem, file: string, locale: Locale): string {
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
  const result = sheetToCollection(decoded.text, options);
  if (result.unknownColumns.length) {
    const warning = say(locale, 'csv.unknown', { columns: result.unknownColumns.join(', '), known: COLUMNS.join(', ') });
    print(process.stderr, [say(locale, 'at.file', { file, message: warning })]);
  }
  if (!result.ok) {
    const lines = result.problems.map((problem) => describe(problem, file, locale));
    print(process.stderr, [...lines, say(locale, 'csv.failed', { count: result.problems.length })]);
    return 1;
  }
  const text = json(result.document);
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
