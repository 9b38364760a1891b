// dx-widgets/ssr without its optional peer: `npm install dx-widgets` alone does not bring
// @lit-labs/ssr. The bundle is built into a directory whose node_modules holds everything
// of the project's but @lit-labs/ssr, as an application that never installed it would,
// outside the project (Node would find the project's own copy by walking up).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { pathToFileURL } from 'node:url';

import { buildSsr } from '../../scripts/build-ssr.js';

const root = join(import.meta.dirname, '..', '..');
const modules = join(root, 'node_modules');
let app;
let ssr;

before(async () => {
  app = mkdtempSync(join(tmpdir(), 'dx-ssr-no-peer-'));
  const own = join(app, 'node_modules');
  mkdirSync(join(own, '@lit-labs'), { recursive: true });
  for (const name of readdirSync(modules)) {
    if (name !== '@lit-labs' && !name.startsWith('.')) symlinkSync(join(modules, name), join(own, name));
  }
  for (const name of readdirSync(join(modules, '@lit-labs'))) {
    if (name !== 'ssr') symlinkSync(join(modules, '@lit-labs', name), join(own, '@lit-labs', name));
  }
  ssr = await import(pathToFileURL(await buildSsr({ outdir: join(app, 'dist') })).href);
});

after(() => rmSync(app, { recursive: true, force: true }));

it('imports, and renderToString rejects with one line naming the package to install', async () => {
  await assert.rejects(ssr.renderToString('dx-coverage-gauge', { label: 'Sóng di động', unit: '%', value: 97.27 }), {
    message: 'dx-widgets/ssr needs @lit-labs/ssr, an optional peer dependency: npm install @lit-labs/ssr',
  });
});
