import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildPackage, cleanUp, cli, importSource, temporary, write } from './helpers.js';

let dir;
let bin;

before(() => {
  dir = temporary();
  bin = buildPackage(dir);
});
after(() => cleanUp(dir));

/** Runs from-csv on `text` written to a file; parses stdout when it exits 0. */
function convert(name, text, flags = []) {
  const file = write(dir, name, text);
  const result = cli(bin, ['from-csv', file, ...flags]);
  return { ...result, json: result.status === 0 && result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('dx-widgets from-csv: a header without the columns it needs', () => {
  const lacking = (stderr) => stderr.split('\n').find((line) => /lacks columns|thiếu cột/.test(line)) ?? '';

  test('names what is missing and the columns the header has, not the columns the tool knows', () => {
    const { status, stderr } = convert('named.csv', 'id,name,value\na,A,1\n', ['--lang', 'en']);
    assert.equal(status, 1);
    assert.match(
      lacking(stderr),
      /named\.csv, row 1: the header row \(columns separated by , or ;\) lacks columns: label\. The columns it has: id, name, value$/,
    );
    const vi = convert('named.csv', 'id,name,value\na,A,1\n');
    assert.match(
      lacking(vi.stderr),
      /dòng 1: dòng tiêu đề \(các cột cách nhau bằng , hoặc ;\) thiếu cột: label\. Các cột của dòng tiêu đề: id, name, value$/,
    );
  });

  test('a header split by neither , nor ; (tabs) is shown as the one cell it is read as; a header of blank cells has none', () => {
    const tabs = convert('tabs.csv', 'id\tlabel\tvalue\na\tA\t1\n', ['--lang', 'en']);
    assert.equal(tabs.status, 1);
    assert.match(lacking(tabs.stderr), /lacks columns: id, label\. The columns it has: id\\x09label\\x09value$/);
    const blank = convert('commas.csv', ',,,\n,,,\n', ['--lang', 'en']);
    assert.match(lacking(blank.stderr), /lacks columns: id, label\. The columns it has: \(none\)$/);
    assert.match(lacking(convert('commas.csv', ',,,\n').stderr), /thiếu cột: id, label\. Các cột của dòng tiêu đề: \(không có cột nào\)$/);
  });

  test('a 10,000-column header names its first ten and says how many more', () => {
    const header = ['id', ...Array.from({ length: 9_999 }, (_, i) => `c${i}`)].join(',');
    const { status, stderr } = convert('wide.csv', `${header}\na\n`, ['--lang', 'en']);
    assert.equal(status, 1);
    const line = lacking(stderr);
    assert.ok(line.length < 400, `${line.length} characters`);
    assert.match(line, /lacks columns: label\. The columns it has: id, c0, c1, c2, c3, c4, c5, c6, c7, c8 and 9990 more$/);
    assert.match(lacking(convert('wide.csv', `${header}\na\n`).stderr), /Các cột của dòng tiêu đề: id, c0, .*, c8 và 9990 cột khác$/);
  });
});

describe('dx-widgets from-csv: CSV dialects', () => {
  test('comma separated, UTF-8 with a BOM, CRLF rows, quoted labels holding commas', () => {
    const text = '\uFEFFid,label,label_en,unit,value,as_of\r\nmobile,"Thôn, bản có sóng",Villages with coverage,%,97.27,2024\r\n';
    const { status, json, stdout } = convert('bom.csv', text);
    assert.equal(status, 0);
    assert.deepEqual(json, {
      indicators: [
        { id: 'mobile', label: { vi: 'Thôn, bản có sóng', en: 'Villages with coverage' }, unit: '%', value: 97.27, asOf: '2024' },
      ],
    });
    assert.ok(stdout.startsWith('{\n  "indicators": [\n    {\n      "id"'), 'pretty JSON, two spaces');
  });

  test('semicolon separated (a computer set to Vietnamese), LF rows, no BOM', () => {
    const { status, json } = convert('semi.csv', 'id;label;value\na;Nhãn, có dấu phẩy;5\n');
    assert.equal(status, 0);
    assert.deepEqual(json.indicators, [{ id: 'a', label: 'Nhãn, có dấu phẩy', value: 5 }]);
  });

  test('quoted fields hold the separator, doubled quotes and line breaks; the row count follows the sheet', () => {
    const text = 'id;label;note;value\r\na;"Số ""thuê bao""; di động";"Dòng một\r\ndòng hai";1\r\nb;B;;x\r\n';
    const { status, stderr } = convert('quoted.csv', text);
    // Row 3 is b, although the text has a line break inside row 2.
    assert.equal(status, 1);
    assert.match(stderr, /quoted\.csv, dòng 3, cột D "value": "x" không phải số/);
    const fixed = convert('quoted-ok.csv', text.replace(';x', ';2'));
    assert.equal(fixed.status, 0);
    assert.deepEqual(fixed.json.indicators[0], { id: 'a', label: 'Số "thuê bao"; di động', value: 1, note: 'Dòng một\ndòng hai' });
  });

  test('columns in any order, header names in any case, unknown columns ignored with a warning, empty cells absent', () => {
    const text = 'Value,Ghi chú,ID,Label,unit\n42,x,a,Nhãn,\n';
    const { status, json, stderr } = convert('order.csv', text);
    assert.equal(status, 0);
    assert.deepEqual(json.indicators, [{ id: 'a', label: 'Nhãn', value: 42 }]);
    assert.match(stderr, /bỏ qua cột không dùng: ghi chú/);
  });

  test('blank rows (Excel\'s trailing ",,,,") are skipped without shifting row numbers', () => {
    const { status, stderr } = convert('blank.csv', 'id,label,value\na,A,1\n,,\n\nb,B,oops\n,,\n');
    assert.equal(status, 1);
    assert.match(stderr, /dòng 5, cột C "value"/);
  });

  test('a row of characters that draw nothing (a zero-width space, a soft hyphen) is as blank as ",,": skipped, not an indicator without an id', () => {
    const { status, stdout, stderr } = convert('invisible.csv', 'id,label,value\na,A,1\n\u200b,\u00ad,\u00a0\n');
    assert.equal(status, 0, stderr);
    assert.deepEqual(JSON.parse(stdout).indicators, [{ id: 'a', label: 'A', value: 1 }]);
  });

  test('an unclosed quote, a stray quote, extra cells and a missing header column are errors with their row', () => {
    assert.match(convert('unclosed.csv', 'id,label,value\na,"A,1\nb,B,2\n').stderr, /dòng 2: dấu ngoặc kép mở ở dòng 2 không được đóng/);
    assert.match(convert('stray.csv', 'id,label,value\na,"A"x,1\n').stderr, /dòng 2: sau dấu ngoặc kép đóng/);
    assert.match(convert('extra.csv', 'id,label,value\na,A,1,2\n').stderr, /dòng 2: dòng có nhiều ô hơn dòng tiêu đề/);
    const header = convert('header.csv', 'id,name,value\na,A,1\n', ['--lang', 'en']);
    assert.equal(header.status, 1);
    assert.match(header.stderr, /row 1: the header row .* lacks columns: label/);
    assert.match(convert('twice.csv', 'id,label,id\na,A,b\n').stderr, /dòng 1, cột C "id": cột "id" xuất hiện hai lần/);
  });

  test('a file that is not UTF-8 (Excel\'s plain "CSV") is refused with the way to save it', () => {
    const { status, stderr } = convert('latin1.csv', Buffer.from('id,label,value\na,S\xf3ng,1\n', 'latin1'));
    assert.equal(status, 1);
    assert.match(stderr, /CSV UTF-8/);
  });

  test('the row of the first byte that is not UTF-8 is named: one pasted cell, after a cell of several lines', () => {
    // Windows-1258 Vietnamese ("Sóng" with its ó as 0xF3) pasted into a sheet otherwise saved as UTF-8.
    const bytes = Buffer.concat([
      Buffer.from('\uFEFFid;label;value\r\na;"Ấp\r\nbản";1\r\nb;Thôn;2\r\nc;S', 'utf8'),
      Buffer.from([0xf3]),
      Buffer.from('ng;3\r\n', 'utf8'),
    ]);
    const { status, stdout, stderr } = convert('pasted.csv', bytes, ['--lang', 'en']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /pasted\.csv, row 4: the file is not UTF-8: in Excel use Save As "CSV UTF-8/);
  });

  test('a workbook given to from-csv is named as one, with the command that reads it, not as a CSV to save again', async () => {
    const { writeWorkbook } = await import('../../scripts/workbook.js');
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value'],
          ['a', 'A', 1],
        ],
      },
    ]);
    const { status, stdout, stderr } = convert('book.xlsx', book, ['--lang', 'en']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `${join(dir, 'book.xlsx')}: this is an Excel workbook, not a CSV file: read it with dx-widgets from-xlsx\n`);
  });

  test('a missing file exits 2', () => {
    const { status, stderr, stdout } = cli(bin, ['from-csv', join(dir, 'nowhere.csv')]);
    assert.equal(status, 2);
    assert.match(stderr, /không đọc được \(không có tệp này\)/);
    assert.equal(stdout, '');
    assert.equal(cli(bin, ['from-csv']).status, 2);
  });
});

describe('dx-widgets from-csv: numbers', () => {
  const sheet = (values) => `id,label,unit,value\n${values.map((v, i) => `n${i},N,${v.unit ?? ''},"${v.value}"`).join('\n')}\n`;

  test('plain numbers are always read', () => {
    const { status, json } = convert('plain.csv', sheet([{ value: '97.27' }, { value: '320000' }, { value: '-3' }, { value: '0.125' }]));
    assert.equal(status, 0);
    assert.deepEqual(
      json.indicators.map((i) => i.value),
      [97.27, 320000, -3, 0.125],
    );
  });

  test('without --decimal-comma a comma or a grouping dot is an error naming row and column, never a guess', () => {
    const { status, stdout, stderr } = convert('ambiguous.csv', sheet([{ value: '1,234' }, { value: '320.000' }, { value: '97,27' }]));
    assert.equal(status, 1);
    assert.equal(stdout, '', 'nothing is written');
    assert.match(stderr, /ambiguous\.csv, dòng 2, cột D "value": "1,234" có dấu phẩy nên không rõ nghĩa/);
    assert.match(stderr, /dòng 3, cột D "value": "320\.000" không rõ nghĩa/);
    assert.match(stderr, /dòng 4, cột D "value": "97,27"/);
    assert.match(stderr, /--decimal-comma/);
    assert.match(stderr, /không ghi JSON: 3 lỗi/);
  });

  test('--decimal-comma reads Vietnamese writing: "," decimal, "." thousands', () => {
    // "97.27" beside these would be a column mixing two writings: see hostile-input.test.js.
    const values = [{ value: '97,27' }, { value: '320.000' }, { value: '1.234,5' }, { value: '1.234.567' }, { value: '12' }];
    const { status, json } = convert('vi.csv', sheet(values), ['--decimal-comma']);
    assert.equal(status, 0);
    assert.deepEqual(
      json.indicators.map((i) => i.value),
      [97.27, 320000, 1234.5, 1234567, 12],
    );
  });

  test('--decimal-comma still refuses English grouping and exponent forms', () => {
    const { status, stderr } = convert('mixed.csv', sheet([{ value: '1,234.5' }, { value: '3,2E+05' }]), [
      '--decimal-comma',
      '--lang',
      'en',
    ]);
    assert.equal(status, 1);
    assert.match(stderr, /row 2, column D "value": "1,234\.5" is not a number/);
    assert.match(stderr, /row 3, column D "value": "3,2E\+05" is in exponent form/);
  });

  test('a "%" sign is read where the unit is %, refused elsewhere', () => {
    const { status, stderr } = convert(
      'percent.csv',
      sheet([
        { value: '41.5%', unit: '%' },
        { value: '5%', unit: 'hộ' },
      ]),
    );
    assert.equal(status, 1);
    assert.match(stderr, /dòng 3, cột D "value": "5%" có dấu %/);
    assert.deepEqual(
      convert('percent-ok.csv', sheet([{ value: '41,5 %', unit: '%' }]), ['--decimal-comma']).json.indicators[0].value,
      41.5,
    );
  });

  test('target and baseline follow the same rules', () => {
    const text = 'id,label,unit,value,target,target_by,baseline,baseline_as_of\na,A,%,60,"1,5",2025,"2,5",2020\n';
    const strict = convert('target.csv', text);
    assert.match(strict.stderr, /dòng 2, cột E "target"/);
    assert.match(strict.stderr, /dòng 2, cột G "baseline"/);
    assert.doesNotMatch(strict.stderr, /bắt buộc/, 'no second error for the field a refused number left empty');
    const read = convert('target-vi.csv', text, ['--decimal-comma']);
    assert.deepEqual(read.json.indicators[0], {
      id: 'a',
      label: 'A',
      unit: '%',
      value: 60,
      target: { value: 1.5, by: '2025' },
      baseline: { value: 2.5, asOf: '2020' },
    });
  });
});

describe('dx-widgets from-csv: the collection and its validation', () => {
  test("--source, --source-url, --area-code, --area-name and --as-of give the collection's defaults", () => {
    const { status, json } = convert('defaults.csv', 'id,label,value\na,A,1\n', [
      '--source',
      'Sở TT&TT Lai Châu',
      '--source-url',
      'https://stttt.laichau.gov.vn/',
      '--area-code',
      '12',
      '--area-name',
      'Lai Châu',
      '--as-of',
      '2024',
    ]);
    assert.equal(status, 0);
    assert.deepEqual(json, {
      source: { name: 'Sở TT&TT Lai Châu', url: 'https://stttt.laichau.gov.vn/' },
      area: { code: '12', name: 'Lai Châu' },
      asOf: '2024',
      indicators: [{ id: 'a', label: 'A', value: 1 }],
    });
  });

  test("the validator's errors come back on the row and column they came from, or the flag", () => {
    const text = [
      'id,label,unit,value,approx,as_of,area_code,area_name,source_url',
      'Bad Id,A,%,120,,2024-02-30,,Lai Châu,ftp://x',
      'b,B,hộ,1,trên,2024,,,',
      'b,B2,hộ,2,maybe,2024,,,',
    ].join('\n');
    const { status, stderr, stdout } = convert('checked.csv', text, ['--area-name', 'Lai Châu']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    for (const expected of [
      /checked\.csv, --area-code: bắt buộc phải có\n/,
      /dòng 2, cột A "id": chỉ gồm a–z/,
      /dòng 2, cột D "value": là phần trăm/,
      /dòng 2, cột F "as_of": không phải ngày có thật \(2024-02-30\)/,
      /dòng 2, cột G "area_code": bắt buộc phải có/,
      /dòng 2, cột I "source_url": chỉ nhận địa chỉ http/,
      /dòng 2, cột "source" \(không có trong tệp\): bắt buộc phải có/,
      /dòng 4, cột E "approx": phải là một trong: about, over, under, nearly/,
    ]) {
      assert.match(stderr, expected);
    }
    // "trên" is the source's own word for "over".
    assert.doesNotMatch(stderr, /dòng 3, cột E/);
  });

  test('a repeated id for the same area names the other row', () => {
    const { stderr } = convert('twice-id.csv', 'id,label,value\na,A,1\na,B,2\n');
    assert.match(stderr, /dòng 3, cột A "id": trùng id "a" cho cùng địa bàn với indicators\[0\] \(dòng 2\)/);
  });

  test('a header without rows is an error; -o writes the file as UTF-8 and says so', () => {
    assert.match(convert('empty.csv', 'id,label,value\n').stderr, /không có dòng chỉ số nào/);
    const out = join(dir, 'out.json');
    const written = convert('out.csv', 'id,label,value\na,Ấp,1\n', ['-o', out, '--lang', 'en']);
    assert.equal(written.status, 0);
    assert.equal(written.stdout, '');
    assert.match(written.stderr, /wrote .*out\.json: 1 indicator\n/);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).indicators[0].label, 'Ấp');
  });
});

describe('readNumber and parseCsv (source modules)', () => {
  let readNumber;
  let parseCsv;
  let detectSeparator;
  let columnLetter;
  before(async () => {
    ({ readNumber } = await importSource(dir, 'src/sheet/numbers.ts'));
    ({ parseCsv, detectSeparator, columnLetter } = await importSource(dir, 'src/sheet/csv.ts'));
  });

  test('strict reading: plain decimals read, anything ambiguous refused with its reason', () => {
    const cases = {
      97.27: 97.27,
      ' 320000 ': 320000,
      '-0.5': -0.5,
      1234.567: 1234.567,
      '1,234': 'number.comma',
      '97,27': 'number.comma',
      '320.000': 'number.grouping',
      '1.234.567': 'number.grouping',
      '1e5': 'number.exponent',
      '5%': 'number.percent',
      '.5': 'number.format',
      '12 000': 'number.format',
      '': 'number.format',
    };
    for (const [raw, expected] of Object.entries(cases)) {
      const read = readNumber(raw);
      assert.deepEqual(read, typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, code: expected }, raw);
    }
  });

  test('decimal-comma reading', () => {
    const cases = { '97,27': 97.27, '320.000': 320000, '1.234,5': 1234.5, '-1.000,25': -1000.25, 0.125: 0.125, '1,234': 1.234 };
    for (const [raw, expected] of Object.entries(cases))
      assert.deepEqual(readNumber(raw, { decimalComma: true }), { ok: true, value: expected }, raw);
    for (const raw of ['1.23.4', '12.34,5,6', '1,234.5', ',5']) assert.equal(readNumber(raw, { decimalComma: true }).ok, false, raw);
    assert.deepEqual(readNumber('97,27%', { decimalComma: true, percent: true }), { ok: true, value: 97.27 });
  });

  test('parseCsv: RFC 4180 quoting, every line ending, spreadsheet row numbers', () => {
    const parsed = parseCsv('a,"b,""c""\nd"\r\ne,f\rg,\n', ',');
    assert.deepEqual(parsed, {
      ok: true,
      rows: [
        { row: 1, cells: ['a', 'b,"c"\nd'] },
        { row: 2, cells: ['e', 'f'] },
        { row: 3, cells: ['g', ''] },
      ],
    });
    assert.deepEqual(parseCsv('a;b', ';'), { ok: true, rows: [{ row: 1, cells: ['a', 'b'] }] });
    assert.deepEqual(parseCsv('a\n"b', ','), { ok: false, row: 2, code: 'csv.unclosed' });
  });

  test('detectSeparator picks the one that splits the header into known columns', () => {
    const known = ['id', 'label', 'value'];
    assert.equal(detectSeparator('id,label,value\n', known), ',');
    assert.equal(detectSeparator('id;label;value\n1;"a,b,c,d";2', known), ';');
    assert.equal(detectSeparator('"id;x",label,value', known), ',');
    assert.equal(detectSeparator('id\tlabel', known), undefined);
    assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('count and direction columns', () => {
  test('read the counts behind a percentage as plain numbers, and a lower-is-better direction', () => {
    const file = write(
      dir,
      'counts.csv',
      'id,label,unit,value,count_part,count_whole,count_unit,direction\nhh,Hộ,%,41.5,43391,104563,hộ,\nslow,Chậm,%,20,,,,down\n',
    );
    const { status, stdout, stderr } = cli(bin, ['from-csv', file]);
    assert.equal(status, 0, stderr);
    const [hh, slow] = JSON.parse(stdout).indicators;
    assert.deepEqual(hh.count, { part: 43391, whole: 104563, unit: 'hộ' });
    assert.equal(slow.direction, 'down');
  });

  test('name the row and column of a count the validator refuses', () => {
    const file = write(dir, 'bad-count.csv', 'id,label,unit,value,count_part,count_whole\nhh,Hộ,%,41.5,200,100\n');
    const { status, stderr } = cli(bin, ['from-csv', file]);
    assert.equal(status, 1);
    assert.match(stderr, /count_part/);
    assert.match(stderr, /2/);
  });
});

describe('units in both languages: unit_en and count_unit_en', () => {
  test('give the unit and the count unit their English word; without one the unit stays a plain word', () => {
    const text =
      'id,label,unit,unit_en,value,count_part,count_whole,count_unit,count_unit_en\nphones,Thuê bao,thuê bao,subscribers,320000,,,,\nhh,Hộ,%,,41.5,43391,104563,hộ,households\n';
    const { status, json, stderr } = convert('units.csv', text);
    assert.equal(status, 0, stderr);
    assert.deepEqual(json.indicators, [
      { id: 'phones', label: 'Thuê bao', unit: { vi: 'thuê bao', en: 'subscribers' }, value: 320000 },
      { id: 'hh', label: 'Hộ', unit: '%', value: 41.5, count: { part: 43391, whole: 104563, unit: { vi: 'hộ', en: 'households' } } },
    ]);
  });

  test('an English word without the Vietnamese one, and "%" in one language only, are named at their cells', () => {
    const text = 'id,label,unit,unit_en,value\na,A,,subscribers,5\nb,B,điểm,%,5\n';
    const { status, stderr } = convert('units-bad.csv', text);
    assert.equal(status, 1);
    assert.match(stderr, /units-bad\.csv, dòng 2, cột C "unit": bắt buộc phải có/);
    assert.match(stderr, /units-bad\.csv, dòng 3, cột D "unit_en": chỉ là "%" khi mọi ngôn ngữ đều là "%"/);
  });
});

describe('text is written as NFC', () => {
  test('a sheet typed in decomposed Vietnamese (NFD) comes out composed, flags too', () => {
    const nfd = (text) => text.normalize('NFD');
    const text = nfd('id,label,unit,value,area_code,area_name\na,Thôn có sóng,thuê bao,5,12,Lai Châu\n');
    const { status, json, stdout } = convert('nfd.csv', text, ['--source', nfd('Sở TT&TT Lai Châu')]);
    assert.equal(status, 0);
    assert.notEqual(nfd('Lai Châu'), 'Lai Châu');
    assert.deepEqual(json.indicators[0], {
      id: 'a',
      label: 'Thôn có sóng',
      unit: 'thuê bao',
      value: 5,
      area: { code: '12', name: 'Lai Châu' },
    });
    assert.equal(json.source.name, 'Sở TT&TT Lai Châu');
    assert.equal(stdout, stdout.normalize('NFC'));
  });
});
