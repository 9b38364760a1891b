#!/usr/bin/env node
// Bundles the data team's command line, src/cli/main.ts, into dist/cli.js (Node 20+, ESM), with
// the widgets' own validator inside it. bin/dx-widgets.js imports that file.
// Run after `vite build`, which empties dist/.
//   node scripts/build-cli.js [OUTFILE]     OUTFILE defaults to dist/cli.js (tests build elsewhere)
import { join, resolve } from 'node:path';

import { buildForNode, root } from './build-node.js';

const outfile = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist', 'cli.js');
await buildForNode('src/cli/main.ts', outfile, { banner: { js: '#!/usr/bin/env node' } });
