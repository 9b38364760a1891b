import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import process from 'node:process';
import { describe, test } from 'node:test';

import { cliPackage, importSource, midWrite, write } from './helpers.js';

const made = cliPackage();

// What the system answers when a write or a read fails, said in words, one line, never its code
// (but for a code the tool has no words for): some failures happen for real in a temporary
// folder, the others (a full disk, a read-only mount, no file descriptors left, a failing disk, a
// network folder gone quiet, a file another program holds) are made by fail-fs.js, preloaded
// into the tool.

const CSV = 'id,label,value\na,Ấp,1\n';
const failFs = new URL('./fail-fs.js', import.meta.url).href;

let count = 0;

/** A fresh folder holding data.csv. */
function folder() {
  const here = join(made.dir, `case-${(count += 1)}`);
  mkdirSync(here);
  return { here, csv: write(here, 'data.csv', CSV) };
}

// Root may read and write anywhere: where permissions are tested the tool runs as nobody then.
const asRoot = process.getuid?.() === 0;

/**
 * Runs the tool (`--lang en` unless `lang` says otherwise), with `fail` (CODE:CALL) injected by
 * fail-fs.js, `stdin` (a descriptor or 'pipe', fed `input`), as nobody if `nobody` and root.
 */
function run(args, { fail, lang = 'en', stdin = 'pipe', input, nobody } = {}) {
  const node = fail ? ['--import', failFs] : [];
  if (nobody) chmodSync(made.dir, 0o755);
  return spawnSync(process.execPath, [...node, made.bin, ...args, '--lang', lang], {
    encoding: 'utf8',
    timeout: 20_000,
    stdio: [stdin, 'pipe', 'pipe'],
    input,
    env: { ...process.env, DX_TEST_FAIL: fail ?? '' },
    ...(nobody && asRoot && { uid: 65534, gid: 65534 }),
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

  test('a current folder deleted while the terminal is still in it is said to be deleted, not to refuse files', (t) => {
    if (process.platform === 'win32') return t.skip('a folder in use cannot be deleted on Windows');
    const { here, csv } = folder();
    mkdirSync(join(here, 'gone'));
    // cd into a folder, delete it, then run the tool there: the shell's "." is gone.
    const script = `cd "$1" && rmdir "$1" && exec "$2" "$3" from-csv "$4" -o feed.json --lang en`;
    const result = spawnSync('/bin/sh', ['-c', script, 'sh', join(here, 'gone'), process.execPath, made.bin, csv], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    refused(
      result,
      /^feed\.json: cannot be written \(the folder \. has been deleted, though the terminal is still in it: cd to a folder that exists, then run it again\)$/m,
    );
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

describe('from-csv -o, no permission', () => {
  test('a folder on the way that may not be entered is named, not the folder of the file', (t) => {
    if (process.platform === 'win32') return t.skip('POSIX permissions');
    const { here, csv } = folder();
    const closed = join(here, 'closed');
    mkdirSync(join(closed, 'sub'), { recursive: true });
    chmodSync(closed, 0o600);
    try {
      for (const flags of [[], ['--force']]) {
        const result = run(['from-csv', csv, '-o', join(closed, 'sub', 'x.json'), ...flags], { nobody: true });
        refused(result, /x\.json: cannot be written \(no permission to open the folder .*closed\)$/m);
        assert.ok(result.stderr.includes(`(no permission to open the folder ${closed})`), result.stderr);
      }
    } finally {
      chmodSync(closed, 0o755);
    }
    assert.deepEqual(readdirSync(join(closed, 'sub')), []);
  });
});

describe('a loop of symbolic links (ln -s a b; ln -s b a)', () => {
  /** A fresh folder holding data.csv and the links `a` → `b` → `a`. */
  function looped() {
    const made = folder();
    symlinkSync('b', join(made.here, 'a'));
    symlinkSync('a', join(made.here, 'b'));
    return made;
  }
  const loop = (path) =>
    new RegExp(
      `\\(${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is a symbolic link that leads nowhere: links pointing round at each other \\(or too many links in a row\\)\\)$`,
      'm',
    );

  test('as the folder of -o: the link is named, with --force too; nothing written', () => {
    const { here, csv } = looped();
    for (const flags of [[], ['--force']]) {
      refused(run(['from-csv', csv, '-o', join(here, 'a', 'x.json'), ...flags]), loop(join(here, 'a')));
    }
    const vi = run(['from-csv', csv, '-o', join(here, 'a', 'x.json')], { lang: 'vi' });
    refused(vi, /a\/x\.json: không ghi được \(.*a là liên kết tượng trưng không dẫn tới đâu: các liên kết trỏ vòng vào nhau/);
    assert.deepEqual(readdirSync(here).sort(), ['a', 'b', 'data.csv']);
    assert.equal(readlinkSync(join(here, 'a')), 'b');
  });

  test('as -o itself: named as the symbolic link it is, which only --force replaces', () => {
    const { here, csv } = looped();
    refused(
      run(['from-csv', csv, '-o', join(here, 'a')]),
      /a: cannot be written \(it is a symbolic link; add --force to replace the link itself/,
    );
    assert.equal(readlinkSync(join(here, 'a')), 'b');
  });

  test('as the input, or a folder on its way, for every command', () => {
    const { here } = looped();
    for (const input of [join(here, 'a'), join(here, 'b', 'data.csv')]) {
      const named = input.endsWith('data.csv') ? join(here, 'b') : input;
      for (const command of ['from-csv', 'from-xlsx', 'validate']) {
        refused(run([command, input]), loop(named));
      }
      refused(run(['preview', input, '--port', '0']), loop(named));
    }
  });
});

describe('a full disk, a read-only file system, no file descriptors left', () => {
  test('the disk full mid-write (ENOSPC): the old file is kept, the temporary file removed, one line, exit 2', () => {
    const { here, csv } = folder();
    const out = write(here, 'out.json', 'the published feed');
    const result = run(['from-csv', csv, '-o', out, '--force'], { fail: 'ENOSPC:write' });
    refused(
      result,
      /out\.json: cannot be written \(the disk is full \(or your quota on it is used up\): nothing written, any old file left as it was; free some space and run it again\)$/m,
    );
    assert.equal(readFileSync(out, 'utf8'), 'the published feed');
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);

    const vi = run(['from-csv', csv, '-o', join(here, 'new.json')], { fail: 'ENOSPC:write', lang: 'vi' });
    refused(vi, /new\.json: không ghi được \(đĩa đã đầy \(hoặc đã hết hạn mức của bạn\): không ghi gì, tệp cũ nếu có vẫn nguyên;/);
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
  });

  test('a quota used up (EDQUOT) is said as a full disk', () => {
    const { here, csv } = folder();
    refused(
      run(['from-csv', csv, '-o', join(here, 'out.json')], { fail: 'EDQUOT:write' }),
      /\(the disk is full \(or your quota on it is used up\): nothing written, any old file left as it was;/,
    );
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('a read-only file system (EROFS) names the folder, with --force too', () => {
    const { here, csv } = folder();
    const out = write(here, 'out.json', 'old');
    for (const [output, flags] of [
      [join(here, 'new.json'), []],
      [out, ['--force']],
    ]) {
      const result = run(['from-csv', csv, '-o', output, ...flags], { fail: 'EROFS:create' });
      refused(
        result,
        /: cannot be written \(the folder .* is on a read-only file system \(such as a CD, a disk image or a write-protected card\): write somewhere else\)$/m,
      );
      assert.ok(result.stderr.includes(`(the folder ${here} is on a read-only`), result.stderr);
    }
    const vi = run(['from-csv', csv, '-o', join(here, 'new.json')], { fail: 'EROFS:create', lang: 'vi' });
    refused(vi, /không ghi được \(thư mục .* nằm trên ổ chỉ đọc/);
    assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
    assert.equal(readFileSync(out, 'utf8'), 'old');
  });

  test('no file descriptors left (EMFILE, ENFILE), reading the input or writing -o', () => {
    const { here, csv } = folder();
    const limit = /\(too many files are open, past the system's limit \(ulimit -n\): close some programs and run it again\)$/m;
    for (const code of ['EMFILE', 'ENFILE']) {
      for (const command of ['from-csv', 'from-xlsx', 'validate']) {
        refused(run([command, csv], { fail: `${code}:open` }), limit);
      }
      refused(run(['from-csv', csv, '-o', join(here, 'out.json')], { fail: `${code}:create` }), limit);
    }
    refused(
      run(['validate', csv], { fail: 'EMFILE:open', lang: 'vi' }),
      /không đọc được \(quá nhiều tệp đang mở, quá giới hạn của hệ thống \(ulimit -n\)/,
    );
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });
});

describe('a folder made at -o while the file is written (EISDIR)', () => {
  // pause-write.js holds the tool's write half done until the test says go: the folder is made
  // inside that pause every time.
  async function folderMidWrite(csv, output, flags) {
    const { code, stderr } = await midWrite(made.bin, ['from-csv', csv, '-o', output, '--lang', 'en', ...flags], () => mkdirSync(output));
    return { status: code, stdout: '', stderr };
  }

  test('is named as a folder, --force or not, and left as it is', async () => {
    for (const flags of [[], ['--force']]) {
      const { here, csv } = folder();
      const out = join(here, 'out.json');
      refused(
        await folderMidWrite(csv, out, flags),
        /out\.json: cannot be written \(it is a folder; give a file name, e\.g\. .*out\.json\/feed\.json\)$/m,
      );
      assert.deepEqual(readdirSync(out), []);
      assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
    }
  });
});

describe('the input', () => {
  const commands = ['from-csv', 'from-xlsx', 'validate'];

  test('a file where its path needs a folder (data.csv/x.csv) is named as a file', () => {
    const { here, csv } = folder();
    for (const input of [join(csv, 'x.csv'), join(csv, 'sub', 'x.csv'), `${csv}/`]) {
      for (const command of commands)
        refused(
          run([command, input]),
          new RegExp(`: cannot be read \\(${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is a file, not a folder\\)$`, 'm'),
        );
    }
    refused(run(['validate', join(csv, 'x.csv')], { lang: 'vi' }), /x\.csv: không đọc được \(.*data\.csv là tệp, không phải thư mục\)$/m);
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('a name too long says which limit it passed, as for -o; a folder is named as one; for every command', () => {
    const { here } = folder();
    const path = join(here, `${'long/'.repeat(1000)}x.csv`);
    for (const command of commands) {
      refused(
        run([command, join(here, `${'ệ'.repeat(84)}.csv`)]),
        /cannot be read \(a name in the path is 256 bytes long, over the 255 a filesystem allows/,
      );
      refused(
        run([command, path]),
        new RegExp(`cannot be read \\(the path is ${Buffer.byteLength(path)} bytes long, more than the system allows\\)$`, 'm'),
      );
      refused(run([command, here]), /case-\d+: cannot be read \(it is a directory\)$/m);
    }
  });

  test('no permission: the file, or the folder on its way that is closed, is named', (t) => {
    if (process.platform === 'win32') return t.skip('POSIX permissions');
    const { here, csv } = folder();
    chmodSync(csv, 0o200);
    const closed = join(here, 'closed');
    mkdirSync(closed);
    const inside = write(closed, 'data.csv', CSV);
    chmodSync(closed, 0o600);
    try {
      for (const command of commands) {
        refused(run([command, csv], { nobody: true }), /data\.csv: cannot be read \(no permission to read the file\)$/m);
        const result = run([command, inside], { nobody: true });
        refused(result, /: cannot be read \(no permission to open the folder .*closed\)$/m);
        assert.ok(result.stderr.includes(`(no permission to open the folder ${closed})`), result.stderr);
      }
      refused(run(['validate', csv], { nobody: true, lang: 'vi' }), /data\.csv: không đọc được \(không có quyền đọc tệp này\)$/m);
      refused(run(['validate', inside], { nobody: true, lang: 'vi' }), /không đọc được \(không có quyền mở thư mục .*closed\)$/m);
    } finally {
      chmodSync(closed, 0o755);
    }
  });

  test('standard input closed, empty or a folder is said so: exit 2, for every command', () => {
    const { here } = folder();
    const empty =
      /^-: cannot be read \(standard input is empty: nothing was piped or redirected into it, as in dx-widgets validate - < feed\.json\)$/m;
    const nothing = openSync('/dev/null', 'r');
    const directory = openSync(here, 'r');
    try {
      for (const command of commands) {
        refused(run([command, '-'], { stdin: 'ignore' }), empty);
        refused(run([command, '-'], { stdin: nothing }), empty);
        refused(run([command, '-'], { input: '' }), empty);
        refused(run([command, '-'], { stdin: directory }), /^-: cannot be read \(it is a directory\)$/m);
      }
      refused(run(['preview', '-', '--port', '0'], { stdin: 'ignore' }), empty);
      // Closed by the shell (`<&-`): Node opens it on /dev/null, which is what it reads then.
      const closed = spawnSync('/bin/sh', ['-c', '"$@" <&-', 'sh', process.execPath, made.bin, 'validate', '-', '--lang', 'en'], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      refused(closed, empty);
      refused(
        run(['validate', '-'], { stdin: 'ignore', lang: 'vi' }),
        /^-: không đọc được \(đầu vào chuẩn trống: không có gì được chuyển vào/m,
      );
    } finally {
      closeSync(nothing);
      closeSync(directory);
    }
  });
});

describe('rarer system errors, reading the input or writing -o', () => {
  // Each as the system gives it on a failing disk or card, a network folder (NFS, SMB, sshfs)
  // gone quiet, or a file another program holds: what happened and what to try, in words.
  const RARE = {
    EIO: [
      /\(the disk or the network folder failed to read or write \(an input\/output error\): check that the drive or memory card is still plugged in, or the network connection, then run it again\)$/m,
      /\(ổ đĩa hay thư mục mạng không đọc hoặc ghi được \(lỗi vào\/ra\): hãy kiểm tra ổ đĩa hay thẻ nhớ còn cắm, hoặc kết nối mạng, rồi chạy lại\)$/m,
    ],
    ETIMEDOUT: [
      /\(the network folder did not answer \(its connection timed out or was lost\): check the network, or connect the folder again, then run it again\)$/m,
      /\(thư mục mạng không trả lời \(kết nối tới nó quá thời gian hoặc bị mất\): hãy kiểm tra mạng, hoặc kết nối lại thư mục, rồi chạy lại\)$/m,
    ],
    ESTALE: [
      /\(the file changed or went away on the network folder while it was in use \(another computer replaced it\): run it again\)$/m,
      /\(tệp trên thư mục mạng đã bị thay hoặc xoá từ máy khác khi đang dùng: hãy chạy lại\)$/m,
    ],
    EBUSY: [
      /\(the file is in use by another program \(Excel, for one, locks a workbook it has open\): close it there, then run it again\)$/m,
      /\(tệp đang được một chương trình khác dùng \(Excel chẳng hạn khoá bảng tính đang mở\): hãy đóng nó ở đó rồi chạy lại\)$/m,
    ],
    ENXIO: [
      /\(the device behind this name is not there \(unplugged, or nothing at the other end\): plug it in again or use another file\)$/m,
      /\(thiết bị ứng với tên này không có ở đó \(đã rút ra, hoặc không có gì ở đầu kia\): hãy cắm lại hoặc dùng tệp khác\)$/m,
    ],
  };
  // The same words for their kin: a network folder's connection lost (sshfs, a FUSE mount), a
  // running program's file, a device gone.
  const KIN = { ENOTCONN: 'ETIMEDOUT', ETXTBSY: 'EBUSY', ENODEV: 'ENXIO' };
  const cases = [...Object.keys(RARE), ...Object.keys(KIN)].map((code) => [code, RARE[KIN[code] ?? code]]);

  test('reading the input: every command says what happened and what to try, in both languages', () => {
    const { csv } = folder();
    for (const [code, [en, vi]] of cases) {
      for (const command of ['from-csv', 'from-xlsx', 'validate']) {
        refused(
          run([command, csv], { fail: `${code}:open` }),
          new RegExp(`^${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read ${en.source}`, 'm'),
        );
      }
      refused(run(['validate', csv], { fail: `${code}:open`, lang: 'vi' }), vi);
    }
  });

  test('writing -o: the same words; the temporary file removed, the old file kept', () => {
    for (const [code, [en, vi]] of cases) {
      const { here, csv } = folder();
      const out = write(here, 'out.json', 'the published feed');
      refused(
        run(['from-csv', csv, '-o', out, '--force'], { fail: `${code}:write` }),
        new RegExp(`out\\.json: cannot be written ${en.source}`, 'm'),
      );
      refused(run(['from-csv', csv, '-o', join(here, 'new.json')], { fail: `${code}:write`, lang: 'vi' }), vi);
      assert.equal(readFileSync(out, 'utf8'), 'the published feed');
      assert.deepEqual(readdirSync(here).sort(), ['data.csv', 'out.json']);
    }
  });

  test('EPERM reading: the system forbids it whatever the permissions say, and where a Mac sets that', () => {
    const { csv } = folder();
    for (const command of ['from-csv', 'from-xlsx', 'validate']) {
      refused(
        run([command, csv], { fail: 'EPERM:open' }),
        /data\.csv: cannot be read \(the system does not let this program read the file, whatever its permissions say \(on a Mac: allow the terminal in System Settings, Privacy & Security, Files and Folders\)\)$/m,
      );
    }
    refused(
      run(['validate', csv], { fail: 'EPERM:open', lang: 'vi' }),
      /data\.csv: không đọc được \(hệ thống không cho chương trình này đọc tệp, dù quyền của tệp thế nào \(trên máy Mac: cho phép ứng dụng terminal trong Cài đặt hệ thống, Quyền riêng tư & Bảo mật, Tệp và thư mục\)\)$/m,
    );
  });

  test('a device node whose device is not there (ENXIO, ENODEV on open) is refused as a device: plugging it in would not make it readable', (t) => {
    if (!existsSync('/dev/null')) return t.skip('no /dev/null');
    for (const code of ['ENXIO', 'ENODEV']) {
      for (const command of ['from-csv', 'from-xlsx', 'validate']) {
        refused(
          run([command, '/dev/null'], { fail: `${code}:open` }),
          /^\/dev\/null: cannot be read \(not a regular file but a device, a FIFO or a socket; to read standard input use -\)$/m,
        );
      }
      refused(
        run(['validate', '/dev/null'], { fail: `${code}:open`, lang: 'vi' }),
        /không phải tệp thường mà là thiết bị, FIFO hay socket/,
      );
    }
  });

  test('a socket given as the input is refused as one, not as "ENXIO"', async (t) => {
    if (process.platform === 'win32') return t.skip('UNIX sockets');
    const { here } = folder();
    const path = join(here, 'feed.sock');
    const server = createServer().listen(path);
    await once(server, 'listening');
    try {
      for (const command of ['from-csv', 'from-xlsx', 'validate']) {
        refused(
          run([command, path]),
          /feed\.sock: cannot be read \(not a regular file but a device, a FIFO or a socket; to read standard input use -\)$/m,
        );
      }
    } finally {
      server.close();
    }
  });

  test('EINVAL, a name a USB stick refuses: the characters it refuses named where the name has them, the general words otherwise', () => {
    const { here, csv } = folder();
    // FAT and exFAT refuse these where Linux does not: the system's EINVAL is made here.
    refused(
      run(['from-csv', csv, '-o', join(here, 'báo cáo 31:12?.json')], { fail: 'EINVAL:create' }),
      /báo cáo 31:12\?\.json: cannot be written \(the name holds “:”, “\?”, which a USB stick, a memory card or a Windows disk does not take in a file name: choose another name\)$/m,
    );
    refused(
      run(['from-csv', csv, '-o', join(here, 'a|b.json')], { fail: 'EINVAL:create', lang: 'vi' }),
      /a\|b\.json: không ghi được \(tên tệp có “\|”, ký tự mà ổ USB, thẻ nhớ hay ổ đĩa Windows không nhận: hãy đặt tên khác\)$/m,
    );
    const general =
      /\(the system refused the file name or the request as invalid: a USB stick, a memory card or a Windows disk takes none of " \* : < > \? \\ \| in a file name; choose another name, or another folder\)$/m;
    refused(run(['from-csv', csv, '-o', join(here, 'out.json')], { fail: 'EINVAL:create' }), general);
    for (const command of ['from-csv', 'from-xlsx', 'validate']) refused(run([command, csv], { fail: 'EINVAL:open' }), general);
    refused(
      run(['validate', csv], { fail: 'EINVAL:open', lang: 'vi' }),
      /\(hệ thống từ chối vì tên tệp hay yêu cầu không hợp lệ: ổ USB, thẻ nhớ hay ổ đĩa Windows không nhận các ký tự " \* : < > \? \\ \| trong tên tệp; hãy đặt tên khác hoặc dùng thư mục khác\)$/m,
    );
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('a code the tool has no words for: one line that names it, in both languages', () => {
    const { here, csv } = folder();
    const fallback = (result, pattern) => {
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at |Error:|fail-fs/);
      assert.match(result.stderr, pattern);
    };
    // EPROTO with the system's own description (English, as every system gives it), ENOLINK
    // without one: Node has none for it.
    const en = /\(the system stopped it with the error EPROTO \(protocol error\): run it again; if it fails again, look that code up\)$/m;
    fallback(run(['validate', csv], { fail: 'EPROTO:open' }), en);
    fallback(run(['from-csv', csv, '-o', join(here, 'out.json')], { fail: 'EPROTO:write' }), en);
    fallback(
      run(['validate', csv], { fail: 'ENOLINK:open' }),
      /\(the system stopped it with the error ENOLINK: run it again; if it fails again, look that code up\)$/m,
    );
    fallback(
      run(['validate', csv], { fail: 'EPROTO:open', lang: 'vi' }),
      /\(hệ thống dừng lệnh với lỗi EPROTO: hãy chạy lại; nếu vẫn lỗi, hãy tra mã lỗi này\)$/m,
    );
    assert.deepEqual(readdirSync(here), ['data.csv']);
  });

  test('standard output, which reads no file and writes in no folder, is told neither', async () => {
    const { systemReason } = await importSource(made.dir, 'src/cli/reasons.ts');
    for (const code of ['EACCES', 'EPERM']) {
      assert.deepEqual(systemReason({ code }), { vi: 'hệ thống không cho phép', en: 'the system does not allow it' });
    }
    assert.match(systemReason({ code: 'EIO' }).en, /^the disk or the network folder failed to read or write/);
  });

  test('an error with no code says its own words, not "look that code up"; null, undefined or a string thrown are said too', async () => {
    const { systemReason } = await importSource(made.dir, 'src/cli/reasons.ts');
    assert.deepEqual(systemReason(new Error('the stream was destroyed')), {
      vi: 'lệnh dừng vì lỗi: the stream was destroyed',
      en: 'it stopped with the error: the stream was destroyed',
    });
    assert.deepEqual(systemReason('a string thrown'), {
      vi: 'lệnh dừng vì lỗi: a string thrown',
      en: 'it stopped with the error: a string thrown',
    });
    const unknown = { vi: 'lệnh dừng vì một lỗi không rõ: hãy chạy lại', en: 'it stopped with an unknown error: run it again' };
    for (const thrown of [null, undefined, '', new Error(''), 42, { code: 7 }])
      assert.deepEqual(systemReason(thrown), unknown, String(thrown));
    const { unreadable } = await importSource(made.dir, 'src/cli/unreadable.ts');
    assert.deepEqual(await unreadable('feed.json', null), unknown);
    const { unwritable } = await importSource(made.dir, 'src/cli/unwritable.ts');
    assert.deepEqual(await unwritable('feed.json', undefined), unknown);
  });
});

describe('the preview, when the system will not let it listen', () => {
  test('a port under 1024 is said to be kept for the administrator; any other failure, thrown as an Error or not, in words', () => {
    const { here } = folder();
    const feed = write(here, 'feed.json', '{"label": "DTI", "value": 0.41}');
    refused(
      run(['preview', feed, '--port', '80'], { fail: 'EACCES:listen' }),
      /^port 80 is kept for the system administrator \(the ports under 1024\); choose one from 1024 up with --port, or leave --port out for 5180$/m,
    );
    refused(run(['preview', feed, '--port', '80'], { fail: 'EACCES:listen', lang: 'vi' }), /^cổng 80 dành cho quản trị hệ thống/m);
    refused(
      run(['preview', feed, '--port', '0'], { fail: 'EMFILE:listen' }),
      /^cannot start the preview on port 0 \(too many files are open, past the system's limit \(ulimit -n\): close some programs and run it again\)$/m,
    );
    refused(
      run(['preview', feed, '--port', '0'], { fail: 'thrown:listen' }),
      /^cannot start the preview on port 0 \(it stopped with the error: a string emitted as the error\)$/m,
    );
  });
});

describe('an empty input', () => {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  test('an empty file is said so, exit 2 as for standard input, for every command', () => {
    const { here } = folder();
    for (const name of ['empty.json', 'empty.csv', 'empty.xlsx']) {
      const empty = write(here, name, '');
      for (const command of ['from-csv', 'from-xlsx', 'validate']) {
        refused(run([command, empty]), new RegExp(`${escape(name)}: cannot be read \\(the file is empty: it holds 0 bytes\\)$`, 'm'));
      }
      refused(run(['preview', empty, '--port', '0']), /: cannot be read \(the file is empty: it holds 0 bytes\)$/m);
      refused(
        run(['validate', empty], { lang: 'vi' }),
        new RegExp(`${escape(name)}: không đọc được \\(tệp trống, không có byte nào\\)$`, 'm'),
      );
    }
  });

  // What `echo > feed.json` writes, an empty Notepad save (a lone byte-order mark), a few blank lines.
  const BLANK = {
    'newline.json': '\n',
    'crlf.csv': '\r\n\r\n',
    'spaces.json': ' \t \n',
    'bom.csv': '\uFEFF',
    'bom-newline.json': '\uFEFF\r\n',
    // Notepad's "Unicode" and "Unicode big endian": UTF-16, a lone mark or a mark and a line break.
    'utf16.json': Buffer.from([0xff, 0xfe]),
    'utf16be.csv': Buffer.from([0xfe, 0xff]),
    'utf16-newline.json': Buffer.from([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00]),
    // UTF-32's marks, either way round, alone or before a line break: as empty as UTF-16's (the feed loader says "empty response").
    'utf32le.json': Buffer.from([0xff, 0xfe, 0x00, 0x00]),
    'utf32be.json': Buffer.from([0x00, 0x00, 0xfe, 0xff]),
    'utf32be-newline.json': Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x0a]),
  };
  const blankEn = /: cannot be read \(the file is empty: it holds nothing but blank space \(spaces, line breaks or a byte-order mark\)\)$/m;

  test('a text file of blank space only (a line break, spaces, a byte-order mark) is as empty: exit 2, for validate, from-csv and preview', () => {
    const { here } = folder();
    for (const [name, text] of Object.entries(BLANK)) {
      const blank = write(here, name, text);
      for (const command of ['from-csv', 'validate']) refused(run([command, blank]), new RegExp(`${escape(name)}${blankEn.source}`, 'm'));
      refused(run(['preview', blank, '--port', '0']), blankEn);
      refused(
        run(['validate', blank], { lang: 'vi' }),
        new RegExp(`${escape(name)}: không đọc được \\(tệp trống, chỉ có khoảng trắng \\(dấu cách, dấu xuống dòng hay dấu BOM\\)\\)$`, 'm'),
      );
    }
    // Blank space around something is a document, judged as one.
    const dot = run(['validate', write(here, 'dot.json', '\uFEFF \n.\n')]);
    assert.equal(dot.status, 1, dot.stderr);
    assert.match(dot.stdout, /dot\.json: invalid, 1 error\n/);
    // A UTF-16 file with something in it is not empty: it is UTF-16, as its mark says.
    const utf16 = run(['validate', write(here, 'utf16-dot.json', Buffer.from([0xff, 0xfe, 0x2e, 0x00]))]);
    assert.equal(utf16.status, 1, utf16.stderr);
    assert.match(utf16.stdout, /utf16-dot\.json:1:1 {2}\(the document\): is UTF-16, not UTF-8; save the file with the UTF-8 encoding$/m);
  });

  test('validate names the encoding a UTF-16 or UTF-32 byte-order mark gives, whatever follows it, in both languages', () => {
    const { here } = folder();
    const files = {
      // A mark and bytes that are no text, an odd count of them; a mark and UTF-8 text.
      'garbage.json': [Buffer.from([0xfe, 0xff, 0xd8, 0x00, 0xff, 0x80, 0xc0]), 'UTF-16'],
      'mixed.json': [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"label":"Ấp"}')]), 'UTF-16'],
      'utf32le.json': [Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]), 'UTF-32'],
      'utf32be.json': [Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x7b]), 'UTF-32'],
      // Without a mark, told from the NULs beside the first character (spec/nesting.ts).
      'utf32be-bare.json': [Buffer.from([0x00, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00, 0x7d]), 'UTF-32'],
      'utf32le-bare.json': [Buffer.from([0x7b, 0x00, 0x00, 0x00, 0x7d, 0x00, 0x00, 0x00]), 'UTF-32'],
    };
    for (const [name, [bytes, encoding]] of Object.entries(files)) {
      const file = write(here, name, bytes);
      const en = run(['validate', file]);
      assert.equal(en.status, 1, en.stderr);
      assert.match(
        en.stdout,
        new RegExp(`${escape(name)}:1:\\d+  \\(the document\\): is ${encoding}, not UTF-8; save the file with the UTF-8 encoding$`, 'm'),
      );
      const vi = run(['validate', file], { lang: 'vi' });
      assert.match(vi.stdout, new RegExp(`: là ${encoding}, không phải UTF-8; hãy lưu tệp với bảng mã UTF-8$`, 'm'));
      const json = JSON.parse(run(['validate', '--json', file]).stdout);
      assert.deepEqual(
        json.files[0].errors.map((e) => e.code),
        [encoding === 'UTF-16' ? 'json.utf16' : 'json.utf32'],
      );
    }
  });

  test('standard input of blank space only is empty too, for every command', () => {
    const empty =
      /^-: cannot be read \(standard input is empty: it holds nothing but blank space; pipe or redirect a file into it, as in dx-widgets validate - < feed\.json\)$/m;
    for (const command of ['from-csv', 'validate']) refused(run([command, '-'], { input: '\uFEFF\n \n' }), empty);
    refused(run(['preview', '-', '--port', '0'], { input: '\n' }), empty);
    refused(
      run(['validate', '-'], { input: '\n', lang: 'vi' }),
      /^-: không đọc được \(đầu vào chuẩn trống, chỉ có khoảng trắng: hãy chuyển tệp vào/m,
    );
  });

  test('a workbook is binary: a line break is not a workbook (exit 1), not an empty input', () => {
    const { here } = folder();
    const blank = run(['from-xlsx', write(here, 'blank.xlsx', '\n')]);
    assert.equal(blank.status, 1, blank.stderr);
    assert.equal(blank.stderr.trim().endsWith('blank.xlsx: not an .xlsx workbook (or the file is damaged)'), true, blank.stderr);
  });
});

describe('standard input from a terminal', () => {
  // util-linux's script(1) runs the tool on a pseudo-terminal of its own; its standard input, a
  // pipe this test keeps open, is what a user would type. Without a refusal the tool waits for
  // that typing, as cat does, until the test gives up.
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  const hasScript = script.status === 0 && /util-linux/.test(script.stdout);

  /** Runs the tool under script(1), nothing typed: { status, output } (status null: still waiting after 10 s). */
  function onTerminal(args) {
    const command = [process.execPath, made.bin, ...args].map((arg) => `'${arg}'`).join(' ');
    return new Promise((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.on('close', (status) => {
        clearTimeout(timer);
        child.stdin.destroy();
        resolve({ status, output: output.replace(/\r\n/g, '\n') });
      });
    });
  }

  test('is refused at once, saying how to give the input, for every command; nothing is waited for', async (t) => {
    if (!hasScript) return t.skip('no util-linux script(1) to make a terminal');
    for (const command of ['from-csv', 'from-xlsx', 'validate']) {
      const { status, output } = await onTerminal([command, '-', '--lang', 'en']);
      assert.equal(status, 2, output);
      assert.equal(
        output,
        '-: cannot be read (standard input is the terminal, not a file or a pipe: give a file name, or pipe or redirect a file into it, as in dx-widgets validate - < feed.json)\n',
      );
    }
    const vi = await onTerminal(['validate', '-']);
    assert.equal(vi.status, 2, vi.output);
    assert.equal(
      vi.output,
      '-: không đọc được (đầu vào chuẩn là cửa sổ dòng lệnh, không phải tệp hay ống dẫn: hãy cho tên tệp, hoặc chuyển tệp vào qua ống dẫn hay <, ví dụ dx-widgets validate - < feed.json)\n',
    );
  });
});
