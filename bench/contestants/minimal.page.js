// The minimal Lit + d3-shape gauge (../minimal-lit-gauge.js): the baseline.
import '../minimal-lit-gauge.js';

import { register } from './harness.js';

let gauges = [];

register({
  async mount(boxes, values) {
    gauges = boxes.map((box, i) => {
      const el = document.createElement('minimal-lit-gauge');
      el.value = values[i];
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
  nodes: () => gauges.flatMap((el) => [el.shadowRoot.querySelector('path.value'), el.shadowRoot.querySelector('text')]),
  check(values) {
    for (const [i, el] of gauges.entries()) {
      if (el.shadowRoot?.querySelector('text')?.textContent !== `${values[i]}%`) return `gauge ${i} does not show ${values[i]}%`;
    }
    return gauges.length === 100 ? null : `${gauges.length} gauges`;
  },
});
