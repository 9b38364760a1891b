import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

import { embedChunks } from './scripts/embed-chunks.js';
import { minifyLiterals } from './scripts/minify-literals.js';
import { canOpenBrowser } from './scripts/open-browser.js';

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/**
 * The builds (`npm run build` runs them in this order; only the first empties `dist/`):
 * - `vite build`: per-element ES modules for npm, unbundled (one file per source
 *   module), with lit and d3 left to the application's bundler.
 * - `--mode embed`: `dist/dx-widgets.js`, one module that registers every element, for a
 *   `<script type="module">` in a CMS, and `dist/dx-widgets.css` (src/embed/reserve.css),
 *   the optional stylesheet that reserves each box. `--mode hydrate`: the same with Lit's hydrate
 *   support first, `dist/dx-widgets-hydrate.js`, for pages rendered by dx-widgets/ssr.
 * - `--mode frame`: `dist/embed.html` and its assets, the iframe embed for CMSes that
 *   strip scripts; relative URLs, so it works from any CDN folder.
 * - `--mode resize`: `dist/embed-resize.js`, the optional classic script for host pages.
 * - `vite` (npm start): the demo page, opened in a browser where there is one to open, its
 *   address printed under Vite's own (the server's root, which serves no page: it redirects there).
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    const demoAddress: Plugin = {
      name: 'dx-demo-address',
      configureServer(server) {
        // The root address Vite prints leads to the demo too (before Vite's own middlewares, which would answer 404).
        server.middlewares.use((req, res, next) => {
          const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
          if (pathname !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
          res.writeHead(302, { Location: `/demo/${search}` }).end();
        });
        const printUrls = server.printUrls.bind(server);
        server.printUrls = () => {
          printUrls();
          const local = server.resolvedUrls?.local[0];
          if (local) server.config.logger.info(`  ➜  Demo:    ${new URL('demo/', local).href}`);
        };
      },
    };
    return { plugins: [demoAddress], server: { open: canOpenBrowser() ? '/demo/' : false } };
  }
  if (mode === 'frame') {
    return {
      root: src('embed'),
      base: './',
      plugins: [minifyLiterals()],
      build: {
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        target: 'es2022',
        assetsDir: 'embed-assets',
        // One script for the frame: it always has a src, so lazy chunks would only add requests.
        rolldownOptions: { input: src('embed/embed.html'), output: { codeSplitting: false } },
      },
    };
  }
  if (mode === 'resize') {
    return {
      build: {
        emptyOutDir: false,
        target: 'es2019',
        lib: { entry: src('embed/resize.ts'), formats: ['iife'], name: 'dxEmbedResize', fileName: () => 'embed-resize.js' },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  if (mode === 'embed' || mode === 'hydrate') {
    const entry = mode === 'embed' ? 'dx-widgets' : 'dx-widgets-hydrate';
    // dist/dx-widgets.css: the optional stylesheet that reserves each box before the script runs.
    const reserveCss = {
      name: 'dx-reserve-css',
      generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): void }) {
        if (mode === 'embed')
          this.emitFile({ type: 'asset', fileName: 'dx-widgets.css', source: readFileSync(src('embed/reserve.css'), 'utf8') });
      },
    };
    return {
      plugins: [minifyLiterals(), reserveCss],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: src(`${entry}.ts`), formats: ['es'], fileName: () => `${entry}.js` },
        // Library mode leaves ES output unminified unless asked here. Dynamic imports
        // (polling, PNG export, province names) become chunks beside the bundle, loaded
        // by relative URL only on pages that use them.
        // allow-extension: the bundle itself may export what its chunks (the trend) import back
        // from it; otherwise the bundler makes dx-widgets.js a one-line facade over a chunk, and
        // every reader pays one more round trip before anything is drawn.
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            // /* @__PURE__ */ marks help a bundler, not a reader's browser (~0.04 kB gz a file).
            comments: { annotation: false },
            chunkFileNames: 'dx-widgets-chunks/[name]-[hash].js',
            // One file before anything is drawn, one more per element fetched on use.
            codeSplitting: embedChunks(entry, src(`${entry}.ts`)),
          },
        },
      },
    };
  }
  return {
    plugins: [minifyLiterals()],
    build: {
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: src('index.ts'),
          'dx-widgets.entry': src('dx-widgets.ts'),
          'coverage-gauge/dx-coverage-gauge': src('coverage-gauge/dx-coverage-gauge.ts'),
          'coverage-gauge/coverage-gauge': src('coverage-gauge/coverage-gauge.ts'),
          'target-progress/dx-target-progress': src('target-progress/dx-target-progress.ts'),
          'target-progress/target-progress': src('target-progress/target-progress.ts'),
          'stat/dx-stat': src('stat/dx-stat.ts'),
          'stat/stat': src('stat/stat.ts'),
          'province-rank/dx-province-rank': src('province-rank/dx-province-rank.ts'),
          'province-rank/province-rank': src('province-rank/province-rank.ts'),
          'trend/dx-trend': src('trend/dx-trend.ts'),
          'trend/trend': src('trend/trend.ts'),
          'province-map/dx-province-map': src('province-map/dx-province-map.ts'),
          'province-map/province-map': src('province-map/province-map.ts'),
          'board/dx-board': src('board/dx-board.ts'),
          'board/board': src('board/board.ts'),
          'data/index': src('data/index.ts'),
          'format/index': src('format/index.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^d3-/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
