/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { fstatSync, type BigIntStats } from 'node:fs';
import { link, lstat, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';

import type { Reason } from './reasons.js';
import { both } from './strings.js';
import { noFolder, unwritable } from './unwritable.js';

// Ctrl-C, what `kill` and most supervisors send to stop a process, and a terminal closed. A
// hang-up is caught too: Node resets it to its default at start, even under `nohup`, so leaving
// it alone did not keep the tool running, only left the temporary file behind.
const STOPS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type Stop = (typeof STOPS)[number];

/** Written, refused (why, in both languages), or stopped by a signal before the file was in place. */
export type Written = { ok: true } | { ok: false; reason: Reason } | { ok: false; interrupted: Stop };

const refuse = (...args: Parameters<typeof both>): Written => ({ ok: false, reason: both(...args) });

/** A file's identity, by name (through symlinks) or by descriptor; undefined when there is none. */
const identity = async (file: string | number) =>
  (typeof file === 'number' ? fstatSync(file, { bigint: true }) : await stat(file, { bigint: true })) as BigIntStats;

/**
 * Whether the input (a name, or the descriptor of standard input: `- < data.csv`) and the output
 * (a name, or standard output's descriptor) lead to one file: the same device and inode, through
 * symlinks and hard links. Standard output counts only as a regular file (`>> data.csv`).
 */
async function sameFile(input: string | number, output: string | number): Promise<boolean> {
  const [one, two] = await Promise.all([identity(input).catch(() => undefined), identity(output).catch(() => undefined)]);
  if (typeof output === 'number' && !two?.isFile()) return false;
  return !!one && !!two && one.dev === two.dev && one.ino === two.ino;
}

/**
 * Whether standard output is the input file (`from-csv data.csv >> data.csv`): the JSON would be
 * appended to the sheet, or, after `>`, the shell has emptied the sheet already.
 */
export const isStandardOutput = (input: string | number) => sameFile(input, 1);

/** A folder, or a symlink to one, which is taken for the folder: --force would replace the link itself. */
const isFolder = async (output: string) => (await stat(output).catch(() => undefined))?.isDirectory() === true;

// Filesystems without hard links (FAT on a USB stick) answer link() with one of these.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL']);

/**
 * Writes `text` to `output` as a whole or not at all: into a new temporary file beside it, then
 * moved into place. The name `output` itself is replaced, never followed: a symlink there is
 * refused, or with `force` replaced by the file; its target is never written. Refused: the
 * `input` file under any name, a folder (a symlink to one too), a device, and an existing file
 * unless `force`.
 * `input` is a file name or, for standard input, its descriptor.
 */
export async function writeOutput(output: string, text: string, options: { force: boolean; input?: string | number }): Promise<Written> {
  // Node's default for these signals ends the process on the spot, which would leave the
  // temporary file behind: while writing, a signal stops the write instead, and the file goes.
  // once: a second Ctrl-C during that clean-up ends the tool at once, the default way. After the
  // write the listeners go, and with them any change to the default.
  const interrupt = new AbortController();
  const stop = (signal: Stop) => interrupt.abort(signal);
  for (const signal of STOPS) process.once(signal, stop);
  try {
    return await replace(output, text, options, interrupt.signal);
  } finally {
    for (const signal of STOPS) process.off(signal, stop);
  }
}

async function replace(
  output: string,
  text: string,
  options: { force: boolean; input?: string | number },
  interrupt: AbortSignal,
): Promise<Written> {
  if (options.input !== undefined && (await sameFile(options.input, output))) return refuse('write.input');
  const aFolder = () => refuse('write.directory', { example: join(output, 'feed.json') });
  let temporary: string | undefined;
  try {
    const existing = await lstat(output).catch((e: { code?: string }) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (existing && (await isFolder(output))) return aFolder();
    if (/[/\\]$/.test(output)) return { ok: false, reason: await noFolder(output) };
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) return refuse('write.special');
    if (existing && !options.force) return refuse(existing.isSymbolicLink() ? 'write.link' : 'write.exists');
    // No write bit for anyone (chmod a-w, Windows' read-only flag): protected on purpose, and a
    // rename would replace it all the same (root's access() would say it is writable).
    if (existing?.isFile() && (existing.mode & 0o222) === 0) return refuse('write.readonly');

    // `wx` creates the file or fails: it never opens something already there. The name is cut so
    // that an output name of the filesystem's 255 bytes still leaves room for the suffix (60 UTF-16 units are at most 180 bytes).
    temporary = join(dirname(output), `.${basename(output).slice(0, 60)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx');
    try {
      // The signal is looked at between chunks of 512 KB (a feed has 5 MB at most).
      await handle.writeFile(text, { encoding: 'utf8', signal: interrupt });
      // A file replaced keeps its permissions: a private (0600) file does not become readable by all.
      if (existing?.isFile()) await handle.chmod(existing.mode & 0o7777);
    } finally {
      await handle.close();
    }
    // The last moment to stop: after this the new file is in place, whole, and the tool ends anyway.
    if (interrupt.aborted) return { ok: false, interrupted: interrupt.reason as Stop };
    if (options.force) {
      await rename(temporary, output);
      return { ok: true };
    }
    // link() fails if anything has appeared at `output` since the check above.
    try {
      await link(temporary, output);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      // A folder made there meanwhile is named as one (with --force, rename says EISDIR: unwritable.ts).
      if (code === 'EEXIST') return (await isFolder(output)) ? aFolder() : refuse('write.exists');
      if (!NO_LINKS.has(code)) throw e;
      if (
        await lstat(output).then(
          () => true,
          () => false,
        )
      )
        return refuse('write.exists');
      await rename(temporary, output);
    }
    return { ok: true };
  } catch (e) {
    if (interrupt.aborted) return { ok: false, interrupted: interrupt.reason as Stop };
    return { ok: false, reason: await unwritable(output, e) };
  } finally {
    if (temporary) await unlink(temporary).catch(() => undefined);
  }
}
