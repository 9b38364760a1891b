import { expect, fixture, html } from '@open-wc/testing';

// The embed bundle's entry: every element, <dx-province-map> registered when the page first holds one.
import '../../src/dx-widgets.js';

import { frameHeight, frameUrl, type Choice } from '../../demo/builder-snippets.js';
import type { Board } from '../../src/board/board.js';
import { readWidgets, widgetFor } from '../../src/board/choose.js';
import type { ProvinceMap } from '../../src/province-map/province-map.js';
import { AREAS_63 } from '../support/documents.js';
import { settled, useTestFont } from '../support/helpers.js';

/** Illustrative figures for the 63 units, Bắc Kạn 7th; the member names its element. */
const ONLINE = {
  id: 'online-applications',
  widget: 'map',
  label: 'Hồ sơ trực tuyến toàn trình',
  unit: '%',
  asOf: '2024',
  area: { code: '06' },
  areas: AREAS_63,
  source: { name: 'Số liệu minh hoạ' },
};

const defined = () => customElements.whenDefined('dx-province-map');

/** Resolves with the first height message from `frame`'s page. */
const reported = (frame: HTMLIFrameElement) =>
  new Promise<void>((resolve) =>
    addEventListener('message', function listen(event) {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', listen);
      resolve();
    }),
  );

describe('<dx-province-map> in the board, the bundle, the embed page, the builder and the PNG', () => {
  it('is what a board draws for "widget": "map" or widgets="id:map"; areas alone still go to the ranking', async () => {
    expect(widgetFor({ areas: [] }, new Map())).to.equal('province-rank');
    expect(widgetFor({ areas: [], widget: 'map' }, new Map())).to.equal('province-map');
    expect(widgetFor({ areas: [], widget: 'province-map' }, new Map())).to.equal('province-map');
    expect(widgetFor({ id: 'x', areas: [] }, readWidgets('x:map'))).to.equal('province-map');
    const el = await fixture<Board>(
      html`<dx-board .data=${{ indicators: [ONLINE, { ...ONLINE, id: 'ranked', widget: undefined }] }}></dx-board>`,
    );
    await settled(el);
    await defined();
    const cards = [...el.shadowRoot!.querySelectorAll('[part="grid"] > *')];
    expect(cards.map((c) => c.localName)).to.deep.equal(['dx-province-map', 'dx-province-rank']);
    const map = await settled(cards[0] as ProvinceMap);
    expect(map.state).to.equal('ready');
    expect(map.shadowRoot!.querySelector('[part="highlight"]')!.textContent!.trim()).to.equal('Bắc Kạn: 82% · thứ 7/63');
  });

  it('is registered by the embed bundle in a page that holds one when the bundle runs', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'article';
    frame.srcdoc = `<!doctype html><html lang="vi"><body>
      <dx-province-map><script type="application/json">${JSON.stringify(ONLINE)}</script></dx-province-map>
      <script type="module" src="/src/dx-widgets.ts"></script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      await frame.contentWindow!.customElements.whenDefined('dx-province-map');
      const el = await settled(frame.contentDocument!.querySelector<ProvinceMap>('dx-province-map')!);
      expect(el.state).to.equal('ready');
    } finally {
      frame.remove();
    }
  });

  it('is drawn by embed.html?widget=province-map from the address, with its own attributes only', async () => {
    const frame = document.createElement('iframe');
    frame.width = '360';
    frame.title = 'dx-widgets';
    frame.src = `/src/embed/embed.html?widget=province-map&src=${encodeURIComponent('/demo/data/provinces-63.json')}&highlight=06&era=63&lang=en&limit=3`;
    const heard = reported(frame);
    document.body.append(frame);
    try {
      await heard;
      const el = frame.contentDocument!.querySelector<ProvinceMap>('dx-province-map')!;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.getAttribute('highlight')).to.equal('06');
      expect(el.hasAttribute('limit'), 'a ranking attribute is not the map’s').to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="highlight"]')!.textContent!.trim()).to.match(/^Bac Kan: /);
    } finally {
      frame.remove();
    }
  });

  it("fits the builder's fixed iframe height in a 360 px frame, with little to spare", async () => {
    const choice: Choice = {
      widget: 'province-map',
      lang: 'vi',
      theme: 'auto',
      options: {},
      src: new URL('/demo/data/provinces-63.json', location.href).href,
      shown: ONLINE,
    };
    const frame = document.createElement('iframe');
    frame.width = '360';
    frame.height = String(frameHeight(choice));
    frame.title = 'province-map';
    // The builder's address for the choice, with a label of typical length (two lines in a phone column).
    frame.src = `/src/embed/embed.html?${new URL(frameUrl(choice)).searchParams}&highlight=06&label=${encodeURIComponent(ONLINE.label)}`;
    const heard = reported(frame);
    document.body.append(frame);
    try {
      await heard;
      await useTestFont(frame.contentDocument!);
      const el = await settled(frame.contentDocument!.querySelector<ProvinceMap>('dx-province-map')!);
      expect(el.state).to.equal('ready');
      const needed = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
      expect(needed, 'the widget is cut off').to.be.at.most(Number(frame.height));
      expect(Number(frame.height) - needed, 'blank space under the widget').to.be.below(24);
    } finally {
      frame.remove();
    }
  });

  it('saves itself as a PNG at twice its size, hatched tiles and all', async () => {
    const el = await fixture<ProvinceMap>(
      html`<dx-province-map style="width: 400px" .data=${{ ...ONLINE, areas: AREAS_63.slice(3) }}></dx-province-map>`,
    );
    await defined();
    await settled(el);
    const link = (event: Event) => (event.target as Element).closest?.('a[download]') && event.preventDefault();
    document.addEventListener('click', link, true);
    try {
      const blob = await el.download();
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.equal(800);
      expect(bitmap.height).to.equal(Math.round(el.getBoundingClientRect().height * 2));
      // The tiles are drawn: the darkest shade appears in the image, not a blank card.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let darkest = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 28 && pixels[i + 1] === 13 && pixels[i + 2] === 56) darkest += 1;
      expect(darkest, 'pixels of the strongest shade').to.be.greaterThan(1000);
    } finally {
      document.removeEventListener('click', link, true);
    }
  });
});
