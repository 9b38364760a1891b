#!/usr/bin/env node
// The size budget (minified, gzip -9), run by CI after `npm run build`:
//   dist/dx-widgets.js, every element in one file          ≤ 30 kB
//   dx-widgets/coverage-gauge bundled alone with lit       ≤ 15 kB
// Entries are measured as scripts/entry-size.js bundles them: what a reader downloads at
// once; code behind a dynamic import() is listed, not counted. A regression past a budget
// fails the build.
import { entrySize } from './entry-size.js';

const KB = 1000;

const budgets = [
  { name: 'dist/dx-widgets.js (all elements)', entry: 'src/dx-widgets.ts', limit: 30 * KB },
  // Hydrate support adds ~2 kB; only pages rendered on the server load this one.
  { name: 'dist/dx-widgets-hydrate.js (all elements + hydration)', entry: 'src/dx-widgets-hydrate.ts', limit: 32 * KB },
  { name: 'dx-widgets/coverage-gauge (with lit)', entry: 'src/coverage-gauge/dx-coverage-gauge.ts', limit: 15 * KB },
];

let failed = 0;
for (const budget of budgets) {
  const { gz, lazy } = await entrySize(budget.entry);
  const ok = gz <= budget.limit;
  if (!ok) failed += 1;
  const later = lazy.length ? ` + loaded when used: ${lazy.map((c) => `${c.chunk} ${(c.gz / KB).toFixed(2)} kB`).join(', ')}` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${(gz / KB).toFixed(2)} kB gz (budget ${budget.limit / KB} kB)${later}`);
}
process.exit(failed ? 1 : 0);
