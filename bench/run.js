#!/usr/bin/env node
// `npm run bench`: dx-widgets against a minimal Lit gauge, Chart.js, ECharts and Highcharts,
// in one headless Chromium session (issue 7). Not a test: timings vary by machine and load;
// read them as ratios from one run. See BENCHMARKS.md for what each number means.
//
//   node bench/run.js [--rounds 15] [--rank-rounds 5] [--reader-rounds 5] [--no-profile] [--experiments]
//                     [--against <commit>] [--out file.json]
//
// --experiments adds dx-widgets variants (the number formatter built before the clock starts,
// the data pipeline skipped, the loading box drawn instead) to show what a suspected cost is worth.
// --against adds the same gauge as committed at <commit>, to tell a change of ours from a change
// of the machine (read its paired ratio).
//
// Bundles and profiles go to bench/.results/ (ignored by git); the summary to bench/results.json.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';

import { CHROMIUM_ARGS, resolveChromium } from '../scripts/browser.js';
import { latestRun, withSection } from '../scripts/build-benchmarks.js';
import { embedChunks } from '../scripts/embed-chunks.js';
import { entrySize } from '../scripts/entry-size.js';
import { minifyLiterals } from '../scripts/minify-literals.js';
import { measureTrend } from './trend.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/.results');
const BUNDLES = join(OUT, 'bundles');
const KB = 1000;
const started = Date.now();
const loadAtStart = os.loadavg()[0];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = Math.max(1, option('rounds', 15));
const RANK_ROUNDS = Math.max(1, option('rank-rounds', 5));
const PROFILE = !args.includes('--no-profile');
const EXPERIMENTS = args.includes('--experiments');
const RESULTS = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : join(ROOT, 'bench/results.json'));

/** In the order they run in every round. `lib`: what a page pays for the widget alone. */
const CONTESTANTS = [
  {
    id: 'dx',
    name: 'dx-widgets `<dx-coverage-gauge>`',
    lib: 'src/coverage-gauge/dx-coverage-gauge.ts',
    page: 'bench/contestants/dx.page.js',
  },
  {
    id: 'minimal',
    name: 'minimal Lit + d3-shape + d3-scale gauge',
    lib: 'bench/minimal-lit-gauge.js',
    page: 'bench/contestants/minimal.page.js',
  },
  { id: 'bare', name: 'bare Lit gauge, the same arc, no text', lib: 'bench/bare-lit-gauge.js', page: 'bench/contestants/bare.page.js' },
  {
    id: 'chartjs',
    name: 'Chart.js doughnut as half gauge (tree-shaken)',
    lib: 'bench/contestants/chartjs.lib.js',
    page: 'bench/contestants/chartjs.page.js',
  },
  {
    id: 'echarts',
    name: 'ECharts gauge, SVG renderer (tree-shaken)',
    lib: 'bench/contestants/echarts.lib.js',
    page: 'bench/contestants/echarts.page.js',
  },
  {
    id: 'highcharts',
    name: 'Highcharts solid gauge',
    lib: 'bench/contestants/highcharts.lib.js',
    page: 'bench/contestants/highcharts.page.js',
  },
];

/**
 * `--against <commit>`: the gauge as committed there, one more contestant right after today's,
 * with today's lit and d3 and today's page code. Milliseconds move with the machine and ratios
 * with the harness; today's gauge over the same gauge at a known commit, round by round, says
 * whether our code got slower. Its `src/` is taken from git into bench/.results/ (ignored).
 */
function againstContestant(rev) {
  if (!rev || rev.startsWith('--')) throw new Error('--against needs a commit: node bench/run.js --against 77d4e15');
  const sha = execFileSync('git', ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const short = sha.slice(0, 10);
  const dir = join(OUT, `at-${short}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', sha, 'src'], { cwd: ROOT, maxBuffer: 1 << 28 }) });
  const gauge = './src/coverage-gauge/dx-coverage-gauge.ts';
  if (!existsSync(join(dir, gauge))) throw new Error(`--against ${rev}: ${short} has no ${gauge.slice(2)}`);
  const today = CONTESTANTS[0];
  const page = readFileSync(join(ROOT, today.page), 'utf8')
    .replace(`'../../${gauge.slice(2)}'`, `'${gauge}'`)
    .replace(`'./harness.js'`, JSON.stringify(join(ROOT, 'bench/contestants/harness.js')));
  if (!page.includes(`'${gauge}'`) || page.includes(`'./harness.js'`))
    throw new Error(`--against: ${today.page} no longer imports as expected`);
  writeFileSync(join(dir, 'dx.page.js'), page);
  return { id: 'at', name: `dx-widgets at ${short}`, lib: join(dir, gauge), page: join(dir, 'dx.page.js'), commit: sha };
}
const AGAINST = args.includes('--against') ? againstContestant(args[args.indexOf('--against') + 1]) : undefined;
if (AGAINST) CONTESTANTS.splice(1, 0, AGAINST);
const byId = Object.fromEntries(CONTESTANTS.map((c) => [c.id, c]));

const log = (...parts) => console.error(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s]`, ...parts);
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => (bytes / KB).toFixed(2);

// ---------------------------------------------------------------------------------- bundles

/**
 * package.json's `sideEffects` names only the package's own registering files, so the bundler
 * would drop the benchmark's side-effect imports (a `customElements.define`, `Chart.register`,
 * ECharts' `use`). The benchmark's own files keep their side effects.
 */
const benchSideEffects = {
  name: 'bench-side-effects',
  transform(code, id) {
    return id.startsWith(join(ROOT, 'bench/')) ? { code, moduleSideEffects: true } : null;
  },
};

/** The baseline draws with d3-shape's `arc`; without d3-shape installed, with bench/arc-fallback.js. */
const HAS_D3_SHAPE = existsSync(join(ROOT, 'node_modules/d3-shape/package.json'));
const alias = HAS_D3_SHAPE ? {} : { 'd3-shape': join(ROOT, 'bench/arc-fallback.js') };

/** One minified ES bundle of `entry`, dynamic imports inlined (codeSplitting: false). */
async function bundle(entry, file, { minify = true } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [minifyLiterals(), benchSideEffects],
    // What an application's build does; ECharts tests process.env.NODE_ENV at run time.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { alias },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(ROOT, entry), formats: ['es'], fileName: () => file },
      rolldownOptions: { output: { minify, codeSplitting: false } },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output.output.find((c) => c.type === 'chunk' && c.isEntry);
  writeFileSync(join(BUNDLES, file), chunk.code);
  return { file, raw: Buffer.byteLength(chunk.code), gz: gz(chunk.code) };
}

async function buildAll() {
  mkdirSync(BUNDLES, { recursive: true });
  const sizes = {};
  for (const c of CONTESTANTS) {
    const lib = await bundle(c.lib, `${c.id}.lib.js`);
    const page = await bundle(c.page, `${c.id}.page.js`);
    sizes[c.id] = { lib, page };
    log(`built ${c.id}: library ${kB(lib.gz)} kB gz, page ${kB(page.gz)} kB gz`);
  }
  // dist/dx-widgets.js (every element) and the gauge entry, measured as scripts/size-budget.js
  // does: what the entry loads at once; chunks behind a dynamic import() listed beside it.
  const all = await entrySize('src/dx-widgets.ts');
  const entry = await entrySize('src/coverage-gauge/dx-coverage-gauge.ts');
  const dist = existsSync(join(ROOT, 'dist/dx-widgets.js')) ? gz(readFileSync(join(ROOT, 'dist/dx-widgets.js'))) : null;
  // The trend on top of the shared core, as scripts/size-budget.js measures it: the gauge and
  // the trend bundled together, less the gauge alone.
  const both = join(BUNDLES, 'gauge-and-trend.entry.js');
  writeFileSync(
    both,
    ['coverage-gauge/dx-coverage-gauge.ts', 'trend/dx-trend.ts'].map((f) => `import ${JSON.stringify(join(ROOT, 'src', f))};`).join('\n'),
  );
  const trendOnCore = (await entrySize(both)).gz - entry.gz;
  // Every element, for the CLS page that has one of each.
  await bundle('src/dx-widgets.ts', 'dx-all.lib.js');
  // Unminified, for readable names in the CPU profile.
  if (PROFILE) await bundle('bench/contestants/dx.page.js', 'dx.profile.js', { minify: false });
  let rank;
  const rankSource = join(ROOT, 'src/province-rank/dx-province-rank.ts');
  if (!existsSync(rankSource)) {
    rank = { skipped: 'src/province-rank/dx-province-rank.ts does not exist yet' };
  } else {
    try {
      rank = await bundle('bench/contestants/rank.page.js', 'rank.page.js');
      log(`built rank: ${kB(rank.gz)} kB gz`);
    } catch (error) {
      rank = { skipped: `src/province-rank/dx-province-rank.ts does not build: ${String(error.message).split('\n')[0]}` };
    }
  }
  const embed = {};
  for (const variant of EMBED_VARIANTS) {
    embed[variant.id] = await buildEmbed(variant);
    log(
      `built the script embed, ${variant.id}: main ${kB(embed[variant.id].main)} kB gz; chunks ${embed[variant.id].chunks.map((c) => `${c.name} ${kB(c.gz)} kB`).join(', ')}`,
    );
  }
  return { contestants: sizes, dxAll: all, dxEntry: entry, distDxWidgets: dist, rank, trendOnCore, embed };
}

// ------------------------------------------------------------------- the script embed, two ways

/**
 * The script embed built as `npm run build` builds dist/dx-widgets.js (vite.config.ts), two ways:
 * as shipped (`lazy`: the ranking, the board and the trend are chunks fetched when their tag
 * first appears) and with the ranking and the board in the main chunk (`eager`). Which is
 * better for a reader is the bytes a page without them saves against the round trip a page
 * with them pays: measured on the pages of EMBED_PAGES.
 */
const EMBED_VARIANTS = [
  { id: 'lazy', entry: 'src/dx-widgets.ts', what: 'as shipped: gauge, target, stat in the bundle; ranking, board, trend fetched on use' },
  { id: 'eager', entry: 'bench/contestants/embed-eager.js', what: 'ranking and board in the bundle too (trend fetched on use)' },
];

async function buildEmbed({ id, entry }) {
  const outDir = join(OUT, `embed-${id}`);
  const file = resolve(ROOT, entry);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [minifyLiterals(), benchSideEffects],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: () => 'dx-widgets.js' },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: 'dx-widgets-chunks/[name]-[hash].js', codeSplitting: embedChunks('dx-widgets', file) },
      },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunks = output.output.filter((c) => c.type === 'chunk');
  const main = chunks.find((c) => c.isEntry);
  if (main.imports.length) throw new Error(`the ${id} script embed imports ${main.imports.join(', ')} before it can run`);
  return {
    main: gz(main.code),
    chunks: chunks
      .filter((c) => !c.isEntry)
      .map((c) => ({ name: c.fileName.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''), gz: gz(c.code) })),
  };
}

/** Rank 7 of 63 for the board's ranking card: the Lai Châu feed has no rank of its own. */
const LAI_CHAU_RANKED = () => ({
  ...LAI_CHAU,
  indicators: [
    ...LAI_CHAU.indicators,
    { id: 'dti-rank', label: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', unit: 'điểm', value: 0.41, rank: { position: 7, of: 63 } },
  ],
});

/**
 * Articles as an editor pastes them: the script and the tags. `gauges`: what most articles hold
 * (three gauges, a stat, a target, figures in attributes); `ranking`: one ranking that follows
 * a feed; `board`: a board that follows the Lai Châu feed, whose cards include a ranking.
 */
const EMBED_PAGES = [
  {
    id: 'gauges',
    what: 'three gauges, a stat and a target, figures in attributes',
    body: [
      '<dx-coverage-gauge value="97.27" unit="%" label="Thôn, bản có sóng di động"></dx-coverage-gauge>',
      '<dx-coverage-gauge value="84.9" unit="%" label="Hộ gia đình có cáp quang"></dx-coverage-gauge>',
      '<dx-coverage-gauge value="60" unit="%" label="Người trưởng thành có điện thoại thông minh"></dx-coverage-gauge>',
      '<dx-stat value="2250" unit="tổ" label="Tổ công nghệ số cộng đồng"></dx-stat>',
      '<dx-target-progress value="60" unit="%" target="100" by="2025" now="2024-06-01" label="Người trưởng thành có điện thoại thông minh"></dx-target-progress>',
    ].join('\n'),
  },
  { id: 'ranking', what: 'one ranking following a feed', body: '<dx-province-rank src="/feed/rank.json"></dx-province-rank>' },
  {
    id: 'board',
    what: 'a board following the Lai Châu feed, a ranking among its cards',
    body: '<dx-board src="/feed/lai-chau.json" now="2024-06-01"></dx-board>',
  },
];

const embedPage = (variant, page) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>bench: the script embed</title>
<style>body { margin: 0 auto; max-width: 680px; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }</style>
<script>
  // Every widget of the page and of the boards' cards, drawn with its figures: then the frame after.
  const all = (root) => [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('dx-')).flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  window.__reader = new Promise((resolve) => {
    const look = () => {
      const widgets = all(document);
      const drawn = widgets.length > 0 && widgets.every((el) => customElements.get(el.localName) && el.state === 'ready' && el.hasUpdated && !el.isUpdatePending);
      if (drawn) requestAnimationFrame(() => requestAnimationFrame(() => resolve({ paintedAt: performance.now(), widgets: widgets.map((el) => el.localName) })));
      else requestAnimationFrame(look);
    };
    document.addEventListener('DOMContentLoaded', look);
  });
</script></head>
<body><h1>Chuyển đổi số: kết quả năm 2024</h1><p>${LOREM}</p>
${page.body}
<p>${LOREM}</p>
<script type="module" src="/gz-embed/${variant}/dx-widgets.js"></script></body></html>`;

/** One reader's visit to an article with the script embed; `{ problem }` alone when it failed. */
async function embedVisit(browser, base, variant, page) {
  const { context, page: tab, cdp, errors } = await freshPage(browser);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', READER_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: READER_CPU });
    await tab.goto(`${base}/embed/${variant}/${page.id}`, { waitUntil: 'load', timeout: 60_000 });
    const r = await tab.evaluate(async () => {
      const result = await Promise.race([
        window.__reader,
        new Promise((_, reject) => setTimeout(() => reject(new Error('not drawn within 60 s')), 60_000)),
      ]);
      const scripts = performance.getEntriesByType('resource').filter((e) => e.name.includes('/gz-embed/'));
      return { ...result, scripts: scripts.length, scriptBytes: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0) };
    });
    return { ...r, problem: errors.length ? errors.join(' | ') : null };
  } catch (error) {
    return { problem: [error.message.split('\n')[0], ...errors].join(' | ') };
  } finally {
    await context.close();
  }
}

// ----------------------------------------------------------------------------------- server

/** `reader`: the page mounts as soon as its module has run, and the module comes gzipped. */
const gaugePage = (id, reader = false) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>bench: ${id}</title>
<style>
  body { margin: 0; font: 16px/1.4 system-ui, sans-serif; }
  .grid { display: flex; flex-wrap: wrap; gap: 8px; padding: 8px; }
  .box { width: 240px; height: 160px; overflow: hidden; }
</style>${reader ? '<script>window.__mountOnLoad = true;</script>' : ''}</head>
<body><div class="grid">${'<div class="box"></div>'.repeat(100)}</div>
<script type="module" src="/${reader ? 'gz' : 'out'}/${id}.page.js"></script></body></html>`;

const LOREM =
  'Tỉnh đã hoàn thành phủ sóng di động tới các thôn, bản vùng sâu, vùng xa; hạ tầng cáp quang đến hộ gia đình tiếp tục mở rộng, tạo nền tảng cho chính quyền số, kinh tế số và xã hội số.';

/**
 * An article: a heading and text, widgets whose data answers late, and text below them.
 * `grid`: four ~250 px columns (the narrowest the gauge is made for, as in the mount pages);
 * `column`: one 680 px article column, where the gauge stands beside its text; `phone`: one
 * 360 px column. `set=every`: a gauge, a stat, two targets and a rank on its strip, fed the
 * Lai Châu example, in place of the ten gauges.
 */
const WIDTH = { column: 680, phone: 360 };
const EVERY = [
  ['dx-coverage-gauge', 'indicator="households-fiber-broadband"'],
  ['dx-stat', 'indicator="smartphone-subscriptions"'],
  ['dx-target-progress', 'indicator="adults-with-smartphone" now="2024-06-01"'],
  ['dx-target-progress', 'indicator="population-e-payment" now="2024-06-01"'],
  ['dx-province-rank', ''],
];
const WIDGETS = ':is(dx-coverage-gauge, dx-stat, dx-target-progress, dx-province-rank)';
const clsPage = (layout, reserve, every) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>bench: CLS</title>
${reserve ? '<link rel="stylesheet" href="/dx-widgets.css">' : ''}
<style>
  body { margin: 0 auto; max-width: ${WIDTH[layout] ?? 1040}px; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
  .widgets { display: grid; grid-template-columns: ${WIDTH[layout] ? '1fr' : 'repeat(auto-fill, minmax(240px, 1fr))'}; gap: 12px; }
</style>
<script>
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const sources = (e.sources || []).map((s) => s.node ? s.node.nodeName.toLowerCase() + (s.node.getAttribute && s.node.getAttribute('src') ? '[src=' + s.node.getAttribute('src') + ']' : '') : '?');
      window.__shifts.push({ value: e.value, at: Math.round(e.startTime), sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // When every widget has drawn its loading box (the frame after): shifts before this come from
  // the elements' upgrade (an undefined element is an empty inline box), later ones from data.
  const widgets = () => [...document.querySelectorAll('${WIDGETS}')];
  // Once the tags are parsed: this script runs before them.
  document.addEventListener('DOMContentLoaded', () =>
    Promise.all([...new Set(widgets().map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)))
      .then(() => Promise.all(widgets().map((el) => el.updateComplete)))
      .then(() => requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__upgradedAt = performance.now();
        window.__loading = widgets().map((el) => ({ state: el.state, height: Math.round(el.getBoundingClientRect().height * 10) / 10 }));
      }))));
</script></head>
<body><h1>Chuyển đổi số: kết quả năm 2024</h1><p>${LOREM}</p><p>${LOREM}</p>
<div class="widgets">
${
  every
    ? EVERY.map(([tag, attrs], i) => `<${tag} ${attrs} src="/late-every/${i}.json"></${tag}>`).join('\n')
    : Array.from({ length: 10 }, (_, i) => `<dx-coverage-gauge src="/late/${i}.json"></dx-coverage-gauge>`).join('\n')
}
</div>
<p id="after">${LOREM}</p><p>${LOREM}</p>
<script type="module" src="/out/${every ? 'dx-all' : 'dx'}.lib.js"></script></body></html>`;

/** The Lai Châu example (the feed the README shows), and a rank on its strip: the tests' fixtures. */
const LAI_CHAU = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/lai-chau-2024.json'), 'utf8'));
const RANK_ONLY = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/bac-kan-rank-2024.json'), 'utf8'));
const everyDocument = (i) => (EVERY[i]?.[0] === 'dx-province-rank' ? RANK_ONLY : LAI_CHAU);

/** The late documents: the README's examples, with and without counts. */
const lateDocument = (i) => ({
  label: i % 2 ? 'Hộ gia đình dùng cáp quang' : 'Thôn, bản, tổ dân phố có sóng di động',
  unit: '%',
  value: 40 + i * 5.5,
  asOf: '2024',
  source: { name: 'Sở TT&TT Lai Châu' },
  ...(i % 2 ? { count: { part: 43391 + i, whole: 104563, unit: 'hộ' } } : {}),
});

const rankPage = () => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>bench: province rank</title>
<style>body { margin: 0 auto; max-width: 720px; padding: 16px; font: 16px/1.5 system-ui, sans-serif; } .filler { height: 2400px; }</style></head>
<body><h1>Xếp hạng</h1><p>${LOREM}</p><div id="host"></div><div class="filler"><p>${LOREM}</p></div>
<script type="module" src="/out/rank.page.js"></script></body></html>`;

function serve() {
  const sockets = new Set();
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    let m;
    if ((m = url.pathname.match(/^\/page\/(\w+)$/)) && byId[m[1]]) return send(200, 'text/html; charset=utf-8', gaugePage(m[1]));
    if ((m = url.pathname.match(/^\/reader\/(\w+)$/)) && byId[m[1]]) return send(200, 'text/html; charset=utf-8', gaugePage(m[1], true));
    // As a CDN sends it: gzip -9, the size every budget and table here counts. Compressed
    // once, so the time it takes is no contestant's.
    if ((m = url.pathname.match(/^\/gz\/([\w.-]+\.js)$/)) && existsSync(join(BUNDLES, m[1]))) {
      if (!gzipped.has(m[1])) gzipped.set(m[1], gzipSync(readFileSync(join(BUNDLES, m[1])), { level: 9 }));
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      return res.end(gzipped.get(m[1]));
    }
    if ((m = url.pathname.match(/^\/embed\/(lazy|eager)\/(\w+)$/)) && EMBED_PAGES.some((p) => p.id === m[2])) {
      return send(
        200,
        'text/html; charset=utf-8',
        embedPage(
          m[1],
          EMBED_PAGES.find((p) => p.id === m[2]),
        ),
      );
    }
    if (
      (m = url.pathname.match(/^\/gz-embed\/(lazy|eager)\/((?:dx-widgets-chunks\/)?[\w.-]+\.js)$/)) &&
      existsSync(join(OUT, `embed-${m[1]}`, m[2]))
    ) {
      const key = `embed-${m[1]}/${m[2]}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(join(OUT, key)), { level: 9 }));
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      return res.end(gzipped.get(key));
    }
    if (url.pathname === '/feed/rank.json') return send(200, 'application/json; charset=utf-8', JSON.stringify(RANK_ONLY));
    if (url.pathname === '/feed/lai-chau.json') return send(200, 'application/json; charset=utf-8', JSON.stringify(LAI_CHAU_RANKED()));
    if (url.pathname === '/cls')
      return send(
        200,
        'text/html; charset=utf-8',
        clsPage(url.searchParams.get('layout'), url.searchParams.has('reserve'), url.searchParams.has('every')),
      );
    if (url.pathname === '/dx-widgets.css') return send(200, 'text/css', readFileSync(join(ROOT, 'src/embed/reserve.css')));
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/rank') return send(200, 'text/html; charset=utf-8', rankPage());
    if ((m = url.pathname.match(/^\/out\/([\w.-]+\.js)$/)) && existsSync(join(BUNDLES, m[1]))) {
      return send(200, 'text/javascript', readFileSync(join(BUNDLES, m[1])));
    }
    if ((m = url.pathname.match(/^\/late-every\/(\d+)\.json$/))) {
      return setTimeout(() => send(200, 'application/json; charset=utf-8', JSON.stringify(everyDocument(Number(m[1])))), 300);
    }
    if ((m = url.pathname.match(/^\/late\/(\d+)\.json$/))) {
      return setTimeout(() => send(200, 'application/json; charset=utf-8', JSON.stringify(lateDocument(Number(m[1])))), 300);
    }
    send(404, 'text/plain', 'not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const close = () =>
        new Promise((closed) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => closed());
        });
      done({ base: `http://127.0.0.1:${server.address().port}`, close });
    }),
  );
}

// ------------------------------------------------------------------------------ measuring

const WORK = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
const COUNTS = ['LayoutCount', 'RecalcStyleCount'];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Durations in ms, counts as counts. */
function delta(before, after) {
  const out = {};
  for (const k of WORK) out[k] = (after[k] - before[k]) * 1000;
  for (const k of COUNTS) out[k] = after[k] - before[k];
  return out;
}

async function freshPage(browser) {
  // A new context per visit: nothing cached or compiled carries over between contestants.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

/** One contestant in a fresh page: 100 gauges mounted → painted, then one update round. */
async function visit(browser, base, c, variant) {
  const { context, page, cdp, errors } = await freshPage(browser);
  try {
    await page.goto(`${base}/page/${c.id}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 15_000 });
    if (variant?.css) {
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        customElements.get('dx-coverage-gauge').elementStyles.push(sheet);
      }, variant.css);
    }
    if (variant?.script) await page.evaluate(variant.script);
    await page.evaluate(() => window.__bench.settle(50));
    const m0 = await metrics(cdp);
    const mount = await page.evaluate(() => window.__bench.mount());
    const m1 = await metrics(cdp);
    const mountProblem = await page.evaluate(() => window.__bench.afterMount());
    await page.evaluate(() => window.__bench.settle(200));
    const m2 = await metrics(cdp);
    const update = await page.evaluate(() => window.__bench.update());
    const m3 = await metrics(cdp);
    const after = await page.evaluate(() => window.__bench.afterUpdate());
    await page.evaluate(() => window.__bench.settle(50));
    const warm = await page.evaluate(() => window.__bench.mountMore());
    const problem = mountProblem || after.problem || (errors.length ? errors.join(' | ') : null);
    return {
      mount: { ...mount, work: delta(m0, m1) },
      // Work the page does while nothing changes (e.g. a render loop), per second.
      idleTaskMsPerS: delta(m1, m2).TaskDuration / (m2.Timestamp - m1.Timestamp),
      update: { ...update, kept: after.kept, work: delta(m2, m3) },
      warm,
      problem,
    };
  } finally {
    await context.close();
  }
}

/**
 * A reader on a cheap phone over a slow connection: WebPageTest's "3G" profile (300 ms round
 * trip, 1.6 Mbps down, 768 kbps up) and Lighthouse's 4× CPU slowdown. Measured from navigation
 * to the frame after the 100 gauges have drawn, so the download, the module's evaluation and the
 * mount all count. Informational: the issue's targets are the mount.
 */
const READER_NETWORK = { offline: false, latency: 300, downloadThroughput: 1_600_000 / 8, uploadThroughput: 768_000 / 8 };
const READER_CPU = 4;
const READER_ROUNDS = Math.max(1, option('reader-rounds', 5));

/** One reader's visit; `{ problem }` alone when the page failed, so the run goes on. */
async function readerVisit(browser, base, c) {
  const { context, page, cdp, errors } = await freshPage(browser);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', READER_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: READER_CPU });
    await page.goto(`${base}/reader/${c.id}`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__reader !== undefined, null, { timeout: 60_000 });
    const r = await page.evaluate(async () => {
      const result = await Promise.race([
        window.__reader,
        new Promise((_, reject) => setTimeout(() => reject(new Error('not drawn within 60 s')), 60_000)),
      ]);
      const script = performance.getEntriesByType('resource').find((e) => e.name.includes('/gz/'));
      // The compressed body, as the size tables count it (transferSize adds the headers).
      return { ...result, scriptEnd: script?.responseEnd, scriptBytes: script?.encodedBodySize, problem: window.__bench.afterMount() };
    });
    return { ...r, problem: r.problem || (errors.length ? errors.join(' | ') : null) };
  } catch (error) {
    return { problem: [error.message.split('\n')[0], ...errors].join(' | ') };
  } finally {
    await context.close();
  }
}

/** What a suspected cost is worth: dx-widgets with one thing changed, alternating with the original. */
const VARIANTS = [
  { name: 'as shipped' },
  // Gone since the plain-number path (src/format/numbers.ts): should change nothing now.
  {
    name: 'Intl.NumberFormat built before the clock starts',
    script: "new Intl.NumberFormat('vi', { maximumFractionDigits: 3 }).format(1)",
  },
  // What the data pipeline costs: language, overrides, validation, state and events skipped.
  {
    name: 'data pipeline skipped (willUpdate hands over a ready indicator)',
    // The language is fixed in the base's willUpdate; the feed controller's hostUpdate, which
    // settles the figures, hands over a ready indicator and tells the host its state changed.
    script: `const C = customElements.get('dx-coverage-gauge');
      const base = Object.getPrototypeOf(Object.getPrototypeOf(C.prototype));
      const feed = Object.getPrototypeOf(new C().feed$ ?? {});
      if (!Object.hasOwn(base, 'willUpdate') || !Object.hasOwn(feed, 'hostUpdate')) throw new Error('no base willUpdate or feed hostUpdate to replace');
      base.willUpdate = function () {
        this.locale = 'vi';
      };
      feed.hostUpdate = function () {
        const host = this.host;
        this.indicator = { label: host.label, unit: '%', value: Number(host.value), direction: 'up' };
        const before = this.status;
        this.status = 'ready';
        if (before !== 'ready') host.requestUpdate('state', before);
      };`,
  },
  // What the drawing costs: every gauge renders its loading box instead (the one template,
  // with no indicator). Checked: a variant whose script finds nothing to replace throws.
  {
    name: 'loading box drawn instead of the gauge',
    script: `const C = customElements.get('dx-coverage-gauge');
      if (typeof C.prototype.renderGauge !== 'function') throw new Error('no renderGauge to draw the loading box with');
      C.prototype.render = function () { return this.renderGauge({ min: 0, max: 100 }, undefined, undefined, '', []); };`,
  },
];
const EXPERIMENT_ROUNDS = 7;

async function runExperiments(browser, base) {
  const samples = VARIANTS.map(() => []);
  for (let round = 0; round < EXPERIMENT_ROUNDS; round += 1) {
    for (const [i, variant] of VARIANTS.entries()) samples[i].push(await visit(browser, base, byId.dx, variant));
  }
  return VARIANTS.map((v, i) => {
    const pick = (f) => stats(samples[i].map(f));
    return {
      name: v.name,
      mount: pick((s) => s.mount.ms),
      mountStyle: pick((s) => s.mount.work.RecalcStyleDuration),
      mountRecalcs: pick((s) => s.mount.work.RecalcStyleCount),
      update: pick((s) => s.update.ms),
      updateTask: pick((s) => s.update.work.TaskDuration),
      updateLayout: pick((s) => s.update.work.LayoutDuration),
    };
  });
}

/**
 * The contestants in the order of round `round`, each round starting one later. A page that
 * runs right after a heavy one (Highcharts') runs slower: in a fixed order, the same contestant
 * always paid for it (dx-widgets, by about a fifth against its own earlier code; BENCHMARKS.md).
 */
const rotated = (list, round) => list.map((_, i) => list[(i + round) % list.length]);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const at = (q) => {
    const i = (n - 1) * q;
    return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), min: s[0], max: s[n - 1], n };
};

/**
 * `other`'s mount time over `base`'s, round by round: the two ran one after the other, so a
 * slow spell on a shared machine weighs on both. Less swayed by load than a ratio of medians.
 */
const pairedRatio = (base, other) => {
  const byRound = new Map(base.map((s) => [s.round, s.mount.ms]));
  return stats(other.filter((s) => byRound.has(s.round)).map((s) => s.mount.ms / byRound.get(s.round)));
};

/**
 * The CLS pages, each loaded `pages` times: ten gauges or one of each element (`every`), in a
 * layout, with dx-widgets.css linked (`reserve`: the targets) or the bare tags an editor pastes
 * (for information, and for the data-arrival target).
 */
const CLS_PAGES = [
  {
    key: 'grid',
    layout: 'grid',
    reserve: true,
    every: false,
    pages: 3,
    what: '10 gauges in ~250 px grid columns below text, dx-widgets.css linked',
  },
  {
    key: 'column',
    layout: 'column',
    reserve: true,
    every: false,
    pages: 2,
    what: 'the same gauges in one 680 px article column, dx-widgets.css linked',
  },
  {
    key: 'bareGrid',
    layout: 'grid',
    reserve: false,
    every: false,
    pages: 2,
    what: 'the gauges in the grid, bare tags (no stylesheet, as pasted by an editor)',
  },
  { key: 'bareColumn', layout: 'column', reserve: false, every: false, pages: 2, what: 'the gauges in the article column, bare tags' },
  {
    key: 'everyPhone',
    layout: 'phone',
    reserve: true,
    every: true,
    pages: 2,
    what: 'one of each element (gauge, stat, two targets, rank on its strip), dx-widgets.css linked, 360 px column',
  },
  {
    key: 'everyColumn',
    layout: 'column',
    reserve: true,
    every: true,
    pages: 2,
    what: 'one of each element, dx-widgets.css linked, 680 px column',
  },
  { key: 'everyBarePhone', layout: 'phone', reserve: false, every: true, pages: 2, what: 'one of each element, bare tags, 360 px column' },
  {
    key: 'everyBareColumn',
    layout: 'column',
    reserve: false,
    every: true,
    pages: 2,
    what: 'one of each element, bare tags, 680 px column',
  },
];

async function cls(browser, base, layout, reserve = false, every = false) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await page.goto(`${base}/cls?layout=${layout}${reserve ? '&reserve' : ''}${every ? '&every' : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].every((el) => el.state && el.state !== 'loading'),
      WIDGETS,
      { timeout: 15_000 },
    );
    const ready = await page.evaluate(async (selector) => {
      const els = [...document.querySelectorAll(selector)];
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 300));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return {
        gauges: els.map((el) => ({ state: el.state, height: Math.round(el.getBoundingClientRect().height * 10) / 10 })),
        shifts: window.__shifts,
        upgradedAt: window.__upgradedAt,
        loading: window.__loading,
      };
    }, WIDGETS);
    const sum = (shifts) => shifts.reduce((total, s) => total + s.value, 0);
    const total = sum(ready.shifts);
    const upgrade = sum(ready.shifts.filter((s) => s.at < ready.upgradedAt));
    const notReady = ready.gauges.filter((g) => g.state !== 'ready').length;
    const early = (ready.loading ?? []).filter((g) => g.state !== 'loading').length;
    return {
      cls: total,
      upgrade,
      data: total - upgrade,
      upgradedAt: Math.round(ready.upgradedAt),
      shifts: ready.shifts,
      loadingHeights: (ready.loading ?? []).map((g) => g.height),
      readyHeights: ready.gauges.map((g) => g.height),
      problem: notReady
        ? `${notReady} widgets not ready`
        : early
          ? `${early} widgets had data before their loading box was measured`
          : errors.length
            ? errors.join(' | ')
            : null,
    };
  } finally {
    await context.close();
  }
}

async function rankVisit(browser, base, n, scroll) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await page.goto(`${base}/rank`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => window.__rank !== undefined, null, { timeout: 10_000 });
    } catch {
      return { problem: `the <dx-province-rank> page did not start (${errors.join(' | ') || 'no error reported'})` };
    }
    if (!(await page.evaluate(() => window.__rank.registered()))) return { problem: 'dx-province-rank is not registered' };
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const render = await page.evaluate((count) => window.__rank.mount(count), n);
    const result = { n, render, problem: render.state !== 'ready' ? `state ${render.state}` : null };
    if (scroll) {
      // The page, scrolled past the element and back with the wheel, as a reader does.
      await page.evaluate(() => window.__rank.watchLongTasks());
      await page.mouse.move(640, 400);
      for (let i = 0; i < 12; i += 1) {
        await page.mouse.wheel(0, i < 6 ? 400 : -400);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(150);
      result.pageScrollLongTasks = await page.evaluate(() => window.__longtasks.stop());
      // "Xem bảng": every row in a table that scrolls in its own box; then scroll that box.
      await page.evaluate(() => window.scrollTo(0, 0));
      result.table = await page.evaluate(() => window.__rank.showTable());
      await page.evaluate(() => window.__rank.watchLongTasks());
      const wrap = page.locator('dx-province-rank .table-wrap');
      await wrap.scrollIntoViewIfNeeded();
      const box = await wrap.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
      for (let i = 0; i < 20; i += 1) {
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(150);
      result.tableScrollLongTasks = await page.evaluate(() => window.__longtasks.stop());
      result.tableScrolled = await page.evaluate(
        () => document.querySelector('dx-province-rank').shadowRoot.querySelector('.table-wrap').scrollTop,
      );
    }
    if (errors.length) result.problem = [result.problem, ...errors].filter(Boolean).join(' | ');
    return result;
  } finally {
    await context.close();
  }
}

/**
 * CPU profiles of dx-widgets mounts and updates (unminified bundle, so functions keep their
 * names), summed over PROFILE_PAGES fresh pages: where its script time goes.
 */
const PROFILE_PAGES = 3;
async function profile(browser, base) {
  const self = { mount: new Map(), update: new Map() };
  const sampled = { mount: 0, update: 0 };
  for (let i = 0; i < PROFILE_PAGES; i += 1) {
    const { context, page, cdp } = await freshPage(browser);
    try {
      await page.route('**/out/dx.page.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(BUNDLES, 'dx.profile.js')) }),
      );
      await page.goto(`${base}/page/dx`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench !== undefined);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      for (const phase of ['mount', 'update']) {
        await page.evaluate(() => window.__bench.settle(100));
        await cdp.send('Profiler.start');
        await page.evaluate((p) => window.__bench[p](), phase);
        const { profile: cpu } = await cdp.send('Profiler.stop');
        if (i === 0) writeFileSync(join(OUT, `dx-${phase}.cpuprofile`), JSON.stringify(cpu));
        sampled[phase] += addSelfTimes(cpu, self[phase]);
        if (phase === 'mount') await page.evaluate(() => window.__bench.afterMount());
      }
    } finally {
      await context.close();
    }
  }
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([fn, ms]) => ({ fn, ms: Math.round((ms / PROFILE_PAGES) * 10) / 10 }));
  return Object.fromEntries(
    ['mount', 'update'].map((phase) => [
      phase,
      { pages: PROFILE_PAGES, msPerPage: Math.round((sampled[phase] / PROFILE_PAGES) * 10) / 10, top: top(self[phase]) },
    ]),
  );
}

/** Adds a profile's self time per function (ms) to `into`; returns the time sampled. */
function addSelfTimes(cpu, into) {
  const nodes = new Map(cpu.nodes.map((n) => [n.id, n]));
  let total = 0;
  cpu.samples.forEach((id, i) => {
    const dt = (cpu.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') return;
    const key = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
    into.set(key, (into.get(key) ?? 0) + dt);
    total += dt;
  });
  return total;
}

const PHASES = ['script', 'style', 'layout', 'paint', 'gc', 'other'];
/** Trace events that start a phase; everything nested inside belongs to it unless it starts another. */
const PHASE_OF = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  'v8.evaluateModule': 'script',
  'V8.Execute': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  'Document::updateStyle': 'style',
  RecalcStyle: 'style',
  ScheduleStyleRecalculation: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  BlinkGC: 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  'V8.GCScavenger': 'gc',
};

/** Main-thread self time by phase (ms) in a trace. */
function phaseTimes(traceEvents) {
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = Object.fromEntries(PHASES.map((k) => [k, 0]));
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      totals[done.phase] += done.self / 1000;
    }
  };
  for (const e of events) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur;
    stack.push({ end: e.ts + e.dur, self: e.dur, phase: PHASE_OF[e.name] ?? parent?.phase ?? 'other' });
  }
  close(Infinity);
  for (const k of PHASES) totals[k] = Math.round(totals[k] * 10) / 10;
  return totals;
}

/** One page per contestant, mount and update traced: which phase costs the time. */
async function trace(browser, base, c) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${base}/page/${c.id}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench !== undefined);
    const out = {};
    for (const phase of ['mount', 'update']) {
      await page.evaluate(() => window.__bench.settle(100));
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute'] });
      await page.evaluate((p) => window.__bench[p](), phase);
      const buffer = await browser.stopTracing();
      out[phase] = phaseTimes(JSON.parse(buffer.toString()).traceEvents);
      if (phase === 'mount') await page.evaluate(() => window.__bench.afterMount());
    }
    return out;
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------------------- reporting

const versionOf = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
};

function git(...cmd) {
  try {
    return execFileSync('git', cmd, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const fmt = (x, digits = 1) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(digits));
const range = (s, digits = 1) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

async function main() {
  log(`building bundles (vite ${versionOf('vite')}) …`);
  const sizes = await buildAll();
  const { base, close } = await serve();
  // The same Chromium as the tests: CHROME_PATH, an installed one, or the npm-packaged shell.
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const results = { samples: {}, problems: [] };
  try {
    const chromiumVersion = browser.version();
    log(
      `Chromium ${chromiumVersion}; ${ROUNDS} rounds of ${CONTESTANTS.map((c) => c.id).join(' → ')}, each round starting one later (one warm-up round first)`,
    );
    for (const c of CONTESTANTS) results.samples[c.id] = [];
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const c of rotated(CONTESTANTS, round)) {
        let sample;
        try {
          sample = await visit(browser, base, c);
        } catch (error) {
          results.problems.push(`${c.id} round ${round}: ${String(error.message).split('\n')[0]}`);
          continue;
        }
        if (sample.problem) results.problems.push(`${c.id} round ${round}: ${sample.problem}`);
        if (round > 0) results.samples[c.id].push({ ...sample, round });
      }
      const line = CONTESTANTS.map((c) => `${c.id} ${fmt(results.samples[c.id].at(-1)?.mount.ms ?? NaN, 0)}`).join(', ');
      log(round === 0 ? 'warm-up round done' : `round ${round}/${ROUNDS}: mount ms ${line}`);
    }

    log('CLS page (data answers after 300 ms) …');
    // With dx-widgets.css linked, as the README advises a portal that wants no movement (the
    // target), and with the bare tags an editor pastes (for information).
    const clsRuns = {};
    for (const { key, layout, reserve, every, pages } of CLS_PAGES) {
      clsRuns[key] = [];
      for (let i = 0; i < pages; i += 1) {
        const r = await cls(browser, base, layout, reserve, every);
        if (r.problem) results.problems.push(`cls ${key}: ${r.problem}`);
        clsRuns[key].push(r);
      }
    }

    let rank;
    if (sizes.rank.skipped) {
      rank = { skipped: sizes.rank.skipped };
      log(`province rank skipped: ${rank.skipped}`);
    } else {
      log(`province rank: ${RANK_ROUNDS} rounds of 63 → 10,000 areas …`);
      const runs = { 63: [], 10000: [] };
      let skipped;
      for (let round = 0; round <= RANK_ROUNDS && !skipped; round += 1) {
        for (const n of [63, 10000]) {
          const r = await rankVisit(browser, base, n, n === 10000 && round > 0);
          if (r.problem && !r.render) {
            skipped = r.problem;
            break;
          }
          if (r.problem) results.problems.push(`rank ${n} round ${round}: ${r.problem}`);
          if (round > 0) runs[n].push(r);
        }
      }
      rank = skipped ? { skipped } : { runs };
    }

    log(`a reader over 3G with a 4× slower CPU: ${READER_ROUNDS} rounds (one warm-up round first) …`);
    const reader = Object.fromEntries(CONTESTANTS.map((c) => [c.id, []]));
    for (let round = 0; round <= READER_ROUNDS; round += 1) {
      for (const c of rotated(CONTESTANTS, round)) {
        const r = await readerVisit(browser, base, c);
        // A page that failed or drew wrongly is reported, not counted.
        if (r.problem) results.problems.push(`reader ${c.id} round ${round}: ${r.problem}`);
        else if (round > 0) reader[c.id].push(r);
      }
    }

    log(`<dx-trend> against the gauge: ${ROUNDS} rounds of 20 each, then 1,000 points in 5 fresh pages (bench/trend.js) …`);
    const trend = await measureTrend(browser, { rounds: ROUNDS, longPages: 5, log });

    log(
      `the script embed, one file or chunks: ${READER_ROUNDS} rounds of ${EMBED_PAGES.length} articles × ${EMBED_VARIANTS.length} builds, same reader (one warm-up round first) …`,
    );
    const embed = Object.fromEntries(EMBED_PAGES.map((p) => [p.id, Object.fromEntries(EMBED_VARIANTS.map((v) => [v.id, []]))]));
    for (let round = 0; round <= READER_ROUNDS; round += 1) {
      for (const page of EMBED_PAGES) {
        for (const variant of EMBED_VARIANTS) {
          const r = await embedVisit(browser, base, variant.id, page);
          if (r.problem) results.problems.push(`embed ${variant.id} ${page.id} round ${round}: ${r.problem}`);
          else if (round > 0) embed[page.id][variant.id].push(r);
        }
      }
    }

    let experiments = null;
    if (EXPERIMENTS) {
      log('experiments: dx-widgets variants …');
      experiments = await runExperiments(browser, base);
    }

    let profiles = null;
    let phases = null;
    if (PROFILE) {
      log('CPU profile of one dx-widgets mount and update; a trace of each contestant …');
      profiles = await profile(browser, base);
      phases = {};
      for (const c of CONTESTANTS) phases[c.id] = await trace(browser, base, c);
    }

    report({ sizes, results, clsRuns, rank, reader, trend, embed, profiles, phases, experiments, chromiumVersion });
  } finally {
    await browser.close();
    await close();
  }
}

function report({ sizes, results, clsRuns, rank, reader, trend, embed, profiles, phases, experiments, chromiumVersion }) {
  const summary = {};
  for (const c of CONTESTANTS) {
    const samples = results.samples[c.id];
    const pick = (f) => stats(samples.map(f));
    summary[c.id] = {
      name: c.name,
      libGz: sizes.contestants[c.id].lib.gz,
      pageGz: sizes.contestants[c.id].page.gz,
      mount: pick((s) => s.mount.ms),
      mountDrawn: pick((s) => s.mount.drawnMs),
      warmMount: pick((s) => s.warm.ms),
      mountWork: Object.fromEntries([...WORK, ...COUNTS].map((k) => [k, pick((s) => s.mount.work[k])])),
      update: pick((s) => s.update.ms),
      updateWork: Object.fromEntries([...WORK, ...COUNTS].map((k) => [k, pick((s) => s.update.work[k])])),
      idleTaskMsPerS: pick((s) => s.idleTaskMsPerS),
      domKept: samples[0]?.update.kept === null ? null : samples.every((s) => s.update.kept),
    };
  }
  const dx = summary.dx;
  const minimal = summary.minimal;
  for (const s of Object.values(summary)) {
    s.mountVsMinimal = s.mount.median / minimal.mount.median;
    s.mountVsBare = s.mount.median / summary.bare.mount.median;
    s.mountVsDx = s.mount.median / dx.mount.median;
    s.warmVsMinimal = s.warmMount.median / minimal.warmMount.median;
    s.updateWorkVsDx = s.updateWork.TaskDuration.median / dx.updateWork.TaskDuration.median;
  }

  const maxOf = (runs, key = 'cls') => Math.max(...runs.map((r) => r[key]));
  /** The largest `key` over the CLS pages that `which` picks. */
  const clsMax = (which, key = 'cls') =>
    maxOf(
      CLS_PAGES.filter(which).flatMap((p) => clsRuns[p.key]),
      key,
    );
  const clsTotal = clsMax((p) => p.reserve && !p.every);
  const clsEveryMax = clsMax((p) => p.reserve && p.every);
  const clsBareData = clsMax((p) => !p.reserve, 'data');
  let rankSummary;
  if (rank.skipped) rankSummary = { skipped: rank.skipped };
  else {
    const small = stats(rank.runs[63].map((r) => r.render.ms));
    const large = stats(rank.runs[10000].map((r) => r.render.ms));
    const table = stats(rank.runs[10000].map((r) => r.table.ms));
    const tableAll = stats(rank.runs[10000].map((r) => r.table.allMs));
    const tableLong = rank.runs[10000].flatMap((r) => r.table.longTasks);
    const pageLong = rank.runs[10000].flatMap((r) => r.pageScrollLongTasks);
    const tableScrollLong = rank.runs[10000].flatMap((r) => r.tableScrollLongTasks);
    rankSummary = {
      render63: small,
      render10000: large,
      ratio: large.median / small.median,
      tableShow10000: table,
      tableAllRows10000: tableAll,
      tableShowLongTasks: tableLong,
      tableRows: { first: rank.runs[10000][0]?.table.rows, all: rank.runs[10000][0]?.table.allRows },
      pageScrollLongTasks: pageLong,
      tableScrollLongTasks: tableScrollLong,
      tableScrolledPx: rank.runs[10000].map((r) => r.tableScrolled),
      bars: { 63: rank.runs[63][0]?.render.bars, 10000: rank.runs[10000][0]?.render.bars },
    };
  }

  const readerSummary = Object.fromEntries(
    CONTESTANTS.map((c) => {
      const runs = reader[c.id];
      const pick = (f) => stats(runs.map(f));
      return [
        c.id,
        {
          painted: pick((r) => r.paintedAt),
          scriptArrived: pick((r) => r.scriptEnd),
          evaluated: pick((r) => r.evaluatedAt),
          bytes: runs[0]?.scriptBytes ?? null,
          n: runs.length,
        },
      ];
    }),
  );
  const embedSummary = {
    variants: Object.fromEntries(
      EMBED_VARIANTS.map((v) => [v.id, { what: v.what, main: sizes.embed[v.id].main, chunks: sizes.embed[v.id].chunks }]),
    ),
    pages: Object.fromEntries(
      EMBED_PAGES.map((p) => [
        p.id,
        {
          what: p.what,
          ...Object.fromEntries(
            EMBED_VARIANTS.map((v) => {
              const runs = embed[p.id][v.id];
              return [
                v.id,
                {
                  painted: stats(runs.map((r) => r.paintedAt)),
                  scripts: runs[0]?.scripts ?? null,
                  scriptBytes: runs[0]?.scriptBytes ?? null,
                  n: runs.length,
                },
              ];
            }),
          ),
        },
      ]),
    ),
  };
  // What the chunks save a page without those elements, and what their round trip costs a page with them.
  const embedDelta = (page) => embedSummary.pages[page].lazy.painted.median - embedSummary.pages[page].eager.painted.median;
  embedSummary.savedOnGauges = -embedDelta('gauges');
  embedSummary.costOnRanking = embedDelta('ranking');
  embedSummary.costOnBoard = embedDelta('board');
  const readerVs = (id) => readerSummary[id].painted.median / readerSummary.dx.painted.median;
  const targets = [
    // Issue 19's targets, all ratios from this one run.
    {
      name: '100 gauges mounted → painted ≤ 1.3× the bare Lit gauge (the same arc, no text)',
      value: `${fmt(dx.mountVsBare, 2)}×`,
      pass: dx.mountVsBare <= 1.3,
    },
    {
      name: '100 gauges ≥ 2.5× faster than Chart.js',
      value: `${fmt(summary.chartjs.mountVsDx, 2)}×`,
      pass: summary.chartjs.mountVsDx >= 2.5,
    },
    {
      name: '100 gauges ≥ 3.5× faster than ECharts',
      value: `${fmt(summary.echarts.mountVsDx, 2)}×`,
      pass: summary.echarts.mountVsDx >= 3.5,
    },
    {
      name: 'reader over 3G, 4× slower CPU: ≤ 1.2× the minimal Lit gauge',
      value: `${fmt(1 / readerVs('minimal'), 2)}×`,
      pass: 1 / readerVs('minimal') <= 1.2,
    },
    {
      name: 'reader over 3G, 4× slower CPU: ≥ 1.6× faster than Chart.js',
      value: `${fmt(readerVs('chartjs'), 2)}×`,
      pass: readerVs('chartjs') >= 1.6,
    },
    {
      name: 'reader over 3G, 4× slower CPU: ≥ 1.6× faster than ECharts',
      value: `${fmt(readerVs('echarts'), 2)}×`,
      pass: readerVs('echarts') >= 1.6,
    },
    { name: 'dist/dx-widgets.js main chunk ≤ 30 kB gz', value: `${kB(sizes.dxAll.gz)} kB`, pass: sizes.dxAll.gz <= 30 * KB },
    { name: 'coverage-gauge entry with lit ≤ 16 kB gz', value: `${kB(sizes.dxEntry.gz)} kB`, pass: sizes.dxEntry.gz <= 16 * KB },
    {
      name: 'update round ≥ 2× less work than Chart.js (TaskDuration)',
      value: `${fmt(summary.chartjs.updateWorkVsDx, 2)}×`,
      pass: summary.chartjs.updateWorkVsDx >= 2,
    },
    { name: 'updates keep the DOM (same nodes before and after)', value: String(dx.domKept), pass: dx.domKept === true },
    {
      name: 'CLS 0 with data arriving 300 ms late, page linking dx-widgets.css (whole page, every shift, both layouts)',
      value: fmt(clsTotal, 4),
      pass: clsTotal === 0,
    },
    {
      name: 'CLS 0 for every element (gauge, stat, targets, rank on its strip; Lai Châu feed) with data arriving late, dx-widgets.css linked, phone and article column',
      value: fmt(clsEveryMax, 4),
      pass: clsEveryMax === 0,
    },
    {
      name: 'CLS 0 from data arrival alone (bare tags, no stylesheet; the gauge pages and every element)',
      value: fmt(clsBareData, 4),
      pass: clsBareData === 0,
    },
    rankSummary.skipped
      ? { name: '10,000-area province rank < 10× the 63-area one', value: 'skipped', pass: null, note: rankSummary.skipped }
      : { name: '10,000-area province rank < 10× the 63-area one', value: `${fmt(rankSummary.ratio, 2)}×`, pass: rankSummary.ratio < 10 },
    rankSummary.skipped
      ? { name: 'no long tasks (> 50 ms) scrolling after first render', value: 'skipped', pass: null, note: rankSummary.skipped }
      : {
          name: 'no long tasks (> 50 ms) scrolling after first render',
          value: `${rankSummary.pageScrollLongTasks.length} (page), ${rankSummary.tableScrollLongTasks.length} (full table)`,
          pass: rankSummary.pageScrollLongTasks.length + rankSummary.tableScrollLongTasks.length === 0,
        },
    rankSummary.skipped
      ? {
          name: '"Xem bảng" on 10,000 areas without long tasks (> 50 ms), informational',
          value: 'skipped',
          pass: null,
          note: rankSummary.skipped,
        }
      : {
          name: '"Xem bảng" on 10,000 areas without long tasks (> 50 ms), informational',
          value: `${rankSummary.tableShowLongTasks.length} long tasks${rankSummary.tableShowLongTasks.length ? ` (${rankSummary.tableShowLongTasks.join(', ')} ms)` : ''}`,
          pass: rankSummary.tableShowLongTasks.length === 0,
        },
    {
      name: "the trend's chunk ≤ 12 kB gz on top of the shared core",
      value: `${kB(sizes.trendOnCore)} kB`,
      pass: sizes.trendOnCore <= 12 * KB,
    },
    {
      name: "a 20-point trend mounts in under 2× the gauge's time (median of per-round ratios)",
      value: `${fmt(trend.ratio.median, 2)}×`,
      pass: trend.ratio.median < 2,
      note: `fastest round ÷ fastest round ${fmt(trend.ratioOfFastest, 2)}×; to the next frame ${fmt(trend.paintedRatio.median, 2)}×; ${fmt(trend.trendRenders.median / trend.elements, 1)} render per trend`,
    },
    {
      name: 'a 1,000-point series draws without a long task (> 50 ms), fresh page after one small trend',
      value: trend.long.longTasks.length
        ? `${trend.long.longTasks.length} in ${trend.long.pages} pages (${trend.long.longTasks.map((t) => fmt(t, 0)).join(', ')} ms)`
        : `none in ${trend.long.pages} pages`,
      pass: trend.long.longTasks.length === 0,
    },
  ];

  const libs = [
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    'd3-shape',
    'd3-scale',
    'chart.js',
    'echarts',
    'zrender',
    'highcharts',
    'vite',
    'playwright-core',
  ];
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion,
    // Other work on the machine skews timings: the 1-minute load average at start and end.
    loadAverage: [loadAtStart, os.loadavg()[0]].map((x) => Math.round(x * 100) / 100),
  };
  const meta = {
    date: new Date().toISOString(),
    machine,
    versions: {
      'dx-widgets': `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} (${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', 'src') ? ', uncommitted changes in src/' : ''})`,
      ...Object.fromEntries(libs.map((p) => [p, versionOf(p)])),
    },
    rounds: ROUNDS,
    baselineArc: HAS_D3_SHAPE ? 'd3-shape' : 'bench/arc-fallback.js (d3-shape not installed)',
    seconds: Math.round((Date.now() - started) / 1000),
  };

  const lines = [];
  const out = (s = '') => lines.push(s);
  out(`Date: ${meta.date} · ${ROUNDS} rounds (+1 warm-up), contestants alternating, fresh page each · ${meta.seconds} s`);
  out(
    `Machine: ${machine.os}; ${machine.cpus}; ${machine.memoryGB} GB; Node ${machine.node}; Chromium ${machine.chromium} (headless); load average ${machine.loadAverage.join(' → ')}`,
  );
  out(
    `Versions: ${Object.entries(meta.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (!HAS_D3_SHAPE)
    out(
      "NOTE: d3-shape is not installed: the minimal Lit gauge draws its arc with bench/arc-fallback.js (same path, ~0.3 kB instead of d3-shape's arc, ~4.7 kB gz per ../shared/TOOLCHAIN.md).",
    );
  out();
  out(
    '| contestant | library gz | page gz | 100 gauges mounted → painted, ms | × minimal Lit | ÷ dx-widgets | update round, ms | update work: task / script / layout / style ms | layouts / style recalcs | DOM kept |',
  );
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |');
  for (const c of CONTESTANTS) {
    const s = summary[c.id];
    const w = s.updateWork;
    out(
      `| ${c.name} | ${kB(s.libGz)} kB | ${kB(s.pageGz)} kB | ${range(s.mount)} | ${fmt(s.mountVsMinimal, 2)} | ${fmt(s.mountVsDx, 2)} | ${range(s.update)} | ${fmt(w.TaskDuration.median)} / ${fmt(w.ScriptDuration.median)} / ${fmt(w.LayoutDuration.median)} / ${fmt(w.RecalcStyleDuration.median)} | ${fmt(w.LayoutCount.median, 0)} / ${fmt(w.RecalcStyleCount.median, 0)} | ${s.domKept === null ? 'n/a' : s.domKept ? 'yes' : 'NO'} |`,
    );
  }
  out();
  out('Mount work (CDP Performance.getMetrics deltas, medians): task / script / layout / style ms; layouts / style recalcs');
  out();
  out(
    '| contestant | mount task | script | layout | style | layouts / recalcs | script until drawn, ms | 100 more in the same page, ms (× minimal) | idle work while unchanged, ms per s |',
  );
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CONTESTANTS) {
    const s = summary[c.id];
    const w = s.mountWork;
    out(
      `| ${c.name} | ${fmt(w.TaskDuration.median)} | ${fmt(w.ScriptDuration.median)} | ${fmt(w.LayoutDuration.median)} | ${fmt(w.RecalcStyleDuration.median)} | ${fmt(w.LayoutCount.median, 0)} / ${fmt(w.RecalcStyleCount.median, 0)} | ${fmt(s.mountDrawn.median)} | ${range(s.warmMount)} (${fmt(s.warmVsMinimal, 2)}) | ${fmt(s.idleTaskMsPerS.median)} |`,
    );
  }
  out();
  const lazy = (s) =>
    s.lazy.length ? ` + loaded when used: ${s.lazy.map((l) => `${l.chunk.replace(/-[\w-]{8}\.js$/, '')} ${kB(l.gz)} kB`).join(', ')}` : '';
  out(
    `Sizes (minified, gzip -9, measured from src/ as scripts/size-budget.js does): dx-widgets.js (every element) ${kB(sizes.dxAll.gz)} kB${lazy(sizes.dxAll)}` +
      `${sizes.distDxWidgets !== null ? ` [dist/dx-widgets.js on disk: ${kB(sizes.distDxWidgets)} kB]` : ''}; coverage-gauge entry with lit ${kB(sizes.dxEntry.gz)} kB${lazy(sizes.dxEntry)}.` +
      ' The benchmark pages inline every chunk (codeSplitting: false), hence "library gz" above is larger than the entry.',
  );
  out();
  out('CLS, data answering after 300 ms:');
  for (const { key, every, pages, what } of CLS_PAGES) {
    const runs = clsRuns[key];
    // Ten gauges have one height; one of each element, one height each.
    const list = (heights) => (every ? heights : [...new Set(heights)]).join('/');
    out(
      `  ${what} (${pages} pages): max ${fmt(maxOf(runs), 4)} = ${fmt(maxOf(runs, 'upgrade'), 4)} when the elements upgrade (before their first render) + ${fmt(maxOf(runs, 'data'), 4)} when data arrives; heights ${list(runs[0].loadingHeights)} px while loading → ${list(runs[0].readyHeights)} px ready.`,
    );
  }
  out();
  if (rankSummary.skipped) out(`Province rank: SKIPPED — ${rankSummary.skipped}.`);
  else {
    out(
      `Province rank: 63 areas ${range(rankSummary.render63)} ms, 10,000 areas ${range(rankSummary.render10000)} ms → ratio ${fmt(rankSummary.ratio, 2)}×; bars drawn ${rankSummary.bars[63]} / ${rankSummary.bars[10000]}.`,
    );
    const tasks = (list) => (list.length ? list.join(', ') + ' ms' : 'none');
    out(`  Long tasks (> 50 ms) scrolling the page after first render: ${tasks(rankSummary.pageScrollLongTasks)}.`);
    out(
      `  "Xem bảng" (10,000 rows): first ${rankSummary.tableRows.first} rows painted in ${range(rankSummary.tableShow10000)} ms, all ${rankSummary.tableRows.all} in ${range(rankSummary.tableAllRows10000)} ms; long tasks meanwhile: ${tasks(rankSummary.tableShowLongTasks)}; then scrolling that table: ${tasks(rankSummary.tableScrollLongTasks)}.`,
    );
  }
  out();
  out(
    `A reader over 3G (${READER_NETWORK.latency} ms round trip, ${(READER_NETWORK.downloadThroughput * 8) / 1e6} Mbps down) with a ${READER_CPU}× slower CPU, from navigation to the 100 gauges painted (${READER_ROUNDS} rounds, fresh page each, medians; informational):`,
  );
  out();
  out("| contestant | script transferred | script arrived, ms | module evaluated, ms | 100 gauges painted, ms | × dx-widgets' time |");
  out('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CONTESTANTS) {
    const r = readerSummary[c.id];
    out(
      `| ${c.name} | ${r.bytes === null ? '–' : `${kB(r.bytes)} kB`} | ${fmt(r.scriptArrived.median, 0)} | ${fmt(r.evaluated.median, 0)} | ${fmt(r.painted.median, 0)} (${fmt(r.painted.min, 0)}–${fmt(r.painted.max, 0)}) | ${fmt(r.painted.median / readerSummary.dx.painted.median, 2)} |`,
    );
  }
  out();
  out();
  out(
    `The script embed over the same 3G with a 4× slower CPU, from navigation to every widget painted (${READER_ROUNDS} rounds, medians):`,
  );
  for (const v of EMBED_VARIANTS)
    out(
      `  ${v.id} (${v.what}): main ${kB(embedSummary.variants[v.id].main)} kB; chunks ${embedSummary.variants[v.id].chunks.map((c) => `${c.name} ${kB(c.gz)} kB`).join(', ')}`,
    );
  for (const p of EMBED_PAGES)
    out(
      `  ${p.id} (${p.what}): ${EMBED_VARIANTS.map((v) => `${v.id} ${range(embedSummary.pages[p.id][v.id].painted, 0)} ms, ${embedSummary.pages[p.id][v.id].scripts} scripts, ${kB(embedSummary.pages[p.id][v.id].scriptBytes ?? NaN)} kB`).join('; ')}`,
    );
  out(
    `  the chunks save a page of gauges ${fmt(embedSummary.savedOnGauges, 0)} ms and cost a ranking ${fmt(embedSummary.costOnRanking, 0)} ms, a board with a ranking card ${fmt(embedSummary.costOnBoard, 0)} ms`,
  );
  out();
  out('Targets (issue 19; the others since issue 7):');
  for (const t of targets)
    out(`${t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value}${t.note ? ` — ${t.note}` : ''}`);
  const paired = (id, base = 'dx') => pairedRatio(results.samples[base], results.samples[id]);
  const pairedText = (r) => `${fmt(r.median, 2)}× (middle half ${fmt(r.q1, 2)}–${fmt(r.q3, 2)})`;
  out(
    `info  the mount ratios round by round (each contestant over dx-widgets in the same round; median of ${paired('chartjs').n} rounds): Chart.js ${pairedText(paired('chartjs'))}, ECharts ${pairedText(paired('echarts'))}, Highcharts ${pairedText(paired('highcharts'))} dx-widgets' time; dx-widgets ${pairedText(paired('dx', 'minimal'))} the minimal Lit gauge`,
  );
  if (AGAINST)
    out(`info  dx-widgets today over dx-widgets at ${AGAINST.commit.slice(0, 10)}, round by round: ${pairedText(paired('dx', 'at'))}`);
  out(
    `info  100 more gauges in an already-running page (no start-up costs): dx-widgets ${fmt(dx.warmVsMinimal, 2)}× the minimal Lit gauge; Chart.js ${fmt(summary.chartjs.warmMount.median / dx.warmMount.median, 2)}×, ECharts ${fmt(summary.echarts.warmMount.median / dx.warmMount.median, 2)}×, Highcharts ${fmt(summary.highcharts.warmMount.median / dx.warmMount.median, 2)}× dx-widgets' time`,
  );
  if (profiles) {
    out();
    for (const [phase, p] of Object.entries(profiles)) {
      out(
        `dx-widgets ${phase}, CPU profile self time per page (unminified bundle, ${p.pages} pages, ${p.msPerPage} ms sampled per page): ${p.top
          .slice(0, 10)
          .map((t) => `${t.fn} ${t.ms}`)
          .join('; ')}`,
      );
    }
  }
  if (experiments) {
    out();
    out(`dx-widgets variants (${EXPERIMENT_ROUNDS} rounds each, alternating; medians): what a suspected cost is worth`);
    out();
    out('| variant | mount, ms | mount style ms (recalcs) | update, ms | update task ms | update layout ms |');
    out('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const e of experiments) {
      out(
        `| ${e.name} | ${fmt(e.mount.median)} | ${fmt(e.mountStyle.median)} (${fmt(e.mountRecalcs.median, 0)}) | ${fmt(e.update.median)} | ${fmt(e.updateTask.median)} | ${fmt(e.updateLayout.median)} |`,
      );
    }
  }
  if (phases) {
    out();
    out('Where the main thread spends a mount and an update (one traced page each; self time in ms by phase):');
    out();
    out(`| contestant | mount: ${PHASES.join(' / ')} | update: ${PHASES.join(' / ')} |`);
    out('| --- | ---: | ---: |');
    for (const c of CONTESTANTS) {
      const p = phases[c.id];
      out(`| ${c.name} | ${PHASES.map((k) => fmt(p.mount[k])).join(' / ')} | ${PHASES.map((k) => fmt(p.update[k])).join(' / ')} |`);
    }
  }
  if (results.problems.length) {
    out();
    out(`Problems (${results.problems.length}):`);
    for (const p of [...new Set(results.problems)].slice(0, 20)) out(`  ${p}`);
  }
  console.log(lines.join('\n'));

  const json = {
    ...meta,
    sizes: {
      dxWidgetsAll: sizes.dxAll.gz,
      dxWidgetsAllLazyChunks: sizes.dxAll.lazy,
      distDxWidgets: sizes.distDxWidgets,
      coverageGaugeEntry: sizes.dxEntry.gz,
      coverageGaugeLazyChunks: sizes.dxEntry.lazy,
      ...Object.fromEntries(
        CONTESTANTS.map((c) => [
          c.id,
          {
            libraryGz: sizes.contestants[c.id].lib.gz,
            libraryRaw: sizes.contestants[c.id].lib.raw,
            pageGz: sizes.contestants[c.id].page.gz,
            pageRaw: sizes.contestants[c.id].page.raw,
          },
        ]),
      ),
    },
    contestants: summary,
    pairedMountRatios: {
      chartjsOverDx: paired('chartjs'),
      echartsOverDx: paired('echarts'),
      highchartsOverDx: paired('highcharts'),
      dxOverMinimal: paired('dx', 'minimal'),
      ...(AGAINST && { against: { commit: AGAINST.commit, dxOverAt: paired('dx', 'at') } }),
    },
    cls: {
      gauges: clsTotal,
      everyElement: clsEveryMax,
      bareDataArrival: clsBareData,
      pages: CLS_PAGES.map((p) => ({ ...p, max: maxOf(clsRuns[p.key]), runs: clsRuns[p.key] })),
    },
    provinceRank: rankSummary,
    reader: { network: READER_NETWORK, cpuSlowdown: READER_CPU, rounds: READER_ROUNDS, ...readerSummary },
    trend: { ...trend, chunkOnCoreGz: sizes.trendOnCore },
    embed: embedSummary,
    targets,
    profiles,
    phases,
    experiments,
    problems: [...new Set(results.problems)],
  };
  writeFileSync(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
  log(`wrote ${RESULTS}`);
  // BENCHMARKS.md's "Latest run" is this run (not a trial written elsewhere with --out):
  // its numbers are never typed by hand.
  if (RESULTS === join(ROOT, 'bench/results.json')) {
    const benchmarks = join(ROOT, 'BENCHMARKS.md');
    writeFileSync(benchmarks, withSection(readFileSync(benchmarks, 'utf8'), latestRun(json)));
    log('wrote BENCHMARKS.md (latest run)');
  }
}

await main();
