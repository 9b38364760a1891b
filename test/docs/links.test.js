// The README is what npm shows: short, and every link in it (absolute, to the repository, so
// they work from npmjs.com) leads to a file that exists. The other docs link relatively; those
// links must land on files too.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const REPOSITORY = 'https://github.com/dx-widgets/dx-widgets/blob/main/';

/** Link targets in markdown: inline `[text](target)` and reference `[label]: target`. */
function links(text) {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
    ...[...withoutCode.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]),
  ];
}

const docs = [
  'README.md',
  'CONTRIBUTING.md',
  'BENCHMARKS.md',
  ...readdirSync(join(root, 'docs'), { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

describe('docs', () => {
  it('README.md stays short (at most 12 kB), with the Limits section and the way to CONTRIBUTING.md', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.ok(Buffer.byteLength(readme) <= 12_000, `README.md is ${Buffer.byteLength(readme)} bytes`);
    assert.match(readme, /^## Limits$/m);
    assert.ok(links(readme).some((link) => link.endsWith('CONTRIBUTING.md')));
  });

  it('README.md links absolutely (they must work on npmjs.com), to files that exist', () => {
    for (const link of links(readFileSync(join(root, 'README.md'), 'utf8'))) {
      assert.match(link, /^https:\/\//, `README link ${link} is relative`);
      if (link.startsWith(REPOSITORY)) {
        const path = link.slice(REPOSITORY.length).replace(/#.*$/, '');
        assert.ok(existsSync(join(root, path)), `README links to ${path}, which does not exist`);
      }
    }
  });

  for (const doc of docs) {
    it(`${doc}: every relative link leads to a file`, () => {
      for (const link of links(readFileSync(join(root, doc), 'utf8'))) {
        if (/^[a-z]+:/i.test(link) || link.startsWith('#')) continue;
        const target = join(root, dirname(doc), link.replace(/#.*$/, ''));
        assert.ok(existsSync(target) && statSync(target).isFile(), `${doc} links to ${relative(root, target)}, which does not exist`);
      }
    });
  }
});
