#!/usr/bin/env node
// What a developer adopting the package meets, checked on the packed tarball (run after
// `npm run build`):
//   1. `npm pack`, and the tarball holds the LICENSE, the manifest and the editor data;
//   2. publint, and @arethetypeswrong/cli (ESM-only notes aside: the package has no require());
//   3. a fresh app in a temporary directory, with the tarball and @types/react 19 installed,
//      type-checks React 19 TSX and plain TypeScript using the elements, with no
//      declarations of its own, under `moduleResolution` `bundler` and `nodenext`; a
//      misspelt attribute and a bad `shape` are errors there (`@ts-expect-error`).
//
//   node scripts/check-consumer.js        (npm run check:consumer)
// Exit 0 when all pass. Needs the npm registry (or npm's cache) for lit, d3-scale and @types/react.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const failures = [];

/** Runs a command; on failure records `what` with its output. Returns stdout. */
function run(what, command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) failures.push(`${what}:\n${result.stdout}${result.stderr}`);
  console.log(`${what}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
  return result.stdout;
}

/**
 * `run` without waiting: the steps that do not need each other's results (publint, attw, and the
 * app's install then its two type-checks) go side by side, a minute less on two cores. Resolves
 * to the line `run` prints and the failure it records, for the caller to report in a fixed order.
 */
function start(what, command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (status) => {
      resolve({ line: `${what}: ${status === 0 ? 'ok' : 'FAILED'}`, failure: status === 0 ? null : `${what}:\n${output}` });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'dx-consumer-'));
try {
  const packed = JSON.parse(run('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], { cwd: root }) || '[]')[0];
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  for (const needed of [
    'LICENSE',
    'README.md',
    'custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/web-types.json',
    'dist/types/jsx.d.ts',
    'dist/types/react.d.ts',
  ]) {
    if (!files.has(needed)) failures.push(`the tarball has no ${needed}`);
  }
  console.log(`tarball: ${packed.filename}, ${files.size} files, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`);

  const steps = [];
  steps.push(start('publint', bin('publint'), ['run', tarball, '--strict'], { cwd: root }));
  // `--profile esm-only`: the package is ESM by design (no require() on Node 20), so CommonJS
  // resolutions are not checked. Left out: entries that are not modules to import (a
  // stylesheet, the iframe page, and embed-resize.js, a classic script for `<script src>`
  // that exports nothing).
  steps.push(
    start(
      'attw',
      bin('attw'),
      [tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'dx-widgets.css', 'embed.html', 'embed-resize.js'],
      { cwd: root },
    ),
  );

  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const installed = start(
    'install the tarball in a fresh app',
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, '@types/react@19'],
    { cwd: app },
  );
  steps.push(installed);

  writeFileSync(
    join(app, 'src', 'app.tsx'),
    `import 'dx-widgets/coverage-gauge';
import 'dx-widgets/react';
import type { IndicatorErrorDetail } from 'dx-widgets';

export const Gauge = ({ onProblem }: { onProblem: (detail: IndicatorErrorDetail) => void }) => (
  <section>
    <dx-coverage-gauge value={97.27} label="Thôn, bản có sóng di động" shape="ring" as-of="2024"
      ondx-load={(event) => console.log(event.detail.indicator.value)}
      ondx-error={(event) => onProblem(event.detail)} />
    <dx-stat src="/feed.json" indicator="smartphone-subscriptions" notation="compact" />
    <dx-target-progress data={{ label: 'Cáp quang', unit: '%', value: 41.5 }} variant="inline" />
    <dx-province-rank highlight="12" limit={10} />
    <dx-board src="/feed.json" heading-level={3} />
  </section>
);
// @ts-expect-error -- a misspelt attribute is an error
export const Misspelt = () => <dx-coverage-gauge vaule={97.27} />;
// @ts-expect-error -- shape is 'semicircle' or 'ring'
export const BadShape = () => <dx-coverage-gauge shape="square" />;
`,
  );
  writeFileSync(
    join(app, 'src', 'dom.ts'),
    `import { CoverageGauge } from 'dx-widgets/coverage-gauge/class';
import 'dx-widgets/coverage-gauge';
import { validateDocument } from 'dx-widgets/data';
import { formatFigure } from 'dx-widgets/format';
import type { CustomElements } from 'dx-widgets/jsx';

export const gauge: CoverageGauge = document.createElement('dx-coverage-gauge');
gauge.addEventListener('dx-load', (event) => event.detail.indicator.value);
export const errors = validateDocument({ label: 'x', value: 1 });
export { formatFigure };
export const props: CustomElements['dx-coverage-gauge'] = { shape: 'ring' };
`,
  );
  writeFileSync(
    join(app, 'src', 'server.ts'),
    `import { renderToString } from 'dx-widgets/ssr';
export const html: Promise<string> = renderToString('dx-coverage-gauge', { label: 'x', unit: '%', value: 1 });
`,
  );
  // The type-checks start once the app is installed (the sources are written meanwhile).
  const installedOk = installed.then(({ failure }) => !failure);
  for (const moduleResolution of ['bundler', 'nodenext']) {
    const compilerOptions = {
      target: 'ES2022',
      module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
      moduleResolution,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      // The package's own .d.ts files are checked too: an app need not set skipLibCheck.
      skipLibCheck: false,
      types: [],
    };
    const config = join(app, `tsconfig.${moduleResolution}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
    const what = `tsc, moduleResolution ${moduleResolution}`;
    steps.push(
      installedOk.then((ok) =>
        ok ? start(what, bin('tsc'), ['-p', config], { cwd: app }) : { line: `${what}: not run (no app)`, failure: `${what}: not run` },
      ),
    );
  }
  for (const { line, failure } of await Promise.all(steps)) {
    console.log(line);
    if (failure) failures.push(failure);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log('consumer check: ok');
