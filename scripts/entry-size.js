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
  const file = resolve(root, entry);
  // The script embed's entries split as vite.config.ts splits them in dist/.
  if (embed.test(entry)) return measure(await bundle(file, embedChunks('entry', file)));
  // A per-element entry is bundled by the application. Rollup (Vite before 7, and most
  // applications' bundlers) keeps what the entry imports statically in the entry's chunk, even
  // where a chunk it fetches later imports it too (the board's cards): it is in memory by then.
  // rolldown splits such modules into chunks of their own, which the first pass shows; the
  // second keeps them together, as an application's build would.
  const first = await bundle(file);
  const eager = new Set(eagerChunks(first).flatMap((chunk) => Object.keys(chunk.modules)));
  if (eagerChunks(first).length === 1) return measure(first);
  return measure(await bundle(file, { groups: [{ name: 'entry', test: (id) => eager.has(id) }] }));
}

/** The entry bundled and minified: every output chunk by its file name. */
async function bundle(file, codeSplitting) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: codeSplitting
        ? { preserveEntrySignatures: 'allow-extension', output: { minify: true, codeSplitting } }
        : { output: { minify: true } },
    },
  });
  return new Map(output.output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
}

/** What the entry loads at once: itself and its static imports, transitively. */
function eagerChunks(chunks) {
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const next of chunks.get(name).imports) visit(next);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  return [...eager].map((name) => chunks.get(name));
}

/** The eager chunks' size together, and each chunk fetched later. */
function measure(chunks) {
  const eager = eagerChunks(chunks);
  const lazy = [...chunks.values()].filter((c) => !eager.includes(c)).map((c) => ({ chunk: c.fileName, gz: gz(c.code) }));
  return { gz: gz(eager.map((c) => c.code).join('\n')), lazy };
}
