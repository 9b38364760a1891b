/// <reference types="node" />
import { both } from './strings.js';

/** Why something could not be read or written, in both languages, shaped like a validation error's message. */
export type Reason = { vi: string; en: string };

const KNOWN_ERRORS: Record<string, Parameters<typeof both>[0]> = {
  ENOSPC: 'system.full',
  EDQUOT: 'system.full',
  // This process's limit of open files, or the whole system's.
  EMFILE: 'system.files',
  ENFILE: 'system.files',
};

/**
 * Why an operating-system error stopped a read, a write or standard output, in both languages:
 * what the error means whatever was being done. unreadable.ts and unwritable.ts say first what
 * depends on the path and on reading or writing.
 */
export function systemReason(e: unknown): Reason {
  const code = (e as { code?: string }).code ?? '';
  if (Object.hasOwn(KNOWN_ERRORS, code)) return both(KNOWN_ERRORS[code]);
  return both('read.system', { detail: code || (e as Error).message });
}
