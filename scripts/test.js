#!/usr/bin/env node
// `npm test`: typecheck, lint, the browser tests, and the Node tests (the CLI, server rendering,
// the tooling, the docs' links); ends with the plain line "N passed, N failed" (browser and Node
// tests, plus one failure for each failed check).
//
// Two lanes at once, for a 2-core machine: the browser tests (one page at a time) in the
// foreground, and beside them, at a lower CPU priority, the checks then the Node tests, their
// output held and printed after the browser's in the usual order. One after the other, the
// browser and Node tests alone took 8 of CI's 11:42 minutes. A failed check is therefore
// reported after the browser tests, not before. DX_TEST_SERIAL=1 runs everything one after the
// other as before (checks, browser, Node), to tell a load artefact from a real failure.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'dx-test-'));
const serial = process.env.DX_TEST_SERIAL === '1';

/**
 * Runs a command to its end. Its output goes to the screen, or with `log` to that file
 * (stdout and stderr together, as the screen would have shown them). Resolves true on exit 0.
 */
async function run(command, args, { env = {}, log } = {}) {
  const out = log ? createWriteStream(log) : null;
  if (out) await once(out, 'open');
  const stdio = out ? ['ignore', out, out] : 'inherit';
  const child = spawn(command, args, { stdio, env: { ...process.env, ...env } });
  // Held output means the background lane: it yields the CPU to the browser, whose tests time
  // frames and 5-second limits (what it starts inherits this).
  if (out) {
    try {
      setPriority(child.pid, 10);
    } catch {
      // A system that will not lower it: the lanes share the CPU evenly.
    }
  }
  // A command that cannot start ('error', as spawnSync's null status before) is a failure.
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', resolve);
  });
  out?.end();
  if (out) await once(out, 'close');
  return code === 0;
}

let failedChecks = 0;
const checks = [
  ['typecheck', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['--no-install', 'eslint', 'src', 'test', 'stories', 'demo']],
  // Prettier (with its import order), checked rather than written: `npm run format` writes it.
  [
    'lint: prettier',
    'npx',
    [
      '--no-install',
      'prettier',
      '--check',
      '--log-level',
      'warn',
      'src',
      'test',
      'stories',
      'demo',
      'bench',
      'scripts',
      '*.ts',
      '*.js',
      '*.mjs',
    ],
  ],
  // CI fails on a stale manifest; say so here first, where it is one `npm run analyze` away.
  ['manifest', process.execPath, ['scripts/check-manifest.js']],
  // BENCHMARKS.md's latest run is generated from bench/results.json; never edited apart.
  ['benchmarks', process.execPath, ['scripts/build-benchmarks.js', '--check']],
];

// The Node tests: spec output for the reader, TAP in a file for the summary lines "# pass N" / "# fail N".
const tapFile = join(dir, 'node.tap');
const nodeTests = [
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    'test/cli/',
    'test/ssr/',
    'test/tooling/',
    'test/docs/',
  ],
];

// The server-rendered fixtures the hydration test reads, made afresh from the current templates
// before the browser opens them.
if (!(await run(process.execPath, ['scripts/ssr-fixtures.js']))) failedChecks += 1;

/** Runs the checks; their output in files when `held`, else on screen with a status line each. */
async function runChecks(held) {
  const results = [];
  for (const [index, [name, command, args]] of checks.entries()) {
    const log = held ? join(dir, `check-${index}.log`) : undefined;
    const ok = await run(command, args, { log });
    if (!held) console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
    results.push({ name, ok, log });
  }
  return results;
}

const countsFile = join(dir, 'counts.json');
const runBrowser = () => run('npx', ['--no-install', 'wtr'], { env: { DX_COUNTS_FILE: countsFile } });
const nodeLog = join(dir, 'node.log');

let checkResults;
let browserOk;
let nodeOk;
if (serial) {
  checkResults = await runChecks(false);
  browserOk = await runBrowser();
  nodeOk = await run(...nodeTests);
} else {
  const start = performance.now();
  const seconds = () => Math.round((performance.now() - start) / 1000);
  let browserSeconds;
  let backgroundSeconds;
  [browserOk, [checkResults, nodeOk]] = await Promise.all([
    runBrowser().then((ok) => ((browserSeconds = seconds()), ok)),
    (async () => {
      const results = await runChecks(true);
      const ok = await run(...nodeTests, { log: nodeLog });
      backgroundSeconds = seconds();
      return [results, ok];
    })(),
  ]);
  // Which lane is the longer one, for whoever next makes this faster.
  console.log(`browser tests: ${browserSeconds} s; checks and Node tests beside them: ${backgroundSeconds} s`);
  // What the background lane said, in the order it said it.
  for (const { name, ok, log } of checkResults) {
    process.stdout.write(readFileSync(log, 'utf8'));
    console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  }
  process.stdout.write(readFileSync(nodeLog, 'utf8'));
}
failedChecks += checkResults.filter((r) => !r.ok).length;

const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
if (!browserOk && counts.failed === 0) counts.failed = 1;

const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
const summary = (name) => Number([...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
const nodeCounts = {
  passed: summary('pass'),
  failed: summary('fail') + summary('cancelled'),
  skipped: summary('skipped') + summary('todo'),
};
if (!nodeOk && nodeCounts.failed === 0) nodeCounts.failed = 1;
console.log(`node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed`);
counts.passed += nodeCounts.passed;
counts.failed += nodeCounts.failed;
counts.skipped += nodeCounts.skipped;

const failed = counts.failed + failedChecks;
console.log(`${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed === 0 && browserOk && nodeOk ? 0 : 1);
