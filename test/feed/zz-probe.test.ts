import { expect, fixture, html } from '@open-wc/testing';

import '../../src/index.js';

import { scriptFeed, settled, visibleText } from '../support/helpers.js';

const uncaught: unknown[] = [];
addEventListener('error', (e) => uncaught.push(e.error ?? e.message));
addEventListener('unhandledrejection', (e) => uncaught.push(e.reason));

describe('probe', () => {
  it('bodies', async function () {
    this.timeout(60000);
    const cases: [string, object][] = [
      ['null', { body: 'null' }],
      ['zero', { body: '0' }],
      ['str', { body: '"x"' }],
      ['arr', { body: '[]' }],
      ['indnull', { body: { indicators: null } }],
      ['indnullm', { body: { indicators: [null] } }],
      ['proto', { body: '{"__proto__": {"value": 5}, "label": "x", "unit": "%"}' }],
      ['html', { body: '<!doctype html><html><body>Not found</body></html>', headers: { 'Content-Type': 'text/html' } }],
      ['204', { status: 204 }],
      ['empty', { body: '' }],
      ['loop', { status: 302, headers: { Location: '/feed-script/PLACEHOLDER' } }],
      ['bom', { body: '\ufeff{"label":"x","unit":"%","value":5}' }],
      ['latin', { body: '{"label":"x","unit":"%","value":5, "note": "\\ud800"}' }],
    ];
    const out: string[] = [];
    for (const tag of ['dx-coverage-gauge', 'dx-province-rank', 'dx-board', 'dx-trend', 'dx-stat', 'dx-target-progress', 'dx-province-map']) {
      for (const [name, step] of cases) {
        const k = `probe-${tag}-${name}-${Date.now()}`;
        const s = JSON.parse(JSON.stringify(step).replace('PLACEHOLDER', k));
        const src = await scriptFeed(k, [s]);
        const wrapper = await fixture(html`<div></div>`);
        const el = document.createElement(tag) as HTMLElement & { state: string; updateComplete: Promise<unknown> };
        el.setAttribute('loading', 'eager');
        el.setAttribute('src', src);
        wrapper.append(el);
        await settled(el as never);
        out.push(`${tag} ${name}: ${el.state} | ${visibleText(el).slice(0, 160)}`);
      }
    }
    console.log(out.join('\n'));
    expect(uncaught).to.deep.equal([]);
    expect(out).to.deep.equal([]);
  });
});
