import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { templateWorkbook } from '../../scripts/build-xlsx-template.js';
import { writeWorkbook } from '../../scripts/workbook.js';
import { buildPackage, cleanUp, cli, example, importSource, root, temporary, write } from './helpers.js';

const template = join(root, 'templates/indicators.xlsx');

let dir;
let bin;
let validateDocument;
let readWorkbook;
let serialDate;
let formatKind;
let parseCsv;

before(async () => {
  dir = temporary();
  bin = buildPackage(dir);
  ({ validateDocument } = await importSource(dir, 'src/spec/validate.ts'));
  ({ readWorkbook, serialDate, formatKind } = await importSource(dir, 'src/sheet/xlsx.ts'));
  ({ parseCsv } = await importSource(dir, 'src/sheet/csv.ts'));
});
after(() => cleanUp(dir));

/** Runs from-xlsx on a workbook of `sheets` (see scripts/workbook.js); parses stdout on exit 0. */
function convert(name, sheets, flags = []) {
  const file = write(dir, name, sheets instanceof Uint8Array ? sheets : writeWorkbook(sheets));
  const result = cli(bin, ['from-xlsx', file, ...flags]);
  return { ...result, json: result.status === 0 && result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('templates/indicators.xlsx', () => {
  test('is what scripts/build-xlsx-template.js makes of templates/indicators.csv: the same columns and rows, and series and areas sheets', async () => {
    const committed = readWorkbook(readFileSync(template));
    const fresh = readWorkbook(await templateWorkbook());
    assert.equal(committed.ok, true);
    assert.deepEqual(committed.sheets, ['indicators', 'series', 'areas']);
    assert.deepEqual(committed.tables, fresh.tables, 'run node scripts/build-xlsx-template.js');
    const csv = parseCsv(readFileSync(join(root, 'templates/indicators.csv'), 'utf8').slice(1), ',').rows;
    const asText = (cell) => (typeof cell === 'string' ? cell : String(cell.number));
    assert.deepEqual(
      committed.tables.indicators.rows.map((r) => r.cells.map(asText)),
      csv.map((r) => r.cells.slice(0, r.cells.findLastIndex((c) => c !== '') + 1)),
    );
    assert.ok(csv[0].cells.includes('unit_en'));
    assert.deepEqual(committed.tables.series.rows[0].cells, ['id', 'asOf', 'value', 'approx']);
    assert.deepEqual(committed.tables.areas.rows[0].cells, ['id', 'code', 'value', 'approx']);
  });

  test('filled with the Lai Châu example, converts to the example: the same indicators, and with the shared columns as flags, the same document', () => {
    const converted = cli(bin, ['from-xlsx', template]);
    assert.equal(converted.status, 0, converted.stderr);
    const fromXlsx = validateDocument(JSON.parse(converted.stdout));
    assert.equal(fromXlsx.ok, true);
    assert.deepEqual(fromXlsx.value.indicators, validateDocument(example).value.indicators);

    const { rows } = readWorkbook(readFileSync(template)).tables.indicators;
    const shared = new Set(['as_of', 'area_code', 'area_name', 'source']);
    const keep = rows[0].cells.map((name) => !shared.has(name));
    const cell = (c) => (typeof c === 'string' ? c : c.number);
    const sheets = [{ name: 'indicators', rows: rows.map((r) => r.cells.filter((_, i) => keep[i]).map(cell)) }];
    const { status, json, stderr } = convert('without-shared.xlsx', sheets, [
      '--source',
      example.source.name,
      '--area-code',
      example.area.code,
      '--area-name',
      example.area.name,
      '--as-of',
      example.asOf,
    ]);
    assert.equal(status, 0, stderr);
    assert.deepEqual(json, example);
  });
});

describe('dx-widgets from-xlsx: cells read as Excel means them', () => {
  test('number cells are numbers, percent cells are points for a % unit, date cells are dates at their own precision', () => {
    const { status, json, stderr } = convert('typed.xlsx', [
      {
        name: 'Chỉ số',
        rows: [
          ['id', 'label', 'unit', 'value', 'as_of', 'target', 'target_by', 'area_code', 'count_part', 'count_whole'],
          [
            'a',
            'A',
            '%',
            { number: 0.9727, format: 'percent' },
            { date: '2024-06-30', format: 'year' },
            1,
            { date: '2025-12-31', format: 'day' },
            12,
            43391,
            104563,
          ],
          ['b', 'B', 'thuê bao', 320000, { date: '2024-06-01', format: 'month' }],
          // =0.1+0.2 as Excel writes it (0.30000000000000004: 17 digits, of which it means 15); 2024 typed as a number.
          ['c', 'C', '', 0.1 + 0.2, 2024],
        ],
      },
    ]);
    assert.equal(status, 0, stderr);
    assert.deepEqual(json.indicators, [
      {
        id: 'a',
        label: 'A',
        unit: '%',
        value: 97.27,
        asOf: '2024',
        target: { value: 1, by: '2025-12-31' },
        area: { code: '12' },
        count: { part: 43391, whole: 104563 },
      },
      { id: 'b', label: 'B', unit: 'thuê bao', value: 320000, asOf: '2024-06' },
      { id: 'c', label: 'C', value: 0.3, asOf: '2024' },
    ]);
  });

  test('text with a decimal comma follows the CSV rules: an error naming the cell, read with --decimal-comma', () => {
    const sheets = [
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'unit', 'value'],
          ['a', 'A', '%', '97,27'],
          ['b', 'B', '', '320.000'],
        ],
      },
    ];
    const strict = convert('comma.xlsx', sheets);
    assert.equal(strict.status, 1);
    assert.equal(strict.stdout, '');
    assert.match(strict.stderr, /comma\.xlsx \[indicators\], dòng 2, cột D "value": "97,27" có dấu phẩy/);
    assert.match(strict.stderr, /comma\.xlsx \[indicators\], dòng 3, cột D "value": "320\.000" không rõ nghĩa/);
    assert.deepEqual(
      convert('comma-ok.xlsx', sheets, ['--decimal-comma']).json.indicators.map((i) => i.value),
      [97.27, 320000],
    );
  });

  test("empty rows and trailing empty columns are skipped; row numbers stay the sheet's; the first sheet is read unless --sheet names one", () => {
    const rows = [[], ['id', 'label', 'value', null, null], ['a', 'A', 1, null, ''], [], [null, ' '], ['b', 'B', 'x']];
    const sheets = [
      { name: 'năm 2024', rows },
      {
        name: 'năm 2025',
        rows: [
          ['id', 'label', 'value'],
          ['c', 'C', 3],
        ],
      },
    ];
    const first = convert('sheets.xlsx', sheets);
    assert.equal(first.status, 1);
    assert.match(first.stderr, /sheets\.xlsx \[năm 2024\], dòng 6, cột C "value": "x" không phải số/);
    const chosen = convert('sheets.xlsx', sheets, ['--sheet', 'năm 2025']);
    assert.deepEqual(chosen.json.indicators, [{ id: 'c', label: 'C', value: 3 }]);
    const missing = convert('sheets.xlsx', sheets, ['--sheet', 'năm 2026', '--lang', 'en']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /there is no sheet "năm 2026"; the sheets: năm 2024, năm 2025/);
    assert.equal(cli(bin, ['from-csv', join(dir, 'sheets.xlsx'), '--sheet', 'x']).status, 2, 'from-csv has no --sheet');
  });

  test('a header without the columns it needs names what is missing and the cells the header has, its numbers too', () => {
    const sheets = [{ name: 'data', rows: [[], ['id', 'tên', 2024, null, ' '], ['a', 'A', 1]] }];
    const en = convert('header.xlsx', sheets, ['--lang', 'en']);
    assert.equal(en.status, 1);
    assert.match(en.stderr, /header\.xlsx \[data\], row 2: the header row lacks columns: label\. The columns it has: id, tên, 2024$/m);
    const vi = convert('header.xlsx', sheets);
    assert.match(vi.stderr, /header\.xlsx \[data\], dòng 2: dòng tiêu đề thiếu cột: label\. Các cột của dòng tiêu đề: id, tên, 2024$/m);
  });

  test('series and areas rows attach to the indicator with their id, in their order, percentages as points', () => {
    const { status, json, stderr } = convert('extra.xlsx', [
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'unit', 'value'],
          ['a', 'A', '%', 97.27],
          ['b', 'B', 'hộ', 5],
        ],
      },
      {
        name: 'Series',
        rows: [
          ['id', 'asOf', 'value', 'approx'],
          ['a', '2022', { number: 0.9, format: 'percent' }],
          ['a', { date: '2023-01-01', format: 'year' }, 95, 'trên'],
        ],
      },
      {
        name: 'areas',
        rows: [
          ['id', 'code', 'value'],
          ['a', '06', 80.5],
          ['a', '12', 97.27],
        ],
      },
    ]);
    assert.equal(status, 0, stderr);
    assert.deepEqual(json.indicators[0], {
      id: 'a',
      label: 'A',
      unit: '%',
      value: 97.27,
      series: [
        { asOf: '2022', value: 90 },
        { asOf: '2023', value: 95, approx: 'over' },
      ],
      areas: [
        { code: '06', value: 80.5 },
        { code: '12', value: 97.27 },
      ],
    });
    assert.deepEqual(json.indicators[1], { id: 'b', label: 'B', unit: 'hộ', value: 5 });
  });
});

describe('dx-widgets from-xlsx: a workbook with typed errors names each cell', () => {
  test('every wrong cell on every sheet, with its sheet, row, column letter and name; nothing written', () => {
    const { status, stdout, stderr } = convert('errors.xlsx', [
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'unit', 'value', 'as_of', 'count_part', 'count_whole'],
          ['Bad Id', 'A', '%', 120, '2024'],
          ['b', 'B', 'hộ', { number: 0.5, format: 'percent' }, '2024-13'],
          ['c', 'C', '%', { error: '#N/A' }, { date: '2024-01-01', format: 'year' }, 5, 4],
          ['d', 'D', '%', { date: '2024-05-01', format: 'day' }],
        ],
      },
      {
        name: 'series',
        rows: [
          ['id', 'asOf', 'value'],
          ['b', '2023', 'nhiều'],
          ['zz', '2023', 1],
          ['c', '2023', 1],
          ['c', '2020', 1],
        ],
      },
      {
        name: 'areas',
        rows: [
          ['id', 'code', 'value'],
          ['b', '', 3],
        ],
      },
    ]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    for (const expected of [
      /errors\.xlsx \[indicators\], dòng 2, cột A "id": chỉ gồm a–z/,
      /errors\.xlsx \[indicators\], dòng 2, cột D "value": là phần trăm/,
      /errors\.xlsx \[indicators\], dòng 3, cột D "value": "50%" có dấu %/,
      /errors\.xlsx \[indicators\], dòng 3, cột E "as_of": phải có dạng YYYY/,
      /errors\.xlsx \[indicators\], dòng 4, cột D "value": ô có lỗi công thức #N\/A/,
      /errors\.xlsx \[indicators\], dòng 4, cột F "count_part"/,
      /errors\.xlsx \[indicators\], dòng 5, cột D "value": "2024-05-01" là ngày tháng, không phải số/,
      /errors\.xlsx \[series\], dòng 2, cột C "value": "nhiều" không phải số/,
      /errors\.xlsx \[series\], dòng 3, cột A "id": không có chỉ số nào có id "zz" trong trang indicators/,
      /errors\.xlsx \[series\], dòng 5, cột B "asOf": .*2020/,
      /errors\.xlsx \[areas\], dòng 2, cột B "code": bắt buộc phải có/,
    ]) {
      assert.match(stderr, expected);
    }
    assert.match(stderr, /không ghi JSON: 11 lỗi/);
  });
});

describe('dx-widgets from-xlsx: files it will not read', () => {
  const cfb = (name) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(
      [...name].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    return bytes;
  };
  const zip = (files) => zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, typeof t === 'string' ? strToU8(t) : t])));
  const book = readFileSync(template);

  test('a password-protected workbook, an .xls, a file that is not a workbook: one clear message each, exit 1', () => {
    const cases = [
      ['locked.xlsx', cfb('EncryptionInfo'), /locked\.xlsx: bảng tính có mật khẩu/],
      ['old.xls', cfb('Workbook'), /old\.xls: đây là tệp Excel 97–2003 \(\.xls\)/],
      ['text.xlsx', strToU8('id,label\na,A\n'), /text\.xlsx: không phải bảng tính \.xlsx/],
      ['document.xlsx', zip({ 'word/document.xml': '<w:document/>' }), /document\.xlsx: không phải bảng tính \.xlsx/],
      ['cut.xlsx', book.subarray(0, book.length / 2), /cut\.xlsx: không phải bảng tính \.xlsx/],
    ];
    for (const [name, bytes, expected] of cases) {
      const { status, stdout, stderr } = convert(name, bytes);
      assert.equal(status, 1, name);
      assert.equal(stdout, '');
      assert.match(stderr, expected);
      assert.equal(stderr.trim().split('\n').length, 1, `${name}: one message`);
    }
  });

  test('over the limits: a file over 10 MB, a zip bomb, a DOCTYPE (entity expansion) are refused', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    assert.match(convert('big.xlsx', big).stderr, /big\.xlsx: tệp lớn hơn giới hạn 10 MB/);

    // 60 MB of zeros in one sheet compress to ~60 kB; inflating stops at the limit.
    const parts = unzipSync(book);
    const bomb = zip({ ...parts, 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) });
    const refused = convert('bomb.xlsx', bomb, ['--lang', 'en']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /bomb\.xlsx: the workbook unpacks to more than 50 MB or 2000 parts/);

    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    const entity = convert('entity.xlsx', zip({ ...parts, 'xl/worksheets/sheet1.xml': laughs }));
    assert.equal(entity.status, 1);
    assert.match(entity.stderr, /entity\.xlsx: không phải bảng tính \.xlsx/);
  });
});

describe('dx-widgets from-xlsx: a damaged list of shared strings', () => {
  // Excel keeps each text once, in xl/sharedStrings.xml, and a cell holds its number there.
  const sheets = [
    {
      name: 'indicators',
      rows: [
        ['id', 'label', 'value', 'note'],
        ['a', 'A', 1, 'Số liệu sơ bộ'],
      ],
    },
  ];
  /** The workbook with its shared strings cut to the first `kept`, or gone for none. */
  function cut(kept) {
    const parts = unzipSync(writeWorkbook(sheets));
    const path = 'xl/sharedStrings.xml';
    const xml = new TextDecoder().decode(parts[path]);
    const strings = xml.match(/<si>.*?<\/si>/g).slice(0, kept ?? 0);
    if (kept === undefined) delete parts[path];
    else parts[path] = strToU8(xml.replace(/<si>.*<\/si>/, strings.join('')));
    return zipSync(parts);
  }

  test('a cell whose text is not in the list is named, not read as empty (its value lost without a word)', () => {
    // The note, the last string, is missing: the indicator would be written without it.
    const { status, stdout, stderr } = convert('strings.xlsx', cut(6), ['--lang', 'en']);
    assert.equal(status, 1, stderr);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `${join(dir, 'strings.xlsx')}: the cell D2 of the sheet indicators refers to a text the workbook does not hold (in xl/sharedStrings.xml): the file is damaged; open it in Excel and save it again\n`,
    );
  });

  test('without the list at all, the first cell of text is named, not a header "without columns"', () => {
    const { status, stderr } = convert('nostrings.xlsx', cut(), ['--lang', 'en']);
    assert.equal(status, 1, stderr);
    assert.match(stderr, /nostrings\.xlsx: the cell A1 of the sheet indicators refers to a text the workbook does not hold/);
  });
});

describe("the reader's pieces (source module)", () => {
  test('reads what other writers write: prefixed elements, inline and rich strings, phonetic hints, escapes, cells without a reference', () => {
    const parts = unzipSync(readFileSync(template));
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const count = strFromU8(parts['xl/sharedStrings.xml']).match(/<si>/g).length;
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${main}"><x:sheetData>
      <x:row r="2"><x:c t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>label</x:t></x:is></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>value</x:t></x:is></x:c></x:row>
      <x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c t="s"><x:v>${count}</x:v></x:c><x:c r="D3" t="str"><x:f>A1</x:f><x:v>4&#46;5</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    // Added after the template's own strings, which its series and areas sheets use.
    const rich = `<si><r><rPr><b/></rPr><t>Thôn </t></r><r><t xml:space="preserve">&amp; bản_x000D_</t></r><rPh sb="0" eb="1"><t>ト</t></rPh></si>`;
    const strings = strFromU8(parts['xl/sharedStrings.xml']).replace('</sst>', `${rich}</sst>`);
    const book = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet), 'xl/sharedStrings.xml': strToU8(strings) });
    const read = readWorkbook(book);
    assert.equal(read.ok, true);
    assert.deepEqual(read.tables.indicators.rows, [
      { row: 2, cells: ['id', 'label', '', 'value'] },
      { row: 3, cells: ['a', 'Thôn & bản\r', '', '4.5'] },
    ]);
  });

  test('date serials by precision, in both date systems, across the 1900 leap-year bug', () => {
    assert.equal(serialDate(45657, 'day'), '2024-12-31');
    assert.equal(serialDate(45657.99, 'month'), '2024-12');
    assert.equal(serialDate(45657, 'year'), '2024');
    assert.equal(serialDate(59, 'day'), '1900-02-28');
    assert.equal(serialDate(61, 'day'), '1900-03-01');
    assert.equal(serialDate(44195, 'day', true), '2024-12-31');
  });

  test('number formats: percent, dates by their finest part, elapsed times and plain numbers', () => {
    assert.deepEqual(formatKind('0.00%'), { percent: true });
    assert.deepEqual(formatKind('yyyy'), { date: 'year' });
    assert.deepEqual(formatKind('mm/yyyy'), { date: 'month' });
    assert.deepEqual(formatKind('[$-42A]dd/mm/yyyy'), { date: 'day' });
    assert.deepEqual(formatKind('"Năm "yyyy'), { date: 'year' });
    assert.equal(formatKind('#,##0.00" đồng"'), undefined);
    assert.equal(formatKind('[h]:mm'), undefined);
    assert.equal(formatKind('General'), undefined);
    assert.equal(formatKind('0.00E+00'), undefined);
  });
});
