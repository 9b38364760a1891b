import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';

import { mountWidget, settled } from '../support/helpers.js';

type Widget = LitElement & { state: string; data: unknown };

const TAGS = ['dx-coverage-gauge', 'dx-target-progress', 'dx-stat', 'dx-province-rank', 'dx-province-map'].filter((tag) =>
  customElements.get(tag),
);
const HTML = '<img src=x onerror="window.__dxPwned=1"><script>window.__dxPwned=2</script><b>đậm</b>';

/** A document whose every text field holds HTML. */
const hostile = {
  label: { vi: HTML, en: HTML },
  unit: '%',
  value: 60,
  asOf: '2024',
  note: HTML,
  area: { code: '06', name: HTML },
  count: { part: 60, whole: 100, unit: HTML },
  target: { value: 100, by: '2025', label: HTML },
  series: [
    { asOf: '2022', value: 40 },
    { asOf: '2023', value: 50 },
  ],
  rank: { position: 2, of: 3 },
  benchmarks: [{ label: HTML, value: 55 }],
  areas: [
    { code: '06', name: HTML, value: 60 },
    { code: '01', name: HTML, value: 70 },
    { code: '99', name: HTML, value: 20 },
  ],
  source: { name: HTML, url: 'https://example.gov.vn/' },
};

/** The map refuses a code that is no province of its era (the ranking shows it by its code): it is given the two real ones. */
const forTag = (tag: string, data: unknown) =>
  tag === 'dx-province-map' && typeof data === 'object' ? { ...data, areas: hostile.areas.slice(0, 2) } : data;

const widget = (tag: string, data: unknown, attrs: Record<string, string> = {}, width = 320) =>
  mountWidget<Widget>(tag, forTag(tag, data), attrs, width);

/** Every element's box stays inside its column, and its text is drawn at a readable size. */
function expectContained(el: Widget, column: Element): void {
  const outer = column.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  expect(box.width, 'width').to.be.greaterThan(0);
  expect(box.left, 'left edge').to.be.at.least(outer.left - 1);
  expect(box.right, 'right edge').to.be.at.most(outer.right + 1);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
    const rect = node.getBoundingClientRect();
    // Text kept for screen readers only (the rank table) is clipped to nothing on screen.
    if (rect.width === 0 || node.closest('.visually-hidden')) continue;
    expect(rect.right, `${el.localName} ${node.getAttribute('part')} right`).to.be.at.most(outer.right + 1);
    expect(rect.left, `${el.localName} ${node.getAttribute('part')} left`).to.be.at.least(outer.left - 1);
  }
  const figure = el.shadowRoot!.querySelector<HTMLElement>('[part~="figure"], [part~="rank"], [part~="error"]');
  if (figure) expect(Number.parseFloat(getComputedStyle(figure).fontSize)).to.be.at.least(10);
}

describe('hostile content', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows HTML in every text field as literal text and runs none of it`, async () => {
      const el = await widget(tag, hostile, { highlight: '06', indicator: '' });
      expect(el.state, el.shadowRoot!.textContent!).to.equal('ready');
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, b, iframe')).to.equal(null);
      expect(root.textContent).to.contain('<img src=x onerror=');
      expect((window as { __dxPwned?: number }).__dxPwned).to.equal(undefined);
    });

    it(`<${tag}> never makes a link of a javascript: or data: address`, async () => {
      for (const url of [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:x',
      ]) {
        const el = await widget(tag, { ...hostile, source: { name: 'Nguồn', url } });
        expect(el.state).to.equal('error');
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.textContent).to.contain('source.url');
      }
    });

    it(`<${tag}> keeps a label of 10,000 characters (the limit) inside its column, and refuses a 100 KB one there`, async () => {
      const el = await widget(tag, { ...hostile, label: 'Rất dài '.repeat(1250) });
      expect(el.state).to.equal('ready');
      expectContained(el, el.parentElement!);
      const longer = await widget(tag, { ...hostile, label: 'Rất dài '.repeat(12_800) });
      expect(longer.state).to.equal('error');
      expect(longer.shadowRoot!.textContent).to.contain('label: dài 102400 ký tự, quá giới hạn 10000');
      expectContained(longer, longer.parentElement!);
    });
  }

  it('refuses numbers that only look like numbers, and percentages outside 0–100, naming the field', async () => {
    for (const [value, words] of [
      ['NaN', 'value: phải là số'],
      ['Infinity', 'value: phải là số'],
      [-5, 'value: là phần trăm, phải từ 0 đến 100 (đang là -5)'],
      [120, 'value: là phần trăm, phải từ 0 đến 100 (đang là 120)'],
    ] as const) {
      const el = await widget('dx-coverage-gauge', { label: 'x', unit: '%', value });
      expect(el.state).to.equal('error');
      expect(el.shadowRoot!.textContent).to.contain(words);
    }
    const overflow = await widget('dx-coverage-gauge', '{"label": "x", "unit": "%", "value": 1e999}');
    expect(overflow.shadowRoot!.textContent).to.contain('value: phải là số');
  });

  it('ignores nested junk in fields it does not know, refuses it where it expects text, and refuses any past 64 levels', async () => {
    const nest = (levels: number) => {
      let junk: unknown = 'đáy';
      for (let i = 0; i < levels; i += 1) junk = { down: junk };
      return junk;
    };
    const ignored = await widget('dx-coverage-gauge', { label: 'Sóng', unit: '%', value: 97, extra: nest(60) });
    expect(ignored.state).to.equal('ready');
    const refused = await widget('dx-coverage-gauge', { label: 'Sóng', unit: '%', value: 97, note: nest(60) });
    expect(refused.state).to.equal('error');
    expect(refused.shadowRoot!.textContent).to.contain('note: phải là chuỗi');
    // Deeper than any document needs: an error in place, never a stack overflow in whatever walks it.
    const deep = await widget('dx-coverage-gauge', { label: 'Sóng', unit: '%', value: 97, extra: nest(5000) });
    expect(deep.state).to.equal('error');
    expect(deep.shadowRoot!.textContent).to.contain('extra.down.down.down…: lồng quá 64 tầng');
  });

  it('names the duplicate when a feed holds one id twice for the same area', async () => {
    const feed = {
      area: { code: '12' },
      indicators: [
        { id: 'coverage', label: 'Sóng', unit: '%', value: 97 },
        { id: 'coverage', label: 'Sóng', unit: '%', value: 12 },
      ],
    };
    const el = await widget('dx-coverage-gauge', feed, { indicator: 'coverage', area: '12' });
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('indicators[1].id: trùng id "coverage"');
  });
});

describe('hostile page styles', () => {
  const PAGES: Record<string, string> = {
    'all: unset on everything': '* { all: unset; }',
    'a huge root font size': 'html { font-size: 40px; }',
    'a box-sizing reset': '*, *::before, *::after { box-sizing: content-box !important; padding: 3px; }',
    'zoom on the column': '.column { zoom: 1.5; }',
    'right-to-left text': '.column { direction: rtl; }',
  };

  for (const [name, css] of Object.entries(PAGES)) {
    it(`keeps every element legible and inside a 240 px column under ${name}`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        for (const tag of TAGS) {
          const column = await fixture(html`<div class="column" style="width: 240px; display: block"></div>`);
          const el = document.createElement(tag) as Widget;
          el.setAttribute('now', '2024-10-01');
          el.setAttribute('highlight', '06');
          el.data = forTag(tag, { ...hostile, label: 'Thôn, bản có sóng di động', note: 'Ghi chú', source: { name: 'Sở TT&TT' } });
          column.append(el);
          await settled(el);
          expect(el.state, `${tag} ${el.shadowRoot!.textContent}`).to.equal('ready');
          expectContained(el, column);
        }
      } finally {
        style.remove();
      }
    });
  }
});
