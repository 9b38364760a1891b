/// <reference types="node" />
import { dirname } from 'node:path';

import { firstFailing, pathReason } from './paths.js';
import { both } from './strings.js';

type Reason = { vi: string; en: string };

const KNOWN_ERRORS: Record<string, Parameters<typeof both>[0]> = {
  ENOENT: 'read.missing',
  ENOTDIR: 'read.missing',
  EISDIR: 'read.directory',
  EACCES: 'read.denied',
  EPERM: 'read.denied',
  ENOSPC: 'system.full',
  EDQUOT: 'system.full',
  // This process's limit of open files, or the whole system's.
  EMFILE: 'system.files',
  ENFILE: 'system.files',
};

/** Why an operating-system error stopped a read or a write, in both languages. */
export function systemReason(e: unknown): Reason {
  const code = (e as { code?: string }).code ?? '';
  if (Object.hasOwn(KNOWN_ERRORS, code)) return both(KNOWN_ERRORS[code]);
  return both('read.system', { detail: code || (e as Error).message });
}

/**
 * Why the file `name` could not be opened, naming the part of its path that stopped the system
 * (too long, a link going round in a loop, a file where a folder should be, a folder closed to
 * the user), or as the system said it.
 */
export async function unreadable(name: string, e: unknown): Promise<Reason> {
  const code = (e as { code?: string }).code;
  const said = await pathReason(name, code);
  if (said) return said;
  // stat() needs no right to the file itself, only to the folders on its way: one of those that
  // refuses it is the folder closed; if none does, the file is.
  const closed = code === 'EACCES' && (await firstFailing(name, 'EACCES'));
  if (closed) return both('path.closed', { folder: dirname(closed) });
  return systemReason(e);
}
