import { expect, fixture, html } from '@open-wc/testing';
import { render, type LitElement } from 'lit';

import '../../src/index.js';

import { translate } from '../../src/format/messages.js';
import { STRINGS } from '../../src/province-rank/province-rank.strings.js';
import { mountWidget, settled } from '../support/helpers.js';

/*
 * Issue 16: document text must never reorder the figures beside it. "Hà Nội\u202e" before
 * "thứ 12/63" drew "thứ 36/21"; a Hebrew or Arabic label before ": 79,13%" drew the figure
 * first. Every piece of document text is drawn isolated (src/format/text.ts `isolate`).
 */

type Widget = LitElement & { state: string; data: unknown };

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
/** Isolated runs, nested ones included ("\u2068\u2068x\u2069\u2069" leaves a lone "\u2069", no letter). */
const ISOLATED = /\u2068[^\u2069]*\u2069/g;

/** Right-to-left text in the shadow root (its text and the attributes it speaks or shows) that stands outside an isolate. */
function unisolated(el: Element): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => RTL.test(text.replace(ISOLATED, '')) && found.push(`${where}: ${JSON.stringify(text)}`);
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('bdi')) check(node.textContent!, node.parentElement?.localName ?? '#root');
  }
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-valuetext', 'title']) {
      const value = node.getAttribute(name);
      if (value) check(value, `${node.localName}[${name}]`);
    }
  }
  return found;
}

/** Where `text` is drawn inside `root` (its first occurrence in one text node). */
function rectOf(root: Node, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" is not drawn`);
}

/** The characters of `text`, ordered as they are drawn left to right. */
function drawnOrder(root: Node, text: string): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const chars = [...text].map((char, i) => {
      const range = document.createRange();
      range.setStart(node!, at + i);
      range.setEnd(node!, at + i + 1);
      return { char, left: range.getBoundingClientRect().left };
    });
    return chars
      .sort((a, b) => a.left - b.left)
      .map((c) => c.char)
      .join('');
  }
  throw new Error(`"${text}" is not drawn`);
}

const widget = (tag: string, data: unknown, attrs?: Record<string, string>) => mountWidget<Widget>(tag, data, attrs);

const HEBREW = 'ממוצע ארצי';
const ARABIC = 'المتوسط';

/** A percentage document whose every text is right-to-left. */
const percent = {
  label: { vi: HEBREW, en: ARABIC },
  unit: '%',
  value: 60,
  asOf: '2024',
  note: `${ARABIC} 2024`,
  area: { code: '06', name: HEBREW },
  count: { part: 60, whole: 100, unit: ARABIC },
  target: { value: 100, by: '2025' },
  series: [
    { asOf: '2022', value: 40 },
    { asOf: '2023', value: 50 },
  ],
  benchmarks: [{ label: ARABIC, value: 79.13 }],
  areas: [
    { code: '06', name: HEBREW, value: 60 },
    { code: '01', name: ARABIC, value: 70 },
  ],
  source: { name: HEBREW, url: 'https://example.gov.vn/' },
};

/** A count in a right-to-left unit, with a labelled target. */
const counted = {
  ...percent,
  unit: 'שקל',
  value: 320000,
  target: { value: 400000, by: '2025', label: ARABIC },
  areas: undefined,
  benchmarks: undefined,
};

describe('document text is drawn isolated (bidi)', () => {
  const cases: [string, unknown, Record<string, string>?][] = [
    ['dx-coverage-gauge', percent],
    ['dx-target-progress', percent],
    ['dx-target-progress', counted],
    ['dx-target-progress', percent, { variant: 'inline' }],
    ['dx-stat', counted],
    ['dx-province-rank', percent, { highlight: '06' }],
    ['dx-province-rank', { ...percent, areas: undefined, rank: { position: 12, of: 63 } }],
    ['dx-province-map', percent, { highlight: '06' }],
  ];
  for (const [tag, data, attrs] of cases) {
    it(`<${tag}${attrs ? ` ${Object.keys(attrs).join(' ')}` : ''}> isolates every right-to-left text it draws${data === counted ? ' (a right-to-left unit)' : ''}`, async () => {
      const el = await widget(tag, data, attrs);
      expect(el.state, el.shadowRoot!.textContent!).to.equal('ready');
      expect(unisolated(el)).to.deep.equal([]);
    });
  }

  it('<dx-board> isolates its title, area and source, and its cards theirs', async () => {
    const feed = {
      title: HEBREW,
      area: { code: '06', name: ARABIC },
      source: { name: HEBREW },
      asOf: '2024',
      indicators: [
        { ...percent, id: 'a' },
        { ...counted, id: 'b' },
      ],
    };
    const el = await fixture<Widget>(html`<dx-board .data=${feed} now="2024-10-01"></dx-board>`);
    await settled(el);
    expect(unisolated(el)).to.deep.equal([]);
    for (const card of el.shadowRoot!.querySelectorAll<Widget>('[indicator]')) {
      await settled(card);
      expect(unisolated(card), card.localName).to.deep.equal([]);
    }
  });

  it('draws a benchmark figure after its right-to-left label, in the list and in the comparison', async () => {
    const el = await widget('dx-province-rank', percent, { highlight: '06' });
    const list = el.shadowRoot!.querySelector('[part="benchmarks"]')!;
    expect(rectOf(list, '79,13%').left).to.be.greaterThan(rectOf(list, ARABIC).right - 1);
    const comparison = el.shadowRoot!.querySelector('[part="comparison"]')!;
    expect(comparison.textContent).to.contain('(79,13%)');
    expect(rectOf(comparison, '79,13%').left).to.be.greaterThan(rectOf(comparison, ARABIC).right - 1);
  });

  it('keeps "thứ 12/63" in order after a name that ends in a right-to-left override', async () => {
    // The element refuses such a name (below); the sentence it builds isolates it all the same.
    const host = await fixture<HTMLElement>(html`<p style="width: 400px"></p>`);
    const t = (key: keyof typeof STRINGS, params?: Record<string, string>) => translate(STRINGS, 'vi', key, params);
    render(
      html`<span>${t('rank.named', { name: 'Hà Nội\u202e' })}<strong>${t('rank', { position: '12', of: '63' })}</strong></span>`,
      host,
    );
    expect(drawnOrder(host.querySelector('strong')!, 'thứ 12/63')).to.equal('thứ 12/63');
  });

  it('refuses the name "Hà Nội\\u202e" in place, naming the control', async () => {
    const el = await widget('dx-province-rank', {
      label: 'DTI',
      area: { code: '01', name: 'Hà Nội\u202e' },
      rank: { position: 12, of: 63 },
    });
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('area.name').and.contain('U+202E');
  });
});
