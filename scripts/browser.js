// Which Chromium the browser tests and the benchmark drive, so that `npm install && npm test`
// is all the set-up a machine needs:
//   1. CHROME_PATH, when it names a file;
//   2. an installed Chrome or Chromium, found the way chrome-launcher finds it (the same search
//      @web/test-runner-chrome makes on its own), plus Debian's and Fedora's `chromium` paths;
//   3. on Linux x64, the Chromium headless shell that @sparticuz/chromium ships inside its npm
//      package, unpacked once into node_modules/.cache (no download: the registry is enough).
// Anything else gets one message that says what to do.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Flags every run wants; `--no-sandbox` because CI and containers run as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const NO_BROWSER = `No Chromium to run the browser tests in.
  - Set CHROME_PATH to a Chrome or Chromium binary (Chrome 120 or newer), or
  - install Chrome or Chromium the usual way for your system (Debian: apt-get install chromium), or
  - on Linux x64, run \`npm install\` again: @sparticuz/chromium (a devDependency) ships one inside
    the package, and this project unpacks it into node_modules/.cache by itself.`;

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function installedChrome() {
  try {
    const { Launcher } = require('chrome-launcher');
    const found = Launcher.getInstallations().find(isFile);
    if (found) return found;
  } catch {
    // chrome-launcher throws on a platform it does not know; the paths below still apply.
  }
  return DEBIAN_PATHS.find(isFile);
}

/**
 * The headless shell inside @sparticuz/chromium, unpacked to node_modules/.cache/dx-widgets/
 * chromium-<version>/chromium. The package's own `executablePath()` unpacks to a shared
 * /tmp/chromium that it reuses whatever version wrote it, and its recommended flags turn off web
 * security (our CSP tests need it on), so this takes the binary and not the rest.
 */
async function packagedChromium() {
  if (platform() !== 'linux' || arch() !== 'x64') return undefined;
  let folderOfPackage;
  try {
    // Its `exports` hides package.json; its entry is build/cjs/index.cjs, two folders down.
    folderOfPackage = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(join(folderOfPackage, 'package.json'), 'utf8'));
  const packed = join(folderOfPackage, 'bin', 'chromium.br');
  if (!existsSync(packed)) return undefined;
  const folder = join(ROOT, 'node_modules', '.cache', 'dx-widgets', `chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (isFile(binary)) return binary;
  mkdirSync(folder, { recursive: true });
  // Unpacked under a name of its own, then renamed: a run that is stopped half-way, or two runs
  // at once, never leave a half-written binary where the next run would take it as whole.
  const partial = `${binary}.${process.pid}.part`;
  await pipeline(createReadStream(packed), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
  renameSync(partial, binary);
  return binary;
}

/**
 * @returns {Promise<{ executablePath: string, source: string }>} where `source` says which
 *   of the three it is, for the log.
 */
export async function resolveChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isFile(fromEnv)) return { executablePath: fromEnv, source: 'CHROME_PATH' };
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not a file.\n${NO_BROWSER}`);
  }
  const installed = installedChrome();
  if (installed) return { executablePath: installed, source: 'installed' };
  const packaged = await packagedChromium();
  if (packaged) return { executablePath: packaged, source: '@sparticuz/chromium' };
  throw new Error(NO_BROWSER);
}
