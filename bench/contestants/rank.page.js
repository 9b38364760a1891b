// <dx-province-rank> at 63 areas and at 10,000 (communes), for the scale targets of issue 7.
import '../../src/province-rank/dx-province-rank.ts';

import { frames } from './harness.js';

const NATIONAL = { label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 79.13 };

/** Named areas (no registry lookup), values a permutation so that ranks differ. */
function feed(n) {
  const areas = Array.from({ length: n }, (_, i) => ({
    code: `X${i}`,
    name: n === 63 ? `Tỉnh số ${i + 1}` : `Xã ${i + 1}`,
    value: Math.round((((i * 7919) % n) / n) * 10000) / 100,
  }));
  return {
    label: 'Xã có điểm truy cập Internet công cộng',
    unit: '%',
    asOf: '2024',
    area: { code: `X${Math.floor(n / 3)}` },
    areas,
    benchmarks: [NATIONAL],
    source: { name: 'Bộ TT&TT' },
  };
}

let el;

window.__rank = {
  registered: () => Boolean(customElements.get('dx-province-rank')),
  async mount(n) {
    const data = feed(n);
    const host = document.querySelector('#host');
    const t0 = performance.now();
    el = document.createElement('dx-province-rank');
    el.data = data;
    host.append(el);
    await el.updateComplete;
    const drawn = performance.now();
    await frames();
    return {
      ms: performance.now() - t0,
      drawnMs: drawn - t0,
      state: el.state,
      bars: el.shadowRoot.querySelectorAll('rect.bar').length,
      rows: el.shadowRoot.querySelectorAll('.rows > [role="row"]').length,
    };
  },
  /**
   * Presses "Xem bảng" (the full table): the time to its first painted rows, then to every row
   * (the element draws a long table a block per task), and the long tasks meanwhile.
   */
  async showTable() {
    const button = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.getAttribute('aria-pressed') !== null);
    const rows = () => el.shadowRoot.querySelectorAll('.rows > [role="row"]').length;
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    await frames();
    const first = { ms: performance.now() - t0, rows: rows() };
    const total = el.data.areas.length;
    // Each block is its own update, a task apart: wait for the next one until all are there.
    while (rows() < total && performance.now() - t0 < 30_000) {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    }
    await frames();
    const all = { ms: performance.now() - t0, rows: rows() };
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { ms: first.ms, rows: first.rows, allMs: all.ms, allRows: all.rows, longTasks };
  },
  /** Starts collecting long tasks; `stop()` returns their durations. */
  watchLongTasks() {
    const found = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) found.push(Math.round(entry.duration));
    });
    observer.observe({ type: 'longtask' });
    window.__longtasks = { stop: () => (observer.disconnect(), found) };
  },
};
