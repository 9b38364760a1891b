/**
 * The iframe embed for CMSes that strip <script> or unknown tags:
 * `embed.html?widget=coverage-gauge&src=URL&indicator=ID&area=CODE&lang=vi&theme=dark`
 * draws one widget at full width on a transparent page and tells the parent page its
 * height (`{"dx-embed-height": px}`) whenever it changes, for embed-resize.js to apply.
 */

// Every element, registered at once, rather than the script embed's way of fetching the rarer
// ones when their tag appears (src/internal/on-use.ts): the frame knows its one widget, its
// build is one script (a frame always has a widget, so chunks would only add requests), and the
// widget is made before the page's load event, as the pages that hold frames expect.
import '../feed/follower.js';
import '../coverage-gauge/dx-coverage-gauge.js';
import '../target-progress/dx-target-progress.js';
import '../stat/dx-stat.js';
import '../province-rank/dx-province-rank.js';
import '../board/dx-board.js';
import '../trend/dx-trend.js';
import '../province-map/dx-province-map.js';

import { clip } from '../spec/messages.js';

const WIDGETS = ['coverage-gauge', 'target-progress', 'stat', 'province-rank', 'board', 'trend', 'province-map'];

const params = new URLSearchParams(location.search);
const main = document.getElementById('widget')!;
const widget = params.get('widget') ?? 'coverage-gauge';
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;

if (WIDGETS.includes(widget)) {
  const tag = `dx-${widget}`;
  const element = document.createElement(tag);
  // Only the element's own attributes reach it, as it declares them (the imports above have
  // registered it); anything else in the address is ignored. `state` is reported, never set.
  const { observedAttributes = [] } = customElements.get(tag) as CustomElementConstructor & { observedAttributes?: string[] };
  for (const name of observedAttributes) {
    const value = params.get(name);
    if (value !== null && name !== 'state') element.setAttribute(name, value);
  }
  main.append(element);
} else {
  const message = document.createElement('p');
  message.className = 'dx-embed-error';
  // Cut as every message quotes an address's text: the browser's limit on an address is megabytes.
  message.textContent = `widget="${clip(widget)}" không có; chọn: ${WIDGETS.join(', ')} / unknown widget`;
  main.append(message);
}

let last = 0;
function postHeight(again = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === last && !again) || window.parent === window) return;
  last = height;
  window.parent.postMessage({ 'dx-embed-height': height }, '*');
}

// Reports once at the first layout and again on every change (data arriving, a longer note).
new ResizeObserver(() => postHeight()).observe(document.body);

// A resize script that arrived after those reports asks for the height (src/embed/resize.ts).
// Only the page that holds this frame may ask: the answer goes to it alone.
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as unknown;
  const asked = typeof data === 'object' && data !== null && Object.prototype.hasOwnProperty.call(data, 'dx-embed-ask');
  if (asked && event.source === window.parent) postHeight(true);
});
