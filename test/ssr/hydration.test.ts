// Hydration of server-rendered widgets. The hydrate support must run before lit-element is
// first evaluated (it patches LitElement as it loads): keep this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

import { expect } from '@open-wc/testing';

import '../../src/dx-widgets.js';
import '../../src/province-rank/dx-province-rank.js';
import '../../src/province-map/dx-province-map.js';
import '../../src/trend/dx-trend.js';

import type { IndicatorElement } from '../../src/internal/indicator-element.js';
import { litWarnings } from '../support/helpers.js';
import { readings } from '../support/languages.js';

/*
 * The fixtures are what renderToString writes (scripts/ssr-fixtures.js, run by
 * `node --test test/ssr/`), with the templates as written, as this page loads them.
 */

type Widget = IndicatorElement & { updateComplete: Promise<boolean> };

/**
 * The server HTML as the browser's parser builds it, not yet in the page: declarative shadow
 * roots attached (innerHTML would leave them as inert templates). setHTMLUnsafe, not
 * Document.parseHTMLUnsafe, which in Chromium drops comments, lit's hydration markers among them.
 */
function parse(html: string): Element {
  const holder = document.createElement('div');
  (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html);
  return holder.firstElementChild!;
}

async function serverHtml(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/ssr-${name}.html`, import.meta.url));
  if (!response.ok) throw new Error(`no fixture ssr-${name}.html: run node --test test/ssr/`);
  return response.text();
}

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  host.style.width = '600px';
  document.body.append(host);
});
afterEach(() => host.remove());

/** Every node of the shadow root (markers and text included), in order. */
const nodesOf = (root: ShadowRoot) => {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
};

/** What a reader gets: the text and every element's role, part and ARIA, without lit's markers or styles. */
function reading(el: Element): string {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  const attrs = [base, ...base.querySelectorAll('*')].map((node) =>
    [
      node.localName,
      ...[...node.attributes]
        .filter((a) => /^(role|part|class|aria-|id$|href)/.test(a.name))
        .map((a) => `${a.name}=${a.value}`)
        .sort(),
    ].join(' '),
  );
  return `${base.textContent!.replace(/\s+/g, ' ').trim()}\n${attrs.join('\n')}`;
}

/**
 * Puts the server HTML in the page as a CMS template would and returns the element with
 * its server DOM as it was before hydration, and an observer of every change to it.
 */
function insert(html: string): { el: Widget; nodes: Node[]; text: string; changes: MutationObserver & { records: MutationRecord[] } } {
  const el = parse(html) as Widget;
  expect(el.shadowRoot, 'declarative shadow root attached by the parser').to.exist;
  const nodes = nodesOf(el.shadowRoot!);
  const text = el.shadowRoot!.querySelector('[part~="base"]')!.textContent!;
  const records: MutationRecord[] = [];
  const changes = Object.assign(new MutationObserver((found) => records.push(...found)), { records });
  changes.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  host.append(el);
  return { el, nodes, text, changes };
}

/** The same element rendered in the browser alone, from the same attributes and inline JSON. */
async function clientOnly(server: Element): Promise<Widget> {
  const el = document.createElement(server.localName) as Widget;
  for (const { name, value } of server.attributes) if (name !== 'state') el.setAttribute(name, value);
  const json = server.querySelector(':scope > script[type="application/json"]');
  if (json) el.append(json.cloneNode(true));
  host.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Runs `test` with the page's uncaught errors and rejections collected in `failures`: what
 * hydration throws surfaces there, not in the test's own promise.
 */
async function withErrorsSeen(test: (failures: unknown[]) => Promise<void>): Promise<void> {
  const failures: unknown[] = [];
  const failed = (event: ErrorEvent | PromiseRejectionEvent) => failures.push('reason' in event ? event.reason : event.message);
  window.addEventListener('error', failed);
  window.addEventListener('unhandledrejection', failed);
  try {
    await test(failures);
  } finally {
    window.removeEventListener('error', failed);
    window.removeEventListener('unhandledrejection', failed);
  }
}

const CASES = [
  { name: 'coverage-gauge', tag: 'dx-coverage-gauge', figure: '[part~="figure"]', shows: '41,5%' },
  { name: 'coverage-gauge-approx', tag: 'dx-coverage-gauge', figure: '[part~="figure"]', shows: 'trên 76,4%' },
  { name: 'coverage-gauge-approx-en', tag: 'dx-coverage-gauge', figure: '[part~="figure"]', shows: 'over 76.4%' },
  { name: 'coverage-gauge-nofigure', tag: 'dx-coverage-gauge', figure: '[part~="figure"]', shows: 'chưa có số liệu' },
  { name: 'target-progress', tag: 'dx-target-progress', figure: '[part~="figure"]', shows: '60%/100%' },
  { name: 'target-progress-inline', tag: 'dx-target-progress', figure: '[part~="figure"]', shows: '60%/100%' },
  { name: 'stat', tag: 'dx-stat', figure: '[part~="figure"]', shows: 'gần 320.000 thuê bao' },
  { name: 'province-rank', tag: 'dx-province-rank', figure: '[part~="rank"]', shows: 'Bắc Kạn đứng thứ 1/10' },
  {
    name: 'province-rank-goal',
    tag: 'dx-province-rank',
    figure: '[part~="goal"]',
    shows: 'Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc · sau đó còn 1 mục tiêu, đến năm 2030',
  },
  { name: 'province-map', tag: 'dx-province-map', figure: '[part~="highlight"]', shows: 'Bắc Kạn: 82% · thứ 1/10' },
];

// First in the file: this page has not fetched the validator's words before it.
describe('a server-rendered error in the browser', () => {
  it('hydrates the same DOM, its problem in the same words, without an error of its own', async () => {
    await withErrorsSeen(async (failures) => {
      const { el, nodes, text } = insert(await serverHtml('coverage-gauge-error'));
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(el.shadowRoot!.querySelectorAll('[part~="error"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(
        'value: là phần trăm, phải từ 0 đến 100 (đang là 120)',
      );
      expect(nodesOf(el.shadowRoot!)).to.have.ordered.members(nodes);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.textContent).to.equal(text);
      expect(failures).to.deep.equal([]);
    });
  });
});

describe('server-rendered widgets in the browser', () => {
  for (const { name, tag, figure, shows } of CASES) {
    describe(`${tag} (${name})`, () => {
      it('shows the server’s figures before any script runs, from the declarative shadow root', async () => {
        const el = parse(await serverHtml(name));
        expect(el.localName).to.equal(tag);
        expect(customElements.get(tag)).to.exist;
        const text = el.shadowRoot!.querySelector(figure)!.textContent!.replace(/\s+/g, ' ').trim();
        expect(text).to.contain(shows);
      });

      it('hydrates the same DOM: the figure node and every other node are kept, and the text does not change', async () => {
        const { el, nodes, text } = insert(await serverHtml(name));
        const figureNode = el.shadowRoot!.querySelector(figure);
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector(figure)).to.equal(figureNode);
        expect(nodesOf(el.shadowRoot!)).to.have.ordered.members(nodes);
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.textContent).to.equal(text);
      });

      it('agrees with a render in the browser alone, so hydration hides no difference', async () => {
        const html = await serverHtml(name);
        const { el } = insert(html);
        await el.updateComplete;
        const fresh = await clientOnly(el);
        expect(fresh.state).to.equal('ready');
        expect(reading(el)).to.equal(reading(fresh));
      });

      it('still updates after hydration: new data re-renders in the same nodes', async () => {
        const { el } = insert(await serverHtml(name));
        await el.updateComplete;
        const label = el.shadowRoot!.querySelector('[part~="label"]')!;
        el.label = 'Nhãn mới';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="label"]')).to.equal(label);
        expect(label.textContent!.trim()).to.equal('Nhãn mới');
      });

      it('passes axe once hydrated', async () => {
        const { el } = insert(await serverHtml(name));
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    });
  }

  it('changes nothing in the shadow root while hydrating a widget whose data is all in the page', async () => {
    for (const name of ['coverage-gauge', 'target-progress', 'target-progress-inline', 'stat']) {
      const { el, changes } = insert(await serverHtml(name));
      await el.updateComplete;
      const records = [...changes.records, ...changes.takeRecords()];
      changes.disconnect();
      expect(
        records.map((r) => `${r.type} ${r.attributeName ?? ''} in <${(r.target as Element).localName ?? '#text'}>`),
        name,
      ).to.deep.equal([]);
    }
  });

  it('changes nothing while hydrating under a page in another language: the server wrote the lang its drawing inherits', async () => {
    host.setAttribute('lang', 'fr');
    for (const name of ['coverage-gauge', 'target-progress', 'target-progress-inline', 'stat', 'province-rank', 'province-map']) {
      const { el, changes } = insert(await serverHtml(name));
      await el.updateComplete;
      const records = [...changes.records, ...changes.takeRecords()].filter((r) => r.attributeName === 'lang');
      changes.disconnect();
      expect(records, name).to.deep.equal([]);
      const lang = el.getAttribute('lang');
      expect(lang, name).to.match(/^(vi|en)$/);
      // Every text of the drawing is read in the language the server drew it in, none in French.
      expect(new Set(readings(el).map(([, read]) => read)), name).to.deep.equal(new Set([lang]));
    }
  });

  it('hydrates a long trend in its first render, where in the browser alone it draws a task later', async () => {
    await withErrorsSeen(async (failures) => {
      // The server drew for a 320 px plot: the same here, so the drawing is the server's.
      host.style.width = '344px';
      const { el, nodes } = insert(await serverHtml('trend-long'));
      const line = el.shadowRoot!.querySelector('path.line');
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('path.line'), 'the server’s line kept').to.equal(line);
      expect(nodesOf(el.shadowRoot!)).to.have.ordered.members(nodes);
      expect(failures).to.deep.equal([]);
    });
  });

  it('hydrates a trend the server drew for a phone column, then draws it for its own, as the browser alone does', async () => {
    await withErrorsSeen(async (failures) => {
      const { el } = insert(await serverHtml('trend'));
      const line = el.shadowRoot!.querySelector('path.line');
      await el.updateComplete;
      expect(failures, 'hydrated without an error').to.deep.equal([]);
      // The column's width arrives with the observer's first report, after the first frame.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('path.line'), 'the server’s line kept and redrawn').to.equal(line);
      const fresh = await clientOnly(el);
      const drawing = (trend: Element) => [
        trend.shadowRoot!.querySelector('svg')!.getAttribute('viewBox'),
        [...trend.shadowRoot!.querySelectorAll('.x-ticks text')].map((t) => t.textContent).join(' '),
        trend.shadowRoot!.querySelector('path.line')!.getAttribute('d'),
      ];
      expect(drawing(el)).to.deep.equal(drawing(fresh));
      expect(reading(el)).to.equal(reading(fresh));
      expect(failures).to.deep.equal([]);
    });
  });

  it('keeps the language the server wrote: lang="en" renders English on both sides', async () => {
    const { el } = insert(await serverHtml('target-progress'));
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('behind schedule');
  });
});

// Last in the file: what every hydration above made Lit's development build say.
describe('hydration, for Lit', () => {
  it('issued no development warning on this page', () => {
    expect(litWarnings().join('\n'), 'Lit warned').to.equal('');
  });
});
