import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { describe, test } from 'node:test';

import { cliPackage, write } from './helpers.js';

const made = cliPackage();

// What the system answers when a write or a read fails, said in words, one line, never its code:
// some failures happen for real in a temporary folder, the others (a full disk, a read-only
// mount, no file descriptors left) are made by fail-fs.js, preloaded into the tool.

const CSV = 'id,label,value\na,Ấp,1\n';
const failFs = new URL('./fail-fs.js', import.meta.url).href;

let count = 0;

/** A fresh folder holding data.csv. */
function folder() {
  const here = join(made.dir, `case-${(count += 1)}`);
  mkdirSync(here);
  return { here, csv: write(here, 'data.csv', CSV) };
}

/** Runs the tool (`--lang en` unless `lang` says otherwise), with `fail` (CODE:CALL) injected by fail-fs.js. */
function run(args, { fail, lang = 'en' } = {}) {
  const node = fail ? ['--import', failFs] : [];
  return spawnSync(process.execPath, [...node, made.bin, ...args, '--lang', lang], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, DX_TEST_FAIL: fail ?? '' },
  });
}

/** One line on stderr, exit 2, no stack trace, no system code. */
function refused(result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:|\bE[A-Z]{3,}\b/);
  assert.match(result.stderr, pattern);
}

describe('from-csv -o, when the system says no', () => {
  test('a folder that exists but where nothing can be made is said to exist, not to be missing', () => {
    const { here, csv } = folder();
    // The system's "no such file or folder" for a folder that is there, as /proc answers.
    const result = run(['from-csv', csv, '-o', join(here, 'out.json')], { fail: 'ENOENT:create' });
    refused(
      result,
      /out\.json: cannot be written \(the folder .*case-\d+ exists, but the system lets no file be made in it \(as \/proc, a folder of the system itself\)\)$/m,
    );
    assert.deepEqual(readdirSync(here), ['data.csv']);
    const vi = run(['from-csv', csv, '-o', join(here, 'out.json')], { fail: 'ENOENT:create', lang: 'vi' });
    refused(vi, /out\.json: không ghi được \(thư mục .*case-\d+ có đó, nhưng hệ thống không cho tạo tệp trong nó/);
  });

  test('-o /proc/x.json: /proc exists, and is named so', (t) => {
    // procfs refuses every new file, root's too: nothing can be written outside the temporary folder.
    if (!existsSync('/proc/self')) return t.skip('no /proc here');
    const { csv } = folder();
    for (const flags of [[], ['--force']]) {
      refused(
        run(['from-csv', csv, '-o', '/proc/x.json', ...flags]),
        /^\/proc\/x\.json: cannot be written \(the folder \/proc exists, but the system lets no file be made in it/,
      );
    }
  });
});
