import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { cli, cliPackage, importSource, write } from './helpers.js';

const made = cliPackage();

// Raw control and bidi characters: ESC, CSI as one C1 byte, BEL, a line break, RLO, an isolate.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal escapes from the input are shown, never obeyed', () => {
  test('a CSV header cell quoted in an error line', () => {
    const csv = write(made.dir, 'escape.csv', 'id,"\u001b[2J\u001b[H1,5\u009b31m\u202e",value\na,A,1\n');
    const { status, stderr } = cli(made.bin, ['from-csv', csv, '--lang', 'en']);
    assert.equal(status, 1);
    assert.doesNotMatch(stderr, RAW);
    assert.match(stderr, /The columns it has: id, \\x1b\[2J\\x1b\[H1,5\\x9b31m\\u202e, value$/m);
  });

  // (A control in a cell the tool reads is refused, not quoted: control-characters.test.js.)
  test('a CSV cell of terminal escapes is refused by the characters it holds, none of them printed', () => {
    const csv = write(made.dir, 'escape.csv', 'id,label,value\na,A,"\u001b[2J\u001b[H1,5\u009b31m\u202e"\n');
    const { status, stderr } = cli(made.bin, ['from-csv', csv, '--lang', 'en']);
    assert.equal(status, 1);
    assert.doesNotMatch(stderr, RAW);
    assert.match(stderr, /row 2, column C "value": holds control characters U\+001B, U\+009B: remove them/);
    assert.match(stderr, /row 2, column C "value": holds bidi controls U\+202E: remove them/);
  });

  test('JSON text quoted by the parser cannot print a fake line', () => {
    const file = write(made.dir, 'fake.json', '\u001b[2K\r\nfake.json: valid, 9 indicators\u0007');
    const { status, stdout } = cli(made.bin, ['validate', file, '--lang', 'en']);
    assert.equal(status, 1);
    assert.doesNotMatch(stdout, RAW);
    assert.equal(stdout.trimEnd().split('\n').length, 2, stdout);
  });

  test('a file name, in the unreadable line and in --json', () => {
    const name = join(made.dir, 'a\u001b]0;pwned\u0007\u202egnp.json');
    const text = cli(made.bin, ['validate', name, '--lang', 'en']);
    assert.equal(text.status, 2);
    assert.doesNotMatch(text.stderr, RAW);
    assert.match(text.stderr, /a\\x1b\]0;pwned\\x07\\u202egnp\.json: cannot be read \(no such file\)/);
    const json = cli(made.bin, ['validate', name, '--json']);
    assert.doesNotMatch(json.stdout, RAW);
    assert.equal(JSON.parse(json.stdout).files[0].file, name);
  });

  // (Embedding, override and isolate controls, and C0 and C1 controls, are refused in a cell: a
  // line separator, the bidi marks RLM and ALM stand for them.)
  test('from-csv output JSON carries line separators and bidi marks as \\u escapes: the same document, safe to print', () => {
    const label = 'Ấp\u20282J\u200f\u061c';
    const csv = write(made.dir, 'label.csv', `id,label,value\na,${label},1\n`);
    const { status, stdout } = cli(made.bin, ['from-csv', csv]);
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, RAW);
    assert.match(stdout, /"label": "Ấp\\u20282J\\u200f\\u061c"/);
    assert.equal(JSON.parse(stdout).indicators[0].label, label);
  });

  test('visible() escapes every control, bidi and separator character and leaves Vietnamese alone', async () => {
    const { visible } = await importSource(made.dir, 'src/cli/output.ts');
    assert.equal(
      visible('Hà Nội\tx\n\u0000\u007f\u0085\u061c\u200f\u2028\u2069'),
      'Hà Nội\\x09x\\x0a\\x00\\x7f\\x85\\u061c\\u200f\\u2028\\u2069',
    );
  });
});

describe('what a message quotes from the input has a limit', () => {
  test('a cell of a million characters is quoted by its start and end around “…”, 60 characters, in a line of the usual length', () => {
    const csv = write(made.dir, 'long-cell.csv', `id,label,value\na,A,"${'9,'.repeat(500_000)}"\n`);
    const { status, stderr } = cli(made.bin, ['from-csv', csv, '--lang', 'en']);
    assert.equal(status, 1);
    const [line] = stderr.split('\n');
    assert.ok(line.length < 400, `${line.length} characters`);
    assert.match(line, new RegExp(`column C "value": "${'9,'.repeat(19)}9…${'9,'.repeat(10)}" has a comma`));
  });

  test('unknown columns are named once each, at most ten, each clipped to 60 characters', () => {
    const header = [
      'id',
      'label',
      'value',
      ...Array(50_000).fill('ghi chú'),
      'h'.repeat(1_000_000),
      ...Array.from({ length: 20 }, (_, i) => `x${i}`),
    ];
    const csv = write(made.dir, 'wide-header.csv', `${header.join(',')}\na,A,1\n`);
    const { status, stdout, stderr } = cli(made.bin, ['from-csv', csv, '--lang', 'en']);
    assert.equal(status, 0, stderr);
    assert.equal(JSON.parse(stdout).indicators[0].value, 1);
    const [warning] = stderr.split('\n');
    assert.ok(warning.length < 1_000, `${warning.length} characters`);
    assert.match(
      warning,
      new RegExp(
        `ignoring columns it does not read: ghi chú, ${'h'.repeat(39)}…${'h'.repeat(20)}, x0, x1, x2, x3, x4, x5, x6, x7 and 12 more \\(the columns it reads:`,
      ),
    );
  });
});

describe('--decimal-comma never guesses within a column', () => {
  const convert = (name, text) => cli(made.bin, ['from-csv', write(made.dir, name, text), '--decimal-comma', '--lang', 'en']);

  test('a column mixing a decimal point with Vietnamese writing is an error naming the cells', () => {
    const { status, stdout, stderr } = convert('mixed.csv', 'id,label,value\na,A,97.27\nb,B,1.234\nc,C,"12,5"\nd,D,3\n');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /row 1, column C "value": the column writes numbers two ways, with a decimal point \(C2 "97\.27"\) and the Vietnamese way \(C3 "1\.234", C4 "12,5"\)/,
    );
  });

  test('each column is judged alone; integers fit either writing', () => {
    const { status, stdout, stderr } = convert('apart.csv', 'id,label,value,target\na,A,97.27,100\nb,B,3,1.234\n');
    assert.equal(status, 0, stderr);
    const [a, b] = JSON.parse(stdout).indicators;
    assert.equal(a.value, 97.27);
    assert.equal(b.target.value, 1234);
  });

  test('writingOf classifies a cell by the writing it commits to', async () => {
    const { writingOf } = await importSource(made.dir, 'src/sheet/numbers.ts');
    const cases = {
      97.27: 'point',
      0.125: 'point',
      1.2345: 'point',
      '97,27': 'comma',
      1.234: 'comma',
      '320.000': 'comma',
      '1.234,5': 'comma',
      '97,27 %': 'comma',
      320000: undefined,
      x: undefined,
    };
    for (const [raw, writing] of Object.entries(cases)) assert.equal(writingOf(raw), writing, raw);
  });
});
