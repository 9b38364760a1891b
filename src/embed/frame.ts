import '../dx-widgets.js';

/**
 * The iframe embed for CMSes that strip <script> or unknown tags:
 * `embed.html?widget=coverage-gauge&src=URL&indicator=ID&area=CODE&lang=vi&theme=dark`
 * draws one widget at full width on a transparent page and tells the parent page its
 * height (`{"dx-embed-height": px}`) whenever it changes, for embed-resize.js to apply.
 */

const WIDGETS = ['coverage-gauge', 'target-progress', 'stat', 'province-rank', 'board', 'trend', 'province-map'];

const params = new URLSearchParams(location.search);
const main = document.getElementById('widget')!;
const widget = params.get('widget') ?? 'coverage-gauge';
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;

// The trend and the map are registered when used (their on-use.ts): here, before their attributes are read.
if (widget === 'trend') await import('../trend/dx-trend.js');
if (widget === 'province-map') await import('../province-map/dx-province-map.js');

if (WIDGETS.includes(widget)) {
  const tag = `dx-${widget}`;
  const element = document.createElement(tag);
  // Only the element's own attributes reach it, as it declares them (the bundle above has
  // defined it); anything else in the address is ignored. `state` is reported, never set.
  const { observedAttributes = [] } = customElements.get(tag) as CustomElementConstructor & { observedAttributes?: string[] };
  for (const name of observedAttributes) {
    const value = params.get(name);
    if (value !== null && name !== 'state') element.setAttribute(name, value);
  }
  main.append(element);
} else {
  const message = document.createElement('p');
  message.className = 'dx-embed-error';
  message.textContent = `widget="${widget}" không có; chọn: ${WIDGETS.join(', ')} / unknown widget`;
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
