/// <reference types="node" />
import { Buffer } from 'node:buffer';
import { constants, fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import process from 'node:process';
import { isatty } from 'node:tty';

import { isBlank } from '../sheet/blank.js';
import { systemReason, type Reason } from './reasons.js';
import { both } from './strings.js';
import { unreadable } from './unreadable.js';

/** What a data team gives the tool: a file path, an http(s) URL, or `-` for standard input. */
export type Input = { ok: true; bytes: Uint8Array } | { ok: false; reason: Reason };

export const isUrl = (name: string) => /^https?:\/\//i.test(name);

/** Seconds a URL may take before it counts as unreadable. */
export const FETCH_TIMEOUT = 30;

/**
 * The most the tool reads from any input: ten times the element-side feed limit, so a data
 * team's working file (a whole year, every area) still fits, while `/dev/zero`, a runaway
 * download or a mistaken 2 GB file stops at once instead of filling the memory.
 */
export const MAX_INPUT_MB = 50;
const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;

const tooLarge = (): Input => ({ ok: false, reason: both('read.large', { limit: MAX_INPUT_MB }) });

/** Every chunk of `source`, or "too large" as soon as they pass the limit (the rest is not read). */
async function collect(source: AsyncIterable<Uint8Array>): Promise<Input> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    // Leaving the loop cancels the stream: nothing more is read or downloaded.
    if (size > MAX_INPUT_BYTES) return tooLarge();
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

async function fetchBytes(url: string): Promise<Input> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT * 1000), headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, reason: both('read.http', { status: response.status }) };
    if (!response.body) return { ok: true, bytes: new Uint8Array() };
    if (Number(response.headers.get('content-length')) > MAX_INPUT_BYTES) {
      await response.body.cancel();
      return tooLarge();
    }
    return await collect(response.body as unknown as AsyncIterable<Uint8Array>);
  } catch (e) {
    const error = e as Error & { cause?: Error & { code?: string } };
    if (error.name === 'TimeoutError') return { ok: false, reason: both('read.timeout', { seconds: FETCH_TIMEOUT }) };
    const detail = error.cause?.code ?? error.cause?.message ?? error.message;
    return { ok: false, reason: both('read.network', { detail }) };
  }
}

/**
 * A regular file's bytes. Opened without blocking, so a FIFO with no writer cannot hang the
 * tool; anything but a regular file (a device such as /dev/zero, a FIFO, a socket) is refused
 * before a byte is read, and so is a file over the limit.
 */
async function readRegularFile(name: string): Promise<Input> {
  const handle = await open(name, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: both('read.directory') };
    if (!info.isFile()) return { ok: false, reason: both('read.special') };
    if (info.size > MAX_INPUT_BYTES) return tooLarge();
    // Read as a stream all the same: the file may grow while it is read.
    return await collect(handle.createReadStream({ autoClose: false, highWaterMark: 1024 * 1024 }));
  } finally {
    await handle.close();
  }
}

/**
 * Standard input's bytes. A folder (`- < folder`) is refused: Node reads it as empty. So is the
 * terminal itself (`dx-widgets validate -` typed with nothing piped in): the tool would wait,
 * silent, for a feed typed by hand and Ctrl-D, where the user meant to give a file. A pipe is
 * read until its writer closes it, with no time limit, as cat reads one: a slow `curl` or a
 * generator is not cut short.
 */
async function readStdin(): Promise<Input> {
  if (isatty(0)) return { ok: false, reason: both('read.terminal') };
  if (fstatSync(0).isDirectory()) return { ok: false, reason: both('read.directory') };
  return collect(process.stdin);
}

/** Standard input, read once: `validate - -` names one input twice, not a second, empty one. */
let stdin: Promise<Input> | undefined;

/**
 * The bytes of a file, URL or standard input (`-`), at most MAX_INPUT_MB megabytes, or why they
 * cannot be had. Every command reads through here, so every input has the same limit.
 * Nothing at all is refused, whatever gave it, as a command line missing its input rather than an
 * empty document to judge (exit 1 and "not valid JSON", or "lacks columns: id, label"): an empty
 * file (a save that failed, `> feed.json` run by mistake), an empty answer, standard input closed
 * (`<&-`, which Node opens on /dev/null), /dev/null, or a pipe whose writer failed
 * (`curl … | dx-widgets validate -`). So is text that is only blank (`echo > feed.json`, an empty
 * Notepad save), unless `text` is false: a workbook is binary, where only 0 bytes is nothing
 * (a real one starts with "PK", never with blank space).
 */
export async function readInput(name: string, { text = true }: { text?: boolean } = {}): Promise<Input> {
  const input = await readAny(name);
  if (!input.ok) return input;
  const source = isUrl(name) ? 'url' : name === '-' ? 'stdin' : 'file';
  if (!input.bytes.length) return { ok: false, reason: both(EMPTY[source]) };
  if (text && isBlank(input.bytes)) return { ok: false, reason: both(BLANK[source]) };
  return input;
}

const EMPTY = { url: 'read.emptyurl', stdin: 'read.stdin', file: 'read.empty' } as const;
const BLANK = { url: 'read.blankurl', stdin: 'read.blankstdin', file: 'read.blank' } as const;

async function readAny(name: string): Promise<Input> {
  if (isUrl(name)) return fetchBytes(name);
  try {
    if (name === '-') return await (stdin ??= readStdin());
    return await readRegularFile(name);
  } catch (e) {
    return { ok: false, reason: name === '-' ? systemReason(e) : await unreadable(name, e) };
  }
}

/**
 * UTF-8 text without its byte-order mark (Excel and Notepad add one; browsers drop it the same
 * way), or the offset of the first byte sequence that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ok: false, offset: Math.max(0, text.indexOf('\uFFFD')) };
  }
}
