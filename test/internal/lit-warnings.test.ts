import { expect, fixture, html } from '@open-wc/testing';

import '../../src/index.js';

import { ADULTS_TARGET, AREAS_63, FIBRE } from '../support/documents.js';
import { scriptFeed, settled } from '../support/helpers.js';

/**
 * Lit's development build warns, once per page, about habits that cost readers: an update
 * that schedules another update (`change-in-update`), a class field that shadows a reactive
 * property, an attribute bound to undefined… (as Spectrum's `testForLitDevWarnings` checks).
 * Every element is driven here through what a page does to it (inline data, a feed, a change
 * of data, language and theme, bad input, removal); then no warning may have been issued but
 * the one that says Lit is in dev mode. Each test file runs in a page of its own, so the set
 * of issued warnings is this file's.
 */
declare global {
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; data?: unknown; lang: string; theme?: string };

const STAT = {
  label: 'Thuê bao',
  unit: 'thuê bao',
  value: 320000,
  approx: 'nearly',
  asOf: '2024',
  series: [
    { asOf: '2022', value: 250000 },
    { asOf: '2023', value: 290000 },
  ],
};
const RANK = { label: 'Chỉ số chuyển đổi số', unit: '%', asOf: '2024', area: { code: '06' }, areas: AREAS_63 };
const BOARD = { title: 'Lai Châu', asOf: '2024', indicators: [FIBRE, { id: 'target', ...ADULTS_TARGET }, { id: 'stat', ...STAT }] };

const CASES: [string, unknown][] = [
  ['dx-coverage-gauge', FIBRE],
  ['dx-target-progress', ADULTS_TARGET],
  ['dx-stat', STAT],
  ['dx-province-rank', RANK],
  ['dx-province-map', RANK],
  ['dx-board', BOARD],
];

/** What Lit warned about on this page, less the notice that the development build is in use. */
const issued = () =>
  [...(globalThis.litIssuedWarnings ?? [])].filter((w) => w !== undefined && w !== 'dev-mode' && !w.startsWith('Lit is in dev mode'));

describe('Lit development warnings', () => {
  it('are issued by none of the elements, whatever a page does to them', async () => {
    for (const [tag, document] of CASES) {
      const el = await fixture<Widget>(html`<div></div>`).then((wrapper) => {
        const widget = window.document.createElement(tag) as Widget;
        widget.data = document;
        wrapper.append(widget);
        return widget;
      });
      await settled(el as never);
      el.data = { ...(document as object), asOf: '2023' };
      await settled(el as never);
      el.lang = 'en';
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      el.data = { nonsense: true };
      await el.updateComplete;
      el.remove();

      const fed = window.document.createElement(tag) as Widget;
      fed.setAttribute('loading', 'eager');
      fed.setAttribute('src', await scriptFeed(`lit-warnings-${tag}-${Date.now()}`, [{ body: document }]));
      window.document.body.append(fed);
      await settled(fed as never);
      fed.remove();
    }
    // The check itself fails on a warning, so that it cannot pass by measuring nothing.
    expect(globalThis.litIssuedWarnings, 'Lit is in development mode in the tests').to.be.instanceOf(Set);
    expect(issued().join('\n'), 'Lit warned').to.equal('');
  });
});
