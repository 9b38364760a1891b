// What a reader downloads for one entry: bundled by vite with the shipped build's plugins,
// minified, gzip -9. The entry chunk and its static imports count; chunks behind a dynamic
// import() (polling, PNG export, province names) are listed apart, fetched only when used.
// Used by the size budget (scripts/size-budget.js, and its --why) and the benchmark (bench/run.js).
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

import { embedChunks } from './embed-chunks.js';
import { minifyLiterals } from './minify-literals.js';

const root = resolve(import.meta.dirname, '..');
const embed = /^src\/dx-widgets(-hydrate)?\.ts$/;

/** Bytes after gzip -9. */
export const gz = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles `entry` as a reader's browser gets it, with `plugins` first.
 * @param {string} entry a source file, relative to the repository
 * @param {import('vite').Plugin[]} [plugins]
 * @returns {Promise<{ gz: number, lazy: { chunk: string, gz: number }[], modules: Set<string> }>} the modules loaded at once, by id
 */
async function bundle(entry, plugins = []) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [...plugins, minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'entry.js' },
      // The script embed's entries split as vite.config.ts splits them in dist/. Every entry may
      // export what its lazy chunks import back (allow-extension), as an app's bundler lets its
      // entry do: kept strict, the bundler moved what the follower chunk shares with the entry (the
      // format's rules) into a chunk of its own, and the entry paid the glue (~0.13 kB gz).
      // The script embed drops the /* @__PURE__ */ comments, as dist/ does (they serve a bundler, not
      // a reader); the per-element entries keep them, as an app's bundler does by default.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: embed.test(entry)
          ? { minify: true, comments: { annotation: false }, codeSplitting: embedChunks('entry', resolve(root, entry)) }
          : { minify: true },
      },
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
  return {
    gz: gz([...eager].map((name) => chunks.get(name).code).join('\n')),
    lazy,
    modules: new Set([...eager].flatMap((name) => Object.keys(chunks.get(name).modules))),
  };
}

/**
 * @param {string} entry a source file, relative to the repository
 * @returns {Promise<{ gz: number, lazy: { chunk: string, gz: number }[] }>}
 */
export async function entrySize(entry) {
  const { gz: size, lazy } = await bundle(entry);
  return { gz: size, lazy };
}

/**
 * What each of our modules loaded at once costs an entry (`npm run size -- --why`): the entry's
 * size less its size with that module's code left out, its exports kept as empty names so that
 * the rest bundles as before. Exact where a share of the minified text would not be (gzip
 * shares its dictionary across modules); a module counts with what only it brings (a table or
 * a helper nothing else imports). Packages (lit, d3) are the rest of the total.
 * @param {string} entry a source file, relative to the repository
 * @returns {Promise<{ gz: number, costs: { module: string, gz: number }[] }>}
 */
export async function moduleCosts(entry) {
  const exportsOf = new Map();
  const whole = await bundle(entry, [{ name: 'dx-exports', moduleParsed: (info) => exportsOf.set(info.id, info.exports) }]);
  const costs = [];
  for (const id of whole.modules) {
    if (id.includes('/node_modules/') || !exportsOf.has(id)) continue;
    const stub =
      exportsOf
        .get(id)
        .map((name) => `export const ${name} = undefined;`)
        .join('\n') || 'export {};';
    const without = await bundle(entry, [{ name: 'dx-leave-out', enforce: 'pre', load: (loading) => (loading === id ? stub : null) }]);
    costs.push({ module: relative(root, id), gz: whole.gz - without.gz });
  }
  return { gz: whole.gz, costs: costs.sort((a, b) => b.gz - a.gz) };
}
