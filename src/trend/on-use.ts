/**
 * Registers <dx-trend> when the page holds one, for the embed bundle: the chart's code
 * (~10 kB gz: the element, d3-shape's line, d3's ticks) is a chunk fetched then, so a page of
 * gauges does not download it. The bundle runs after the page is parsed (a module script), so
 * the tags an article holds are found at once; no observer watches the page for later ones
 * (importing the package does no work: test/hardening/import.test.ts). A page or board that
 * adds a trend later loads it itself (`loadTrend`).
 */
export const loadTrend = (): Promise<unknown> => import('./dx-trend.js');

const scan = () => {
  if (document.querySelector('dx-trend') && !customElements.get('dx-trend')) void loadTrend();
};

if (typeof document !== 'undefined') {
  // An `async` module may run before the page is parsed: look again once it is.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}
