import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { part } from '../support/helpers.js';
import { failingChunks } from './words-support.js';

/**
 * When the feed loader's own code cannot be fetched (the reader went offline after the element
 * arrived), an element with `src` says so in place rather than "loading" for ever. This file
 * runs in a page of its own, which has not loaded the follower before.
 */
describe('the feed loader, when its code cannot be loaded', () => {
  const warnings = failingChunks(['/src/feed/follower.']);

  it('shows the feed it could not load, fires dx-error, and warns once', async () => {
    const src = '/test/fixtures/lai-chau-2024.json';
    const el = await fixture<CoverageGauge>(
      html`<dx-coverage-gauge loading="eager" indicator="households-fiber-broadband"></dx-coverage-gauge>`,
    );
    const failed = oneEvent(el, 'dx-error');
    el.src = src;
    const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
    expect(detail.errors.map((e) => `${e.path}: ${e.message.vi} / ${e.message.en}`)).to.deep.equal([
      `src: không tải được ${src} / could not load ${src}`,
    ]);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(part(el, '[part="error"]').textContent).to.contain(`không tải được ${src}`);
    expect(warnings.map(([text]) => text)).to.deep.equal(['dx-widgets: the feed loader could not be loaded.']);
  });
});
