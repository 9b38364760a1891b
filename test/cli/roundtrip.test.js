import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildPackage, cleanUp, cli, example, importSource, root, temporary, write } from './helpers.js';

// The template is the Lai Châu example (test/fixtures/lai-chau-2024.json, a copy of
// ../shared/examples/lai-chau-2024.json) as a spreadsheet, counts included (count_part,
// count_whole, count_unit): every field survives the round trip.

const template = join(root, 'templates/indicators.csv');

let dir;
let bin;
let validateDocument;
let parseCsv;

before(async () => {
  dir = temporary();
  bin = buildPackage(dir);
  ({ validateDocument } = await importSource(dir, 'src/spec/validate.ts'));
  ({ parseCsv } = await importSource(dir, 'src/sheet/csv.ts'));
});
after(() => cleanUp(dir));

describe('templates/indicators.csv', () => {
  test('is UTF-8 with a BOM, comma separated, one row per indicator of the example, label_en filled', () => {
    const bytes = readFileSync(template);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.ok(
      text.startsWith(
        'id,label,label_en,unit,unit_en,value,approx,as_of,area_code,area_name,target,target_by,baseline,baseline_as_of,source,source_url,note,count_part,count_whole,count_unit,count_unit_en,direction\r\n',
      ),
    );
    const { rows } = parseCsv(text, ',');
    const [header, ...members] = rows.map((r) => r.cells);
    assert.deepEqual(
      members.map((cells) => cells[0]),
      example.indicators.map((i) => i.id),
    );
    const labelEn = header.indexOf('label_en');
    assert.ok(members.every((cells) => cells[labelEn] !== ''));
  });
});

describe('round trip: CSV → JSON → validate', () => {
  test('the template converts (exit 0), the JSON validates (exit 0), and it says what the example says', () => {
    const converted = cli(bin, ['from-csv', template]);
    assert.equal(converted.status, 0, converted.stderr);
    const feed = write(dir, 'lai-chau.json', converted.stdout);
    const checked = cli(bin, ['validate', feed]);
    assert.equal(checked.status, 0, checked.stdout);
    assert.match(checked.stdout, /hợp lệ, 7 chỉ số/);

    // The template repeats the area, date and source on every row; once the validator applies
    // the example's collection defaults, both documents hold the same indicators.
    const fromCsv = validateDocument(JSON.parse(converted.stdout));
    const original = validateDocument(example);
    assert.equal(fromCsv.ok, true);
    assert.deepEqual(fromCsv.value.indicators, original.value.indicators);
    assert.deepEqual(
      fromCsv.value.indicators.map((i) => [i.id, i.value, i.target, i.approx]),
      example.indicators.map((i) => [i.id, i.value, i.target, i.approx]),
    );
  });

  test('with the shared columns left to --source/--area-code/--area-name/--as-of, the JSON equals the example', () => {
    const shared = new Set(['as_of', 'area_code', 'area_name', 'source']);
    const { rows } = parseCsv(readFileSync(template, 'utf8').slice(1), ',');
    const keep = rows[0].cells.map((name) => !shared.has(name));
    const quote = (cell) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const csv = rows
      .map(({ cells }) =>
        cells
          .filter((_, i) => keep[i])
          .map(quote)
          .join(','),
      )
      .join('\r\n');
    const file = write(dir, 'without-shared.csv', `\uFEFF${csv}\r\n`);
    const { status, stdout, stderr } = cli(bin, [
      'from-csv',
      file,
      '--source',
      example.source.name,
      '--area-code',
      example.area.code,
      '--area-name',
      example.area.name,
      '--as-of',
      example.asOf,
    ]);
    assert.equal(status, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), example);
  });
});
