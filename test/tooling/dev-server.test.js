// `npm start` (vite.config.ts): the root address Vite prints redirects to the demo, and the demo's
// own address is printed under Vite's.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createLogger, createServer } from 'vite';

const root = join(import.meta.dirname, '../..');
const printed = [];
const logger = createLogger('info');
logger.info = (line) => printed.push(line);

let server;
let base;
before(async () => {
  server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    customLogger: logger,
    server: { port: 0, host: '127.0.0.1', open: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true },
  });
  await server.listen();
  base = `http://127.0.0.1:${server.httpServer.address().port}`;
});
after(() => server?.close());

test('the root address redirects to the demo page, its query kept', async () => {
  for (const [path, to] of [
    ['/', '/demo/'],
    ['/?theme=dark', '/demo/?theme=dark'],
  ]) {
    const answer = await fetch(base + path, { redirect: 'manual' });
    assert.equal(answer.status, 302, path);
    assert.equal(answer.headers.get('location'), to, path);
  }
});

test('other addresses are served as before: the demo page itself, a file', async () => {
  const answer = await fetch(`${base}/demo/`, { redirect: 'manual' });
  assert.equal(answer.status, 200);
  assert.match(await answer.text(), /<dx-coverage-gauge/);
  assert.equal((await fetch(`${base}/package.json`, { redirect: 'manual' })).status, 200);
});

test('prints the demo’s address under Vite’s own', () => {
  printed.length = 0;
  server.printUrls();
  assert.ok(
    printed.some((line) => line.includes(`Demo:    ${base}/demo/`)),
    printed.join('\n'),
  );
});
