// Browser tests in Debian's Chromium (or CHROME_PATH): see ../shared/TOOLCHAIN.md.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.js';
import { feedServer } from './test/support/feed-server.js';

const REACT_CJS = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((path) => path && existsSync(path));
if (!executablePath) {
  console.error(
    'No Chromium found. Install it (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

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
  ],
  middleware: [feedServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Lets the leak test collect garbage before it reads the heap size.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
