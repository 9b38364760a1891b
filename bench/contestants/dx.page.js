// dx-widgets: <dx-coverage-gauge> from the source entry, values as attributes (as an editor writes them).
import '../../src/coverage-gauge/dx-coverage-gauge.ts';

import { register } from './harness.js';

let gauges = [];
const shadow = (el, selector) => el.shadowRoot?.querySelector(selector);

register({
  async mount(boxes, values) {
    gauges = boxes.map((box, i) => {
      const el = document.createElement('dx-coverage-gauge');
      el.setAttribute('unit', '%');
      el.setAttribute('label', `Chỉ số ${i + 1}`);
      el.setAttribute('value', String(values[i]));
      box.append(el);
      return el;
    });
    await Promise.all(gauges.map((el) => el.updateComplete));
  },
  async update(values) {
    gauges.forEach((el, i) => {
      el.value = values[i];
    });
    await Promise.all(gauges.map((el) => el.updateComplete));
  },
  nodes: () => gauges.flatMap((el) => [shadow(el, 'path.value'), shadow(el, '.number'), shadow(el, '[part="meter"]')]),
  check(values) {
    for (const [i, el] of gauges.entries()) {
      if (el.state !== 'ready') return `gauge ${i}: state ${el.state}`;
      const offset = Number(shadow(el, 'path.value')?.getAttribute('stroke-dashoffset'));
      if (Math.abs(offset - (100 - values[i])) > 1e-6) return `gauge ${i}: dash offset ${offset} for ${values[i]}`;
    }
    return gauges.length === 100 ? null : `${gauges.length} gauges`;
  },
});
