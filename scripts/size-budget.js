#!/usr/bin/env node
// The size budget (minified, gzip -9), run by CI after `npm run build`:
//   dist/dx-widgets.js, every element in one file          ≤ 30 kB
//   dx-widgets/coverage-gauge bundled alone with lit       ≤ 15 kB
// Entries are bundled by vite with the same plugins as the shipped build, so what is
// measured is what a reader downloads. Code behind a dynamic import() (polling, the
// province registry) is a separate chunk a page fetches only when it uses it: it is
// listed, not counted in the entry. A regression past a budget fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.js';

const KB = 1000;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

const budgets = [
  { name: 'dist/dx-widgets.js (all elements)', entry: 'src/dx-widgets.ts', limit: 30 * KB },
  // Hydrate support adds ~2 kB; only pages rendered on the server load this one.
  { name: 'dist/dx-widgets-hydrate.js (all elements + hydration)', entry: 'src/dx-widgets-hydrate.ts', limit: 32 * KB },
  { name: 'dx-widgets/coverage-gauge (with lit)', entry: 'src/coverage-gauge/dx-coverage-gauge.ts', limit: 15 * KB },
];

async function bundle(entry) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = new Map(output.output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  // What the entry loads at once: itself and its static imports, transitively.
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const next of chunks.get(name).imports) visit(next);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  const code = [...eager].map((name) => chunks.get(name).code).join('\n');
  const lazy = [...chunks.keys()].filter((name) => !eager.has(name)).map((name) => `${name} ${(gz(chunks.get(name).code) / KB).toFixed(2)} kB`);
  return { code, lazy };
}

let failed = 0;
for (const budget of budgets) {
  if (budget.file && !existsSync(budget.file)) {
    console.error(`${budget.file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const built = budget.file ? { code: readFileSync(budget.file), lazy: [] } : await bundle(budget.entry);
  const size = gz(built.code);
  const ok = size <= budget.limit;
  if (!ok) failed += 1;
  const lazy = built.lazy.length ? ` + loaded when used: ${built.lazy.join(', ')}` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${(size / KB).toFixed(2)} kB gz (budget ${budget.limit / KB} kB)${lazy}`);
}
process.exit(failed ? 1 : 0);
