/**
 * Where a JSON path (as the validator writes it: `indicators[3].value`, `source.name`, `""` for
 * the document) starts in the source text, as 1-based line and column, so a data team can go
 * straight to the field in an editor. A tiny strict JSON tokenizer walks the text once and
 * records the position of every value; a syntax error is located the same way.
 */

import { join } from '../data/validate.js';

export interface Position {
  line: number;
  /** 1-based, in UTF-16 units as editors count them. */
  column: number;
}

export interface Located {
  /** The start of every value in the text, by JSON path. */
  paths: Map<string, Position>;
  /** Where the text stops being JSON, if it does. */
  syntaxError?: Position;
}


const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

class SyntaxStop {
  constructor(readonly offset: number) {}
}

export function locate(text: string): Located {
  const paths = new Map<string, Position>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const position = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };

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

  const string = (): string => {
    expect('"');
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stop();
      i += 1;
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i];
      if (e === 'u') {
        const hex = text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) stop();
        out += String.fromCharCode(parseInt(hex, 16));
        i += 5;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        i += 1;
      } else {
        stop();
      }
    }
  };

  const value = (path: string): void => {
    skip();
    paths.set(path, position(i));
    const c = text[i];
    if (c === '{') {
      i += 1;
      skip();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        skip();
        const key = string();
        skip();
        expect(':');
        value(join(path, key));
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
        value(join(path, index));
        skip();
        if (text[i] === ']') return void (i += 1);
        expect(',');
      }
    }
    if (c === '"') return void string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) stop();
    i = NUMBER.lastIndex;
  };

  try {
    value('');
    skip();
    if (i < text.length) stop();
    return { paths };
  } catch (e) {
    if (e instanceof SyntaxStop) return { paths, syntaxError: position(e.offset) };
    // Nesting deeper than the stack: the positions found so far still help.
    return { paths };
  }
}

/** The field's own position, or its nearest ancestor's when it is missing (a required field). */
export function positionOf(located: Located, path: string): Position {
  for (let at = path; ; ) {
    const found = located.paths.get(at);
    if (found) return found;
    const parent = at.replace(/(\[\d+\]|\.?[^.[]+)$/, '');
    if (at === '' || parent === at) return located.paths.get('') ?? { line: 1, column: 1 };
    at = parent;
  }
}

/** The line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: before.split(/\r\n|\n|\r/).length, column: offset - lineStart + 1 };
}
