// The command line as a shell user meets it: counts in English, usage and help on the right
// stream, `--` ending the options, an option given twice.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { cli, cliPackage, example, write } from './helpers.js';

const made = cliPackage();

const ONE_INDICATOR = { indicators: [example.indicators[0]] };

describe('English counts: one is singular', () => {
  test('validate: "valid, 1 indicator", "invalid, 1 error"; Vietnamese, which has no plural, unchanged', () => {
    const one = write(made.dir, 'one.json', JSON.stringify(ONE_INDICATOR));
    const bad = write(made.dir, 'bad.json', JSON.stringify({ indicators: [{ id: 'a', label: 'A', value: 'x' }] }));
    assert.match(cli(made.bin, ['validate', one, '--lang', 'en']).stdout, /one\.json: valid, 1 indicator\n$/);
    assert.match(cli(made.bin, ['validate', bad, '--lang', 'en']).stdout, /bad\.json: invalid, 1 error\n/);
    assert.match(cli(made.bin, ['validate', bad]).stdout, /bad\.json: không hợp lệ, 1 lỗi\n/);
    // and two are plural still.
    const two = write(made.dir, 'two.json', JSON.stringify({ indicators: [{ id: 'a', value: 'x' }] }));
    assert.match(cli(made.bin, ['validate', two, '--lang', 'en']).stdout, /two\.json: invalid, 2 errors\n/);
  });

  test('from-csv: "no JSON written: 1 error", "wrote …: 1 indicator"', () => {
    const bad = write(made.dir, 'bad.csv', 'id,label,value\na,A,x\n');
    const failed = cli(made.bin, ['from-csv', bad, '--lang', 'en']);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /no JSON written: 1 error\n$/);
    const good = write(made.dir, 'good.csv', 'id,label,value\na,A,1\n');
    const written = cli(made.bin, ['from-csv', good, '-o', join(made.dir, 'good.json'), '--lang', 'en']);
    assert.equal(written.status, 0, written.stderr);
    assert.match(written.stderr, /wrote .*good\.json: 1 indicator\n$/);
  });
});

describe('usage and help: misuse on standard error (exit 2), --help on standard output (exit 0)', () => {
  test('no command at all is misuse: the usage goes to standard error, nothing to standard output', () => {
    for (const args of [[], ['--lang', 'en'], ['--lang=vi']]) {
      const { status, stdout, stderr } = cli(made.bin, args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, /dx-widgets validate/, args.join(' '));
    }
  });

  test('--help, -h and help, alone or after a command, print the usage on standard output and exit 0', () => {
    for (const args of [
      ['--help'],
      ['-h'],
      ['help'],
      ['validate', '--help'],
      ['from-csv', '-h'],
      ['from-xlsx', '--help'],
      ['preview', '--help'],
    ]) {
      const { status, stdout, stderr } = cli(made.bin, args);
      assert.equal(status, 0, args.join(' '));
      assert.equal(stderr, '', args.join(' '));
      assert.match(stdout, /dx-widgets validate/, args.join(' '));
    }
  });

  test('each command without its file, or with an unknown option, is one line on standard error, exit 2', () => {
    for (const args of [['validate'], ['from-csv'], ['from-xlsx'], ['preview'], ['from-csv', '--nope', 'x.csv'], ['nothing']]) {
      const { status, stdout, stderr } = cli(made.bin, args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, /^[^\n]+Xem: dx-widgets --help\n$/, args.join(' '));
    }
  });
});

describe('-- ends the options: what follows is a file, --lang too', () => {
  test('validate -- --lang=en checks the file named --lang=en, in Vietnamese', () => {
    write(made.dir, '--lang=en', JSON.stringify(ONE_INDICATOR));
    const { status, stdout, stderr } = cli(made.bin, ['validate', '--', '--lang=en'], { cwd: made.dir });
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '--lang=en: hợp lệ, 1 chỉ số\n');
  });

  test('validate -- --lang fr checks the files --lang and fr, and does not refuse fr as a language', () => {
    write(made.dir, '--lang', JSON.stringify(ONE_INDICATOR));
    write(made.dir, 'fr', JSON.stringify(ONE_INDICATOR));
    const { status, stdout, stderr } = cli(made.bin, ['validate', '--lang', 'en', '--', '--lang', 'fr'], { cwd: made.dir });
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '--lang: valid, 1 indicator\nfr: valid, 1 indicator\n');
  });
});

describe('an option given twice', () => {
  test('-o a -o b is refused, naming both, and neither file is written (exit 2)', () => {
    const csv = write(made.dir, 'twice.csv', 'id,label,value\na,A,1\n');
    const [a, b] = [join(made.dir, 'a.json'), join(made.dir, 'b.json')];
    for (const args of [
      ['-o', a, '-o', b],
      ['--output', a, '-o', b],
      [`--output=${a}`, `--output=${b}`],
    ]) {
      const { status, stdout, stderr } = cli(made.bin, ['from-csv', csv, ...args, '--lang', 'en']);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr, `-o, --output is given twice ("${a}" and "${b}"): give it once. See: dx-widgets --help\n`);
      assert.equal(existsSync(a) || existsSync(b), false);
    }
  });

  test('so are --sheet and --source given twice; a flag given twice is harmless', () => {
    const csv = write(made.dir, 'flags.csv', 'id,label,value\na,A,1\n');
    const source = cli(made.bin, ['from-csv', csv, '--source', 'Sở A', '--source', 'Sở B']);
    assert.equal(source.status, 2);
    assert.match(source.stderr, /--source được cho hai lần \("Sở A" và "Sở B"\)/);
    assert.equal(cli(made.bin, ['from-xlsx', 'x.xlsx', '--sheet', 'a', '--sheet', 'b']).status, 2);
    assert.equal(cli(made.bin, ['from-csv', csv, '--force', '--force']).status, 0);
  });
});
