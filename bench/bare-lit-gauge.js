// The reference of issue 19: a bare Lit gauge that draws the same arc as the minimal gauge
// (../minimal-lit-gauge.js: a d3-scale linear scale to the angle, d3-shape's `arc`) and no text
// at all. The least a gauge built on Lit can cost: dx-widgets' mount is held to 1.3× this.
import { css, html, LitElement } from 'lit';

import { angle, shape, track } from './minimal-lit-gauge.js';

export class BareLitGauge extends LitElement {
  static properties = { value: { type: Number } };

  static styles = css`
    :host { display: block; }
    svg { display: block; width: 100%; height: auto; }
    .track { fill: #d8dee4; }
    .value { fill: #0a66c2; }
  `;

  constructor() {
    super();
    this.value = 0;
  }

  render() {
    const v = Number(this.value) || 0;
    return html`<svg viewBox="-100 -92 200 100" aria-hidden="true">
      <path class="track" d=${track}></path>
      <path class="value" d=${shape({ endAngle: angle(v) })}></path>
    </svg>`;
  }
}

if (!customElements.get('bare-lit-gauge')) customElements.define('bare-lit-gauge', BareLitGauge);
