#!/usr/bin/env node
// `node bench/trend.js [--rounds 21] [--long-pages 5]`: the trend's mount time against the
// gauge's (issue 20), in one headless Chromium page; also part of `npm run bench`.
//
// Each round mounts 20 gauges, then 20 trends of 20 points (alternating which goes first):
// - mount: from the first element created to the last one drawn and laid out (the measure);
// - painted: from the same start to the end of the next frame, so work left for after the first
//   layout (a ResizeObserver's redraw, a second render) is counted too.
// The ratios are taken per round and the median reported, with the ratio of the two fastest
// rounds beside it: on a machine other work shares, the fastest round is the one least disturbed.
// Then 1,000 points: in fresh pages, one small trend first (the page's one-time costs: compiling,
// the first Intl.NumberFormat), then one trend of 1,000 points, with its long tasks (> 50 ms).
// `--floor`: the same rounds with the trend built without its drawing (an empty plot), then
// without its geometry too: what the card alone costs against the gauge, whatever the chart.
// Not a test: timings vary with the machine's load, so read the ratios from one run.
import { createServer } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

import { CHROMIUM_ARGS, resolveChromium } from '../scripts/browser.js';
import { minifyLiterals } from '../scripts/minify-literals.js';

const ROOT = resolve(import.meta.dirname, '..');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/**
 * The trend's source with each `[from, to]` of `cuts` replaced, as a vite plugin: a floor
 * measured from the element as shipped, less a part. Fails where the source no longer has `from`.
 */
const cutTrend = (cuts) => ({
  name: 'cut-trend',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/trend/trend.ts')) return undefined;
    for (const [from, to] of cuts) {
      if (!code.includes(from)) throw new Error(`bench/trend.js --floor: src/trend/trend.ts no longer has ${from}`);
      code = code.replace(from, to);
    }
    return code;
  },
});

const NO_DRAWING = ['this.renderDrawing(geometry, view.sentence)', 'html`<div class="plot"></div>`'];
const NO_GEOMETRY = ['this.makeGeometry(this.view, size)', '({})'];
/** The floors `--floor` measures, each a trend built less some of its parts. */
export const FLOORS = { 'no drawing': [NO_DRAWING], 'no drawing, no geometry': [NO_DRAWING, NO_GEOMETRY] };

async function serveTrendPage(cuts = []) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [minifyLiterals(), ...(cuts.length ? [cutTrend(cuts)] : [])],
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
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><html lang="vi"><body style="width: 640px"><script type="module" src="/page.js"></script></body></html>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** The trend's numbers, in `browser`: `{ gauge, trend, ratio, painted…, long }` (ms, medians and ranges). */
export async function measureTrend(browser, { rounds = 21, longPages = 5, cuts = [], log = () => {} } = {}) {
  const { url, close } = await serveTrendPage(cuts);
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'benchRound' in window);
    // A warm-up round of each: the first pays for compiling the code.
    for (const kind of ['gauge', 'trend']) await page.evaluate((k) => window.benchRound(k), kind);
    const samples = { gauge: [], trend: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? ['trend', 'gauge'] : ['gauge', 'trend'];
      for (const kind of order) samples[kind].push(await page.evaluate((k) => window.benchRound(k), kind));
    }
    await page.close();
    const ratios = samples.trend.map((t, i) => t.mount / samples.gauge[i].mount);
    const paintedRatios = samples.trend.map((t, i) => t.painted / samples.gauge[i].painted);
    const pick = (kind, key) => stats(samples[kind].map((s) => s[key]));
    log(`trend ÷ gauge: median ${median(ratios).toFixed(2)}× mounted, ${median(paintedRatios).toFixed(2)}× painted`);

    const long = [];
    for (let i = 0; i < longPages; i++) {
      const fresh = await browser.newPage();
      await fresh.goto(url);
      await fresh.waitForFunction(() => 'benchLong' in window);
      long.push(await fresh.evaluate(() => window.benchLong()));
      await fresh.close();
    }
    const longest = long.map((l) => Math.max(0, ...l.longTasks));
    if (longPages)
      log(
        `1,000 points: mounted in ${median(long.map((l) => l.mount)).toFixed(1)} ms (median of ${longPages} pages); longest task ${Math.max(...longest).toFixed(0)} ms`,
      );
    return {
      rounds,
      elements: 20,
      points: 20,
      gauge: pick('gauge', 'mount'),
      trend: pick('trend', 'mount'),
      ratio: stats(ratios),
      ratioOfFastest: pick('trend', 'mount').min / pick('gauge', 'mount').min,
      gaugePainted: pick('gauge', 'painted'),
      trendPainted: pick('trend', 'painted'),
      // Until every trend had rendered, before the layout: its script's share of the mount.
      gaugeRendered: pick('gauge', 'rendered'),
      trendRendered: pick('trend', 'rendered'),
      paintedRatio: stats(paintedRatios),
      trendRenders: stats(samples.trend.map((s) => s.renders)),
      long: {
        pages: longPages,
        mount: stats(long.map((l) => l.mount)),
        longestTask: stats(longest),
        longTasks: long.flatMap((l) => l.longTasks),
        dots: long[0]?.dots,
      },
    };
  } finally {
    close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const loadAtStart = os.loadavg()[0];
  try {
    const r = await measureTrend(browser, { rounds: option('rounds', 21), longPages: option('long-pages', 5) });
    const f = (x) => x.toFixed(1);
    console.log(`load average ${loadAtStart.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}; ${r.rounds} rounds of 20 elements each`);
    console.log(`20 gauges: mounted ${f(r.gauge.median)} ms (${f(r.gauge.min)}–${f(r.gauge.max)}), painted ${f(r.gaugePainted.median)} ms`);
    console.log(
      `20 trends of 20 points: mounted ${f(r.trend.median)} ms (${f(r.trend.min)}–${f(r.trend.max)}), painted ${f(r.trendPainted.median)} ms; renders per trend ${f(r.trendRenders.median / 20)}`,
    );
    console.log(`rendered, before the first layout: 20 gauges ${f(r.gaugeRendered.median)} ms, 20 trends ${f(r.trendRendered.median)} ms`);
    console.log(
      `trend ÷ gauge, mounted: median of rounds ${r.ratio.median.toFixed(2)}× (${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)}); fastest ÷ fastest ${r.ratioOfFastest.toFixed(2)}×`,
    );
    console.log(`trend ÷ gauge, painted: median of rounds ${r.paintedRatio.median.toFixed(2)}×`);
    if (r.long.pages)
      console.log(
        `1,000 points (${r.long.pages} fresh pages): mounted ${f(r.long.mount.median)} ms (${f(r.long.mount.min)}–${f(r.long.mount.max)}); long tasks ${r.long.longTasks.length ? r.long.longTasks.map((t) => t.toFixed(0)).join(', ') + ' ms' : 'none'}; ${r.long.dots} points marked`,
      );
    for (const [name, cuts] of process.argv.includes('--floor') ? Object.entries(FLOORS) : []) {
      const floor = await measureTrend(browser, { rounds: option('rounds', 21), longPages: 0, cuts });
      console.log(
        `the trend with ${name}: mounted ${f(floor.trend.median)} ms against the gauges' ${f(floor.gauge.median)}; median of rounds ${floor.ratio.median.toFixed(2)}× (${floor.ratio.min.toFixed(2)}–${floor.ratio.max.toFixed(2)}), to the next frame ${floor.paintedRatio.median.toFixed(2)}×`,
      );
    }
  } finally {
    await browser.close();
  }
}
