// docs/province-map.md shows the map's grids and short labels as the source has them: its
// generated part is made afresh from src/data/provinces/layouts.ts and must match.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { DOC, render } from '../../scripts/build-province-map-doc.js';

test('docs/province-map.md holds the grids and labels of src/data/provinces/layouts.ts (node scripts/build-province-map-doc.js)', async () => {
  const current = readFileSync(DOC, 'utf8');
  assert.equal(current, await render(current), 'out of date: run node scripts/build-province-map-doc.js');
  assert.match(current, /^\| 96 \| Cà Mau \| CM \| CM \|$/m);
});
