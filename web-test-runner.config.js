// Browser tests in real headless Chromium; which one: scripts/browser.js.
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

import { CHROMIUM_ARGS, resolveChromium } from './scripts/browser.js';
import { countReporter } from './test/support/count-reporter.js';
import { feedServer } from './test/support/feed-server.js';
import { mediaPlugin } from './test/support/media-plugin.js';
import { requestsPlugin } from './test/support/requests-plugin.js';

const REACT_CJS = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];

// CHROME_PATH, an installed Chrome or Chromium, or the one an npm package ships (scripts/browser.js).
let chromium;
try {
  chromium = await resolveChromium();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
console.log(`Browser tests in ${chromium.executablePath} (${chromium.source})`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames or intersection
  // callbacks, and these tests need both (fixtures wait a frame; feeds load near the viewport).
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // React ships CommonJS only (test/frameworks/react.test.ts): as modules with a default export.
    // requireReturnsDefault: the plugin cannot tell, file by file, that what it requires is CommonJS.
    fromRollup(rollupReplace)({ include: REACT_CJS, preventAssignment: true, 'process.env.NODE_ENV': '"development"' }),
    fromRollup(rollupCommonjs)({ include: REACT_CJS, strictRequires: false, requireReturnsDefault: true }),
    // The browser's accessibility tree, for tests of what a screen reader is given (a11ySnapshot).
    a11ySnapshotPlugin(),
    // What a page requests, and failing some of it (test/support/requests-plugin.js).
    requestsPlugin(),
    // Forced colours, which emulateMedia passes on under Playwright only (test/support/media-plugin.js).
    mediaPlugin(),
  ],
  middleware: [feedServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium.executablePath,
        // The packaged binary is the headless shell, which takes 'shell'; a full Chrome runs new headless.
        headless: chromium.source === '@sparticuz/chromium' ? 'shell' : true,
        args: [
          ...CHROMIUM_ARGS,
          // Lets the leak test collect garbage before it reads the heap size.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  // Each test page loads its font before the tests start (test/support/fonts.css): layout results
  // must not depend on the fonts a machine happens to have.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8"><link rel="stylesheet" href="/test/support/fonts.css"></head>
  <body>
    <script type="module">
      await Promise.all(['400', '600', '700'].map((weight) => document.fonts.load(weight + ' 16px Roboto', 'Aă ệ 0,9')));
      await import('${testFramework}');
    </script>
  </body>
</html>`,
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
