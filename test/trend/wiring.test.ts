import { expect, fixture, html } from '@open-wc/testing';

// The embed bundle's entry: every element, <dx-trend> registered when the page first holds one.
import '../../src/dx-widgets.js';

import { frameHeight, frameUrl, type Choice } from '../../demo/builder-snippets.js';
import type { Board } from '../../src/board/board.js';
import type { Trend } from '../../src/trend/trend.js';
import { FIBRE_PLAN } from '../support/documents.js';
import { settled, useTestFont } from '../support/helpers.js';

/** The fibre plan toward 100% by 2025: the document names its element. */
const FIBRE = { ...FIBRE_PLAN, id: 'households-fiber', widget: 'trend', target: { value: 100, by: '2025' } };

const defined = () => customElements.whenDefined('dx-trend');

describe('<dx-trend> in the bundle, the board, the embed page and the PNG', () => {
  it('draws a board member with "widget": "trend" with <dx-trend>, sharing the board\'s `now`', async () => {
    const el = await fixture<Board>(
      html`<dx-board .data=${{ indicators: [FIBRE, { ...FIBRE, id: 'plain', widget: undefined }] }} now="2024-01-15"></dx-board>`,
    );
    await settled(el);
    await defined();
    const cards = [...el.shadowRoot!.querySelectorAll('[part="grid"] > *')];
    expect(cards.map((c) => c.localName)).to.deep.equal(['dx-trend', 'dx-target-progress']);
    const trend = await settled(cards[0] as Trend);
    expect(trend.state).to.equal('ready');
    expect(trend.getAttribute('now')).to.equal('2024-01-15');
  });

  it('is registered by the embed bundle in a page that holds one when the bundle runs', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'article';
    frame.srcdoc = `<!doctype html><html lang="vi"><body>
      <dx-trend value="60" unit="%" as-of="2024" label="Hộ có cáp quang"></dx-trend>
      <script type="module" src="/src/dx-widgets.ts"></script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      await frame.contentWindow!.customElements.whenDefined('dx-trend');
      const el = await settled(frame.contentDocument!.querySelector<Trend>('dx-trend')!);
      expect(el.state).to.equal('ready');
    } finally {
      frame.remove();
    }
  });

  it('is drawn by embed.html?widget=trend from the attributes in the address', async () => {
    const frame = document.createElement('iframe');
    frame.width = '360';
    frame.title = 'dx-widgets';
    // The page reports its height once the widget is in it.
    const reported = new Promise<void>((resolve) =>
      addEventListener('message', function listen(event) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', listen);
        resolve();
      }),
    );
    frame.src = `/src/embed/embed.html?widget=trend&value=60&unit=%25&as-of=2024&label=Xu%20h%C6%B0%E1%BB%9Bng&y-max=80`;
    document.body.append(frame);
    try {
      await reported;
      const el = frame.contentDocument!.querySelector<Trend>('dx-trend')!;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.getAttribute('y-max')).to.equal('80');
      expect(el.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.equal('60% năm 2024');
    } finally {
      frame.remove();
    }
  });

  it("fits the builder's fixed iframe height in a 360 px frame, with little to spare", async () => {
    const choice: Choice = {
      widget: 'trend',
      lang: 'vi',
      theme: 'auto',
      options: {},
      src: new URL('/test/fixtures/lai-chau-2024.json', location.href).href,
      indicator: 'smartphone-subscriptions',
      shown: FIBRE,
    };
    const frame = document.createElement('iframe');
    frame.width = '360';
    frame.height = String(frameHeight(choice));
    frame.title = 'trend';
    // The builder's address for the choice, with a one-point trend given by attributes instead of the feed.
    const params = new URL(frameUrl(choice)).searchParams;
    params.delete('src');
    params.delete('indicator');
    frame.src = `/src/embed/embed.html?${params}&value=84.9&unit=%25&as-of=2022&source=${encodeURIComponent('Sở Thông tin và Truyền thông tỉnh Lai Châu')}&label=${encodeURIComponent('Thuê bao điện thoại thông minh')}`;
    const reported = new Promise<void>((resolve) =>
      addEventListener('message', function listen(event) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', listen);
        resolve();
      }),
    );
    document.body.append(frame);
    try {
      await reported;
      await useTestFont(frame.contentDocument!);
      const el = await settled(frame.contentDocument!.querySelector<Trend>('dx-trend')!);
      expect(el.state).to.equal('ready');
      const needed = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
      expect(needed, 'the widget is cut off').to.be.at.most(Number(frame.height));
      expect(Number(frame.height) - needed, 'blank space under the widget').to.be.below(24);
    } finally {
      frame.remove();
    }
  });

  it('saves itself as a PNG at twice its size', async () => {
    await import('../../src/trend/dx-trend.js');
    const el = await fixture<Trend>(html`<dx-trend style="width: 400px" .data=${FIBRE} now="2024-01-15"></dx-trend>`);
    await defined();
    await settled(el);
    const link = (event: Event) => (event.target as Element).closest?.('a[download]') && event.preventDefault();
    document.addEventListener('click', link, true);
    try {
      const blob = await el.download();
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.equal(800);
    } finally {
      document.removeEventListener('click', link, true);
    }
  });
});
