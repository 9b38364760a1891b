/// <reference types="node" />
import process from 'node:process';

import { inBoth, type Locale } from '../format/messages.js';
import { MAX_FEED_BYTES } from '../spec/limits.js';
import { markProblem, parseOutsideJson, wideMark } from '../spec/nesting.js';
import { PROBLEMS } from '../spec/problems.js';
import { inWords, validateDocument } from '../spec/validate.js';
import { lineColumn, locate, positionOf } from './locate.js';
import { json, print } from './output.js';
import { decodeUtf8, readInput } from './read.js';
import type { Reason } from './reasons.js';
import { both, feedSize, say } from './strings.js';

/** One problem in the `--json` report. `line`/`column` are null when there is no text to point into. */
export interface ReportError {
  path: string;
  line: number | null;
  column: number | null;
  code: string;
  message: Reason;
}

export interface FileReport {
  file: string;
  valid: boolean;
  /** Present (true) when the file or URL could not be read at all: exit code 2. */
  unreadable?: true;
  /** How many indicators a valid document holds. */
  indicators?: number;
  errors: ReportError[];
}

/** Checks JSON text with the widgets' own validator and places every error in the text. */
export function checkText(text: string): { errors: ReportError[]; indicators: number; document?: unknown } {
  const parsed = parseOutsideJson(text);
  if (!parsed.ok) {
    // Nested too deep: where the limit was passed, as the message says (the text is not walked).
    const deep = parsed.errors[0].code === 'json.depth' && parsed.errors[0].params;
    const at = deep ? { line: +deep.line, column: +deep.column } : (locate(text, []).syntaxError ?? { line: 1, column: 1 });
    // In words as validate.ts's parseJson says them, once the place is read from the problem.
    const said = inWords(parsed);
    const errors = said.ok ? [] : said.errors.map(({ path, code, message }) => ({ path, ...at, code, message }));
    return { errors, indicators: 0 };
  }
  const result = validateDocument(parsed.value);
  if (result.ok) return { errors: [], indicators: result.value.indicators.length, document: parsed.value };
  // Only the paths in error are looked for: a valid file, or a large one, is not walked twice.
  const located = locate(
    text,
    result.errors.map(({ path }) => path),
  );
  const errors = result.errors.map(({ path, code, message }) => ({ path, ...positionOf(located, path), code, message }));
  return { errors, indicators: 0, document: parsed.value };
}

/**
 * Checks a file's bytes: its encoding first, then its text (checkText), then its size. For
 * `validate` and for `preview`'s page, which say alike what is wrong with one file.
 */
export function checkBytes(bytes: Uint8Array): ReturnType<typeof checkText> {
  // A byte order mark of UTF-16 or UTF-32 names the encoding, as the feed loader names it: said so,
  // not only "not UTF-8" (a lone mark, or a mark and blank space, is an empty file: readInput).
  const mark = wideMark(bytes);
  if (mark) {
    const code = markProblem(mark);
    return { errors: [{ path: '', line: 1, column: 1, code, message: inBoth(PROBLEMS, code) }], indicators: 0 };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, column } = lineColumn(new TextDecoder().decode(bytes), decoded.offset);
    return { errors: [{ path: '', line, column, code: 'encoding', message: both('encoding') }], indicators: 0 };
  }
  const checked = checkText(decoded.text);
  // Valid, but larger than the elements load: as good as broken once published.
  if (bytes.length > MAX_FEED_BYTES)
    checked.errors.unshift({ path: '', line: 1, column: 1, code: 'feed.size', message: both('feed.size', feedSize(bytes.length)) });
  return checked;
}

/** Reads and checks one file or URL. */
export async function checkInput(file: string): Promise<FileReport> {
  const input = await readInput(file);
  if (!input.ok) {
    const error = { path: '', line: null, column: null, code: 'unreadable', message: input.reason };
    return { file, valid: false, unreadable: true, errors: [error] };
  }
  const { errors, indicators } = checkBytes(input.bytes);
  return errors.length ? { file, valid: false, errors } : { file, valid: true, indicators, errors };
}

/** The exit code for a set of reports: 2 if any could not be read, else 1 if any is invalid. */
export const exitCode = (reports: FileReport[]) => (reports.some((r) => r.unreadable) ? 2 : reports.some((r) => !r.valid) ? 1 : 0);

function describe(report: FileReport, locale: Locale): string[] {
  const { file } = report;
  if (report.unreadable) return [say(locale, 'unreadable', { file, detail: report.errors[0].message[locale] })];
  if (report.valid) return [say(locale, 'valid', { file, count: report.indicators ?? 0 })];
  const lines = report.errors.map((error) => {
    const where = error.line === null ? file : `${file}:${error.line}:${error.column}`;
    return `  ${where}  ${error.path || say(locale, 'root')}: ${error.message[locale]}`;
  });
  return [say(locale, 'invalid', { file, count: report.errors.length }), ...lines];
}

/** `dx-widgets validate FILE_OR_URL…`: prints each file's verdict and returns the exit code. */
export async function validateCommand(files: string[], options: { json: boolean; locale: Locale }): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkInput(file));
  if (options.json) {
    process.stdout.write(json({ files: reports }));
  } else {
    for (const report of reports) print(report.unreadable ? process.stderr : process.stdout, describe(report, options.locale));
  }
  return exitCode(reports);
}
