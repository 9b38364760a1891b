#!/usr/bin/env node
// Writes the server HTML that test/ssr/hydration.test.ts hydrates in the browser:
// test/fixtures/ssr-<element>.html, one widget each. Run by test/ssr/ssr.test.js (and by hand:
// `node scripts/ssr-fixtures.js`); a file is rewritten only when its HTML changed.
//
// The renderer is built with the templates as written (--keep-literals), because the browser
// tests run the unbundled sources: hydration matches server HTML to the browser's templates
// by a hash of their text. Its own process: two builds of the renderer in one process would
// share one element registry, and the first to register an element would render it for both.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { buildSsr } from './build-ssr.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures');
const LAI_CHAU = JSON.parse(readFileSync(join(fixtures, 'lai-chau-2024.json'), 'utf8'));
/** Phones with a history; a target judged by its pace (40% in 2023, 60% by mid-2024, 100% due at the end of 2024). */
const {
  phones: PHONES,
  adults: ADULTS,
  ranking: RANKING,
  goal: GOAL,
} = JSON.parse(readFileSync(join(fixtures, 'ssr-documents.json'), 'utf8'));

/** Each fixture: [file name, tag, data, options]. */
const FIXTURES = [
  ['coverage-gauge', 'dx-coverage-gauge', LAI_CHAU, { indicator: 'households-fiber-broadband', attributes: { low: '30', high: '80' } }],
  ['target-progress', 'dx-target-progress', ADULTS, { lang: 'en', attributes: { now: '2024-10-01' } }],
  ['target-progress-inline', 'dx-target-progress', ADULTS, { attributes: { now: '2024-10-01', variant: 'inline' } }],
  ['stat', 'dx-stat', PHONES, { theme: 'dark' }],
  // `now` fixed, as the server would otherwise pin today and the file change daily.
  ['province-rank', 'dx-province-rank', RANKING, { attributes: { now: '2024-10-01' } }],
  // A rank goal of a plan (issue 21), judged on a fixed day.
  ['province-rank-goal', 'dx-province-rank', GOAL, { attributes: { now: '2025-06-01' } }],
  ['province-map', 'dx-province-map', RANKING, {}],
  // A trend, drawn by the server for a phone column and hydrated in a wider one.
  ['trend', 'dx-trend', PHONES, { attributes: { now: '2024-10-01' } }],
  // A trend past LONG_SERIES (src/trend/trend.ts), drawn by the server: the browser hydrates it at
  // once rather than in a task of its own. Monthly from 1930, `now` fixed.
  [
    'trend-long',
    'dx-trend',
    {
      label: 'Thuê bao',
      unit: '%',
      value: 90,
      asOf: '1980-01',
      series: Array.from({ length: 600 }, (_, i) => ({
        asOf: `${1930 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        value: 30 + (i % 60),
      })),
    },
    { attributes: { now: '1980-06-01' } },
  ],
  // A hedged gauge without marks (vi), one with a target mark (en), and one without a figure.
  ['coverage-gauge-approx', 'dx-coverage-gauge', { label: 'Phủ sóng 4G', unit: '%', value: 76.4, approx: 'over' }, {}],
  [
    'coverage-gauge-approx-en',
    'dx-coverage-gauge',
    { label: { vi: 'Phủ sóng 4G', en: '4G coverage' }, unit: '%', value: 76.4, approx: 'over', target: { value: 100, by: '2025' } },
    { lang: 'en' },
  ],
  ['coverage-gauge-nofigure', 'dx-coverage-gauge', { label: 'Phủ sóng 4G', unit: '%', target: { value: 100, by: '2025' } }, {}],
  // An error in place, its problem in words: the browser must have them before it hydrates.
  ['coverage-gauge-error', 'dx-coverage-gauge', { label: 'Hộ có internet', unit: '%', value: 120 }, {}],
];

/** Renders every fixture and writes the changed ones; returns the files. */
export async function writeFixtures() {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'dx-ssr-fixtures-'));
  try {
    const { renderToString } = await import(pathToFileURL(await buildSsr({ outdir, keepLiterals: true })).href);
    const files = [];
    for (const [name, tag, data, options] of FIXTURES) {
      const file = join(fixtures, `ssr-${name}.html`);
      const html = `<!-- Written by scripts/ssr-fixtures.js; hydrated by test/ssr/hydration.test.ts. -->\n${await renderToString(tag, data, options)}\n`;
      if (!existsSync(file) || readFileSync(file, 'utf8') !== html) writeFileSync(file, html);
      files.push(file);
    }
    return files;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of await writeFixtures()) console.log(`wrote ${file}`);
}
