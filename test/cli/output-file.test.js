import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { describe, test } from 'node:test';

import { cli, cliPackage, importSource, midWrite, write } from './helpers.js';

const made = cliPackage();

// from-csv -o: the output is written whole or not at all, and never over the input, an
// existing file (without --force), a folder, or through a symlink.

const CSV = 'id,label,value\na,Ấp,1\n';

let count = 0;

/** A fresh folder holding data.csv. */
function folder() {
  const here = join(made.dir, `case-${(count += 1)}`);
  mkdirSync(here);
  return { here, csv: write(here, 'data.csv', CSV) };
}

const convert = (csv, output, flags = []) => cli(made.bin, ['from-csv', csv, '-o', output, '--lang', 'en', ...flags]);

/** One line on stderr, exit 2, no stack trace. */
function refused(result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/);
  assert.match(result.stderr, pattern);
}

describe('from-csv -o', () => {
  test('never writes over the input, under its own name, a symlink or a hard link, even with --force', () => {
    const { here, csv } = folder();
    symlinkSync(csv, join(here, 'soft.json'));
    linkSync(csv, join(here, 'hard.json'));
    for (const output of [csv, join(here, 'soft.json'), join(here, 'hard.json'), join(here, '.', 'data.csv')]) {
      for (const flags of [[], ['--force']]) refused(convert(csv, output, flags), /cannot be written \(it is the input file itself\)/);
    }
    assert.equal(readFileSync(csv, 'utf8'), CSV);
    assert.equal(readlinkSync(join(here, 'soft.json')), csv);
  });

  test('never writes over standard input redirected from the output file, even with --force', () => {
    const { csv } = folder();
    const input = openSync(csv, 'r');
    try {
      const result = spawnSync(process.execPath, [made.bin, 'from-csv', '-', '-o', csv, '--force', '--lang', 'en'], {
        stdio: [input, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      refused(result, /data\.csv: cannot be written \(it is the input file itself\)/);
    } finally {
      closeSync(input);
    }
    assert.equal(readFileSync(csv, 'utf8'), CSV);
  });

  test('refuses an existing file unless --force, which replaces it', () => {
    const { here, csv } = folder();
    const out = write(here, 'out.json', 'keep me');
    refused(convert(csv, out), /out\.json: cannot be written \(the file exists; add --force to replace it\)/);
    assert.equal(readFileSync(out, 'utf8'), 'keep me');
    const forced = convert(csv, out, ['--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).indicators[0].label, 'Ấp');
  });

  test('never follows a symlink at the output: refused, or with --force the link itself is replaced', () => {
    const { here, csv } = folder();
    const target = write(here, 'target.json', 'the target');
    const link = join(here, 'link.json');
    symlinkSync(target, link);
    const dangling = join(here, 'dangling.json');
    symlinkSync(join(here, 'nowhere.json'), dangling);
    // A dangling link is no file that exists: both are named for what they are.
    for (const output of [link, dangling]) {
      refused(
        convert(csv, output),
        /\.json: cannot be written \(it is a symbolic link; add --force to replace the link itself \(what it points to is never written\)\)$/m,
      );
    }
    assert.equal(existsSync(join(here, 'nowhere.json')), false);

    assert.equal(convert(csv, link, ['--force']).status, 0);
    assert.equal(readFileSync(target, 'utf8'), 'the target');
    assert.equal(lstatSync(link).isSymbolicLink(), false);
    assert.equal(JSON.parse(readFileSync(link, 'utf8')).indicators.length, 1);
  });

  test('a symlink to a folder is a folder: refused even with --force, the link kept', () => {
    const { here, csv } = folder();
    const published = join(here, 'published');
    mkdirSync(published);
    const latest = join(here, 'latest');
    symlinkSync(published, latest);
    for (const flags of [[], ['--force']]) {
      refused(convert(csv, latest, flags), /latest: cannot be written \(it is a folder; give a file name, e\.g\. .*latest\/feed\.json\)$/m);
    }
    assert.equal(readlinkSync(latest), published);
    assert.deepEqual(readdirSync(published), []);
  });

  test('a folder, a missing folder or a device is one clear line and exit 2, even with --force', () => {
    const { here, csv } = folder();
    for (const flags of [[], ['--force']]) {
      refused(convert(csv, here, flags), /cannot be written \(it is a folder; give a file name, e\.g\. .*feed\.json\)/);
      refused(convert(csv, join(here, 'missing', 'x.json'), flags), /x\.json: cannot be written \(the folder .*missing does not exist\)/);
      refused(convert(csv, '/dev/null', flags), /cannot be written \(not a regular file/);
    }
    const vi = cli(made.bin, ['from-csv', csv, '-o', join(here, 'missing', 'x.json')]);
    refused(vi, /x\.json: không ghi được \(không có thư mục .*missing\)/);
  });

  test('a file where the path needs a folder is named as a file, not as a missing folder', () => {
    const { here, csv } = folder();
    const notes = write(here, 'notes.txt', 'notes');
    symlinkSync(notes, join(here, 'link.txt'));
    const cases = [
      ['notes.txt/x.json', 'notes.txt'],
      ['notes.txt/', 'notes.txt'],
      ['notes.txt/sub/x.json', 'notes.txt'],
      ['link.txt/', 'link.txt'],
    ];
    for (const [output, named] of cases) {
      for (const flags of [[], ['--force']]) {
        const result = convert(csv, join(here, output), flags);
        refused(result, /: cannot be written \(.* is a file, not a folder\)$/m);
        assert.ok(result.stderr.includes(`: cannot be written (${join(here, named)} is a file, not a folder)`), result.stderr);
      }
    }
    const vi = cli(made.bin, ['from-csv', csv, '-o', join(here, 'notes.txt/x.json')]);
    refused(vi, /x\.json: không ghi được \(.*notes\.txt là tệp, không phải thư mục\)$/m);
    // A path is named whole, however long: a terminal's reader needs it to act, and only a page's
    // message box cuts what it quotes.
    const long = write(here, `${'n'.repeat(90)}.txt`, 'notes');
    const named = cli(made.bin, ['from-csv', csv, '-o', join(long, 'x.json')]);
    assert.ok(named.stderr.includes(`(${long} là tệp, không phải thư mục)`), named.stderr);
    rmSync(long);
    assert.equal(readFileSync(notes, 'utf8'), 'notes');
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'link.txt', 'notes.txt']);
  });

  test('refuses a read-only file even with --force: its owner protected it', () => {
    const { here, csv } = folder();
    const out = write(here, 'published.json', 'the published feed');
    chmodSync(out, 0o444);
    refused(
      convert(csv, out, ['--force']),
      /published\.json: cannot be written \(the file is read-only; make it writable first to replace it\)/,
    );
    assert.equal(readFileSync(out, 'utf8'), 'the published feed');
    assert.equal(statSync(out).mode & 0o777, 0o444);
  });

  describe('where the system says no', () => {
    // Root may write anywhere: the tool runs as nobody then (its package made readable to all).
    const asRoot = process.getuid?.() === 0;
    const run = (csv, output, flags = []) => {
      chmodSync(made.dir, 0o755);
      return spawnSync(process.execPath, [made.bin, 'from-csv', csv, '-o', output, '--lang', 'en', ...flags], {
        encoding: 'utf8',
        ...(asRoot && { uid: 65534, gid: 65534 }),
      });
    };
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    test('a folder it may not write in is named, with --force too', (t) => {
      if (process.platform === 'win32') return t.skip('POSIX permissions');
      const { here, csv } = folder();
      const locked = join(here, 'locked');
      mkdirSync(locked);
      const out = write(locked, 'out.json', 'old');
      chmodSync(locked, 0o555);
      for (const [output, flags] of [
        [join(locked, 'new.json'), []],
        [out, ['--force']],
      ]) {
        refused(
          run(csv, output, flags),
          new RegExp(`: cannot be written \\(no permission to write in the folder ${escape(locked)}\\)$`, 'm'),
        );
      }
      assert.deepEqual(readdirSync(locked), ['out.json']);
      assert.equal(readFileSync(out, 'utf8'), 'old');
    });

    test("another user's file in a shared folder (as /tmp) is refused for what it is, --force or not", (t) => {
      if (!asRoot) return t.skip('needs a file of another user: run as root');
      const { here, csv } = folder();
      const shared = join(here, 'shared');
      mkdirSync(shared);
      chmodSync(shared, 0o1777);
      const out = write(shared, 'root.json', 'root');
      refused(
        run(csv, out, ['--force']),
        /root\.json: cannot be written \(the system does not let you replace this file \(it belongs to another user in a shared folder such as \/tmp, or it is locked\)\)$/m,
      );
      assert.deepEqual(readdirSync(shared), ['root.json']);
      assert.equal(readFileSync(out, 'utf8'), 'root');
    });
  });

  test('--force keeps the permissions of the file it replaces: a private file stays private', () => {
    const { here, csv } = folder();
    const out = write(here, 'private.json', 'old');
    chmodSync(out, 0o600);
    assert.equal(convert(csv, out, ['--force']).status, 0);
    assert.equal(statSync(out).mode & 0o777, 0o600);
  });

  test('writes a name as long as the filesystem allows (255 bytes), in Vietnamese too (3 bytes a letter)', () => {
    for (const name of [`${'a'.repeat(250)}.json`, `${'ệ'.repeat(83)}.json`]) {
      const { here, csv } = folder();
      const out = join(here, name);
      const result = convert(csv, out);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(JSON.parse(readFileSync(out, 'utf8')).indicators.length, 1);
      assert.deepEqual(readdirSync(here).sort(), [basename(out), 'data.csv'].sort());
    }
  });

  test('a name too long for the filesystem says which limit it passed', () => {
    const { here, csv } = folder();
    const part =
      /cannot be written \(a name in the path is (\d+) bytes long, over the 255 a filesystem allows \(a Vietnamese letter takes 2 or 3\)\)$/m;
    for (const [name, bytes] of [
      [`${'a'.repeat(251)}.json`, 256],
      [`${'ệ'.repeat(84)}.json`, 257],
      [`${'b'.repeat(300)}/x.json`, 300],
    ]) {
      for (const flags of [[], ['--force']]) {
        const result = convert(csv, join(here, name), flags);
        refused(result, part);
        assert.equal(Number(part.exec(result.stderr)[1]), bytes);
      }
    }
    const path = join(here, `${'long/'.repeat(1000)}x.json`);
    refused(
      convert(csv, path),
      new RegExp(`cannot be written \\(the path is ${Buffer.byteLength(path)} bytes long, more than the system allows\\)$`, 'm'),
    );
    const vi = cli(made.bin, ['from-csv', csv, '-o', join(here, `${'ệ'.repeat(84)}.json`)]);
    refused(
      vi,
      /không ghi được \(một tên trong đường dẫn dài 257 byte, quá 255 byte mà hệ thống tệp cho phép \(mỗi chữ có dấu chiếm 2–3 byte\)\)$/m,
    );
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('a name ending in / is a folder: one that does not exist is named as such', () => {
    const { here, csv } = folder();
    refused(convert(csv, join(here, 'newdir/')), /newdir\/: cannot be written \(the folder .*newdir\/ does not exist\)/);
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('an empty or blank name, or "-", is refused before anything is read: one line naming it, exit 2', () => {
    const { here, csv } = folder();
    // -o "$OUT" with OUT unset: it wrote the JSON to standard output; "-" made a file of that name.
    for (const [args, given] of [
      [['-o', ''], ''],
      [['--output='], ''],
      [['-o', ' '], ' '],
      [['-o', '-'], '-'],
    ]) {
      for (const command of ['from-csv', 'from-xlsx']) {
        const result = cli(made.bin, [command, csv, ...args, '--force', '--lang', 'en'], { cwd: here });
        refused(
          result,
          /^-o takes a file name such as feed\.json, not "(.*)"; without -o the JSON goes to standard output\. See: dx-widgets --help$/m,
        );
        assert.equal(/not "(.*)"/.exec(result.stderr)[1], given);
      }
    }
    const vi = cli(made.bin, ['from-csv', csv, '-o', ''], { cwd: here });
    refused(vi, /^-o nhận tên tệp, ví dụ feed\.json, không nhận ""; không có -o thì JSON ra đầu ra chuẩn\. Xem: dx-widgets --help$/m);
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('leaves no temporary file behind, written or refused', () => {
    const { here, csv } = folder();
    assert.equal(convert(csv, join(here, 'out.json')).status, 0);
    refused(convert(csv, join(here, 'out.json')), /the file exists/);
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
  });
});

describe('from-csv -o, interrupted mid-write (Ctrl-C, kill)', () => {
  // pause-write.js, preloaded into the tool, holds its first write half done until the test says
  // go: the signal arrives mid-write every time.

  /** Runs `from-csv csv -o output`, sends `signal` once half the temporary file is written. */
  const interrupt = (csv, output, signal, flags = []) =>
    midWrite(made.bin, ['from-csv', csv, '-o', output, '--lang', 'en', ...flags], (child) => {
      const during = readdirSync(dirname(output));
      child.kill(signal);
      return during;
    });

  const temporaryOf = (name) => new RegExp(`^\\.${name.replace('.', '\\.')}\\.[0-9a-f]{12}\\.tmp$`);

  test('Ctrl-C (SIGINT): the temporary file is removed, nothing is written, one line, exit 130', async () => {
    const { here, csv } = folder();
    const result = await interrupt(csv, join(here, 'out.json'), 'SIGINT');
    assert.equal(result.during.filter((name) => temporaryOf('out.json').test(name)).length, 1, 'the write was under way');
    assert.deepEqual([result.code, result.killedBy], [130, null], result.stderr);
    assert.match(result.stderr, /^.*out\.json: nothing written, interrupted \(SIGINT\)\n$/);
    assert.deepEqual(readdirSync(here), ['data.csv']);
    // and --help says so.
    assert.match(
      cli(made.bin, ['--help', '--lang', 'en']).stdout,
      /Ctrl-C while writing exits 130;\s+either way nothing is written and the old file is kept/,
    );
    assert.match(cli(made.bin, ['--help']).stdout, /Ctrl-C khi đang ghi: mã thoát 130;\s+cả hai không ghi gì và giữ nguyên tệp cũ/);
  });

  test('SIGTERM during --force: the file it was replacing is left as it was, exit 143', async () => {
    const { here, csv } = folder();
    const out = write(here, 'out.json', 'the published feed');
    const result = await interrupt(csv, out, 'SIGTERM', ['--force']);
    assert.equal(result.during.filter((name) => temporaryOf('out.json').test(name)).length, 1, 'the write was under way');
    assert.deepEqual([result.code, result.killedBy], [143, null], result.stderr);
    assert.match(result.stderr, /out\.json: nothing written, interrupted \(SIGTERM\)/);
    assert.equal(readFileSync(out, 'utf8'), 'the published feed');
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
  });

  test('SIGHUP (the terminal closed): as an interruption, the temporary file removed, the old file whole, exit 129', async () => {
    // Node resets a hang-up to its default at start, even under nohup, which had set it ignored:
    // left alone, it ended the tool on the spot and left the temporary file behind.
    const { here, csv } = folder();
    const out = write(here, 'out.json', 'the published feed');
    const result = await interrupt(csv, out, 'SIGHUP', ['--force']);
    assert.equal(result.during.filter((name) => temporaryOf('out.json').test(name)).length, 1, 'the write was under way');
    assert.deepEqual([result.code, result.killedBy], [129, null], result.stderr);
    assert.match(result.stderr, /out\.json: nothing written, interrupted \(SIGHUP\)/);
    assert.equal(readFileSync(out, 'utf8'), 'the published feed');
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
  });

  test('the default handling of SIGINT, SIGTERM and SIGHUP is back once a write ends, written or refused', async () => {
    const { writeOutput } = await importSource(made.dir, 'src/cli/write.ts');
    const { here } = folder();
    const listeners = () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal));
    const before = listeners();
    assert.deepEqual(await writeOutput(join(here, 'new.json'), '{}', { force: false }), { ok: true });
    assert.deepEqual(listeners(), before);
    assert.equal((await writeOutput(join(here, 'new.json'), '{}', { force: false })).ok, false);
    assert.deepEqual(listeners(), before);
  });
});

describe('standard output', () => {
  // Well past a pipe's buffer, within the format's 10,000 members.
  const many = () => write(made.dir, 'many.csv', ['id,label,value', ...Array.from({ length: 9_000 }, (_, i) => `a${i},A,${i}`)].join('\n'));

  test('a reader that stops early (| head) ends the command quietly: exit 2, no stack trace', async () => {
    const child = spawn(process.execPath, [made.bin, 'from-csv', many()]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [status] = await once(child, 'close');
    assert.equal(status, 2);
    assert.equal(stderr, '');
  });

  test('a full disk (/dev/full) is one line and exit 2', (t) => {
    if (!existsSync('/dev/full')) return t.skip('no /dev/full here');
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [made.bin, 'from-csv', many(), '--lang', 'en'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      refused({ ...result, stdout: '' }, /^cannot write to standard output \(the disk is full \(or your quota on it is used up\)\)$/m);
    } finally {
      closeSync(full);
    }
  });
});

describe('standard output redirected to the input file', () => {
  /** Runs `args` with standard output appended to (`>>`) or truncating (`>`) `file`, as a shell would. */
  function redirected(args, file, flags) {
    const out = openSync(file, flags);
    try {
      return spawnSync(process.execPath, [made.bin, ...args, '--lang', 'en'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    } finally {
      closeSync(out);
    }
  }

  test('from-csv data.csv >> data.csv leaves the CSV as it was: one line, exit 2', () => {
    const { csv } = folder();
    const result = redirected(['from-csv', csv], csv, 'a');
    refused({ ...result, stdout: '' }, /standard output is the input file itself/);
    assert.equal(readFileSync(csv, 'utf8'), CSV);
  });

  test('through a symlink, and for from-xlsx and standard input too', () => {
    const { here, csv } = folder();
    const link = join(here, 'link.csv');
    symlinkSync(csv, link);
    refused({ ...redirected(['from-csv', csv], link, 'a'), stdout: '' }, /standard output is the input file itself/);
    refused({ ...redirected(['from-xlsx', csv], csv, 'a'), stdout: '' }, /standard output is the input file itself/);
    const input = openSync(csv, 'r');
    const out = openSync(csv, 'a');
    try {
      const result = spawnSync(process.execPath, [made.bin, 'from-csv', '-', '--lang', 'en'], {
        stdio: [input, out, 'pipe'],
        encoding: 'utf8',
      });
      refused({ ...result, stdout: '' }, /standard output is the input file itself/);
    } finally {
      closeSync(input);
      closeSync(out);
    }
    assert.equal(readFileSync(csv, 'utf8'), CSV);
  });

  test('from-csv data.csv > data.csv, emptied by the shell before the tool ran, says why it is empty', () => {
    const { csv } = folder();
    const result = redirected(['from-csv', csv], csv, 'w');
    refused({ ...result, stdout: '' }, /standard output is the input file itself.*emptie/);
  });
});
