#!/usr/bin/env node
// Bundles the data team's command line, src/cli/main.ts, into dist/cli.js (Node 20+, ESM), with
// the widgets' own validator inside it. bin/dx-widgets.js imports that file.
// Run after `vite build`, which empties dist/. The file is written whole and then renamed, so
// several builds at once never leave a half-written file behind.
//   node scripts/build-cli.js [OUTFILE]     OUTFILE defaults to dist/cli.js (tests build elsewhere)
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outfile = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist', 'cli.js');

const result = await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: join(root, 'tsconfig.json'),
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});

mkdirSync(dirname(outfile), { recursive: true });
const temporary = `${outfile}.${process.pid}.tmp`;
writeFileSync(temporary, result.outputFiles[0].contents);
renameSync(temporary, outfile);
