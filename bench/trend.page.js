// The page of bench/trend.js: both elements registered, one round at a time on request.
import '../src/coverage-gauge/dx-coverage-gauge.ts';
import '../src/trend/dx-trend.ts';

const POINTS = Array.from({ length: 19 }, (_, i) => ({ asOf: `${2000 + i}`, value: 30 + i * 3 + (i % 3) }));
const documents = {
  gauge: (i) => ({ label: `Chỉ số ${i}`, unit: '%', value: 40 + (i % 50), asOf: '2024', source: { name: 'Sở TT&TT' } }),
  trend: (i) => ({ label: `Chỉ số ${i}`, unit: '%', value: 90 + (i % 5), asOf: '2019', series: POINTS, target: { value: 100, by: '2025' }, source: { name: 'Sở TT&TT' } }),
};

window.benchRound = async (kind) => {
  document.body.replaceChildren();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  const start = performance.now();
  const elements = Array.from({ length: 20 }, (_, i) => {
    const el = document.createElement(kind === 'gauge' ? 'dx-coverage-gauge' : 'dx-trend');
    el.data = documents[kind](i);
    el.setAttribute('now', '2020-01-01');
    return el;
  });
  document.body.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  document.body.getBoundingClientRect();
  return performance.now() - start;
};
