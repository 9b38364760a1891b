/// <reference types="node" />
import process from 'node:process';

import { workbookToCollection } from '../sheet/controls.js';
import { sheetSay } from '../sheet/messages.js';
import { readWorkbook } from '../sheet/xlsx.js';
import { intoInput, writeResult, type FromCsvOptions } from './from-csv.js';
import { print } from './output.js';
import { readInput } from './read.js';
import { say } from './strings.js';

export interface FromXlsxOptions extends FromCsvOptions {
  /** The sheet of indicators; the first sheet by default. */
  sheet?: string;
}

/**
 * `dx-widgets from-xlsx BOOK.xlsx`: as `from-csv`, from the workbook itself (its cells typed as
 * Excel typed them), with the `series` and `areas` sheets attached. Exit 1 for a file that is
 * not a workbook this can read (password, .xls, damaged, over the limits), as for a CSV that is
 * not UTF-8; exit 2 for a sheet name the workbook does not have.
 */
export async function fromXlsxCommand(file: string, options: FromXlsxOptions): Promise<number> {
  const { locale } = options;
  if (await intoInput(file, options)) return 2;
  // A workbook is binary: only 0 bytes is nothing (a line break is "not a workbook").
  const input = await readInput(file, { text: false });
  if (!input.ok) {
    print(process.stderr, [say(locale, 'unreadable', { file, detail: input.reason[locale] })]);
    return 2;
  }
  const book = readWorkbook(input.bytes, options.sheet);
  if (!book.ok) {
    print(process.stderr, [say(locale, 'at.file', { file, message: sheetSay(locale, book.code, book.params) })]);
    return book.code === 'xlsx.sheet' ? 2 : 1;
  }
  return writeResult(workbookToCollection(book.tables, options), file, options);
}
