// What an unlucky user's spreadsheet does to the converters: a CSV of millions of empty rows (as
// Excel saves rows that are formatted but empty), a date cell out of Excel's range.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { before, describe, test } from 'node:test';

import { writeWorkbook } from '../../scripts/workbook.js';
import { cliPackage, importSource, write } from './helpers.js';

const made = cliPackage();

/** Runs the CLI under a heap of `megabytes`, as a small CI runner or an old laptop has. */
const underHeap = (megabytes, args) =>
  spawnSync(process.execPath, [`--max-old-space-size=${megabytes}`, made.bin, ...args, '--lang', 'en'], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });

describe('a CSV of empty rows', () => {
  let parseCsv;
  before(async () => ({ parseCsv } = await importSource(made.dir, 'src/sheet/csv.ts')));

  test('parseCsv leaves empty rows out (blank lines, separators only) and keeps the numbers of the others', () => {
    assert.deepEqual(parseCsv('id,label\n\n,\r\n"",\r\na,A\n,,\n', ','), {
      ok: true,
      rows: [
        { row: 1, cells: ['id', 'label'] },
        { row: 5, cells: ['a', 'A'] },
      ],
    });
    // A quote opened after empty rows is still placed on its row.
    assert.deepEqual(parseCsv('a\n\n\n"b', ','), { ok: false, row: 4, code: 'csv.unclosed' });
  });

  test('10 MB of empty rows, under the 10 MB limit, convert under a 200 MB heap (they took 1.4 GB and 15 s)', () => {
    const csv = write(made.dir, 'empty-rows.csv', `id,label,value\n${',,\n'.repeat(3_300_000)}a,A,1\n`);
    const { status, stdout, stderr, signal } = underHeap(200, ['from-csv', csv]);
    assert.equal(signal, null, stderr.slice(-500));
    assert.equal(status, 0, stderr.slice(-500));
    assert.deepEqual(
      JSON.parse(stdout).indicators.map((i) => i.id),
      ['a'],
    );
    // A problem below them names its row as the spreadsheet numbers it.
    const bad = write(made.dir, 'empty-rows-bad.csv', `id,label,value\n${'\n'.repeat(1_000_000)}a,A,x\n`);
    const refused = underHeap(200, ['from-csv', bad]);
    assert.equal(refused.status, 1, refused.stderr.slice(-500));
    assert.match(refused.stderr, /empty-rows-bad\.csv, row 1000002, column C "value": "x" is not a number/);
  });
});

describe('a date cell out of range', () => {
  test('from-xlsx names the cell of a date serial past 31/12/9999 (it said "not a workbook")', () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value', 'as_of'],
          ['a', 'A', 1, { number: 2e8, format: 'year' }],
          ['b', 'B', 2, { number: 3_000_000, format: 'day' }],
        ],
      },
    ]);
    const file = write(made.dir, 'dates.xlsx', book);
    const { status, stderr } = underHeap(512, ['from-xlsx', file]);
    assert.equal(status, 1);
    const lines = stderr.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 2), [
      `${file} [indicators], row 2, column D "as_of": the cell is formatted as a date but holds 200000000, a date out of the range Excel shows (up to 31/12/9999; Excel shows ####): type the date again`,
      `${file} [indicators], row 3, column D "as_of": the cell is formatted as a date but holds 3000000, a date out of the range Excel shows (up to 31/12/9999; Excel shows ####): type the date again`,
    ]);
    assert.equal(lines[2], 'no JSON written: 2 errors');
  });
});
