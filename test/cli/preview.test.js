import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildPackage, cleanUp, cli, example, exited, startCli, temporary, write } from './helpers.js';

// Every test here is bounded: the server is started on a free port (--port 0), asked a few
// questions, then stopped with Ctrl-C (SIGINT); startCli and exited kill it outright past 10 s / 5 s.

const LISTENING = /(http:\/\/127\.0\.0\.1:\d+\/)/;
const RANKED = {
  id: 'e-government-rank',
  label: 'Xếp hạng chính quyền số',
  areas: [
    { code: '12', value: 61.2 },
    { code: '06', value: 58.4 },
  ],
};

let dir;
let bin;
let feed;

before(() => {
  dir = temporary();
  bin = buildPackage(join(dir, 'package'));
  feed = write(dir, 'feed.json', JSON.stringify({ ...example, indicators: [...example.indicators, RANKED] }, null, 2));
});
after(() => cleanUp(dir));

describe('dx-widgets preview', () => {
  test(
    'serves a page drawing every indicator with its element, the feed at /feed.json, and stops on Ctrl-C',
    { timeout: 30_000 },
    async () => {
      const { child, match } = await startCli(bin, ['preview', feed, '--port', '0'], LISTENING);
      try {
        const base = match[1];
        const page = await fetch(base);
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-type'), /^text\/html; charset=utf-8/);
        const html = await page.text();
        assert.match(html, /<html lang="vi">/);
        assert.match(html, /<script type="module">\s*import '\/dx-widgets\.js';/);
        const expected = {
          'mobile-coverage-villages': 'dx-coverage-gauge',
          'households-fiber-broadband': 'dx-coverage-gauge',
          'smartphone-subscriptions': 'dx-stat',
          'adults-with-smartphone': 'dx-target-progress',
          'population-e-payment': 'dx-target-progress',
          'e-government-rank': 'dx-province-rank',
        };
        for (const [id, tag] of Object.entries(expected)) {
          assert.ok(html.includes(`<${tag} src="/feed.json" indicator="${id}" area="12" data-preview></${tag}>`), `${id} → ${tag}`);
        }
        assert.equal(html.match(/src="\/feed\.json"/g).length, 8);

        const served = await fetch(new URL('/feed.json', base));
        assert.equal(served.status, 200);
        assert.match(served.headers.get('content-type'), /^application\/json; charset=utf-8/);
        assert.equal(await served.text(), readFileSync(feed, 'utf8'));
        assert.equal(await (await fetch(new URL('/dx-widgets.js', base))).text(), '// dx-widgets stub for the CLI tests\n');
        assert.equal((await fetch(new URL('/elsewhere', base))).status, 404);
        // The bundle's chunks, by plain file name only.
        const chunk = await fetch(new URL('/dx-widgets-chunks/dx-trend-AbC_12.js', base));
        assert.equal(chunk.status, 200);
        assert.match(chunk.headers.get('content-type'), /^text\/javascript/);
        assert.equal(await chunk.text(), '// a chunk stub\n');
        for (const outside of [
          '/dx-widgets-chunks/missing.js',
          '/dx-widgets-chunks/..%2Fcli.js',
          '/dx-widgets-chunks/../cli.js',
          '/dx-widgets-chunks/a.txt',
        ]) {
          assert.equal((await fetch(new URL(outside, base))).status, 404, outside);
        }
        assert.match(await (await fetch(new URL('/?lang=en', base))).text(), /<html lang="en">[\s\S]*Preview of feed\.json/);
      } finally {
        child.kill('SIGINT');
      }
      assert.equal(await exited(child), 0);
    },
  );

  test('re-reads the feed on every request and lists its errors, while the elements still draw', { timeout: 30_000 }, async () => {
    const editable = write(dir, 'editable.json', JSON.stringify(example));
    const { child, match } = await startCli(bin, ['preview', '--lang', 'en', editable, '--port', '0'], LISTENING);
    try {
      write(dir, 'editable.json', '{\n  "indicators": [\n    { "id": "x", "unit": "%", "value": 120, "label": "X" }\n  ]\n}\n');
      const html = await (await fetch(match[1])).text();
      assert.match(html, /The file is not valid yet \(1 error\)/);
      assert.match(html, /<code>3:40<\/code> indicators\[0\]\.value: is a percentage, must be 0 to 100/);
      assert.match(html, /<dx-coverage-gauge src="\/feed\.json" indicator="x" data-preview>/);
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited(child), 0);
  });

  test(
    'a bundle gone while it runs (a build emptying dist/) is said of the bundle, in words, not of the feed',
    { timeout: 30_000 },
    async () => {
      const bundle = join(dir, 'package/dist/dx-widgets.js');
      const { child, match } = await startCli(bin, ['preview', '--lang', 'en', feed, '--port', '0'], LISTENING);
      renameSync(bundle, `${bundle}.away`);
      try {
        const served = await fetch(new URL('/dx-widgets.js', match[1]));
        assert.equal(served.status, 500);
        assert.equal(await served.text(), `Cannot read ${bundle}: no such file`);
      } finally {
        renameSync(`${bundle}.away`, bundle);
        child.kill('SIGINT');
      }
      assert.equal(await exited(child), 0);
    },
  );

  test('without dist/dx-widgets.js it says to run npm run build first (exit 2)', () => {
    const bare = buildPackage(join(dir, 'bare'), { widgets: false });
    const { status, stderr } = cli(bare, ['preview', feed, '--port', '0', '--lang', 'en']);
    assert.equal(status, 2);
    assert.match(stderr, /dx-widgets\.js is missing: run npm run build first/);
  });

  test('a missing feed, a busy port or a wrong port exit 2', async () => {
    assert.equal(cli(bin, ['preview', join(dir, 'nowhere.json'), '--port', '0']).status, 2);
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    try {
      const busy = cli(bin, ['preview', feed, '--port', String(blocker.address().port)]);
      assert.equal(busy.status, 2);
      assert.match(busy.stderr, /đang bận/);
    } finally {
      blocker.close();
    }
    assert.equal(cli(bin, ['preview', feed, '--port', 'eighty']).status, 2);
  });
});
