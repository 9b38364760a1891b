#!/usr/bin/env node
// dist/integrity.json: the subresource-integrity hash (sha384, base64) of every file a page
// loads straight from dist/ (the bundles, the stylesheet, the iframe's resize script), for
// `<script integrity="…">` on pages that load them from a CDN. The builder (demo/builder.ts)
// reads it to write the hash into its snippets; self-hosting portals can check their copy
// with it. `npm run build` runs this last, after every file it hashes is written.
//
//   node scripts/build-integrity.js [DIST]   (default dist)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
/** What a page loads straight from dist/ by URL (modules imported by a bundler need no hash). */
const PAGE_FILES = ['dx-widgets.js', 'dx-widgets-hydrate.js', 'dx-widgets.css', 'embed-resize.js'];

/** `sha384-…` of a file's bytes, as browsers check it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Hashes the files pages load from dist/ and writes dist/integrity.json.
 * @param {string} [dist]
 * @returns {Record<string, string>}
 */
export function buildIntegrity(dist = join(root, 'dist')) {
  const hashes = {};
  for (const name of PAGE_FILES) hashes[name] = sri(readFileSync(join(dist, name)));
  writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const hashes = buildIntegrity(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`wrote dist/integrity.json (${Object.keys(hashes).length} files)`);
}
