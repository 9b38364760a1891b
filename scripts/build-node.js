// One Node 20+ ESM bundle of a TypeScript entry, as the CLI and the server renderer are built:
// written whole and then renamed, so several builds at once never leave a half-written file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

export const root = join(import.meta.dirname, '..');

/**
 * @param {string} entry the source file, relative to the repository
 * @param {string} outfile where to write the bundle
 * @param {import('esbuild').BuildOptions} [options] what differs (externals, banner, plugins…)
 * @returns {Promise<string>} `outfile`
 */
export async function buildForNode(entry, outfile, options = {}) {
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    ...options,
  });
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
  return outfile;
}
