#!/usr/bin/env node
// `node bench/trend.js [--rounds 15]`: the trend's mount time against the gauge's (issue 20),
// in one headless Chromium page. Each round mounts 20 gauges, then 20 trends of 20 points
// (alternating which goes first), each timed from the first element created to the last
// one drawn and laid out; the ratio is taken per round and the median reported. Not a
// test: timings vary with the machine's load, so read the ratio from one run.
import { createServer } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/browser.js';
import { minifyLiterals } from '../scripts/minify-literals.js';

const ROOT = resolve(import.meta.dirname, '..');
const i = process.argv.indexOf('--rounds');
const ROUNDS = i > 0 ? Number(process.argv[i + 1]) : 15;

const [output] = await build({
  configFile: false,
  logLevel: 'silent',
  root: ROOT,
  plugins: [minifyLiterals()],
  build: {
    write: false,
    target: 'es2022',
    lib: { entry: join(ROOT, 'bench/trend.page.js'), formats: ['es'], fileName: () => 'page.js' },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
const code = output.output.find((c) => c.type === 'chunk').code;
const server = createServer((request, response) => {
  if (request.url === '/page.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
  response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="vi"><body style="width: 640px"><script type="module" src="/page.js"></script></body></html>');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { executablePath } = await resolveChromium();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => 'benchRound' in window);
  const ratios = [];
  const times = { gauge: [], trend: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ['trend', 'gauge'] : ['gauge', 'trend'];
    const result = {};
    for (const kind of order) result[kind] = await page.evaluate((k) => window.benchRound(k), kind);
    times.gauge.push(result.gauge);
    times.trend.push(result.trend);
    ratios.push(result.trend / result.gauge);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`load average ${os.loadavg()[0].toFixed(1)}; ${ROUNDS} rounds of 20 elements each`);
  console.log(`20 gauges: median ${median(times.gauge).toFixed(1)} ms; 20 trends of 20 points: median ${median(times.trend).toFixed(1)} ms`);
  console.log(`trend ÷ gauge, per round: median ${median(ratios).toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
} finally {
  await browser.close();
  server.close();
}
