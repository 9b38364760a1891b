import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { writeWorkbook } from '../../scripts/workbook.js';
import { cli, cliPackage, importSource, write } from './helpers.js';

// The sheet reader as an unlucky user meets it: lists over their count, a sheet of 100,000 rows,
// a formula saved without its value, merged cells, a cell past Excel's grid, a large CSV, and a
// preview of more members than a board draws. Each names where it is, at once.

const made = cliPackage();

/** Runs from-xlsx (or from-csv for a string) on `content`, in English. */
function convert(name, content, command = 'from-xlsx') {
  write(made.dir, name, content);
  return cli(made.bin, [command, name, '--lang', 'en'], { cwd: made.dir });
}

/** A workbook of `sheets` whose first sheet's XML is passed through `edit`. */
function edited(sheets, edit) {
  const parts = unzipSync(writeWorkbook(sheets));
  const path = 'xl/worksheets/sheet1.xml';
  return zipSync({ ...parts, [path]: strToU8(edit(strFromU8(parts[path]))) });
}

const indicators = {
  name: 'indicators',
  rows: [
    ['id', 'label', 'value'],
    ['a', 'A', 1],
    ['b', 'B', 2],
  ],
};

describe("counts over the format's limits, said on the sheet they are on", () => {
  test('a series or areas sheet over its count names its sheet, the first row too many and the indicator', { timeout: 60_000 }, () => {
    const series = [['id', 'asOf', 'value'], ...Array.from({ length: 5_001 }, (_, i) => ['b', `${1900 + (i % 200)}-01-01`, i])];
    const areas = [['id', 'code', 'value'], ...Array.from({ length: 20_001 }, (_, i) => ['a', `c${i}`, i])];
    const { status, stderr } = convert(
      'many.xlsx',
      writeWorkbook([indicators, { name: 'series', rows: series }, { name: 'areas', rows: areas }]),
    );
    assert.equal(status, 1, stderr);
    const lines = stderr.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 2), [
      'many.xlsx [series], row 5002, column A "id": the indicator "b" (row 3 of the sheet indicators) has 5001 rows on this sheet, over the limit of 5000; this is row number 5001 of them',
      'many.xlsx [areas], row 20002, column A "id": the indicator "a" (row 2 of the sheet indicators) has 20001 rows on this sheet, over the limit of 20000; this is row number 20001 of them',
    ]);
    assert.doesNotMatch(stderr, /\[indicators\]/, 'nothing is laid at the indicators sheet');
  });

  test('a sheet of 100,000 indicator rows is refused at once, at the first row too many', () => {
    const rows = ['id,label,value', ...Array.from({ length: 100_000 }, (_, i) => `n${i},Ấp ${i},${i}`)];
    const started = Date.now();
    const { status, stderr } = convert('huge.csv', rows.join('\r\n'), 'from-csv');
    assert.equal(status, 1, stderr);
    assert.match(
      stderr,
      /^huge\.csv, row 10002: there are 100000 indicator rows, over the limit of 10000 in one feed; this is row number 10001 of them: split them into several files$/m,
    );
    assert.equal(stderr.trimEnd().split('\n').length, 2, stderr);
    assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
  });

  test('series rows find their indicator by id without a scan per row (10,000 indicators, 20,000 rows)', async () => {
    const { tablesToCollection } = await importSource(made.dir, 'src/sheet/rows.ts');
    const table = (name, header, rows) => ({ name, rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells })) });
    const many = table(
      'indicators',
      ['id', 'label', 'value'],
      Array.from({ length: 10_000 }, (_, i) => [`n${i}`, 'A', { number: i }]),
    );
    const series = table(
      'series',
      ['id', 'asOf', 'value'],
      Array.from({ length: 20_000 }, (_, i) => [`n${i % 10_000}`, `${2000 + Math.floor(i / 10_000)}`, { number: i }]),
    );
    const started = Date.now();
    const result = tablesToCollection({ indicators: many, series });
    const took = Date.now() - started;
    assert.equal(result.ok, true);
    assert.equal(result.document.indicators[9_999].series.length, 2);
    // Scanning every indicator for each row took about 50 s here; by id it takes well under one.
    assert.ok(took < 8_000, `${took} ms`);
  });

  test('a CSV over the spreadsheet limit of 10 MB is refused unread, as a workbook is', () => {
    const { status, stderr } = convert('big.csv', `id,label,value\n${'a,A,1\n'.repeat(1_800_000)}`, 'from-csv');
    assert.equal(status, 1);
    assert.equal(stderr, 'big.csv: the file is larger than the spreadsheet limit of 10 MB\n');
  });
});

describe('cells a spreadsheet user makes without thinking', () => {
  test('rows whose one value sits in column XFD are refused by the cells they spread over, not drawn out to memory', () => {
    // Each row costs 60 bytes of XML and 16,384 cells once read: 1,000 of them zip to about 1 kB.
    const stray = Array.from({ length: 1_000 }, (_, i) => `<row r="${i + 4}"><c r="XFD${i + 4}" t="inlineStr"><is><t>x</t></is></c></row>`);
    const book = edited([indicators], (xml) => xml.replace('</sheetData>', `${stray.join('')}</sheetData>`));
    assert.ok(book.length < 20_000, `${book.length} bytes`);
    const { status, stdout, stderr } = convert('stray.xlsx', book);
    assert.equal(status, 1, stderr);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'stray.xlsx: the sheet indicators spreads over more than 5000000 cells, counting the empty ones before the last value of each row: delete the stray values far to the right of the table\n',
    );
  });

  test('a formula saved without its computed value is named, with its formula, not read as empty', () => {
    const book = edited([indicators], (xml) => xml.replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2"><f>SUM(D2:D9)</f></c>'));
    const { status, stderr } = convert('formula.xlsx', book);
    assert.equal(status, 1);
    assert.match(
      stderr,
      /^formula\.xlsx \[indicators\], row 2, column C "value": the cell holds the formula =SUM\(D2:D9\) but no computed value: open the file in Excel and save it again$/m,
    );
  });

  test('a formula saved with its value is read as its value', () => {
    const book = edited([indicators], (xml) => xml.replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2"><f>1+1</f><v>2</v></c>'));
    const { status, stdout, stderr } = convert('computed.xlsx', book);
    assert.equal(status, 0, stderr);
    assert.equal(JSON.parse(stdout).indicators[0].value, 2);
  });

  test('merged cells in a column read are said at their range; a merge in a column nothing reads is not', () => {
    const sheets = [
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value', 'source', 'ghi chú'],
          ['a', 'A', 1, 'Sở'],
          ['b', 'B', 2],
          ['c', 'C', 3],
        ],
      },
    ];
    const book = edited(sheets, (xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="D2:D4"/><mergeCell ref="E2:E3"/></mergeCells>'),
    );
    const { status, stderr } = convert('merged.xlsx', book);
    assert.equal(status, 1);
    assert.deepEqual(
      stderr.split('\n').filter((line) => line.includes(' are merged')),
      [
        'merged.xlsx [indicators], row 2: the cells D2:D4 are merged, so only the first holds a value: unmerge them (Home → Merge & Center) and fill in each cell',
      ],
    );
  });

  test("a cell or row past Excel's grid (XFD, 1,048,576) is not a workbook, said at once", () => {
    for (const edit of [
      (xml) => xml.replace('<c r="C2"', '<c r="ZZZZZZ2"'),
      (xml) => xml.replace('<c r="C2"', '<c r="FXSHRXX2"'),
      (xml) => xml.replace('<row r="2"', '<row r="9999999999"'),
    ]) {
      const started = Date.now();
      const { status, stderr } = convert('grid.xlsx', edited([indicators], edit));
      assert.equal(status, 1);
      assert.equal(stderr, 'grid.xlsx: not an .xlsx workbook (or the file is damaged)\n');
      assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
    }
  });
});

describe('dx-widgets preview draws what a board draws', () => {
  test('at most 200 cards, and a line saying how many more the feed holds', async () => {
    const { previewPage } = await importSource(made.dir, 'src/cli/preview.ts');
    const feed = { indicators: Array.from({ length: 1_250 }, (_, i) => ({ id: `m${i}`, label: `M ${i}`, value: i })) };
    const page = previewPage(JSON.stringify(feed), 'feed.json', 'en');
    assert.equal(page.match(/<section>/g).length, 200);
    assert.match(page, /indicator="m199"/);
    assert.doesNotMatch(page, /indicator="m200"/);
    assert.match(
      page,
      /<p class="omitted">1,050 more indicators are in the feed but not drawn here: like &lt;dx-board&gt;, the preview draws the first 200\.<\/p>/,
    );
    assert.match(previewPage(JSON.stringify(feed), 'feed.json', 'vi'), /Còn 1\.050 chỉ số có trong tệp/);
    assert.doesNotMatch(previewPage(JSON.stringify({ indicators: feed.indicators.slice(0, 200) }), 'feed.json', 'en'), /omitted/);
  });

  test("says what is wrong with the file's bytes as validate does: UTF-16 or UTF-32 by its mark, not UTF-8 where it is not", async () => {
    const { previewPage } = await importSource(made.dir, 'src/cli/preview.ts');
    const json = JSON.stringify({ label: 'Chỉ số', value: 1, asOf: '2024' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    assert.match(previewPage(utf16, 'feed.json', 'en'), /is UTF-16, not UTF-8; save the file with the UTF-8 encoding/);
    const utf32 = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0, 0]),
      ...[...json].map((c) => Buffer.from([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0])),
    ]);
    assert.match(previewPage(utf32, 'feed.json', 'vi'), /là UTF-32, không phải UTF-8/);
    // Latin-1 "ỉ" is no UTF-8: placed at its line and column.
    assert.match(
      previewPage(Buffer.from('{"label": "Ch\xe1", "value": 1}', 'latin1'), 'feed.json', 'en'),
      /<code>1:14<\/code> \(the document\): is not UTF-8/,
    );
    // Good bytes: the cards, and no problem listed.
    const good = previewPage(Buffer.from(json), 'feed.json', 'en');
    assert.match(good, /<section>/);
    assert.doesNotMatch(good, /class="errors"/);
  });
});
