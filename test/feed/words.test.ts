import { expect, fixture, html } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { part, settled } from '../support/helpers.js';
import { failingGauge, requested, stopWatching, watchRequests, WORDS } from './words-support.js';

/**
 * The validator's words (src/spec/problems.ts) are fetched with the first problem an element
 * has to show (src/feed/controller.ts), so a page whose figures are good never downloads them.
 * This file runs in a page of its own, which has not loaded them before its tests.
 */
describe("the validator's words", () => {
  before(() => watchRequests());
  after(() => stopWatching());

  it('are not downloaded by a page whose figures are all good', async () => {
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge label="Hộ có internet" value="76"></dx-coverage-gauge>`));
    expect(el.state).to.equal('ready');
    expect(await requested(WORDS)).to.equal(0);
  });

  it('are awaited with the error in place: its heading at once, never a code in place of words', async () => {
    const box = await fixture(html`<div></div>`);
    const el = document.createElement('dx-coverage-gauge');
    el.data = { label: 'Hộ có internet', unit: '%', value: 120 };
    box.append(el);
    // Lit renders within a few microtasks; the words come over the network, later.
    for (let i = 0; i < 5; i += 1) await null;
    expect(el.state).to.equal('error');
    expect(part(el, '[part="error"]').textContent).to.contain('Không hiển thị được số liệu');
    expect(part(el, '[part="error"]').textContent).not.to.contain('range.percent');
    await el.updateComplete;
    expect(part(el, '[part="error"]').textContent).to.contain('value: là phần trăm, phải từ 0 đến 100 (đang là 120)');
  });

  it('come with the first problem: the message in place and the dx-error event say it in words', async () => {
    const { el, detail } = await failingGauge({ label: 'Hộ có internet', unit: '%', value: 120 });
    expect(detail.errors).to.deep.equal([
      {
        path: 'value',
        code: 'range.percent',
        message: { vi: 'là phần trăm, phải từ 0 đến 100 (đang là 120)', en: 'is a percentage, must be 0 to 100 (it is 120)' },
      },
    ]);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(part(el, '[part="error"]').textContent).to.contain('value: là phần trăm, phải từ 0 đến 100 (đang là 120)');
    expect(await requested(WORDS)).to.equal(1);
  });

  it('are in place once `updateComplete` resolves, as everything else the element shows', async () => {
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge label="Hộ" value="97,27"></dx-coverage-gauge>`);
    await el.updateComplete;
    expect(part(el, '[part="error"]').textContent).to.contain('value: "97,27" không phải số');
  });
});
