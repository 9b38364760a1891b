#!/usr/bin/env node
// Bundles the server renderer, src/ssr/index.ts, for Node 20+ (ESM) into dist/ssr/index.js.
// lit, @lit-labs/* and d3-* stay imports: Node resolves lit's node build (its DOM shim) and
// @lit-labs/ssr from the application's node_modules. Run after `vite build`, which empties dist/.
// Types: `tsc -p tsconfig.build.json` (the last step of `npm run build`) writes
// dist/types/ssr/index.d.ts with the others.
//
// lit's templates are squeezed with the same minifier as the browser builds
// (scripts/minify-literals.js): hydration matches the server's HTML to the browser's
// templates by a hash of their text, so the two must be the same text.
//
//   node scripts/build-ssr.js [OUTDIR] [--keep-literals]
//     OUTDIR defaults to dist/ssr (tests build elsewhere); --keep-literals leaves the templates
//     as written, to match the unbundled sources the browser tests run.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { buildForNode, root } from './build-node.js';
import { minifySource } from './minify-literals.js';

/** The esbuild twin of scripts/minify-literals.js (a vite plugin): same files, same call. */
const minifyLiterals = {
  name: 'dx-minify-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      const result = await minifySource(code, path);
      return { contents: result ? result.code : code, loader: 'ts' };
    });
  },
};

/**
 * Builds the renderer into `outdir` (index.js). `keepLiterals` leaves lit's templates as
 * written, for pages whose client runs the unminified sources (the browser tests).
 * @param {{ outdir?: string, keepLiterals?: boolean }} [options]
 * @returns {Promise<string>} the path of the written file
 */
export async function buildSsr({ outdir = join(root, 'dist', 'ssr'), keepLiterals = false } = {}) {
  const outfile = join(resolve(outdir), 'index.js');
  return buildForNode('src/ssr/index.ts', outfile, {
    conditions: ['node'],
    external: ['lit', 'lit/*', '@lit-labs/*', 'd3-*'],
    plugins: keepLiterals ? [] : [minifyLiterals],
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outdir = args.find((arg) => !arg.startsWith('--'));
  const file = await buildSsr({ outdir: outdir && resolve(outdir), keepLiterals: args.includes('--keep-literals') });
  console.log(`wrote ${file}`);
}
