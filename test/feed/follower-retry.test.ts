import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { figureText, scriptFeed } from '../support/helpers.js';
import { failingChunks, requested, watchRequests } from './words-support.js';

/**
 * The feed loader's code could not be fetched when the first `src` element appeared (the
 * reader was offline): once the network is back, the element tries again and shows its
 * figures, rather than an error until the page is reloaded. A page of its own, which has not
 * loaded the follower before.
 */
describe('the feed loader, when its code could not be loaded at first', () => {
  const warnings = failingChunks(['/src/feed/follower.']);

  it('tries again when the network is back, and shows the figures', async () => {
    const src = await scriptFeed(`follower-retry-${Date.now()}`, [{ body: { label: 'Sóng', unit: '%', value: 71 } }]);
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('dx-coverage-gauge');
    el.setAttribute('loading', 'eager');
    el.src = src;
    const failed = oneEvent(el, 'dx-error');
    wrapper.append(el);
    await failed;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    // Back online: the follower can be fetched now.
    await watchRequests([]);
    const loaded = oneEvent(el, 'dx-load');
    dispatchEvent(new Event('online'));
    await loaded;
    await el.updateComplete;
    expect([el.state, figureText(el)]).to.deep.equal(['ready', '71%']);
    expect(await requested('/src/feed/follower.')).to.equal(1);
    expect(warnings.map(([text]) => text)).to.deep.equal(['dx-widgets: the feed loader could not be loaded.']);
  });

  it('a new element after the failure loads at once', async () => {
    const src = await scriptFeed(`follower-retry-b-${Date.now()}`, [{ body: { label: 'Sóng', unit: '%', value: 72 } }]);
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager" src=${src}></dx-coverage-gauge>`);
    if (el.state === 'loading') await oneEvent(el, 'dx-load');
    await el.updateComplete;
    expect([el.state, figureText(el)]).to.deep.equal(['ready', '72%']);
  });
});
