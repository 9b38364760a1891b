import { expect, fixture, html } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/target-progress/dx-target-progress.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { subscribe } from '../../src/feed/loader.js';
import type { TargetProgress } from '../../src/target-progress/target-progress.js';
import { figureText, scriptFeed, settled, visibleText } from '../support/helpers.js';

/**
 * The feed controller drives itself (as `@lit/task` does): it reads its inputs before each
 * render, settles again only when one changed or a document arrived, and fires its events
 * after the render that shows their outcome. No element forwards a lifecycle call to it.
 */

const figure = (value: number, label = 'Thôn, bản có sóng di động') => ({ label, unit: '%', value, asOf: '2024' });

let caseNumber = 0;
const key = (name: string) => `controller-${name}-${Date.now()}-${(caseNumber += 1)}`;

/** Counts the element's dx-load and dx-error events from now on. */
function count(el: HTMLElement): { load: number; error: number } {
  const seen = { load: 0, error: 0 };
  el.addEventListener('dx-load', () => (seen.load += 1));
  el.addEventListener('dx-error', () => (seen.error += 1));
  return seen;
}

/** What `read` returns when `type` is dispatched, read inside the listener. */
const heard = <R>(el: HTMLElement, type: string, read: () => R) =>
  new Promise<R>((resolve) => el.addEventListener(type, () => resolve(read()), { once: true }));

describe('the feed controller', () => {
  it('settles again when an input it reads changes, and not when only the paint does', async () => {
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge .data=${figure(60)}></dx-coverage-gauge>`));
    const seen = count(el);
    el.theme = 'dark';
    el.shape = 'ring';
    el.lang = 'en';
    await el.updateComplete;
    expect(seen).to.deep.equal({ load: 0, error: 0 });
    // An overriding attribute, then one the gauge's own check reads.
    el.label = 'Thôn có sóng';
    await el.updateComplete;
    expect(seen).to.deep.equal({ load: 1, error: 0 });
    el.max = '50';
    await el.updateComplete;
    expect(seen).to.deep.equal({ load: 1, error: 1 });
    expect(el.state).to.equal('stale');
  });

  it('settles again on a change of each input it reads, each alone', async () => {
    const feed = await scriptFeed(key('inputs'), [{ body: figure(63) }]);
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge .data=${figure(60)}></dx-coverage-gauge>`));
    const seen = count(el);
    // Each settle fires one event, dx-load or dx-error: one per change. In order: the member
    // picked, the overriding attributes, what the gauge's own check reads, the document, how a
    // feed is followed, and the feed itself last (the document set wins over it, and its
    // answer comes after the test).
    const changes: [string, unknown][] = [
      ['indicator', 'x'],
      ['area', 'VN-01'],
      ['value', '61'],
      ['label', 'Thôn có sóng'],
      ['unit', '%'],
      ['asOf', '2023'],
      ['source', 'Sở TT&TT'],
      ['sourceUrl', 'https://example.org/'],
      ['approx', 'about'],
      ['target', '90'],
      ['by', '2025'],
      ['direction', 'down'],
      ['note', 'Ghi chú'],
      ['min', '0'],
      ['max', '100'],
      ['low', '20'],
      ['high', '80'],
      ['data', figure(62)],
      ['refresh', '60'],
      ['timeout', '5'],
      ['src', feed],
    ];
    for (const [name, value] of changes) {
      const before = seen.load + seen.error;
      (el as unknown as Record<string, unknown>)[name] = value;
      await el.updateComplete;
      expect(seen.load + seen.error, name).to.equal(before + 1);
    }
    expect(seen.error).to.equal(0);
  });

  it('fires dx-load after the render that shows the figures, and dx-error after the one that says why', async () => {
    const el = await settled(await fixture<CoverageGauge>(html`<dx-coverage-gauge .data=${figure(60)}></dx-coverage-gauge>`));
    // What the shadow root holds while the listener runs, not a microtask later.
    const loaded = heard(el, 'dx-load', () => figureText(el));
    el.data = figure(75);
    expect(await loaded).to.equal('75%');
    const failed = heard(el, 'dx-error', () => visibleText(el));
    el.value = '1,5';
    expect(await failed).to.contain('1,5');
  });

  it('shows what a target derives from the figures of this render, not the last', async () => {
    const doc = (value: number) => ({ ...figure(value), target: { value: 100, by: '2025-12-31' } });
    const el = await settled(
      await fixture<TargetProgress>(html`<dx-target-progress now="2024-10-01" .data=${doc(40)}></dx-target-progress>`),
    );
    const loaded = heard(el, 'dx-load', () => visibleText(el));
    el.data = doc(90);
    const text = await loaded;
    expect(text).to.contain('90%').and.not.contain('40%');
  });

  it('drops a feed it no longer follows: a slow answer for the old src never shows', async () => {
    const slow = await scriptFeed(key('slow'), [{ body: figure(10, 'Cũ'), delay: 400 }]);
    const fast = await scriptFeed(key('fast'), [{ body: figure(90, 'Mới') }]);
    // The page follows the slow feed too, so its answer does arrive, only not to the element.
    let stop = () => {};
    const slowAnswer = new Promise((resolve) => (stop = subscribe(slow, resolve)));
    const el = await fixture<CoverageGauge>(html`<dx-coverage-gauge loading="eager" src=${slow}></dx-coverage-gauge>`);
    const seen = count(el);
    el.src = fast;
    await settled(el);
    expect(figureText(el)).to.equal('90%');
    await slowAnswer;
    stop();
    await el.updateComplete;
    expect(figureText(el)).to.equal('90%');
    expect(visibleText(el)).to.contain('Mới').and.not.contain('Cũ');
    expect(seen).to.deep.equal({ load: 1, error: 0 });
  });
});
