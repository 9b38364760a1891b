import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { figureText, scriptFeed, settled } from '../support/helpers.js';
import { failingChunks, requested, watchRequests } from './words-support.js';

/**
 * The poller's code could not be fetched when the feed first loaded (the network dropped):
 * once it is back, the feed is polled again, rather than frozen until a reload. A page of its
 * own, which has not loaded the poller before.
 */
describe('the poller, when its code could not be loaded at first', () => {
  const warnings = failingChunks(['/src/feed/poll.']);

  it('polls once the network is back', async () => {
    const src = await scriptFeed(`poll-retry-${Date.now()}`, [
      { body: { label: 'Sóng', unit: '%', value: 64 } },
      { body: { label: 'Sóng', unit: '%', value: 65 } },
    ]);
    const el = await settled(
      await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager" src=${src} refresh="1"></dx-coverage-gauge>`),
    );
    expect(figureText(el)).to.equal('64%');
    await watchRequests([]);
    const loaded = oneEvent(el, 'dx-load');
    dispatchEvent(new Event('online'));
    await loaded;
    await el.updateComplete;
    expect([el.state, figureText(el)]).to.deep.equal(['ready', '65%']);
    // Its code was asked for again since the network came back (a browser keeps a failed import: asking as before would bring the failure back).
    expect(await requested('/src/feed/poll.')).to.equal(1);
    expect(warnings.map(([text]) => text)).to.deep.equal(['dx-widgets: live updates (refresh) could not be loaded.']);
  });
});
