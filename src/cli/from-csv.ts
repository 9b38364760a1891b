/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import process from 'node:process';
import type { Locale } from '../format/messages.js';
import { decodeUtf8, readInput } from './read.js';
import { sheetToCollection, type SheetDefaults, type SheetProblem, type SheetResult } from '../sheet/rows.js';
import { say } from './strings.js';

export interface FromCsvOptions extends SheetDefaults {
  locale: Locale;
  /** Write here instead of standard output (PowerShell's `>` would write UTF-16). */
  output?: string;
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
    process.stderr.write(`${say(locale, 'unreadable', { file, detail: input.reason[locale] })}\n`);
    return 2;
  }
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok) {
    process.stderr.write(`${say(locale, 'at.file', { file, message: say(locale, 'csv.encoding') })}\n`);
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
    process.stderr.write(`${say(locale, 'at.file', { file: sheet === undefined ? file : `${file} [${sheet}]`, message: warning })}\n`);
  }
  if (!result.ok) {
    const lines = result.problems.map((problem) => describe(problem, file, locale));
    process.stderr.write(`${lines.join('\n')}\n${say(locale, 'csv.failed', { count: result.problems.length })}\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.document, null, 2)}\n`;
  if (options.output) {
    await writeFile(options.output, json, 'utf8');
    process.stderr.write(`${say(locale, 'csv.written', { file: options.output, count: result.document.indicators.length })}\n`);
  } else {
    process.stdout.write(json);
  }
  return 0;
}
