// The shared sheet reader (src/sheet/rows.ts) where two features of one round meet: a unit
// given in both languages, and the validator's per-language errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { cleanUp, importSource, temporary } from './helpers.js';

let dir;
let tablesToCollection;
before(async () => {
  dir = temporary();
  ({ tablesToCollection } = await importSource(dir, 'src/sheet/rows.ts'));
});
after(() => cleanUp(dir));

const rows = (...lines) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('a workbook read by the shared sheet reader', () => {
  test('reads a series sheet\'s "30%" and Excel percentages under a unit given as % in both languages', () => {
    const result = tablesToCollection({
      indicators: {
        name: 'indicators',
        rows: rows(['id', 'label', 'unit', 'unit_en', 'value', 'as_of'], ['a', 'A', '%', '%', '60', '2024']),
      },
      series: { name: 'series', rows: rows(['id', 'asOf', 'value'], ['a', '2022', '30%'], ['a', '2023', { number: 0.4, percent: true }]) },
    });
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.deepEqual(result.document.indicators[0].series, [
      { asOf: '2022', value: 30 },
      { asOf: '2023', value: 40 },
    ]);
  });

  test('names the label_en column for a problem in the English label', () => {
    const result = tablesToCollection({
      indicators: { rows: rows(['id', 'label', 'label_en', 'value'], ['a', 'Hộ', 'Households\u202e', '1']) },
    });
    assert.equal(result.ok, false);
    const [problem] = result.problems;
    assert.equal(problem.column, 'label_en');
    assert.equal(problem.letter, 'C');
  });
});
