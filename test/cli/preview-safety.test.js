import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import process from 'node:process';
import { before, describe, test } from 'node:test';

import { cliPackage, example, exited, importSource, startCli, write } from './helpers.js';

const made = cliPackage();

// preview serves what may be an unpublished feed: only to this machine, only under its own
// name, to no other origin; and it previews a URL or standard input as well as a file.

// The address the preview listens at, followed by "(Ctrl-C …": a previewed URL may come first.
const LISTENING = /(http:\/\/127\.0\.0\.1:(\d+)\/) \(/;

let feed;

before(() => {
  feed = write(made.dir, 'feed.json', JSON.stringify(example));
});

/** GET `path` from the preview at `port` with the given Host header: { status, headers }. */
function get(port, path, host) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function withPreview(args, check) {
  const { child, match } = await startCli(made.bin, ['preview', ...args, '--port', '0'], LISTENING);
  try {
    await check(match[1], Number(match[2]), child);
  } finally {
    child.kill('SIGINT');
  }
  assert.equal(await exited(child), 0);
}

describe('preview: who may read the feed', () => {
  test('answers only under 127.0.0.1 or localhost at its port, and sends no CORS header', { timeout: 30_000 }, async () => {
    await withPreview([feed], async (base, port) => {
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
        const answer = await get(port, '/feed.json', host);
        assert.equal(answer.status, 200, host);
        assert.equal(answer.headers['access-control-allow-origin'], undefined);
      }
      for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost', `127.0.0.1.evil.example:${port}`]) {
        for (const path of ['/', '/feed.json', '/dx-widgets.js'])
          assert.equal((await get(port, path, host)).status, 403, `${host} ${path}`);
      }
      const page = await fetch(base);
      assert.equal(page.headers.get('access-control-allow-origin'), null);
    });
  });
});

describe('preview: a URL or standard input', () => {
  test('a URL is fetched once and previewed', { timeout: 30_000 }, async () => {
    let requests = 0;
    const server = createServer((_, response) => {
      requests += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(example));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${server.address().port}/cds/feed`;
      await withPreview([url, '--lang', 'en'], async (base) => {
        const html = await (await fetch(base)).text();
        assert.match(html, new RegExp(`Preview of ${url.replaceAll('.', '\\.')}`));
        assert.match(html, /indicator="mobile-coverage-villages"/);
        assert.match(html, /read once, at start/);
        assert.deepEqual(await (await fetch(new URL('/feed.json', base))).json(), example);
        assert.equal(requests, 1);
      });
    } finally {
      server.close();
    }
  });

  test('standard input ("-") is read once and previewed', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, [made.bin, 'preview', '-', '--port', '0']);
    child.stdin.end(JSON.stringify({ indicators: [{ id: 'x', label: 'X', unit: '%', value: 50 }] }));
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    try {
      while (!LISTENING.test(stdout)) await once(child.stdout, 'data');
      const base = LISTENING.exec(stdout)[1];
      for (let i = 0; i < 2; i += 1) {
        const page = await fetch(base);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<dx-coverage-gauge src="\/feed\.json" indicator="x" data-preview>/);
      }
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited(child), 0);
  });
});

describe('preview: own properties only', () => {
  test('"widget": "constructor" or "__proto__" picks no element; the member draws with its own', { timeout: 30_000 }, async () => {
    const members = ['constructor', '__proto__', 'toString'].map((widget, i) => ({
      id: `m${i}`,
      label: 'M',
      unit: '%',
      value: 50,
      widget,
    }));
    const odd = write(made.dir, 'odd.json', JSON.stringify({ indicators: members }));
    await withPreview([odd], async (base) => {
      const html = await (await fetch(base)).text();
      assert.doesNotMatch(html, /dx-function|Object\(\)|\[native code\]/);
      for (const { id } of members) assert.match(html, new RegExp(`<dx-coverage-gauge src="/feed\\.json" indicator="${id}" data-preview>`));
    });
  });

  test('readWidgets and widgetFor take no name from Object.prototype', async () => {
    const { readWidgets, widgetFor } = await importSource(made.dir, 'src/board/choose.ts');
    assert.deepEqual([...readWidgets('a:constructor, b:__proto__, c:toString, d:stat')], [['d', 'stat']]);
    assert.equal(widgetFor({ id: 'x', unit: '%', widget: 'hasOwnProperty' }, new Map()), 'coverage-gauge');
  });
});
