// Shared by the preloads pause-write.js and fail-fs.js, never loaded by the tool itself: the
// tool's first FileHandle.writeFile (its temporary file) writes the first half of its bytes, then
// `then(rest)` decides what comes next: `rest()` writes the other half; throwing fails the write.
import { Buffer } from 'node:buffer';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function afterFirstHalf(then) {
  const probe = await open(fileURLToPath(import.meta.url));
  const FileHandle = Object.getPrototypeOf(probe);
  await probe.close();
  const writeFile = FileHandle.writeFile;
  let done = false;
  FileHandle.writeFile = async function (data, options) {
    if (done) return writeFile.call(this, data, options);
    done = true;
    const bytes = Buffer.from(data);
    const half = bytes.subarray(0, bytes.length >> 1);
    await this.write(half);
    return then(() => writeFile.call(this, bytes.subarray(half.length), options));
  };
}
