/**
 * Registers <dx-trend> once the page holds one, for the embed bundle: the chart's code
 * (~10 kB gz: the element, d3-shape's line, d3's ticks) is a chunk fetched then, so a page of
 * gauges does not download it. A tag in the page's HTML is found at once or when the
 * document is parsed; one added later, when it is added. A shadow root (a board's cards)
 * loads it itself (`loadTrend`).
 */
export const loadTrend = (): Promise<unknown> => import('./dx-trend.js');

const has = (node: Node) => node instanceof Element && (node.localName === 'dx-trend' || node.querySelector('dx-trend') !== null);

if (typeof document !== 'undefined' && !customElements.get('dx-trend')) {
  const found = () => {
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', scan);
    void loadTrend();
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some(has))) found();
  });
  const scan = () => {
    if (has(document.documentElement)) found();
  };
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', scan);
  scan();
}
