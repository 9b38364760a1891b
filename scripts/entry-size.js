// What a reader downloads for one entry: bundled by vite with the shipped build's plugins,
// minified, gzip -9. The entry chunk and its static imports count; chunks behind a dynamic
// import() (polling, PNG export, province names) are listed apart, fetched only when used.
// Used by the size budget (scripts/size-budget.js) and the benchmark (bench/run.js).
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

import { embedChunks } from './embed-chunks.js';
import { minifyLiterals } from './minify-literals.js';

const root = resolve(import.meta.dirname, '..');
const embed = /^src\/dx-widgets(-hydrate)?\.ts$/;

/** Bytes after gzip -9. */
export const gz = (code) => gzipSync(code, { level: 9 }).length;

/**
 * @param {string} entry a source file, relative to the repository
 * @returns {Promise<{ gz: number, lazy: { chunk: string, gz: number }[] }>}
 */
export async function entrySize(entry) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'entry.js' },
      // The script embed's entries split as vite.config.ts splits them in dist/.
      rolldownOptions: embed.test(entry)
        ? {
            preserveEntrySignatures: 'allow-extension',
            output: { minify: true, codeSplitting: embedChunks('entry', resolve(root, entry)) },
          }
        : { output: { minify: true } },
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
  const lazy = [...chunks.keys()].filter((name) => !eager.has(name)).map((chunk) => ({ chunk, gz: gz(chunks.get(chunk).code) }));
  return { gz: gz([...eager].map((name) => chunks.get(name).code).join('\n')), lazy };
}
