/// <reference types="node" />
/**
 * Everything the command line prints goes through here. Text from the input (a CSV cell, a JSON
 * string or key, a file name) reaches the terminal inside our messages; a control character in
 * it could clear the screen, move the cursor or, with a line break, print a fake "valid" line,
 * and a bidi control could reorder what follows it. Each is shown as its escape instead.
 */

// C0 and C1 controls and DEL; bidi marks, embeddings, overrides and isolates; the line and
// paragraph separators that some terminals break on.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same outside C0, which JSON.stringify already escapes.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).padStart(digits, '0');

/** `text` with every unsafe character written as `\x1b` or `\u202e`. */
export const visible = (text: string) => text.replace(UNSAFE, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));

/**
 * Writes `lines`, each made visible (a line break inside one is shown as `\x0a`, never
 * obeyed), one per line.
 */
export function print(stream: NodeJS.WritableStream, lines: string[]): void {
  stream.write(`${lines.map(visible).join('\n')}\n`);
}

/**
 * JSON text with the unsafe characters outside C0 as `\u` escapes: the same document, and it reads
 * as it is (also in the builder's snippets, where a U+202E would show the code after it reversed).
 */
export const escapeUnsafe = (jsonText: string) => jsonText.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);

/** Pretty JSON with the unsafe characters as `\u` escapes: the same document, safe to cat. */
export const json = (value: unknown): string => `${escapeUnsafe(JSON.stringify(value, null, 2))}\n`;
