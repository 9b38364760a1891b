/// <reference types="node" />
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';

import { firstFailing, pathReason } from './paths.js';
import { codeOf, systemReason, type Reason } from './reasons.js';
import { both } from './strings.js';

/** What the system's codes mean when the file being read is the one they are about. */
const READ_ERRORS: Record<string, Parameters<typeof both>[0]> = {
  ENOENT: 'read.missing',
  ENOTDIR: 'read.missing',
  EISDIR: 'read.directory',
  EACCES: 'read.denied',
  // Not the file's permissions but something above them: the privacy settings of macOS (the
  // Desktop, Documents and Downloads folders), a security policy, an immutable file.
  EPERM: 'read.notpermitted',
};

/**
 * Why the file `name` could not be opened, naming the part of its path that stopped the system
 * (too long, a link going round in a loop, a file where a folder should be, a folder closed to
 * the user), or as the system said it.
 */
export async function unreadable(name: string, e: unknown): Promise<Reason> {
  const code = codeOf(e);
  const said = await pathReason(name, code);
  if (said) return said;
  // stat() needs no right to the file itself, only to the folders on its way: one of those that
  // refuses it is the folder closed; if none does, the file is.
  const closed = code === 'EACCES' && (await firstFailing(name, 'EACCES'));
  if (closed) return both('path.closed', { folder: dirname(closed) });
  // open() answers a socket, or a device node whose device is unplugged, with "no such device"
  // (ENXIO, ENODEV): either is refused as what it is, as a FIFO or a device plugged in is. The
  // tool reads no device: "plug it in again" would only lead to this refusal.
  if ((code === 'ENXIO' || code === 'ENODEV') && (await stat(name).catch(() => undefined))?.isFile() === false) return both('read.special');
  if (code && Object.hasOwn(READ_ERRORS, code)) return both(READ_ERRORS[code]);
  return systemReason(e);
}
