import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';

import { buildPackage, cleanUp, cli, cliAsync, example, importSource, root, temporary, write } from './helpers.js';

let dir;
let bin;
let valid;
let invalid;
let broken;

// Line 4 holds a percentage out of range, line 5 a member without a label and a text value.
const INVALID = `{
  "source": { "name": "Sở TT&TT Lai Châu" },
  "indicators": [
    { "id": "a", "label": "Ấp có sóng", "unit": "%", "value": 120 },
    { "id": "b", "unit": "hộ", "value": "97,27" }
  ]
}
`;
const lineOf = (text, line) => text.split('\n')[line - 1];

before(() => {
  dir = temporary();
  bin = buildPackage(dir);
  valid = write(dir, 'lai-chau.json', JSON.stringify(example, null, 2));
  invalid = write(dir, 'invalid.json', INVALID);
  // A trailing comma: the syntax error is where the closing brace comes instead of a name.
  broken = write(dir, 'broken.json', '{\r\n  "label": "Sóng",\r\n  "value": 1,\r\n}\r\n');
});
after(() => cleanUp(dir));

describe('dx-widgets validate: verdicts and exit codes', () => {
  test('a valid feed exits 0 and says how many indicators it holds', () => {
    const { status, stdout } = cli(bin, ['validate', valid]);
    assert.equal(status, 0);
    assert.match(stdout, /lai-chau\.json: hợp lệ, 7 chỉ số/);
  });

  test('an invalid feed exits 1 and lists every error with its JSON path and line:column, in Vietnamese', () => {
    const { status, stdout } = cli(bin, ['validate', invalid]);
    assert.equal(status, 1);
    const column = lineOf(INVALID, 4).indexOf('120') + 1;
    assert.match(stdout, /invalid\.json: không hợp lệ, 3 lỗi/);
    assert.ok(stdout.includes(`invalid.json:4:${column}  indicators[0].value: là phần trăm, phải từ 0 đến 100 (đang là 120)`), stdout);
    // A missing field points at the object that lacks it.
    assert.ok(stdout.includes('invalid.json:5:5  indicators[1].label: bắt buộc phải có'), stdout);
    assert.ok(stdout.includes(`invalid.json:5:${lineOf(INVALID, 5).indexOf('"97,27"') + 1}  indicators[1].value: phải là số`), stdout);
  });

  test('--lang en gives the same errors in English', () => {
    const { status, stdout } = cli(bin, ['validate', '--lang', 'en', invalid]);
    assert.equal(status, 1);
    assert.match(stdout, /invalid\.json: invalid, 3 errors/);
    assert.match(stdout, /indicators\[1\]\.label: is required/);
    assert.equal(cli(bin, ['--lang=en', 'validate', valid]).stdout.trim().endsWith('valid, 7 indicators'), true);
  });

  test('--lang reads a language tag as the elements do: en-GB and EN are English; en-, fr and en_US are refused (exit 2)', () => {
    for (const tag of ['en-GB', 'EN', 'en-Latn-VN']) {
      assert.match(cli(bin, [`--lang=${tag}`, 'validate', valid]).stdout, /valid, 7 indicators/, tag);
    }
    assert.match(cli(bin, ['--lang', 'vi-VN', 'validate', valid]).stdout, /hợp lệ/);
    for (const tag of ['en-', 'fr', 'en_US', 'en.UTF-8', '']) {
      const { status, stderr } = cli(bin, [`--lang=${tag}`, 'validate', valid]);
      assert.equal(status, 2, tag);
      assert.ok(stderr.includes(`--lang nhận vi hoặc en, không nhận "${tag}"`), stderr);
    }
  });

  test('malformed JSON is invalid (exit 1), located at the syntax error, CRLF lines counted once', () => {
    const { status, stdout } = cli(bin, ['validate', broken]);
    assert.equal(status, 1);
    // The place in the message is the place in front of it, in the words of the language asked for.
    assert.match(stdout, /broken\.json:4:1 {2}\(cả tài liệu\): không phải JSON hợp lệ \(dòng 4, cột 1\)\n/);
    const english = cli(bin, ['--lang=en', 'validate', broken]).stdout;
    assert.match(english, /broken\.json:4:1 {2}\(the document\): is not valid JSON \(line 4, column 1\)\n/);
  });

  test('a missing file or a directory cannot be read: exit 2, said on stderr', () => {
    const missing = cli(bin, ['validate', `${dir}/nowhere.json`]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere\.json: không đọc được \(không có tệp này\)/);
    assert.equal(missing.stdout, '');
    const directory = cli(bin, ['validate', '--lang', 'en', dir]);
    assert.equal(directory.status, 2);
    assert.match(directory.stderr, /cannot be read \(it is a directory\)/);
  });

  test('several files: the worst verdict decides, unreadable (2) over invalid (1) over valid (0)', () => {
    assert.equal(cli(bin, ['validate', valid, valid]).status, 0);
    assert.equal(cli(bin, ['validate', valid, invalid]).status, 1);
    const all = cli(bin, ['validate', valid, invalid, `${dir}/nowhere.json`]);
    assert.equal(all.status, 2);
    assert.match(all.stdout, /hợp lệ, 7 chỉ số[\s\S]*không hợp lệ, 3 lỗi/);
  });

  test('a byte-order mark is accepted, as browsers accept it; bytes that are not UTF-8 are an error', () => {
    const bom = write(dir, 'bom.json', `\uFEFF${JSON.stringify(example)}`);
    assert.equal(cli(bin, ['validate', bom]).status, 0);
    const latin1 = write(dir, 'latin1.json', Buffer.from('{\n  "label": "S\xf3ng", "value": 1 }', 'latin1'));
    const { status, stdout } = cli(bin, ['validate', '--json', latin1]);
    assert.equal(status, 1);
    const [error] = JSON.parse(stdout).files[0].errors;
    assert.deepEqual({ code: error.code, line: error.line, column: error.column }, { code: 'encoding', line: 2, column: 14 });
  });

  test('standard input is read with "-"', () => {
    const { status, stdout } = cli(bin, ['validate', '-'], { input: INVALID });
    assert.equal(status, 1);
    assert.match(stdout, /-:4:\d+ {2}indicators\[0\]\.value/);
  });

  test('"-" named twice is the same input twice, not an empty second document', () => {
    const { status, stdout } = cli(bin, ['validate', '-', valid, '-', '--lang', 'en'], { input: JSON.stringify(example) });
    assert.equal(status, 0, stdout);
    assert.deepEqual(stdout.trimEnd().split('\n'), ['-: valid, 7 indicators', `${valid}: valid, 7 indicators`, '-: valid, 7 indicators']);
  });
});

describe('dx-widgets validate --json', () => {
  test('prints { files: [{ file, valid, errors: [{ path, line, column, code, message: { vi, en } }] }] }', () => {
    const { status, stdout } = cli(bin, ['validate', '--json', valid, invalid, broken, `${dir}/nowhere.json`]);
    assert.equal(status, 2);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['files']);
    const [good, bad, syntax, missing] = report.files;
    assert.deepEqual(good, { file: valid, valid: true, indicators: 7, errors: [] });
    assert.equal(bad.valid, false);
    assert.deepEqual(bad.errors[1], {
      path: 'indicators[1].label',
      line: 5,
      column: 5,
      code: 'required',
      message: { vi: 'bắt buộc phải có', en: 'is required' },
    });
    for (const error of [...bad.errors, ...syntax.errors]) {
      assert.deepEqual(Object.keys(error), ['path', 'line', 'column', 'code', 'message']);
      assert.deepEqual(Object.keys(error.message), ['vi', 'en']);
    }
    assert.deepEqual({ ...syntax.errors[0], message: undefined }, { path: '', line: 4, column: 1, code: 'json', message: undefined });
    assert.equal(missing.unreadable, true);
    assert.deepEqual(
      { ...missing.errors[0], message: undefined },
      { path: '', line: null, column: null, code: 'unreadable', message: undefined },
    );
  });
});

describe('dx-widgets validate URL', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.json') return response.end(JSON.stringify(example));
      if (request.url === '/invalid.json') return response.end(INVALID);
      if (request.url === '/empty.json') return response.end();
      if (request.url === '/blank.json') return response.end('\uFEFF\r\n');
      response.statusCode = 404;
      response.end('not found');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('a valid URL exits 0, an invalid one 1 with line:column', async () => {
    assert.equal((await cliAsync(bin, ['validate', `${base}/feed.json`])).status, 0);
    const invalidUrl = await cliAsync(bin, ['validate', `${base}/invalid.json`]);
    assert.equal(invalidUrl.status, 1);
    assert.match(invalidUrl.stdout, /invalid\.json:5:5 {2}indicators\[1\]\.label/);
  });

  test('an HTTP error or a refused connection is unreadable: exit 2', async () => {
    const notFound = await cliAsync(bin, ['validate', '--lang', 'en', `${base}/gone.json`]);
    assert.equal(notFound.status, 2);
    assert.match(notFound.stderr, /cannot be read \(the server answered HTTP 404\)/);
    const refused = await cliAsync(bin, ['validate', 'http://127.0.0.1:9/feed.json']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /không đọc được \(lỗi mạng: /);
  });

  test('an empty answer is unreadable, as an empty file is: exit 2', async () => {
    const empty = await cliAsync(bin, ['validate', '--lang', 'en', `${base}/empty.json`]);
    assert.equal(empty.status, 2);
    assert.equal(empty.stderr, `${base}/empty.json: cannot be read (the server sent an empty answer)\n`);
    const vi = await cliAsync(bin, ['validate', `${base}/empty.json`]);
    assert.equal(vi.stderr, `${base}/empty.json: không đọc được (máy chủ trả về nội dung trống)\n`);
  });

  test('an answer of blank space only (a line break, a byte-order mark) is as empty: exit 2', async () => {
    const blank = await cliAsync(bin, ['validate', '--lang', 'en', `${base}/blank.json`]);
    assert.equal(blank.status, 2);
    assert.equal(blank.stderr, `${base}/blank.json: cannot be read (the server sent an empty answer: nothing but blank space)\n`);
    const vi = await cliAsync(bin, ['validate', `${base}/blank.json`]);
    assert.equal(vi.stderr, `${base}/blank.json: không đọc được (máy chủ trả về nội dung trống, chỉ có khoảng trắng)\n`);
  });
});

describe('dx-widgets command line', () => {
  test('--help exits 0; no command, an unknown command or option, or a missing file argument exit 2', () => {
    assert.equal(cli(bin, ['--help']).status, 0);
    assert.match(cli(bin, ['--help', '--lang', 'en']).stdout, /dx-widgets validate FILE_OR_URL/);
    assert.equal(cli(bin, []).status, 2);
    const unknown = cli(bin, ['check', valid]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /không có lệnh "check"/);
    assert.equal(cli(bin, ['validate', '--strict', valid]).status, 2);
    assert.match(cli(bin, ['validate', '--lang', 'en']).stderr, /at least one file or URL is needed/);
    assert.equal(cli(bin, ['validate', '--lang', 'fr', valid]).status, 2);
  });

  test('a wrong option is one line in the language asked for, naming the option: unknown, without its value, or given one', () => {
    const cases = [
      [['validate', '--strict', valid], 'không có tùy chọn --strict; tệp có tên bắt đầu bằng - thì đặt sau --, ví dụ -- "--strict"'],
      [['from-csv', valid, '--source-url'], '--source-url cần một giá trị'],
      [['from-csv', valid, '-o', '--force'], '-o cần một giá trị (giá trị bắt đầu bằng - thì viết --output=-x)'],
      [['from-csv', valid, '--force=yes'], '--force không nhận giá trị'],
    ];
    for (const [args, vi] of cases) {
      const { status, stdout, stderr } = cli(bin, args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr, `${vi}. Xem: dx-widgets --help\n`, args.join(' '));
    }
    const en = cli(bin, ['from-csv', valid, '--output', '-x', '--lang', 'en']);
    assert.equal(en.stderr, '--output needs a value (one that starts with - is written --output=-x). See: dx-widgets --help\n');
    assert.equal(cli(bin, ['from-csv', valid, '-o', '--lang', 'en']).stderr, '-o, --output needs a value. See: dx-widgets --help\n');
  });

  test("npm run build:cli writes dist/cli.js, which the package's own bin/dx-widgets.js runs", () => {
    const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.js')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(built.status, 0, built.stderr);
    assert.ok(readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n'));
    const { status, stdout } = cli(join(root, 'bin/dx-widgets.js'), ['validate', valid]);
    assert.equal(status, 0);
    assert.match(stdout, /hợp lệ, 7 chỉ số/);
  });

  test('--version prints the package version', () => {
    const { status, stdout } = cli(bin, ['--version']);
    assert.equal(status, 0);
    assert.match(stdout.trim(), /^\d+\.\d+\.\d+/);
  });
});

describe('locate: JSON path → line and column', () => {
  let locate;
  let positionOf;
  before(async () => ({ locate, positionOf } = await importSource(dir, 'src/cli/locate.ts')));

  test('finds nested members, array items and the root, in UTF-16 columns', () => {
    const text = '{\n  "a": { "b\\"c": [1, {"d": "Ấp \\u0041"}] },\n  "e": true\n}';
    const located = locate(text);
    assert.equal(located.syntaxError, undefined);
    assert.deepEqual(located.paths.get(''), { line: 1, column: 1 });
    assert.deepEqual(located.paths.get('a'), { line: 2, column: 8 });
    assert.deepEqual(located.paths.get('a.b"c[1].d'), { line: 2, column: 28 });
    assert.deepEqual(located.paths.get('e'), { line: 3, column: 8 });
  });

  test('a missing field falls back to its nearest ancestor', () => {
    const located = locate('[\n  {\n    "x": 1\n  }\n]');
    assert.deepEqual(positionOf(located, '[0].label'), { line: 2, column: 3 });
    assert.deepEqual(positionOf(located, 'indicators[4].value'), { line: 1, column: 1 });
  });

  test('syntax errors are placed where the text stops being JSON', () => {
    assert.deepEqual(locate('{"a": 1,}').syntaxError, { line: 1, column: 9 });
    assert.deepEqual(locate('{"a": 01}').syntaxError, { line: 1, column: 8 });
    assert.deepEqual(locate('{"a": "x\ny"}').syntaxError, { line: 1, column: 9 });
    assert.deepEqual(locate('{"a": 1}\r\n\r\nx').syntaxError, { line: 3, column: 1 });
    assert.deepEqual(locate('{"a": [1, 2').syntaxError, { line: 1, column: 12 });
    assert.deepEqual(locate('').syntaxError, { line: 1, column: 1 });
  });
});
