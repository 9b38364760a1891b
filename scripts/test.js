#!/usr/bin/env node
// `npm test`: typecheck, lint, the browser tests, then the command-line tool's tests in Node
// (test/cli/); ends with the plain line "N passed, N failed" (browser and CLI tests, plus one
// failure for each failed check).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

let failedChecks = 0;
for (const [name, command, args] of [
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
]) {
  const ok = run(command, args);
  console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failedChecks += 1;
}

// The server-rendered fixtures the hydration test reads, made afresh from the current templates.
if (!run(process.execPath, ['scripts/ssr-fixtures.js'])) failedChecks += 1;

const countsFile = join(mkdtempSync(join(tmpdir(), 'dx-test-')), 'counts.json');
const browserOk = run('npx', ['--no-install', 'wtr'], { DX_COUNTS_FILE: countsFile });
const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
if (!browserOk && counts.failed === 0) counts.failed = 1;

// The Node tests (the CLI, server rendering, the tooling, the docs' links): spec output on screen, TAP in a file for the summary lines "# pass N" / "# fail N".
const tapFile = join(dirname(countsFile), 'cli.tap');
const cliOk = run(process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tapFile}`,
  'test/cli/',
  'test/ssr/',
  'test/tooling/',
  'test/docs/',
]);
const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
const summary = (name) => Number([...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
const cliCounts = {
  passed: summary('pass'),
  failed: summary('fail') + summary('cancelled'),
  skipped: summary('skipped') + summary('todo'),
};
if (!cliOk && cliCounts.failed === 0) cliCounts.failed = 1;
console.log(`node: ${cliCounts.passed} passed, ${cliCounts.failed} failed`);
counts.passed += cliCounts.passed;
counts.failed += cliCounts.failed;
counts.skipped += cliCounts.skipped;

const failed = counts.failed + failedChecks;
console.log(`${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed === 0 && browserOk && cliOk ? 0 : 1);
