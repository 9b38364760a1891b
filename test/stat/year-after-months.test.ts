import { expect, fixture, html } from '@open-wc/testing';

import '../../src/stat/dx-stat.js';

import type { StatElement } from '../../src/stat/stat.js';
import { part, settled } from '../support/helpers.js';

/**
 * The current value dated in the last point's period replaces that point (spec/history.ts). A
 * year's figure after a monthly series of that year was drawn at the year's start: the sparkline's
 * time axis shrank to nothing and every point stood at its middle, a vertical stroke.
 */
const MONTHS = Array.from({ length: 11 }, (_, i) => ({ asOf: `2022-${String(i + 1).padStart(2, '0')}`, value: 50 + i }));
const YEAR = { label: 'Dịch vụ công trực tuyến', unit: '%', series: MONTHS, value: 62, asOf: '2022' };

/** The x of each point of an SVG path's M/L commands. */
const xs = (d: string) => [...d.matchAll(/[ML]\s*([-\d.e]+)/g)].map((m) => Number(m[1]));

describe('<dx-stat> a year’s figure after a monthly series', () => {
  it('draws the sparkline forward: the year’s figure at November’s place, not back at January', async () => {
    const el = await settled(await fixture<StatElement>(html`<dx-stat .data=${YEAR}></dx-stat>`));
    const points = xs(part(el, '[part="sparkline"] .line').getAttribute('d')!);
    expect(points).to.have.length(11);
    points.slice(1).forEach((x, i) => expect(x, `point ${i + 2}`).to.be.above(points[i]));
    expect(part(el, '[part="sparkline"]').getAttribute('aria-label')).to.equal('tăng từ 50% tháng 01/2022 lên 62% năm 2022');
  });
});
