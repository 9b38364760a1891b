// Writes templates/indicators.xlsx from templates/indicators.csv, so the two templates keep the
// same columns and the same Lai Châu rows:  node scripts/build-xlsx-template.js
// Sheets: indicators (the CSV's columns and rows, numbers as number cells, codes and dates as
// Text cells so Excel keeps "06" and "2024-12-31" as typed), series and areas (headers only).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

import { writeWorkbook } from './workbook.js';

const root = join(import.meta.dirname, '..');

/** src/sheet/rows.ts and csv.ts, compiled for this script: the template uses the converter's own column lists. */
async function source() {
  const bundled = await build({
    stdin: {
      contents: "export { parseCsv } from './src/sheet/csv.ts'; export { SERIES_COLUMNS, AREAS_COLUMNS } from './src/sheet/rows.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`);
}

const NUMBERS = new Set(['value', 'target', 'baseline', 'count_part', 'count_whole']);
const TEXT = new Set(['area_code', 'as_of', 'target_by', 'baseline_as_of']);

export async function templateWorkbook() {
  const { parseCsv, SERIES_COLUMNS, AREAS_COLUMNS } = await source();
  const parsed = parseCsv(readFileSync(join(root, 'templates/indicators.csv'), 'utf8').replace(/^\uFEFF/, ''), ',');
  const [header, ...rows] = parsed.rows.map((r) => r.cells);
  const typed = rows.map((cells) =>
    header.map((column, i) => {
      const cell = cells[i] ?? '';
      if (NUMBERS.has(column) && cell !== '') return Number(cell);
      // An empty Text cell still carries its format, so what is typed there later stays text.
      return TEXT.has(column) ? { text: cell, format: 'text' } : cell;
    }),
  );
  const width = (column) => (column.startsWith('label') || column === 'source' ? 40 : column === 'id' ? 28 : 12);
  return writeWorkbook([
    { name: 'indicators', rows: [header, ...typed], widths: header.map(width) },
    { name: 'series', rows: [[...SERIES_COLUMNS]], widths: [28, 12, 12, 10] },
    { name: 'areas', rows: [[...AREAS_COLUMNS]], widths: [28, 12, 12, 10] },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(root, 'templates/indicators.xlsx'), await templateWorkbook());
  console.log('wrote templates/indicators.xlsx');
}
