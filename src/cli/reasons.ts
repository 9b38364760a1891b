/// <reference types="node" />
import { getSystemErrorMap } from 'node:util';

import { both } from './strings.js';

/** Why something could not be read or written, in both languages, shaped like a validation error's message. */
export type Reason = { vi: string; en: string };

const KNOWN_ERRORS: Record<string, Parameters<typeof both>[0]> = {
  ENOSPC: 'system.full',
  EDQUOT: 'system.full',
  // This process's limit of open files, or the whole system's.
  EMFILE: 'system.files',
  ENFILE: 'system.files',
  // A failing disk or memory card, or a network folder that stopped answering mid-read.
  EIO: 'system.io',
  // A network folder (NFS, SMB) that timed out, or a FUSE mount (sshfs) whose connection is gone.
  ETIMEDOUT: 'system.network',
  ENOTCONN: 'system.network',
  // NFS: the file was replaced or deleted from another computer while this one had it open.
  ESTALE: 'system.stale',
  // Windows answers EBUSY for a file another program has locked (Excel does, for a workbook it
  // has open); ETXTBSY is a program's file while it runs.
  EBUSY: 'system.busy',
  ETXTBSY: 'system.busy',
  // A device gone (a card reader unplugged): said of a write, of standard output, and of a read
  // only where the path is a regular file or no longer there. A device node named as the input is
  // refused first as not a regular file (unreadable.ts), plugged in or not: the tool reads none.
  ENXIO: 'system.device',
  ENODEV: 'system.device',
  // Said here only where neither the file read nor the folder written is known: standard output.
  EACCES: 'system.denied',
  EPERM: 'system.denied',
  // Most often a name that a USB stick's or a memory card's file system (FAT, exFAT) refuses, as
  // Windows does: `-o "báo cáo 31/12: Lai Châu.json"`. paths.ts names the characters where it can.
  EINVAL: 'system.invalid',
};

/**
 * The system's code of a thrown value (ENOENT, EACCES…), or undefined: anything may be thrown,
 * null, undefined and strings included, and reading `.code` of those must not throw in its turn.
 */
export function codeOf(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code ? code : undefined;
}

/**
 * The words of a thrown value: an Error's message or a string thrown, or '' where there are none
 * (null, undefined, a number, an Error without a message): reading `.message` of those would say
 * "undefined" or throw in its turn.
 */
export function messageOf(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return message.trim() ? message : '';
}

/**
 * Why an operating-system error stopped a read, a write or standard output, in both languages:
 * what the error means whatever was being done. unreadable.ts and unwritable.ts say first what
 * depends on the path and on reading or writing.
 */
export function systemReason(e: unknown): Reason {
  const code = codeOf(e);
  if (code && Object.hasOwn(KNOWN_ERRORS, code)) return both(KNOWN_ERRORS[code]);
  // No code to look up (an error of the tool's own or of a library, or a string thrown): its
  // words, if it has any, as they are, not passed off as a code.
  if (!code) {
    const message = messageOf(e);
    return message ? both('system.message', { message }) : both('system.unknown');
  }
  // Node's errors carry the system's number, which names the system's own description.
  const { errno } = e as { errno?: unknown };
  const description = typeof errno === 'number' ? getSystemErrorMap().get(errno)?.[1] : undefined;
  return both('system.code', { code, described: description ? `${code} (${description})` : code });
}
