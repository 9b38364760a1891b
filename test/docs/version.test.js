// The docs pin the package's version in what a reader copies (`dx-widgets@0.1.0` in a script
// tag, `npm pack dx-widgets@0.1.0`, a folder named for it): every such pin is the version
// package.json says, so a release cannot leave the docs giving the last one's addresses.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const docs = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'), { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

it(`every version the docs pin is package.json's (${version})`, () => {
  const pins = docs.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/dx-widgets(?:@|-|\/)(\d+\.\d+\.\d+)/g)].map((m) => `${file}: ${m[0]}`),
  );
  assert.ok(pins.length > 0, 'the docs pin a version somewhere (the embedding and self-hosting guides do)');
  assert.deepEqual(
    pins.filter((pin) => !pin.endsWith(version)),
    [],
  );
});
