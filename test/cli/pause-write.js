// Preloaded into the CLI by output-file.test.js (node --import), never by the tool itself: the
// first FileHandle.writeFile, the tool writing its temporary file, writes half of its bytes, tells
// the test through the IPC channel and waits for the test's "go" before writing the rest. The test
// signals the tool inside that pause, so the signal arrives mid-write every time, with no timing
// guessed. Signals are left alone: what the test sees is the tool's own handling, or Node's
// default (the process killed on the spot).
import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const probe = await open(fileURLToPath(import.meta.url));
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();

const writeFile = FileHandle.writeFile;
let paused = false;
FileHandle.writeFile = async function (data, options) {
  if (paused) return writeFile.call(this, data, options);
  paused = true;
  const bytes = Buffer.from(data);
  const half = bytes.subarray(0, bytes.length >> 1);
  await this.write(half);
  process.send('half written');
  await once(process, 'message');
  process.disconnect();
  return writeFile.call(this, bytes.subarray(half.length), options);
};
