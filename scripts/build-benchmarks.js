#!/usr/bin/env node
// BENCHMARKS.md's "Latest run" section, written from bench/results.json (what `npm run bench`
// leaves), between the markers below: the numbers in the file are always the last run's.
// Methods and explanations around it are prose and stay as written; earlier runs are in git.
//
//   node scripts/build-benchmarks.js [--check]   (--check: exit 1 when the section is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const START = '<!-- latest-run:start (generated from bench/results.json by scripts/build-benchmarks.js) -->';
const END = '<!-- latest-run:end -->';

const fmt = (x, digits = 1) => (typeof x !== 'number' || Number.isNaN(x) ? '–' : x.toFixed(digits));
const kB = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1000).toFixed(2)} kB` : '–');
const range = (s, digits = 1) => (s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '–');
const rows = (header, align, lines) => [header, align, ...lines, ''];

/** The section's markdown, from a results object. */
export function latestRun(r) {
  const out = [];
  const m = r.machine ?? {};
  out.push(`${r.date?.slice(0, 16).replace('T', ' ')} UTC · ${r.rounds} rounds plus 1 warm-up · ${r.seconds} s  `);
  out.push(
    `Machine: ${m.os}, ${m.cpus}, ${m.memoryGB} GB, Node ${m.node}, Chromium ${m.chromium} headless; 1-minute load average ${(m.loadAverage ?? []).join(' → ')} (start → end).  `,
  );
  out.push(
    `Versions: ${Object.entries(r.versions ?? {})
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
  );
  out.push(
    ...rows(
      '| target | measured | verdict |',
      '| --- | ---: | :---: |',
      (r.targets ?? []).map(
        (t) =>
          `| ${t.name} | ${t.value}${t.note ? ` (${t.note})` : ''} | ${t.pass === null ? 'skipped' : t.pass ? 'met' : '**not met**'} |`,
      ),
    ),
  );
  const contestants = Object.values(r.contestants ?? {});
  out.push(
    ...rows(
      '| contestant | library gz | page gz | 100 gauges mounted → painted, ms | × bare Lit | × minimal Lit | ÷ dx-widgets | update round, ms | update work: task / script / layout / style ms | DOM kept |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
      contestants.map((c) => {
        const w = c.updateWork ?? {};
        const kept = c.domKept === null ? 'n/a' : c.domKept ? 'yes' : 'NO';
        return `| ${c.name} | ${kB(c.libGz)} | ${kB(c.pageGz)} | ${range(c.mount)} | ${fmt(c.mountVsBare, 2)} | ${fmt(c.mountVsMinimal, 2)} | ${fmt(c.mountVsDx, 2)} | ${range(c.update)} | ${fmt(w.TaskDuration?.median)} / ${fmt(w.ScriptDuration?.median)} / ${fmt(w.LayoutDuration?.median)} / ${fmt(w.RecalcStyleDuration?.median)} | ${kept} |`;
      }),
    ),
  );
  const against = r.pairedMountRatios?.against;
  if (against) {
    const { median, q1, q3, n } = against.dxOverAt;
    out.push(
      `Today's gauge over the same gauge at ${against.commit.slice(0, 10)} (\`--against\`), round by round: ${fmt(median, 2)}× (middle half ${fmt(q1, 2)}–${fmt(q3, 2)}, ${n} rounds).`,
      '',
    );
  }
  out.push('Mount work (CDP `Performance.getMetrics` deltas, medians):', '');
  out.push(
    ...rows(
      '| contestant | mount task | script | layout | style | script until drawn, ms | 100 more in the same page, ms (× minimal) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      contestants.map((c) => {
        const w = c.mountWork ?? {};
        return `| ${c.name} | ${fmt(w.TaskDuration?.median)} | ${fmt(w.ScriptDuration?.median)} | ${fmt(w.LayoutDuration?.median)} | ${fmt(w.RecalcStyleDuration?.median)} | ${fmt(c.mountDrawn?.median)} | ${range(c.warmMount)} (${fmt(c.warmVsMinimal, 2)}) |`;
      }),
    ),
  );
  if (r.experiments?.length) {
    out.push('The dx-widgets variants (`--experiments`), medians:', '');
    out.push(
      ...rows(
        '| variant | mount, ms | mount style ms (recalcs) | update, ms | update task ms | update layout ms |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        r.experiments.map(
          (e) =>
            `| ${e.name} | ${fmt(e.mount?.median)} | ${fmt(e.mountStyle?.median)} (${fmt(e.mountRecalcs?.median, 0)}) | ${fmt(e.update?.median)} | ${fmt(e.updateTask?.median)} | ${fmt(e.updateLayout?.median)} |`,
        ),
      ),
    );
  }
  const s = r.sizes ?? {};
  const lazy = (chunks) =>
    chunks?.length ? ` (+ loaded when used: ${chunks.map((c) => `${c.chunk.replace(/-[\w-]{8}\.js$/, '')} ${kB(c.gz)}`).join(', ')})` : '';
  out.push(
    `**Sizes** (minified, gzip -9): \`dx-widgets.js\` with every element ${kB(s.dxWidgetsAll)}${lazy(s.dxWidgetsAllLazyChunks)}; the \`coverage-gauge\` entry with lit ${kB(s.coverageGaugeEntry)}${lazy(s.coverageGaugeLazyChunks)}.`,
    '',
  );
  const rank = r.provinceRank;
  if (rank && !rank.skipped) {
    out.push(
      `**\`<dx-province-rank>\`**: 63 areas in ${range(rank.render63)} ms, 10,000 areas in ${range(rank.render10000)} ms (${fmt(rank.ratio, 2)}×). "Xem bảng" on 10,000 areas: the first rows painted in ${range(rank.tableShow10000)} ms, all in ${range(rank.tableAllRows10000)} ms; long tasks meanwhile: ${rank.tableShowLongTasks?.length ?? '–'}.`,
      '',
    );
  }
  const trend = r.trend;
  if (trend) {
    out.push(
      `**\`<dx-trend>\`** (\`bench/trend.js\`, ${trend.rounds} rounds): 20 gauges mounted in ${range(trend.gauge)} ms, 20 trends of ${trend.points} points in ${range(trend.trend)} ms; ` +
        `trend ÷ gauge ${fmt(trend.ratio?.median, 2)}× (median of per-round ratios; fastest ÷ fastest ${fmt(trend.ratioOfFastest, 2)}×), to the next frame ${fmt(trend.paintedRatio?.median, 2)}×; ` +
        `${fmt(trend.trendRenders?.median / trend.elements, 1)} render per trend. 1,000 points, fresh page: mounted in ${range(trend.long?.mount)} ms; ` +
        `long tasks: ${trend.long?.longTasks?.length ? trend.long.longTasks.map((t) => fmt(t, 0)).join(', ') + ' ms' : 'none'} in ${trend.long?.pages} pages. The chunk on top of the shared core: ${kB(trend.chunkOnCoreGz)}.`,
      '',
    );
  }
  const reader = r.reader;
  if (reader?.network) {
    const dxPainted = reader.dx?.painted?.median;
    out.push(
      `**A reader over 3G** (${reader.network.latency} ms round trip, ${(reader.network.downloadThroughput * 8) / 1e6} Mbps down) with a ${reader.cpuSlowdown}× slower CPU, from navigation (${reader.rounds} rounds, medians):`,
      '',
    );
    out.push(
      ...rows(
        "| contestant | script transferred | script arrived, ms | module evaluated, ms | 100 gauges painted, ms | × dx-widgets' time |",
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        Object.entries(r.contestants ?? {}).map(([id, c]) => {
          const x = reader[id] ?? {};
          return `| ${c.name} | ${kB(x.bytes)} | ${fmt(x.scriptArrived?.median, 0)} | ${fmt(x.evaluated?.median, 0)} | ${range(x.painted, 0)} | ${fmt(x.painted?.median / dxPainted, 2)} |`;
        }),
      ),
    );
  }
  const embed = r.embed;
  if (embed?.pages) {
    const variants = Object.keys(embed.variants);
    out.push(
      `**The script embed, one file or chunks**, for the same reader (3G, 4× slower CPU), from navigation to every widget painted (medians): \`lazy\` is \`dist/dx-widgets.js\` as built, \`eager\` the same with the ranking and the board in its main chunk.`,
      '',
    );
    out.push(
      ...rows(
        '| build | main chunk | chunks fetched on use |',
        '| --- | ---: | --- |',
        variants.map(
          (id) =>
            `| \`${id}\`: ${embed.variants[id].what} | ${kB(embed.variants[id].main)} | ${embed.variants[id].chunks.map((c) => `${c.name} ${kB(c.gz)}`).join(', ')} |`,
        ),
      ),
    );
    out.push(
      ...rows(
        `| article | ${variants.map((id) => `\`${id}\`: painted, ms (scripts, kB)`).join(' | ')} | lazy − eager, ms |`,
        `| --- | ${variants.map(() => '---:').join(' | ')} | ---: |`,
        Object.values(embed.pages).map(
          (p) =>
            `| ${p.what} | ${variants.map((id) => `${range(p[id].painted, 0)} (${p[id].scripts}, ${kB(p[id].scriptBytes)})`).join(' | ')} | ${fmt(p.lazy.painted.median - p.eager.painted.median, 0)} |`,
        ),
      ),
    );
  }
  if (r.problems?.length) out.push(`Problems in the run: ${r.problems.join('; ')}`, '');
  return out.join('\n').trimEnd();
}

/** BENCHMARKS.md with its section replaced by `section`. */
export function withSection(text, section) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`BENCHMARKS.md has no ${START} … ${END} markers`);
  return `${text.slice(0, start + START.length)}\n\n${section}\n\n${text.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(root, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const next = withSection(text, latestRun(JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8'))));
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('BENCHMARKS.md is out of date with bench/results.json: run node scripts/build-benchmarks.js');
      process.exit(1);
    }
    console.log('BENCHMARKS.md is up to date.');
  } else {
    writeFileSync(file, next);
    console.log('wrote BENCHMARKS.md (latest run)');
  }
}
