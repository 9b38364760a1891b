import { expect, fixture, html } from '@open-wc/testing';

import '../../src/index.js';

import { ADULTS_TARGET, AREAS_63, FIBRE } from '../support/documents.js';
import { litWarnings, scriptFeed, settled } from '../support/helpers.js';

/**
 * Lit's development build warns, once per page, about habits that cost readers: an update
 * that schedules another update (`change-in-update`), a class field that shadows a reactive
 * property, an attribute bound to undefined… (as Spectrum's `testForLitDevWarnings` checks).
 * Every element, the board with a card of each kind, is driven here through what a page does
 * to it (inline data, a feed, a change of data, language and theme, bad input, a failed feed,
 * removal) through each state (loading, ready, stale, error); then no warning may have been
 * issued but the one that says Lit is in dev mode. Each test file runs in a page of its own, so
 * the set of issued warnings is this file's. Hydration, which needs lit's hydrate support loaded
 * first, is checked the same way on its own page (test/ssr/hydration.test.ts).
 */

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
// The stat's history with a plan: a trend draws the series, the current figure and the target.
const TREND = { ...STAT, target: [{ value: 400000, by: '2030' }] };
// A card of every kind: the board's cards warn, if they do, on this page too.
const BOARD = {
  title: 'Lai Châu',
  asOf: '2024',
  indicators: [
    FIBRE,
    { id: 'target', ...ADULTS_TARGET },
    { id: 'stat', ...STAT },
    { id: 'rank', ...RANK },
    { id: 'map', widget: 'map', ...RANK },
    { id: 'trend', widget: 'trend', ...TREND },
  ],
};

const CASES: [string, unknown][] = [
  ['dx-coverage-gauge', FIBRE],
  ['dx-target-progress', ADULTS_TARGET],
  ['dx-stat', STAT],
  ['dx-province-rank', RANK],
  ['dx-province-map', RANK],
  ['dx-trend', TREND],
  ['dx-board', BOARD],
];

/** Input that no element can show (a board shows a collection's bad member in its card, so not that). */
const BROKEN = '{ not json';

/** Puts a new `tag` in the page, `set` applied to it first, and waits for its first outcome. */
async function mount(tag: string, set: (widget: Widget) => unknown): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const widget = window.document.createElement(tag) as Widget;
  await set(widget);
  wrapper.append(widget);
  return settled(widget as never);
}

describe('Lit development warnings', () => {
  it('are issued by none of the elements, whatever a page does to them', async () => {
    for (const [tag, document] of CASES) {
      // Ready, updated, in another language and theme, then stale: older figures kept after bad input.
      const el = await mount(tag, (widget) => (widget.data = document));
      expect(el.state, tag).to.equal('ready');
      el.data = { ...(document as object), asOf: '2023' };
      await settled(el as never);
      el.lang = 'en';
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      el.data = BROKEN;
      await el.updateComplete;
      expect(el.state, tag).to.equal('stale');
      el.remove();

      // An error with no figures before it: the message in place, in the validator's words.
      const broken = await mount(tag, (widget) => (widget.data = BROKEN));
      expect(broken.state, tag).to.equal('error');
      broken.remove();

      // Loading, then ready, from a feed; and a feed that fails.
      const fed = await mount(tag, async (widget) => {
        widget.setAttribute('loading', 'eager');
        widget.setAttribute('src', await scriptFeed(`lit-warnings-${tag}-${Date.now()}`, [{ body: document }]));
      });
      expect(fed.state, tag).to.equal('ready');
      fed.remove();
      const failed = await mount(tag, async (widget) => {
        widget.setAttribute('loading', 'eager');
        widget.setAttribute('src', await scriptFeed(`lit-warnings-${tag}-failed-${Date.now()}`, [{ status: 500 }]));
      });
      expect(failed.state, tag).to.equal('error');
      failed.remove();
    }
    // The check itself fails on a warning, so that it cannot pass by measuring nothing.
    expect(litWarnings().join('\n'), 'Lit warned').to.equal('');
  });
});
