/// <reference types="node" />
import { constants } from 'node:os';
import process from 'node:process';

import type { Locale } from '../format/messages.js';
import { csvToCollection } from '../sheet/controls.js';
import { undecodableRow } from '../sheet/csv.js';
import { feedText } from '../sheet/feed.js';
import { sheetSay } from '../sheet/messages.js';
import { COLUMNS, unknownWarning, type SheetDefaults, type SheetProblem, type SheetResult } from '../sheet/rows.js';
import { isWorkbookFile, LIMITS } from '../sheet/xlsx.js';
import { print } from './output.js';
import { decodeUtf8, isUrl, readInput } from './read.js';
import { say } from './strings.js';
import { isStandardOutput, writeOutput } from './write.js';

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
  if (await intoInput(file, options)) return 2;
  const input = await readInput(file);
  if (!input.ok) {
    print(process.stderr, [say(locale, 'unreadable', { file, detail: input.reason[locale] })]);
    return 2;
  }
  // The spreadsheet limit of a workbook, as the sheet page has it: past it, refused unread.
  if (input.bytes.length > LIMITS.fileBytes) {
    print(process.stderr, [
      say(locale, 'at.file', { file, message: sheetSay(locale, 'xlsx.size', { megabytes: LIMITS.fileBytes / 1024 / 1024 }) }),
    ]);
    return 1;
  }
  // `from-csv book.xlsx`: told to save the workbook as CSV UTF-8, the user would do what from-xlsx does for them.
  if (isWorkbookFile(input.bytes)) {
    print(process.stderr, [say(locale, 'at.file', { file, message: say(locale, 'csv.workbook') })]);
    return 1;
  }
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok) {
    const row = undecodableRow(input.bytes, COLUMNS);
    print(process.stderr, [say(locale, 'at.row', { file, row, message: say(locale, 'csv.encoding') })]);
    return 1;
  }
  return writeResult(csvToCollection(decoded.text, options), file, options);
}

/**
 * True, once said, when the JSON would go to standard output and that is the input file itself
 * (`from-csv data.csv >> data.csv`, or `- < data.csv >> data.csv`): checked before the input is
 * read, so that after `>` the empty file is said to be the shell's doing.
 */
export async function intoInput(file: string, options: FromCsvOptions): Promise<boolean> {
  if (options.output || isUrl(file) || !(await isStandardOutput(file === '-' ? 0 : file))) return false;
  print(process.stderr, [say(options.locale, 'at.file', { file, message: say(options.locale, 'stdout.input') })]);
  return true;
}

/**
 * The end of `from-csv` and `from-xlsx`: warnings, then the problems (exit 1, nothing written)
 * or the JSON (exit 0).
 */
export async function writeResult(result: SheetResult, file: string, options: FromCsvOptions): Promise<number> {
  const { locale } = options;
  for (const unknown of result.unknown) {
    const { sheet } = unknown;
    const warning = unknownWarning(unknown)[locale];
    print(process.stderr, [say(locale, 'at.file', { file: sheet === undefined ? file : `${file} [${sheet}]`, message: warning })]);
  }
  if (!result.ok) {
    const lines = result.problems.map((problem) => describe(problem, file, locale));
    print(process.stderr, [...lines, say(locale, 'csv.failed', { count: result.problems.length })]);
    return 1;
  }
  const feed = feedText(result.document);
  if (!feed.ok) {
    print(process.stderr, [
      say(locale, 'at.file', { file, message: feed.problem.message[locale] }),
      say(locale, 'csv.failed', { count: 1 }),
    ]);
    return 1;
  }
  const { text } = feed;
  if (!options.output) {
    process.stdout.write(text);
    return 0;
  }
  // Standard input may be the output file itself (`- -o data.csv < data.csv`): compared by its descriptor.
  const source = file === '-' ? 0 : isUrl(file) ? undefined : file;
  const written = await writeOutput(options.output, text, { force: options.force === true, input: source });
  if (!written.ok && 'interrupted' in written) {
    print(process.stderr, [say(locale, 'write.interrupted', { file: options.output, signal: written.interrupted })]);
    // As a shell reports a process a signal ended: 128 + its number (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
    return 128 + constants.signals[written.interrupted];
  }
  if (!written.ok) {
    print(process.stderr, [say(locale, 'unwritable', { file: options.output, detail: written.reason[locale] })]);
    return 2;
  }
  print(process.stderr, [say(locale, 'csv.written', { file: options.output, count: result.document.indicators.length })]);
  return 0;
}
