#!/usr/bin/env node
// `node bench/guards.js`: the growth guards, run by `.ci/run`. Code that reads hostile input
// must take time at most in proportion to it: a regular expression that backtracks, or a check
// that walks a list once per member, turns a 100 kB attribute or a 20,000-entry feed into a
// page that hangs. The tests prove what these inputs are refused with; how long that takes is
// measured here, not in the tests (timings vary with the machine's load).
//
// Each guard times one input and the same input ten times larger, both the fastest of a few
// tries, and fails where the larger took more than GROWTH_LIMIT times as long. Work in
// proportion to the input grows ~10×, a check done once ~1×; quadratic work grows ~100× and a
// backtracking pattern far more. The ratio is of two timings from one run, so it holds on a
// slow machine as on a fast one.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const GROWTH_LIMIT = 40;
const TRIES = 9;
/** A pattern that backtracks does not return at all: the run is stopped, and fails, past this. */
const DEADLINE_MS = 120_000;

// Run again in a child with the collector exposed (so that each timing starts from a clean heap)
// and a deadline, which a busy loop in this process could not keep.
if (!globalThis.gc) {
  const run = spawnSync(process.execPath, ['--expose-gc', import.meta.filename], { stdio: 'inherit', timeout: DEADLINE_MS });
  if (run.error || run.signal)
    console.log(`FAIL the guards did not finish in ${DEADLINE_MS / 1000} s: an input took far more than its size's time`);
  process.exit(run.status ?? 1);
}

/** Our pure modules, bundled for Node as they are shipped (they touch no DOM). */
async function load() {
  const { outputFiles } = await build({
    stdin: {
      contents: `export { languageOf } from './src/format/locale.ts';\nexport { selectIndicator } from './src/spec/validate.ts';\nexport { parseOutsideJson } from './src/spec/nesting.ts';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** `work` done `times` times over, in ms. */
function timed(work, times) {
  globalThis.gc(); // a collection left over from the last run is not this one's to pay
  const started = performance.now();
  for (let j = 0; j < times; j += 1) work();
  return performance.now() - started;
}

/**
 * The fastest of TRIES runs of each of `small` and `large`, done `times` times over, per time, in
 * ms: the runs least disturbed by the machine's other work. They take turns, so a spell of it
 * falls on both.
 */
function fastest(small, large, times) {
  let [a, b] = [Infinity, Infinity];
  for (let i = 0; i < TRIES; i += 1) {
    a = Math.min(a, timed(small, times) / times);
    b = Math.min(b, timed(large, times) / times);
  }
  return [a, b];
}

/** How many times over `work` must run to take a millisecond or more: a timer's grain is far coarser than one small run. */
function timesFor(work) {
  let times = 1;
  while (timed(work, times) < 1 && times < 1e6) times *= 4;
  return times;
}

const { languageOf, parseOutsideJson, selectIndicator } = await load();

const BASE = { id: 'song-di-dong', label: 'Thôn, bản có sóng di động', unit: '%', value: 50, asOf: '2024-06-30', source: 'Sở TT&TT' };
const areas = (count) => Array.from({ length: count }, (_, i) => ({ code: `X${i}`, value: i % 100 }));

/** name → the work on an input of size n, the input made beforehand; each is refused as the tests assert, here only timed. */
const GUARDS = [
  // test/format/format.test.ts: a malformed language tag (lang="…" is a page's own text).
  [
    'a malformed language tag, n × 10 characters',
    (n) => {
      const tag = `en-${'abcdefgh-'.repeat(n)}!`;
      return () => languageOf(tag);
    },
  ],
  [
    'a language tag of n × 2 one-letter subtags',
    (n) => {
      const tag = `en${'-a'.repeat(n)}-`;
      return () => languageOf(tag);
    },
  ],
  [
    'a language tag of one n × 10-letter subtag',
    (n) => {
      const tag = `en-${'a'.repeat(n * 10)}`;
      return () => languageOf(tag);
    },
  ],
  // test/hardening/limits.test.ts: a note far over the text limit.
  [
    'a note of n × 500 characters',
    (n) => {
      const document = { ...BASE, note: 'x'.repeat(n * 500) };
      return () => selectIndicator(document);
    },
  ],
  // test/feed/feed-limits.test.ts, test/feed/feed-encoding.test.ts: a feed's text, read before JSON.parse.
  [
    'JSON text nested n × 500 deep',
    (n) => {
      const text = '['.repeat(n * 500);
      return () => parseOutsideJson(text);
    },
  ],
  [
    'JSON text of n × 500 characters, 64 deep then flat',
    (n) => {
      const text = `${'['.repeat(63)}${'1,'.repeat(n * 250)}1${']'.repeat(63)}`;
      return () => parseOutsideJson(text);
    },
  ],
  // test/province-map/province-map.test.ts: more entries than a map has tiles.
  [
    'an indicator with n × 2 areas',
    (n) => {
      const document = { ...BASE, areas: areas(n * 2) };
      return () => selectIndicator(document);
    },
  ],
];

let failed = 0;
for (const [name, of] of GUARDS) {
  const [small, large] = [1_000, 10_000].map((n) => of(n));
  const times = timesFor(small); // also compiles it before it is timed
  const [a, b] = fastest(small, large, times);
  const growth = b / a;
  const ok = growth <= GROWTH_LIMIT;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${a.toFixed(3)} ms at n = 1,000, ${b.toFixed(3)} ms at 10,000 (${growth.toFixed(1)}×, at most ${GROWTH_LIMIT}×)`,
  );
}
process.exit(failed ? 1 : 0);
