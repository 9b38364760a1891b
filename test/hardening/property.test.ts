import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';

import '../../src/index.js';

import { selectIndicator, validateDocument } from '../../src/spec/validate.js';

/**
 * Property-based tests: arbitrary JSON and mutated valid documents never break the
 * validator or an element. Seeds are fixed so a failure is reproducible.
 */

const EXAMPLE = {
  source: { name: 'Sở TT&TT Lai Châu', url: 'https://example.gov.vn/' },
  area: { code: '12', name: 'Lai Châu' },
  asOf: '2024',
  indicators: [
    { id: 'coverage', label: { vi: 'Sóng di động', en: 'Mobile coverage' }, unit: '%', value: 97.27, approx: 'over' },
    { id: 'fibre', label: 'Cáp quang', unit: '%', value: 41.5, count: { part: 43391, whole: 104563, unit: 'hộ' } },
    {
      id: 'phones',
      label: 'Thuê bao',
      unit: 'thuê bao',
      value: 320000,
      series: [
        { asOf: '2022', value: 250000 },
        { asOf: '2023', value: 300000 },
      ],
    },
    {
      id: 'adults',
      label: 'Người trưởng thành',
      unit: '%',
      value: 60,
      target: { value: 100, by: '2024-12-31' },
      baseline: { value: 40, asOf: '2022' },
    },
    {
      id: 'rank',
      label: 'Xếp hạng',
      unit: '%',
      value: 80,
      rank: { position: 7, of: 63 },
      benchmarks: [{ label: 'Cả nước', value: 79.13 }],
    },
    {
      id: 'areas',
      label: 'So sánh',
      unit: '%',
      areas: [
        { code: '06', value: 80 },
        { code: '12', name: 'Lai Châu', value: 60 },
      ],
    },
  ],
};

type Json = unknown;

/** Every path into a JSON value, as lists of keys. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or deleted when `replacement` is undefined). */
function mutate(doc: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement;
  if (!doc || typeof doc !== 'object') return doc;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    // An earlier mutation may have replaced part of the path: nothing to change then.
    if (!next || typeof next !== 'object') return copy;
    node = next as Record<string | number, Json>;
  }
  const last = path[path.length - 1];
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

const allPaths = paths(EXAMPLE);
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    'NaN',
    'Infinity',
    '97,27',
    '1e999',
    -5,
    150,
    '',
    '   ',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    null,
  ),
);
const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: allPaths.length - 1 }),
    fc.option(nasty, { nil: undefined }),
    fc.integer({ min: 0, max: allPaths.length - 1 }),
    fc.option(nasty, { nil: undefined }),
  )
  .map(([i, a, j, b]) => mutate(mutate(EXAMPLE, allPaths[i], a), allPaths[j].slice(0, 1), b === undefined ? undefined : b) as Json);

function checkResult(result: ReturnType<typeof validateDocument> | ReturnType<typeof selectIndicator>): void {
  if (result.ok) {
    expect(result.value).to.be.an('object');
    return;
  }
  expect(result.errors.length).to.be.greaterThan(0);
  for (const error of result.errors) {
    expect(error.path).to.be.a('string');
    expect(error.code).to.be.a('string').and.not.empty;
    expect(error.message.vi).to.be.a('string').and.not.empty;
    expect(error.message.en).to.be.a('string').and.not.empty;
  }
}

describe('hostile input, generated', () => {
  it('validates any JSON value without throwing, yielding a document or errors with paths', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (doc) => {
        checkResult(validateDocument(doc));
        checkResult(selectIndicator(doc, { indicator: 'coverage' }));
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('validates mutated copies of a good feed without throwing, and never accepts a percentage outside 0–100', () => {
    fc.assert(
      fc.property(mutated, (doc) => {
        const whole = validateDocument(doc);
        checkResult(whole);
        if (whole.ok) {
          for (const indicator of whole.value.indicators) {
            if (indicator.unit === '%' && indicator.value !== undefined) expect(indicator.value).to.be.within(0, 100);
          }
        }
        for (const id of ['coverage', 'fibre', 'phones', 'adults', 'rank', 'areas']) checkResult(selectIndicator(doc, { indicator: id }));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  for (const tag of ['dx-coverage-gauge', 'dx-target-progress', 'dx-stat', 'dx-province-rank', 'dx-province-map']) {
    it(`<${tag}> ends every generated document in "ready" or "error", whole, with no uncaught exception`, async function () {
      if (!customElements.get(tag)) this.skip();
      this.timeout(20000);
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
      addEventListener('error', onError);
      const samples = fc.sample(fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 })), { numRuns: 60, seed: 42 });
      const ids = ['coverage', 'fibre', 'phones', 'adults', 'rank', 'areas'];
      try {
        for (const [n, doc] of samples.entries()) {
          const el = await fixture<HTMLElement & { state: string; data: unknown; updateComplete: Promise<boolean> }>(html`<div></div>`);
          const widget = document.createElement(tag) as HTMLElement & { state: string; data: unknown; updateComplete: Promise<boolean> };
          widget.setAttribute('indicator', ids[n % ids.length]);
          widget.setAttribute('now', '2024-10-01');
          widget.data = doc;
          el.append(widget);
          await widget.updateComplete;
          expect(['ready', 'error'], JSON.stringify(doc).slice(0, 200)).to.include(widget.state);
          const root = widget.shadowRoot!;
          // Whole: an error shows its message and nothing else pretends to be a figure.
          if (widget.state === 'error') expect(root.querySelector('[part~="error"]')).to.exist;
          else expect(root.querySelector('[part~="error"]')).to.equal(null);
        }
      } finally {
        removeEventListener('error', onError);
      }
      expect(uncaught).to.deep.equal([]);
    });
  }
});
