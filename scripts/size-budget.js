#!/usr/bin/env node
// The size budget (minified, gzip -9), run by CI after `npm run build`:
//   dist/dx-widgets.js, every element in one file          ≤ 30 kB
//   dx-widgets/coverage-gauge bundled alone with lit       ≤ 15 kB
// Entries are bundled by vite with the same plugins as the shipped build, so what is
// measured is what a reader downloads. A regression past a budget fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.js';

const KB = 1000;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

const budgets = [
  { name: 'dist/dx-widgets.js (all elements)', file: 'dist/dx-widgets.js', limit: 30 * KB },
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
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
  return output.output[0].code;
}

let failed = 0;
for (const budget of budgets) {
  if (budget.file && !existsSync(budget.file)) {
    console.error(`${budget.file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const bytes = budget.file ? readFileSync(budget.file) : Buffer.from(await bundle(budget.entry));
  const size = gz(bytes);
  const ok = size <= budget.limit;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${(size / KB).toFixed(2)} kB gz (budget ${budget.limit / KB} kB)`);
}
process.exit(failed ? 1 : 0);
