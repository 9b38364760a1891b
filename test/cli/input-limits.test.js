import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import process from 'node:process';
import { describe, test } from 'node:test';

import { cliAsync, cliPackage, example, write } from './helpers.js';

const made = cliPackage();

// Every command reads its input through one reader with a 50 MB limit: a device, a FIFO or a
// huge file ends at once with one line and exit 2, never a hang or an exhausted memory.

/** Runs the CLI, reading standard input from `stdin` (a path), with a time limit. */
function run(args, { stdin, timeout = 15_000, heap } = {}) {
  const fd = stdin ? openSync(stdin, 'r') : 'pipe';
  try {
    const node = heap ? [`--max-old-space-size=${heap}`] : [];
    const result = spawnSync(process.execPath, [...node, made.bin, ...args, '--lang', 'en'], {
      stdio: [fd, 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout,
    });
    assert.equal(result.error, undefined, `did not end within ${timeout} ms`);
    return result;
  } finally {
    if (typeof fd === 'number') closeSync(fd);
  }
}

function oneLine(result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, pattern);
}

describe('input limits', () => {
  test('/dev/zero, a FIFO without a writer and a character device are refused at once, for every command', (t) => {
    const fifo = join(made.dir, 'feed.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) t.skip('no mkfifo here');
    for (const input of ['/dev/zero', fifo, '/dev/null']) {
      oneLine(
        run(['validate', input], { timeout: 5_000 }),
        /cannot be read \(not a regular file but a device, a FIFO or a socket; to read standard input use -\)$/m,
      );
      oneLine(run(['from-csv', input], { timeout: 5_000 }), /cannot be read \(not a regular file/);
      oneLine(run(['from-xlsx', input], { timeout: 5_000 }), /cannot be read \(not a regular file/);
      oneLine(run(['preview', input, '--port', '0'], { timeout: 5_000 }), /cannot be read \(not a regular file/);
    }
  });

  test('a file over 50 MB is refused before it is read; standard input stops at 50 MB', () => {
    const huge = join(made.dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 60 * 1024 * 1024);
    oneLine(run(['validate', huge]), /huge\.json: cannot be read \(larger than the 50 MB limit\)/);
    oneLine(run(['from-csv', huge]), /larger than the 50 MB limit/);
    oneLine(run(['validate', '-'], { stdin: '/dev/zero' }), /^-: cannot be read \(larger than the 50 MB limit\)/);
  });

  test('a 2 GB file (past a 32-bit size) is refused at once by every command, as a file or as standard input', () => {
    // Sparse: it takes no disk space.
    const huge = join(made.dir, 'two-gigabytes.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    for (const command of ['validate', 'from-csv', 'from-xlsx']) {
      oneLine(run([command, huge], { timeout: 5_000 }), /two-gigabytes\.csv: cannot be read \(larger than the 50 MB limit\)$/m);
      oneLine(run([command, '-'], { stdin: huge, timeout: 5_000 }), /^-: cannot be read \(larger than the 50 MB limit\)$/m);
    }
    oneLine(run(['preview', huge, '--port', '0'], { timeout: 5_000 }), /cannot be read \(larger than the 50 MB limit\)$/m);
  });

  test('a download stops at 50 MB, declared or not', { timeout: 60_000 }, async () => {
    let sent = 0;
    const server = createServer((request, response) => {
      if (request.url === '/declared') {
        response.writeHead(200, { 'content-length': String(60 * 1024 * 1024) });
        return response.end();
      }
      // An endless body, until the client hangs up.
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const more = () => {
        while (!response.destroyed && response.write(chunk)) sent += chunk.length;
      };
      response.on('drain', more);
      more();
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      for (const path of ['/declared', '/endless']) {
        oneLine(await cliAsync(made.bin, ['validate', `${base}${path}`, '--lang', 'en']), /cannot be read \(larger than the 50 MB limit\)/);
      }
      assert.ok(sent < 200 * 1024 * 1024, `${sent} bytes sent`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('validate locates an error in a 30 MB file within a 300 MB heap (positions found without copying text)', () => {
    // Many members with long notes, within the format's limits (10,000 members, 10,000
    // characters a text), then an error after them.
    const many = Array.from({ length: 9_000 }, (_, i) => ({ id: `n${i}`, label: 'Ấp', value: i, note: 'x'.repeat(3_400) }));
    const last = { id: 'last', label: 'Last', unit: '%', value: 120 };
    const big = { ...example, indicators: [...example.indicators, ...many, last] };
    assert.ok(JSON.stringify(big).length > 30_000_000);
    const text = JSON.stringify(big, null, 1);
    const file = write(made.dir, 'big.json', text);
    const result = run(['validate', file], { heap: 300, timeout: 60_000 });
    assert.equal(result.status, 1, result.stderr);
    const line = text.slice(0, text.lastIndexOf('"value": 120')).split('\n').length;
    assert.match(
      result.stdout,
      new RegExp(`big\\.json:${line}:\\d+  indicators\\[${big.indicators.length - 1}\\]\\.value: is a percentage`),
    );
  });
});

describe('nesting past 64 levels', () => {
  test('validate refuses 10 MB of "[" or of {"a": in little memory, naming where the limit was passed', () => {
    for (const [name, text, column] of [
      ['brackets.json', '['.repeat(10_000_000), 65],
      ['objects.json', `{\n  "label": "Sóng", "x": ${'{"a":'.repeat(2_000_000)}`, 340],
    ]) {
      const file = write(made.dir, name, text);
      const line = column === 65 ? 1 : 2;
      const result = run(['validate', file], { heap: 200 });
      assert.equal(result.status, 1, result.stderr);
      assert.ok(
        result.stdout.includes(`${name}:${line}:${column}  (the document): is nested over 64 levels deep (line ${line}, column ${column})`),
        result.stdout,
      );
      const report = JSON.parse(run(['validate', '--json', file], { heap: 200 }).stdout);
      // 10 MB is over the elements' 5 MB too, said first.
      const errors = report.files[0].errors.filter((e) => e.code !== 'feed.size');
      assert.deepEqual(
        errors.map(({ line, column, code }) => ({ line, column, code })),
        [{ line, column, code: 'json.depth' }],
      );
    }
  });
});

describe('the elements’ 5 MB feed limit, said before publishing', () => {
  // 9,000 indicators with 600-character notes: valid to the format, over 5 MB as JSON.
  const members = Array.from({ length: 9_000 }, (_, i) => ({ id: `n${i}`, label: 'Ấp', value: i, note: 'x'.repeat(600) }));

  test('validate refuses a feed larger than the elements load, naming the limit', () => {
    const file = write(made.dir, 'large.json', JSON.stringify({ ...example, indicators: members }));
    const result = run(['validate', file, '--lang', 'en']);
    assert.equal(result.status, 1, result.stdout);
    assert.match(
      result.stdout,
      /large\.json:1:1 {2}\(the document\): is \d\.\d MB, over the 5 MB the elements load from src: split it into several files/,
    );
  });

  test('from-csv writes no feed larger than the elements load', () => {
    const csv = write(
      made.dir,
      'large.csv',
      ['id,label,value,note', ...members.map((m) => `${m.id},${m.label},${m.value},${m.note}`)].join('\n'),
    );
    const output = join(made.dir, 'large-feed.json');
    const result = run(['from-csv', csv, '-o', output, '--lang', 'en']);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /large\.csv: is \d\.\d MB, over the 5 MB the elements load from src/);
    assert.equal(existsSync(output), false);
  });
});
