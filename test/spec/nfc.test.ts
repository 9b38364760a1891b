import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

import '../../src/stat/dx-stat.js';

import type { IndicatorLoadDetail } from '../../src/feed/controller.js';
import { toNFC } from '../../src/spec/nfc.js';
import { parseJson } from '../../src/spec/validate.js';
import type { StatElement } from '../../src/stat/stat.js';
import { part, scriptFeed, settled } from '../support/helpers.js';

/*
 * Vietnamese typed on some systems arrives decomposed (NFD): "Lai Châu" as "Lai Cha\u0302u".
 * Every way a document reaches a widget reads it as NFC.
 */

const NFC = 'Lai Châu';
const NFD = NFC.normalize('NFD');
const doc = { label: `Thuê bao ${NFD}`, unit: { vi: 'thuê bao', en: 'subscribers' }, value: 320000, area: { code: '12', name: NFD } };

const labelOf = (el: StatElement) => part(el, '[part="label"]').textContent!.trim();

async function stat(template: ReturnType<typeof html>): Promise<StatElement> {
  return settled(await fixture<StatElement>(template));
}

describe('text is read as NFC', () => {
  it('starts from text that really is decomposed', () => {
    expect(NFD).to.not.equal(NFC);
    expect(NFD.length).to.equal(NFC.length + 1);
  });

  describe('toNFC', () => {
    it('composes every string value, however deep in lists and objects', () => {
      expect(toNFC({ a: [NFD, { b: NFD }], n: 5, t: true, z: null })).to.deep.equal({ a: [NFC, { b: NFC }], n: 5, t: true, z: null });
      expect(toNFC(NFD)).to.equal(NFC);
    });

    it('gives back the same object when everything is already NFC, so nothing is copied', () => {
      const composed = { label: NFC, areas: [{ code: '12', name: NFC }] };
      expect(toNFC(composed)).to.equal(composed);
    });

    it('copies rather than changes the object it is given', () => {
      const given = { label: NFD };
      expect(toNFC(given)).to.not.equal(given);
      expect(given.label).to.equal(NFD);
    });

    it('leaves keys as written: the format reads only ASCII keys, and two keys must not merge', () => {
      expect(Object.keys(toNFC({ [NFD]: 1, [NFC]: 2 }))).to.deep.equal([NFD, NFC]);
    });

    it('stops below any field the format has, so deep junk or a cycle costs no walk and no stack', () => {
      let junk: Record<string, unknown> = { text: NFD };
      for (let i = 0; i < 100_000; i += 1) junk = { down: junk };
      expect(toNFC(junk)).to.equal(junk);
      const cycle: Record<string, unknown> = { label: NFC };
      cycle.self = cycle;
      expect(toNFC(cycle)).to.equal(cycle);
    });

    it('is what parseJson gives, escaped marks included', () => {
      const parsed = parseJson('{"name": "Lai Cha\\u0302u"}');
      expect(parsed.ok && (parsed.value as { name: string }).name).to.equal(NFC);
    });
  });

  describe('in a widget', () => {
    it('reads a `data` object as NFC, in what it draws and in the document of dx-load', async () => {
      const el = await fixture<StatElement>(html`<dx-stat></dx-stat>`);
      const loaded = new Promise<IndicatorLoadDetail>((resolve) =>
        el.addEventListener('dx-load', (e) => resolve(e.detail), { once: true }),
      );
      el.data = doc;
      const detail = await loaded;
      expect(labelOf(el)).to.equal(`Thuê bao ${NFC}`);
      expect(detail.indicator.area!.name).to.equal(NFC);
      expect((detail.document as typeof doc).label).to.equal(`Thuê bao ${NFC}`);
      expect(doc.label, "the page's own object is not changed").to.equal(`Thuê bao ${NFD}`);
    });

    it('reads `data` given as JSON text as NFC', async () => {
      const el = await stat(html`<dx-stat .data=${JSON.stringify(doc)}></dx-stat>`);
      expect(labelOf(el)).to.equal(`Thuê bao ${NFC}`);
    });

    it('reads inline JSON as NFC, with the marks typed or escaped', async () => {
      const typed = await stat(html`<dx-stat>${unsafeHTML(`<script type="application/json">${JSON.stringify(doc)}</script>`)}</dx-stat>`);
      expect(labelOf(typed)).to.equal(`Thuê bao ${NFC}`);
      const escaped = JSON.stringify(doc).replace(/\u0302/g, '\\u0302');
      expect(escaped).to.include('\\u0302');
      const el = await stat(html`<dx-stat>${unsafeHTML(`<script type="application/json">${escaped}</script>`)}</dx-stat>`);
      expect(labelOf(el)).to.equal(`Thuê bao ${NFC}`);
    });

    it('reads a feed from `src` as NFC', async () => {
      const src = await scriptFeed(`nfc-${Date.now()}`, [{ body: JSON.stringify(doc) }]);
      const el = await stat(html`<dx-stat loading="eager" src=${src}></dx-stat>`);
      expect(labelOf(el)).to.equal(`Thuê bao ${NFC}`);
    });

    it('reads a label attribute as NFC', async () => {
      const el = await stat(html`<dx-stat value="5" label=${`Xã ${NFD}`}></dx-stat>`);
      expect(labelOf(el)).to.equal(`Xã ${NFC}`);
    });
  });
});
