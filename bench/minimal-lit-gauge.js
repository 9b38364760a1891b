// The baseline of issue 7: the least a Lit gauge can be, built as the table describes it
// ("minimal Lit + d3-shape + d3-scale"). One LitElement; a d3-scale linear scale from the value
// to the angle (clamped to the half circle); a half circle drawn with d3-shape's `arc` (track
// and value); and the percentage as text. No label, states, formatting, accessibility or data
// loading: what dx-widgets is compared against.
import { scaleLinear } from 'd3-scale';
import { arc } from 'd3-shape';
import { css, html, LitElement } from 'lit';

const START = -Math.PI / 2;
export const angle = scaleLinear()
  .domain([0, 100])
  .range([START, Math.PI / 2])
  .clamp(true);
export const shape = arc().innerRadius(62).outerRadius(84).startAngle(START);
export const track = shape({ endAngle: angle(100) });

export class MinimalLitGauge extends LitElement {
  static properties = { value: { type: Number } };

  static styles = css`
    :host { display: block; }
    svg { display: block; width: 100%; height: auto; }
    .track { fill: #d8dee4; }
    .value { fill: #0a66c2; }
    text { font: 700 28px system-ui, sans-serif; fill: #1b1f24; text-anchor: middle; }
  `;

  constructor() {
    super();
    this.value = 0;
  }

  render() {
    const v = Number(this.value) || 0;
    return html`<svg viewBox="-100 -92 200 100" role="img" aria-label="${v}%">
      <path class="track" d=${track}></path>
      <path class="value" d=${shape({ endAngle: angle(v) })}></path>
      <text x="0" y="-4">${v}%</text>
    </svg>`;
  }
}

if (!customElements.get('minimal-lit-gauge')) customElements.define('minimal-lit-gauge', MinimalLitGauge);
