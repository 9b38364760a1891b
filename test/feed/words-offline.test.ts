import { expect } from '@open-wc/testing';

import { part } from '../support/helpers.js';
import { failingChunks, failingGauge, WORDS } from './words-support.js';

/**
 * When the validator's words cannot be loaded (the reader went offline after the element's own
 * code arrived), a problem is still said where it happened and in the event: by its path, its
 * code and its values. This file runs in a page of its own, which has not loaded the words.
 */
describe("the validator's words, when they cannot be loaded", () => {
  const warnings = failingChunks([WORDS]);

  it('each problem is shown by its code and values, in place and in dx-error, with one console warning', async () => {
    const { el, detail } = await failingGauge({ label: 'Hộ có internet', unit: '%', value: 120 });
    expect(detail.errors).to.deep.equal([
      { path: 'value', code: 'range.percent', message: { vi: 'range.percent (value: 120)', en: 'range.percent (value: 120)' } },
    ]);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(part(el, '[part="error"]').textContent).to.contain('Không hiển thị được số liệu');
    expect(part(el, '[part="error"]').textContent).to.contain('value: range.percent (value: 120)');
    expect(warnings.map(([text]) => text)).to.deep.equal([
      'dx-widgets: the validator messages could not be loaded; problems are shown by their code.',
    ]);
  });

  it("an element's own problems keep their words", async () => {
    const { detail } = await failingGauge({ label: 'Thuê bao', unit: 'thuê bao', value: 5 });
    expect(detail.errors[0].message.en).to.equal('unit "thuê bao" is not %: needs max');
  });
});
