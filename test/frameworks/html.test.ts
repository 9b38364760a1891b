// The "plain HTML / vanilla JS" example of docs/frameworks.md, run as written there:
// elements made with document.createElement, fed through properties, heard through
// addEventListener. No innerHTML anywhere.
import { expect, oneEvent } from '@open-wc/testing';

import '../../src/index.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import type { StatElement } from '../../src/stat/stat.js';
import { FIBRE } from '../support/documents.js';
import { figureText as figure, freshFeed, part, settled } from '../support/helpers.js';

describe('plain HTML and JavaScript', () => {
  const made: Element[] = [];
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
  });

  /** What a page script does: make the element, configure it, listen, append. */
  function make<E extends HTMLElement>(tag: string, setup: (el: E) => void): E {
    const el = document.createElement(tag) as E;
    setup(el);
    made.push(el);
    return el;
  }

  it('draws a gauge made with document.createElement from an object set on `data`, and says so with dx-load', async () => {
    const loads: IndicatorLoadDetail[] = [];
    const gauge = make<CoverageGauge>('dx-coverage-gauge', (el) => {
      el.data = FIBRE;
      el.addEventListener('dx-load', (event) => loads.push((event as CustomEvent<IndicatorLoadDetail>).detail));
    });
    const loaded = oneEvent(gauge, 'dx-load');
    document.body.append(gauge);
    await loaded;
    expect(gauge.state).to.equal('ready');
    expect(figure(gauge)).to.equal('41,5%');
    expect(part(gauge, '[part="count"]').textContent).to.equal('43.391/104.563 hộ');
    expect(loads).to.have.length(1);
    expect(loads[0].indicator.value).to.equal(41.5);
    expect(loads[0].document).to.equal(FIBRE);
    await expect(gauge).to.be.accessible();
  });

  it('takes `data` as JSON text too, as a script that read a feed with fetch().text() would pass it', async () => {
    const gauge = make<CoverageGauge>('dx-coverage-gauge', (el) => {
      el.data = JSON.stringify(FIBRE);
    });
    document.body.append(gauge);
    await settled(gauge);
    expect(figure(gauge)).to.equal('41,5%');
  });

  it('redraws when `data` is replaced with a new object, and fires dx-load again with changed: true', async () => {
    const gauge = make<CoverageGauge>('dx-coverage-gauge', (el) => {
      el.data = FIBRE;
    });
    document.body.append(gauge);
    await settled(gauge);
    const again = oneEvent(gauge, 'dx-load');
    gauge.data = { ...FIBRE, value: 45.25 };
    const event = (await again) as CustomEvent<IndicatorLoadDetail>;
    expect(event.detail.changed).to.equal(true);
    expect(figure(gauge)).to.equal('45,25%');
  });

  it('uses properties and attributes interchangeably: `indicator` picks a member of a collection, `lang` switches to English', async () => {
    const feed = await (await fetch(freshFeed())).json();
    const gauge = make<CoverageGauge>('dx-coverage-gauge', (el) => {
      el.data = feed;
      el.indicator = 'wired-internet-coverage';
      el.setAttribute('lang', 'en');
    });
    document.body.append(gauge);
    await settled(gauge);
    expect(figure(gauge)).to.equal('80.2%');
    expect(part(gauge, '[part="meta"]').textContent).to.contain('Source: ');
    gauge.setAttribute('indicator', 'mobile-coverage-villages');
    await gauge.updateComplete;
    expect(figure(gauge)).to.equal('97.27%');
  });

  it('reports a document it cannot show with dx-error, naming the field in Vietnamese and English', async () => {
    const gauge = make<CoverageGauge>('dx-coverage-gauge', (el) => {
      el.data = { ...FIBRE, value: 120 };
    });
    const failed = oneEvent(gauge, 'dx-error');
    document.body.append(gauge);
    const event = (await failed) as CustomEvent<IndicatorErrorDetail>;
    expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['value']);
    expect(event.detail.errors[0].message.vi).to.contain('0 đến 100');
    expect(event.detail.errors[0].message.en).to.contain('0 to 100');
    expect(gauge.state).to.equal('error');
    await expect(gauge).to.be.accessible();
  });

  it('hears dx-load on an ancestor, since the event bubbles: one listener for a whole article', async () => {
    const seen: string[] = [];
    const article = make<HTMLElement>('article', (el) => {
      el.addEventListener('dx-load', (event) => seen.push((event.target as Element).localName));
    });
    const stat = document.createElement('dx-stat') as StatElement;
    stat.data = { label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, asOf: '2024' };
    const gauge = document.createElement('dx-coverage-gauge') as CoverageGauge;
    gauge.data = FIBRE;
    article.append(stat, gauge);
    document.body.append(article);
    await Promise.all([settled(stat), settled(gauge)]);
    expect(seen.sort()).to.deep.equal(['dx-coverage-gauge', 'dx-stat']);
    expect(figure(stat)).to.equal('320.000 thuê bao');
  });
});
