// The bare Lit gauge (../bare-lit-gauge.js): the same arc as the minimal gauge, no text. Issue 19's reference.
import '../bare-lit-gauge.js';

import { angle, shape } from '../minimal-lit-gauge.js';
import { register } from './harness.js';

let gauges = [];
const valuePath = (el) => el.shadowRoot?.querySelector('path.value');

register({
  async mount(boxes, values) {
    gauges = boxes.map((box, i) => {
      const el = document.createElement('bare-lit-gauge');
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
  nodes: () => gauges.map(valuePath),
  check(values) {
    for (const [i, el] of gauges.entries()) {
      if (valuePath(el)?.getAttribute('d') !== shape({ endAngle: angle(values[i]) })) return `gauge ${i} does not draw ${values[i]}`;
    }
    return gauges.length === 100 ? null : `${gauges.length} gauges`;
  },
});
