// Shared by the CLI tests (node --test test/cli/). Each test file builds the CLI with
// scripts/build-cli.js into its own temporary package (bin/, dist/cli.js, package.json), so test
// files running in parallel, or a `vite build` emptying dist/ meanwhile, cannot disturb each other.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const example = JSON.parse(readFileSync(join(root, 'test/fixtures/lai-chau-2024.json'), 'utf8'));

/** A fresh temporary directory, removed by `cleanUp`. */
export function temporary() {
  return mkdtempSync(join(tmpdir(), 'dx-cli-'));
}

export function cleanUp(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes `content` (text or bytes) to `dir/name` and returns the path. */
export function write(dir, name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Builds the CLI with scripts/build-cli.js into `dir/dist/cli.js`, next to a copy of the real
 * launcher and package.json: a package laid out as npm installs it. Returns the launcher's path.
 */
export function buildPackage(dir, { widgets = true } = {}) {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.js'), join(dir, 'dist/cli.js')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr}`);
  copyFileSync(join(root, 'bin/dx-widgets.js'), join(dir, 'bin/dx-widgets.js'));
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  // The preview serves whatever dist/dx-widgets.js holds; a stub keeps these tests independent of `npm run build`.
  if (widgets) {
    writeFileSync(join(dir, 'dist/dx-widgets.js'), '// dx-widgets stub for the CLI tests\n');
    // and one of the chunks the real bundle imports by relative URL.
    mkdirSync(join(dir, 'dist/dx-widgets-chunks'), { recursive: true });
    writeFileSync(join(dir, 'dist/dx-widgets-chunks/dx-trend-AbC_12.js'), '// a chunk stub\n');
  }
  return join(dir, 'bin/dx-widgets.js');
}

/** Runs the CLI to completion: { status, stdout, stderr }. */
export function cli(launcher, args, { cwd, input } = {}) {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd, input, encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI without blocking this process (needed when this process serves what it fetches). */
export function cliAsync(launcher, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Starts a long-running CLI command and resolves with the child once its stdout matches `ready`. */
export function startCli(launcher, args, ready, { cwd, timeout = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${ready} within ${timeout} ms; stdout: ${stdout} stderr: ${stderr}`));
    }, timeout);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = ready.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      clearTimeout(timer);
      reject(new Error(`exited ${status} before ${ready}; stderr: ${stderr}`));
    });
  });
}

/**
 * Runs the CLI with pause-write.js preloaded: its first write (the temporary file of -o) stops
 * half done, `during(child)` runs inside that pause, then the write goes on. Resolves with
 * { code, killedBy, stderr, during: what `during` returned }.
 */
export async function midWrite(launcher, args, during) {
  const pauseWrite = new URL('./pause-write.js', import.meta.url).href;
  const child = spawn(process.execPath, ['--import', pauseWrite, launcher, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = once(child, 'close');
  try {
    const [message] = await Promise.race([once(child, 'message'), closed]);
    assert.equal(message, 'half written', `the tool ended before it wrote anything: ${stderr}`);
    const seen = during(child);
    // A tool that a signal ended is gone already, and nobody hears the "go".
    child.send('go', () => {});
    const [code, killedBy] = await closed;
    return { code, killedBy, stderr, during: seen };
  } finally {
    child.kill('SIGKILL');
  }
}

/** Resolves with the exit code once `child` has exited, killing it outright after `timeout`. */
export function exited(child, timeout = 5_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

/** Compiles one source module (TypeScript) for Node and imports it: tests import the source, not dist. */
export async function importSource(dir, entry) {
  const out = join(dir, `${entry.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return import(pathToFileURL(out).href);
}

/**
 * For a test file: a temporary directory holding a built package, made before its tests and
 * removed after. Returns an object whose `dir` and `bin` (the launcher) are set once `before` ran.
 */
export function cliPackage() {
  const made = { dir: '', bin: '' };
  before(() => {
    made.dir = temporary();
    made.bin = buildPackage(join(made.dir, 'package'));
  });
  after(() => cleanUp(made.dir));
  return made;
}
