export {};

/*
 * Runs inside /csp/page.html, under
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`.
 * Draws every element in every state and reports each violation to the test page.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});

await import('../../src/dx-widgets.js');
// Registered at once here; the bundle registers it when a page first holds one.
await import('../../src/province-map/dx-province-map.js');
await import('../../src/trend/dx-trend.js');

const FEED = {
  label: 'Người trưởng thành có điện thoại thông minh',
  unit: '%',
  value: 60,
  asOf: '2024',
  target: { value: 100, by: '2024-12-31' },
  series: [
    { asOf: '2022', value: 40 },
    { asOf: '2023', value: 50 },
  ],
  rank: { position: 7, of: 63 },
  source: { name: 'Sở TT&TT', url: 'https://example.gov.vn/' },
};
const AREAS = {
  ...FEED,
  rank: undefined,
  area: { code: '06' },
  areas: [
    { code: '06', value: 60 },
    { code: '01', value: 80 },
    { code: '02', value: 50 },
  ],
  benchmarks: [{ label: 'Cả nước', value: 70 }],
};

const tags = ['dx-coverage-gauge', 'dx-target-progress', 'dx-stat', 'dx-province-rank', 'dx-province-map', 'dx-trend'].filter((tag) =>
  customElements.get(tag),
);
const ranked = (tag: string) => tag === 'dx-province-rank' || tag === 'dx-province-map';
const main = document.querySelector('main')!;
type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean> };
const made: { tag: string; want: string; el: Widget }[] = [];

for (const tag of tags) {
  const add = (want: string, setup: (el: Widget) => void) => {
    const el = document.createElement(tag) as Widget;
    el.setAttribute('now', '2024-10-01');
    setup(el);
    main.append(el);
    made.push({ tag, want, el });
  };
  add('ready', (el) => (el.data = ranked(tag) ? AREAS : FEED));
  add('ready', (el) => {
    el.setAttribute('theme', 'dark');
    el.setAttribute('lang', 'en');
    el.data = ranked(tag) ? AREAS : FEED;
  });
  add('error', (el) => el.setAttribute('value', '97,27'));
  add('loading', (el) => el.setAttribute('src', '/feed-script/csp-never'));
  add('stale', (el) => (el.data = ranked(tag) ? AREAS : FEED));
}
// A board draws its cards inside its own shadow root: they must obey the policy too.
const board = document.createElement('dx-board') as Widget;
board.setAttribute('now', '2024-10-01');
board.data = {
  title: 'Bảng',
  indicators: [
    { id: 'a', ...FEED },
    { id: 'b', ...AREAS },
    { id: 'c', label: 'Tổ', unit: 'tổ', value: 2250 },
  ],
};
main.append(board);
made.push({ tag: 'dx-board', want: 'ready', el: board });

await fetch('/feed-script/csp-never', { method: 'POST', body: JSON.stringify([{ delay: 20000, body: FEED }]) });
// The ranking and the board are chunks the bundle fetches when their tags appear, under this policy too.
await Promise.all([...new Set(made.map(({ tag }) => tag))].map((tag) => customElements.whenDefined(tag)));
await Promise.all(made.map(({ el }) => el.updateComplete));
for (const { want, el } of made) if (want === 'stale') el.data = { label: 'x', unit: '%', value: 'NaN' };
await Promise.all(made.map(({ el }) => el.updateComplete));
// The stat and rank buttons, the table toggle and the download path are exercised elsewhere.
parent.postMessage({ csp: { violations, states: made.map(({ tag, want, el }) => ({ tag, want, got: el.state })) } }, '*');
