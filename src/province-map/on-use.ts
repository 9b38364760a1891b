/**
 * Registers <dx-province-map> when the page holds one, for the embed bundle: the map's code (the
 * element, its layouts, d3-scale's threshold scale) is a chunk fetched then, so a page of gauges
 * does not download it. As src/trend/on-use.ts does for the trend, and for the same reasons: the
 * bundle runs after the page is parsed, no observer watches the page for later tags, and a page
 * or board that adds a map later loads it itself (`loadMap`).
 */
export const loadMap = (): Promise<unknown> => import('./dx-province-map.js');

const scan = () => {
  if (document.querySelector('dx-province-map') && !customElements.get('dx-province-map')) void loadMap();
};

if (typeof document !== 'undefined') {
  // An `async` module may run before the page is parsed: look again once it is.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}
