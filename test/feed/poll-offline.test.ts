import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { figureText, scriptFeed, settled } from '../support/helpers.js';
import { requested, stopWatching, watchRequests } from './words-support.js';

/**
 * When the poller's code cannot be fetched (the reader's network dropped after the feed itself
 * arrived), the figures loaded stay on screen, the page is told once on the console, and
 * nothing is thrown at it. This file runs in a page of its own, which has not loaded the poller.
 */
describe('the poller, when its code cannot be loaded', () => {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    event.preventDefault();
  };
  before(async () => {
    console.warn = (...args: unknown[]) => warnings.push(args);
    addEventListener('unhandledrejection', onRejection);
    await watchRequests(['/src/feed/poll.']);
  });
  after(async () => {
    console.warn = warn;
    removeEventListener('unhandledrejection', onRejection);
    await stopWatching();
  });

  it('keeps the figures, warns once, and throws nothing at the page', async () => {
    const src = await scriptFeed(`poll-offline-${Date.now()}`, [{ body: { label: 'Sóng', unit: '%', value: 64 } }]);
    const wrapper = await fixture(html`<div>
      <dx-coverage-gauge loading="eager" src=${src} refresh="5"></dx-coverage-gauge>
      <dx-coverage-gauge loading="eager" src=${src} refresh="9"></dx-coverage-gauge>
    </div>`);
    const gauges = [...wrapper.querySelectorAll<CoverageGauge>('dx-coverage-gauge')];
    await Promise.all(gauges.map(settled));
    expect(await requested('/src/feed/poll.')).to.be.at.least(1);
    await waitUntil(() => warnings.length + rejections.length > 0, 'the failed import was heard of');
    expect(gauges.map((el) => [el.state, figureText(el)])).to.deep.equal([
      ['ready', '64%'],
      ['ready', '64%'],
    ]);
    expect(rejections.map(String)).to.deep.equal([]);
    expect(warnings.map(([text]) => text)).to.deep.equal(['dx-widgets: live updates (refresh) could not be loaded.']);
  });
});
