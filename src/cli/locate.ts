/**
 * Where a JSON path (as the validator writes it: `indicators[3].value`, `source.name`, `""` for
 * the document) starts in the source text, as 1-based line and column, so a data team can go
 * straight to the field in an editor. A tiny strict JSON tokenizer walks the text once; it
 * copies no string (it only looks for where each one ends) and records the offsets of the paths
 * asked for, so a 50 MB file costs little more than its own text.
 */

import { join } from '../spec/rules.js';

export interface Position {
  line: number;
  /** 1-based, in UTF-16 units as editors count them. */
  column: number;
}

export interface Located {
  /** The start of every value asked for (and of its ancestors), by JSON path. */
  paths: Map<string, Position>;
  /** Where the text stops being JSON, if it does. */
  syntaxError?: Position;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
// Up to the next quote, backslash or control character, which are the only ones to look at.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERAL = /true|false|null/y;

class SyntaxStop {
  constructor(readonly offset: number) {}
}

/** The path one level up: `a.b[2]` → `a.b` → `a` → `""`; `""` stays `""`. */
export const parentOf = (path: string) => path.replace(/(\[\d+\]|\.?[^.[]+)$/, '');

/** Line and column of each offset (sorted or not), counting CRLF, LF and CR as one break each. */
function positions(text: string, offsets: Iterable<number>): Map<number, Position> {
  const found = new Map<number, Position>();
  const breaks = /\r\n|\n|\r/g;
  let line = 1;
  let lineStart = 0;
  // The first break at or after the offset in hand, kept for the next offset: one pass in all.
  let next = breaks.exec(text);
  for (const offset of [...new Set(offsets)].sort((a, b) => a - b)) {
    for (; next && next.index < offset; next = breaks.exec(text)) {
      line += 1;
      lineStart = breaks.lastIndex;
    }
    found.set(offset, { line, column: offset - lineStart + 1 });
  }
  return found;
}

/**
 * Walks `text` as JSON. With `wanted`, records only those paths and their ancestors (what
 * `positionOf` may need); without it, every value's path (for short texts and tests).
 */
export function locate(text: string, wanted?: Iterable<string>): Located {
  let follow: Set<string> | undefined;
  if (wanted) {
    follow = new Set();
    // parentOf('') is '': every walk up ends at the root, already added.
    for (const path of wanted) for (let at = path; !follow.has(at); at = parentOf(at)) follow.add(at);
  }
  const offsets = new Map<string, number>();
  let i = 0;
  const stop = (at = i): never => {
    throw new SyntaxStop(at);
  };
  const skip = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  const expect = (c: string) => (text[i] === c ? (i += 1) : stop());
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };

  /** Moves past a string; returns its start. */
  const string = (): number => {
    const start = i;
    expect('"');
    for (;;) {
      sticky(PLAIN);
      if (text[i] === '"') {
        i += 1;
        return start;
      }
      if (text[i] !== '\\' || !sticky(ESCAPE)) stop();
    }
  };
  // A key is decoded only where its path is followed; JSON.parse handles the escapes.
  const key = (start: number, end: number) => {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  };
  const child = (path: string | undefined, name: () => string | number) => {
    if (path === undefined) return undefined;
    const next = join(path, name());
    return !follow || follow.has(next) ? next : undefined;
  };

  const value = (path: string | undefined): void => {
    skip();
    if (path !== undefined) offsets.set(path, i);
    const c = text[i];
    if (c === '{') {
      i += 1;
      skip();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        skip();
        const start = string();
        const end = i;
        skip();
        expect(':');
        value(child(path, () => key(start, end)));
        skip();
        if (text[i] === '}') return void (i += 1);
        expect(',');
      }
    }
    if (c === '[') {
      i += 1;
      skip();
      if (text[i] === ']') return void (i += 1);
      for (let index = 0; ; index += 1) {
        value(child(path, () => index));
        skip();
        if (text[i] === ']') return void (i += 1);
        expect(',');
      }
    }
    if (c === '"') return void string();
    if (!sticky(LITERAL) && !sticky(NUMBER)) stop();
  };

  let syntaxError: number | undefined;
  try {
    value('');
    skip();
    if (i < text.length) stop();
  } catch (e) {
    // Nesting deeper than the stack (a RangeError): the positions found so far still help.
    if (e instanceof SyntaxStop) syntaxError = e.offset;
  }
  const at = positions(text, syntaxError === undefined ? offsets.values() : [...offsets.values(), syntaxError]);
  const paths = new Map([...offsets].map(([path, offset]) => [path, at.get(offset)!]));
  return syntaxError === undefined ? { paths } : { paths, syntaxError: at.get(syntaxError)! };
}

/** The field's own position, or its nearest ancestor's when it is missing (a required field). */
export function positionOf(located: Located, path: string): Position {
  for (let at = path; ;) {
    const found = located.paths.get(at);
    if (found) return found;
    const parent = parentOf(at);
    if (at === '' || parent === at) return located.paths.get('') ?? { line: 1, column: 1 };
    at = parent;
  }
}

/** The line and column of `offset` in `text`. */
export const lineColumn = (text: string, offset: number): Position => positions(text, [offset]).get(offset)!;
