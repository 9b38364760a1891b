import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { writeWorkbook } from '../../scripts/workbook.js';
import { cli, cliPackage, write } from './helpers.js';

const made = cliPackage();

/** Runs `command` on `content` written to `name`; parses stdout when it exits 0. */
function convert(command, name, content, flags = []) {
  const file = write(made.dir, name, content);
  const result = cli(made.bin, [command, file, '--lang', 'en', ...flags]);
  return { ...result, file, json: result.status === 0 && result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('a control character in a cell the tool reads is refused at its row and column', () => {
  test('a NUL in a CSV label: no JSON, the cell and the character named', () => {
    const { status, stdout, stderr } = convert('from-csv', 'nul.csv', 'id,label,value\na,Hà Nội,1\nb,Lai\u0000Châu,2\n');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /nul\.csv, row 3, column B "label": holds control characters U\+0000: remove them\n/);
    assert.match(stderr, /no JSON written: 1 error\n$/);
    const vi = cli(made.bin, ['from-csv', write(made.dir, 'nul.csv', 'id,label,value\nb,Lai\u0000Châu,2\n')]);
    assert.match(vi.stderr, /dòng 2, cột B "label": có ký tự điều khiển U\+0000: hãy xoá\n/);
  });

  test('every C0 control but tab and line break, DEL and the C1 controls, each named once, in every column read', () => {
    const csv = 'id,label,value,note,unit,area_name,area_code\n' + 'a,"A\u0001\u001f\u0001",1,n\u007f\u0085,%\u001b,Ấp\u000b,x\u000c\n';
    const { status, stderr } = convert('from-csv', 'c0.csv', csv);
    assert.equal(status, 1);
    assert.match(stderr, /row 2, column B "label": holds control characters U\+0001, U\+001F: remove them/);
    assert.match(stderr, /row 2, column D "note": holds control characters U\+007F, U\+0085/);
    assert.match(stderr, /row 2, column E "unit": holds control characters U\+001B/);
    assert.match(stderr, /row 2, column F "area_name": holds control characters U\+000B/);
    assert.match(stderr, /row 2, column G "area_code": holds control characters U\+000C/);
    assert.match(stderr, /no JSON written: 5 errors/);
  });

  test('a number cell with a control is refused for the control, once, not also as "not a number"', () => {
    const { status, stderr } = convert('from-csv', 'number.csv', 'id,label,value\na,A,9\u00007\n');
    assert.equal(status, 1);
    assert.match(stderr, /row 2, column C "value": holds control characters U\+0000/);
    assert.doesNotMatch(stderr, /not a number/);
  });

  test('a bidi control is refused in every cell read, in the words of the validator, also where the validator reads no text (a URL)', () => {
    const csv = 'id,label,value,source,source_url\na,A\u202e,1,S,https://a.vn/\u2066x\n';
    const { status, stderr } = convert('from-csv', 'bidi.csv', csv);
    assert.equal(status, 1);
    assert.match(stderr, /row 2, column B "label": holds bidi controls U\+202E: remove them\n/);
    assert.match(stderr, /row 2, column E "source_url": holds bidi controls U\+2066: remove them\n/);
    // Said once for the label, though the validator finds it too.
    assert.equal(stderr.match(/column B/g).length, 1);
    assert.match(stderr, /no JSON written: 2 errors/);
  });

  test('tab and line breaks (Alt+Enter) stay; zero-width joiners, marks and Vietnamese are not controls', () => {
    const csv = 'id,label,value,note\na,"Xã\tphường\r\nthị trấn",1,"👨\u200d👩\u200f\u00ad"\n';
    const { status, json, stderr } = convert('from-csv', 'kept.csv', csv);
    assert.equal(status, 0, stderr);
    assert.equal(json.indicators[0].label, 'Xã\tphường\nthị trấn');
    assert.equal(json.indicators[0].note, '👨\u200d👩\u200f\u00ad');
  });

  test('a control in a column the tool does not read, or in a row with nothing else, changes nothing', () => {
    const csv = 'id,label,value,remark\na,A,1,x\u0000y\n\u0000,,,\n';
    const { status, json, stderr } = convert('from-csv', 'unread.csv', csv);
    assert.equal(status, 0, stderr);
    assert.equal(json.indicators.length, 1);
  });

  test('a control in a collection-wide flag is named with its flag', () => {
    const { status, stderr } = convert('from-csv', 'flag.csv', 'id,label,value\na,A,1\n', ['--source', 'Cục\u0007 Thống kê']);
    assert.equal(status, 1);
    assert.match(stderr, /flag\.csv, --source: holds control characters U\+0007: remove them/);
  });

  test('with other problems: all said, in row order', () => {
    const csv = 'id,label,value\na,A,x\nb,B\u0000,1\nc,C,200%\n';
    const { status, stderr } = convert('from-csv', 'mixed.csv', csv);
    assert.equal(status, 1);
    const rows = [...stderr.matchAll(/row (\d+)/g)].map((m) => Number(m[1]));
    assert.deepEqual(rows, [2, 3, 4]);
    assert.match(stderr, /no JSON written: 3 errors/);
  });

  test('from-xlsx: a NUL Excel wrote as _x0000_, a control in the series sheet, each at its sheet, row and column', () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value'],
          ['a', 'Lai_x0000_Châu', 1],
          ['b', 'B', 2],
        ],
      },
      {
        name: 'series',
        rows: [
          ['id', 'asOf', 'value', 'approx'],
          ['b', '2024', 1, 'about_x0002_'],
        ],
      },
    ]);
    const { status, stdout, stderr } = convert('from-xlsx', 'book.xlsx', book);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /book\.xlsx \[indicators\], row 2, column B "label": holds control characters U\+0000: remove them\n/);
    assert.match(stderr, /book\.xlsx \[series\], row 2, column D "approx": holds control characters U\+0002: remove them\n/);
  });

  test("from-xlsx: a control in the series sheet's asOf, a column named in camel case, is named as the others are", () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value'],
          ['b', 'B', 2],
        ],
      },
      {
        name: 'series',
        rows: [
          ['id', 'asOf', 'value'],
          ['b', '2024_x0000_', 1],
        ],
      },
    ]);
    const { status, stderr } = convert('from-xlsx', 'asof.xlsx', book);
    assert.equal(status, 1);
    assert.match(stderr, /asof\.xlsx \[series\], row 2, column B "asOf": holds control characters U\+0000: remove them\n/);
    assert.match(stderr, /no JSON written: 1 error\n$/);
  });

  test('from-xlsx: half a character (a surrogate with no other half, _xD800_) is refused; a whole pair (an emoji) is kept', () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value', 'note'],
          ['a', 'Lai_xD800_Châu', 1, '_xD83D__xDE00_'],
        ],
      },
    ]);
    const { status, stderr } = convert('from-xlsx', 'half.xlsx', book);
    assert.equal(status, 1);
    assert.match(
      stderr,
      /half\.xlsx \[indicators\], row 2, column B "label": holds half a character U\+D800 \(a surrogate without its pair\): remove it\n/,
    );
    assert.match(stderr, /no JSON written: 1 error\n$/);
    const whole = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value', 'note'],
          ['a', 'A', 1, '_xD83D__xDE00_'],
        ],
      },
    ]);
    const kept = convert('from-xlsx', 'whole.xlsx', whole);
    assert.equal(kept.status, 0, kept.stderr);
    assert.equal(kept.json.indicators[0].note, '😀');
  });

  test('a refusal writes nothing: an existing -o file stays as it was, even with --force, and no temporary file is left', () => {
    const out = write(made.dir, 'kept.json', '{"kept": true}\n');
    const before = readdirSync(made.dir).sort();
    const { status } = convert('from-csv', 'refused.csv', 'id,label,value\na,A\u0000,1\n', ['-o', out, '--force']);
    assert.equal(status, 1);
    assert.equal(readFileSync(out, 'utf8'), '{"kept": true}\n');
    assert.deepEqual(readdirSync(made.dir).sort(), [...new Set([...before, 'refused.csv'])].sort());
  });
});
