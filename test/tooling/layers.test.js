// The parts of src/ and what each may import (../shared/STYLE.md):
//   spec/    the format: types, validator, its messages; imports nothing of ours
//   format/  locale, numbers, dates; imports spec/ only (its types, its text rules and string tables)
//   data/    registries (provinces by era); imports spec/ and format/ only
//   feed/    loading, polling, following, the controller; imports spec/ (and format/ for messages)
//   internal/ the element base and what elements share; imports those four, never an element
// and no module imports itself back through others, statically or with import().
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * `dx-widgets/data`, the public entry for pages that validate and load feeds themselves: it
 * gathers spec/ and feed/ under the name it has always had, and no part imports it.
 */
const PUBLIC_BARREL = 'data/index.ts';

/** Every .ts module under src/, by its path relative to src/, in a fixed order. */
function modules(folder = SRC) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return modules(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative(SRC, path)] : [];
    });
}

// `import … from './x.js'`, `export … from './x.js'`, `import './x.js'` and `import('./x.js')`,
// type-only imports included: a folder that needs another's types depends on it. Quoted or in
// backticks: `import(\`./x.js\`)` is an import too.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"`])(\.{1,2}\/.*?)\1/gm;
/** Block comments, and line comments on lines of their own (a `//` after code may be a URL's). */
const COMMENTS = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/**
 * The modules of ours that `file` imports, relative to src/. A specifier names the module's
 * `.js` (`./x.js` for x.ts); one that does not (`./x`, `./folder`, a `${…}`), which the bundler
 * and tsc would still resolve, is listed in `unread` rather than dropped, so no import escapes
 * the checks below.
 */
function importsOf(file) {
  // Without comments: an example import in a doc comment imports nothing.
  const text = readFileSync(join(SRC, file), 'utf8').replace(COMMENTS, '');
  return [...text.matchAll(SPECIFIER)].map((m) => relative(SRC, resolve(dirname(join(SRC, file)), m[2])).replace(/\.js$/, '.ts'));
}

const graph = new Map(modules().map((file) => [file, importsOf(file)]));
const unread = [...graph].flatMap(([file, imports]) =>
  imports.filter((imported) => !graph.has(imported)).map((imported) => `${file} → ${imported}`),
);
const top = (file) => (file.includes('/') ? file.split('/')[0] : '');

const ALLOWED = {
  spec: ['spec'],
  format: ['format', 'spec'],
  data: ['data', 'spec', 'format'],
  feed: ['feed', 'spec', 'format'],
  internal: ['internal', 'spec', 'format', 'data', 'feed'],
};

/**
 * The board's cards, each as the import that registers its element (internal/card-elements.ts):
 * a table of elements, above them by design, that the board's entry and the script embed share.
 */
const CARD_TABLE = 'internal/card-elements.ts';

test('each part imports only the parts below it', () => {
  const crossings = [];
  for (const [file, imports] of graph) {
    const allowed = ALLOWED[top(file)];
    if (!allowed || file === PUBLIC_BARREL || file === CARD_TABLE) continue;
    for (const imported of imports) if (!allowed.includes(top(imported))) crossings.push(`${file} → ${imported}`);
  }
  assert.deepEqual(crossings, []);
});

test('no module imports itself back through others', () => {
  const cycles = [];
  const state = new Map(); // a module → 'open' while on the path, 'done' after
  const path = [];
  const visit = (file) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file);
  assert.deepEqual(cycles, []);
});

test('every import of ours names a module of src/, as its .js', () => {
  assert.deepEqual(unread, []);
});

test('the import reader finds imports, so that the checks above cannot pass on nothing', () => {
  assert.ok(graph.size > 50, `${graph.size} modules`);
  assert.ok(graph.get('spec/rules.ts').includes('spec/text.ts'));
  assert.ok(graph.get('feed/loader.ts').includes('feed/poll.ts'), 'a dynamic import() is an import');
  const read = (text) => [...text.matchAll(SPECIFIER)].map((m) => m[2]);
  assert.deepEqual(read('const a = () => import(`./a.js`);\nimport {\n  b,\n} from \'./b\';\nexport * from "../c/index.js";'), [
    './a.js',
    './b',
    '../c/index.js',
  ]);
});

test('no part imports the public dx-widgets/data entry (only the top-level entries gather it)', () => {
  const importers = [...graph].filter(([file, imports]) => top(file) && imports.includes(PUBLIC_BARREL)).map(([file]) => file);
  assert.deepEqual(importers, []);
});
