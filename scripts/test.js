#!/usr/bin/env node
// `npm test`: typecheck, lint, then the browser tests; ends with the plain line
// "N passed, N failed" (browser tests, plus one failure for each failed check).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

let failedChecks = 0;
for (const [name, command, args] of [
  ['typecheck', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['--no-install', 'eslint', 'src', 'test', 'stories', 'demo']],
]) {
  const ok = run(command, args);
  console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failedChecks += 1;
}

const countsFile = join(mkdtempSync(join(tmpdir(), 'dx-test-')), 'counts.json');
const browserOk = run('npx', ['--no-install', 'wtr'], { DX_COUNTS_FILE: countsFile });
const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
if (!browserOk && counts.failed === 0) counts.failed = 1;

const failed = counts.failed + failedChecks;
console.log(`${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed === 0 && browserOk ? 0 : 1);
