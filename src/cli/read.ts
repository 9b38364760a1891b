/// <reference types="node" />
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { both } from './strings.js';

/** What a data team gives the tool: a file path, an http(s) URL, or `-` for standard input. */
export type Input = { ok: true; bytes: Uint8Array } | { ok: false; reason: { vi: string; en: string } };

export const isUrl = (name: string) => /^https?:\/\//i.test(name);

/** Seconds a URL may take before it counts as unreadable. */
export const FETCH_TIMEOUT = 30;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function fetchBytes(url: string): Promise<Input> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT * 1000), headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, reason: both('read.http', { status: response.status }) };
    return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (e) {
    const error = e as Error & { cause?: Error & { code?: string } };
    if (error.name === 'TimeoutError') return { ok: false, reason: both('read.timeout', { seconds: FETCH_TIMEOUT }) };
    const detail = error.cause?.code ?? error.cause?.message ?? error.message;
    return { ok: false, reason: both('read.network', { detail }) };
  }
}

/** The bytes of a file, URL or standard input, or why they cannot be had. */
export async function readInput(name: string): Promise<Input> {
  if (isUrl(name)) return fetchBytes(name);
  try {
    return { ok: true, bytes: name === '-' ? await readStdin() : await readFile(name) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const known = code === 'ENOENT' ? 'read.missing' : code === 'EISDIR' ? 'read.directory' : code === 'EACCES' ? 'read.denied' : undefined;
    if (known) return { ok: false, reason: both(known) };
    return { ok: false, reason: { vi: String((e as Error).message), en: String((e as Error).message) } };
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
