/// <reference types="node" />
import { Buffer } from 'node:buffer';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';

import type { Reason } from './reasons.js';
import { both } from './strings.js';

/**
 * Where along a path the system stopped: the tool's messages name the part of the path the user
 * gave (`a` in `a/x.json`), not the whole path the system call failed on.
 */

/** `path` without the slashes it ends with (`notes.txt/` is found as a file only so); `/` stays itself. */
export const bare = (path: string) => path.replace(/(?<=[^/\\])[/\\]+$/, '');

/** Every part of `path` from its first (`a`, `/proc`) to itself, as the user wrote it. */
function parts(path: string): string[] {
  const found: string[] = [];
  for (let at = bare(path); ; at = dirname(at)) {
    found.unshift(at);
    if (dirname(at) === at || dirname(at) === '.') return found;
  }
}

/**
 * The first part of `path` that the system answers with `code` when asked about it: for `ELOOP`
 * the link that goes round in a loop; for `EACCES` the first part inside a folder closed to the
 * user (stat needs no right to the file itself, only to the folders on the way).
 */
export async function firstFailing(path: string, code: string): Promise<string | undefined> {
  for (const part of parts(path)) {
    const failed = await stat(part).then(
      () => undefined,
      (e: { code?: string }) => e.code,
    );
    if (failed === code) return part;
  }
  return undefined;
}

/** The nearest part of `path`, itself first, that exists, and whether it is a folder; undefined for none. */
export async function nearestExisting(path: string): Promise<{ path: string; folder: boolean } | undefined> {
  for (const part of parts(path).reverse()) {
    const found = await stat(part).catch(() => undefined);
    if (found) return { path: part, folder: found.isDirectory() };
  }
  return undefined;
}

/** Which limit a name too long passed: one part's 255 bytes (most filesystems' limit), or the whole path's. */
function tooLong(path: string): Reason {
  const longest = Math.max(...path.split(/[/\\]/).map((part) => Buffer.byteLength(part)));
  return longest > 255 ? both('path.long', { bytes: longest }) : both('path.length', { bytes: Buffer.byteLength(path) });
}

/**
 * What `path` itself says of the system's error `code` on it: which limit a name too long passed,
 * the link that goes round in a loop, the file where a folder should be; undefined for others.
 */
export async function pathReason(path: string, code: string | undefined): Promise<Reason | undefined> {
  if (code === 'ENAMETOOLONG') return tooLong(path);
  const loop = code === 'ELOOP' && (await firstFailing(path, 'ELOOP'));
  if (loop) return both('path.loop', { path: loop });
  const nearest = code === 'ENOTDIR' && (await nearestExisting(path));
  if (nearest && !nearest.folder) return both('path.notfolder', { path: nearest.path });
  return undefined;
}
