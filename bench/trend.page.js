// The page of bench/trend.js: both elements registered, one round at a time on request.
import '../src/coverage-gauge/dx-coverage-gauge.ts';

import { Trend } from '../src/trend/dx-trend.ts';

const POINTS = Array.from({ length: 19 }, (_, i) => ({ asOf: `${2000 + i}`, value: 30 + i * 3 + (i % 3) }));
const documents = {
  gauge: (i) => ({ label: `Chỉ số ${i}`, unit: '%', value: 40 + (i % 50), asOf: '2024', source: { name: 'Sở TT&TT' } }),
  trend: (i) => ({
    label: `Chỉ số ${i}`,
    unit: '%',
    value: 90 + (i % 5),
    asOf: '2019',
    series: POINTS,
    target: { value: 100, by: '2025' },
    source: { name: 'Sở TT&TT' },
  }),
};

// How many times trends render: one each is the claim (bench/trend.js reports it).
let renders = 0;
const update = Trend.prototype.update;
Trend.prototype.update = function (changed) {
  renders += 1;
  update.call(this, changed);
};

const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

/** Mounts 20 elements of `kind`: ms until drawn and laid out, ms until the next frame is done, renders. */
window.benchRound = async (kind) => {
  document.body.replaceChildren();
  await frame();
  renders = 0;
  const start = performance.now();
  const elements = Array.from({ length: 20 }, (_, i) => {
    const el = document.createElement(kind === 'gauge' ? 'dx-coverage-gauge' : 'dx-trend');
    el.data = documents[kind](i);
    el.setAttribute('now', '2020-01-01');
    return el;
  });
  document.body.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  const rendered = performance.now() - start;
  document.body.getBoundingClientRect();
  const mount = performance.now() - start;
  // A ResizeObserver reports after layout, before paint: any redraw it asks for is done by then.
  await frame();
  await Promise.all(elements.map((el) => el.updateComplete));
  return { mount, rendered, painted: performance.now() - start, renders };
};

/**
 * In a fresh page: a small trend first (as test/trend/trend.test.ts does: compiling the code is
 * the page's cost), then a trend of 1,000 monthly points; its mount time and long tasks.
 */
window.benchLong = async () => {
  const small = document.createElement('dx-trend');
  small.data = {
    label: 'x',
    unit: '%',
    series: [
      { asOf: '2020', value: 62.5 },
      { asOf: '2021', value: 75 },
      { asOf: '2022', value: 84.9 },
    ],
  };
  document.body.append(small);
  await small.updateComplete;
  await frame();
  const series = Array.from({ length: 1000 }, (_, i) => ({
    asOf: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: 50 + 40 * Math.sin(i / 50),
  }));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const el = document.createElement('dx-trend');
  el.data = { label: 'x', unit: '%', value: series[999].value, asOf: series[999].asOf, series };
  document.body.append(el);
  await el.updateComplete;
  document.body.getBoundingClientRect();
  const mount = performance.now() - start;
  await frame();
  await frame();
  longTasks.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  // The points are one path, a circle ("M…") each.
  const dots = el.shadowRoot.querySelector('.dot')?.getAttribute('d')?.match(/M/g)?.length ?? 0;
  return { mount, longTasks, dots };
};
