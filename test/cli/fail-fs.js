// Preloaded into the CLI by system-errors.test.js (node --import), never by the tool itself: one
// file-system call fails the way the system fails it on a full disk, a read-only mount, a
// process out of file descriptors, a failing card or a network folder gone quiet, which a test
// cannot bring about in a temporary folder (mounting a small or read-only file system needs root;
// `ulimit -n` low enough breaks Node first).
// DX_TEST_FAIL=CODE:CALL, CALL one of
//   create   opening a file to create it (the tool's temporary file, flags 'wx')
//   open     every open (of the input, of the temporary file)
//   write    the first FileHandle.writeFile: half its bytes are written, then it fails
//   listen   a server's listen (the preview's), as a port kept for root or no descriptors left
//            fail it; CODE `thrown` has it fail with a string, not an Error
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { Server } from 'node:net';
import { constants } from 'node:os';
import process from 'node:process';

import { afterFirstHalf } from './half-write.js';

const [code, call] = (process.env.DX_TEST_FAIL ?? '').split(':');

/** An error as Node's file-system calls give it: code, errno, syscall and path. */
const failure = (syscall, path) =>
  Object.assign(new Error(`${code}: (injected by fail-fs.js), ${syscall} '${path}'`), {
    code,
    errno: -constants.errno[code],
    syscall,
    path,
  });

if (call === 'create' || call === 'open') {
  const open = fs.open;
  fs.open = async (path, flags, mode) => {
    if (call === 'open' || flags === 'wx') throw failure('open', path);
    return open(path, flags, mode);
  };
  // The tool imports `open` by name: its binding follows the module object only after this.
  syncBuiltinESMExports();
}

if (call === 'write') {
  await afterFirstHalf(() => {
    throw failure('write', '');
  });
}

if (call === 'listen') {
  Server.prototype.listen = function (port) {
    // As Node fails a listen: an 'error' event after the call returns.
    process.nextTick(() =>
      this.emit('error', code === 'thrown' ? 'a string emitted as the error' : failure('listen', `127.0.0.1:${port}`)),
    );
    return this;
  };
}
