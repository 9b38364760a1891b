/// <reference types="node" />
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { bare, firstFailing, nearestExisting, pathReason } from './paths.js';
import { codeOf, systemReason, type Reason } from './reasons.js';
import { both } from './strings.js';

/**
 * Why there is no folder to write `output` in: the nearest part of its path that exists is a file
 * (`data.csv/x.json`, `data.csv/`), or the folder does not exist. A name ending in a slash
 * (`newdir/`) names a folder itself, not the one above it. Called for a "no such file or folder"
 * from the system too, which a folder that exists can give: one where the system lets nothing be
 * made (/proc), said as such rather than as a missing folder, and the current folder once deleted.
 */
export async function noFolder(output: string): Promise<Reason> {
  const folder = /[/\\]$/.test(output) ? output : dirname(output);
  const nearest = await nearestExisting(folder);
  if (nearest && !nearest.folder) return both('path.notfolder', { path: nearest.path });
  if (nearest?.path === bare(folder)) {
    // A folder deleted while the terminal was in it is still found as ".", with no link left to it.
    const deleted = (await stat(folder).catch(() => undefined))?.nlink === 0;
    return both(deleted ? 'write.deleted' : 'write.nocreate', { folder });
  }
  return both('write.folder', { folder });
}

/**
 * The system's error `e` from writing `output`, said in terms of the path the user gave (which
 * part is a file, which folder is missing or closed to them), or as the system said it.
 */
export async function unwritable(output: string, e: unknown): Promise<Reason> {
  const code = codeOf(e);
  const syscall = (e as { syscall?: string } | null)?.syscall;
  if (code === 'ENOENT' || code === 'ENOTDIR') return noFolder(output);
  const said = await pathReason(output, code);
  if (said) return said;
  // A folder made at the name while the file was written: rename() will not replace it.
  if (code === 'EISDIR') return both('write.directory', { example: join(output, 'feed.json') });
  // A rename comes after the temporary file was made, so the folder is writable, yet the file may
  // not be replaced: the sticky bit of a shared folder (/tmp) keeps other users' files, or the
  // file is immutable.
  if ((code === 'EACCES' || code === 'EPERM') && syscall === 'rename') return both('write.protected');
  // A folder above the output's that may not be entered is named rather than the output's own.
  const closed = code === 'EACCES' && (await firstFailing(output, 'EACCES'));
  if (closed && dirname(closed) !== dirname(output)) return both('path.closed', { folder: dirname(closed) });
  if (code === 'EACCES' || code === 'EPERM') return both('write.denied', { folder: dirname(output) });
  // The old file, if any, is the one thing in the folder the tool has not touched: the temporary
  // file the disk could not hold is removed (write.ts).
  if (code === 'ENOSPC' || code === 'EDQUOT') return both('write.full');
  if (code === 'EROFS') return both('write.readonlyfs', { folder: dirname(output) });
  const refused = code === 'EINVAL' && refusedCharacters(basename(bare(output)));
  if (refused) return both('write.name', { chars: refused });
  return systemReason(e);
}

/**
 * The characters of a file name that FAT and exFAT (USB sticks, memory cards) and Windows refuse,
 * each once and quoted ("“:”, “?”"), or '' for none: the system says only EINVAL. Line breaks and
 * other control characters are left to the general words: quoted, they would show as nothing.
 */
function refusedCharacters(name: string): string {
  return [...new Set(name.match(/["*:<>?\\|]/g))].map((c) => `“${c}”`).join(', ');
}
