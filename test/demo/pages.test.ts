import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';

import { settled, visibleText } from '../support/helpers.js';

/** The page at `path` in a frame `width` px wide, once its elements are registered and laid out. */
async function framed(path: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = String(width);
  frame.height = '800';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('dx-coverage-gauge');
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  return frame;
}

describe('demo/index.html', function () {
  // The demo page draws some eighty widgets; a busy machine takes seconds.
  this.timeout(20_000);

  it('names every element of the package in its introduction, and links every section from its contents', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const named = [...page.querySelectorAll('.page-header p:not(.en) code')]
      .map((code) => code.textContent!)
      .filter((t) => t.startsWith('<dx-'));
    expect(named.slice().sort()).to.deep.equal(tags.map((tag) => `<${tag}>`).sort());
    const linked = [...page.querySelectorAll('nav a[href^="#"]')].map((a) => a.getAttribute('href'));
    expect(linked).to.deep.equal([...page.querySelectorAll('main > section[id]')].map((section) => `#${section.id}`));
  });
});

describe('the demo pages on a 240 px screen', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const path of ['/demo/index.html', '/demo/builder.html', '/demo/sheet.html']) {
    it(`${path} scrolls only down, never sideways`, async () => {
      frame = await framed(path, 240);
      const root = frame.contentDocument!.documentElement;
      expect(root.scrollWidth, 'wider than the screen').to.be.at.most(root.clientWidth);
    });
  }

  it('/demo/sheet.html with the template read and its indicators drawn, too', async () => {
    frame = await framed('/demo/sheet.html', 240);
    const win = frame.contentWindow as Window & typeof globalThis;
    const page = frame.contentDocument!;
    const files = new win.DataTransfer();
    files.items.add(new win.File([await (await fetch('/templates/indicators.xlsx')).arrayBuffer()], 'indicators.xlsx'));
    const input = page.querySelector<HTMLInputElement>('#file')!;
    input.files = files.files;
    const read = oneEvent(page.querySelector('main')!, 'sheet-converted');
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await read;
    const drawn = [...page.querySelectorAll<LitElement & { state: string }>('.sheet-preview > figure > *:first-child')];
    expect(drawn.length, 'the template’s indicators').to.be.above(3);
    await Promise.all(drawn.map((el) => settled(el)));
    const root = page.documentElement;
    expect(root.scrollWidth, 'wider than the screen').to.be.at.most(root.clientWidth);
  });
});

describe('the demo’s feeds, read in English', () => {
  // The demo's English examples draw these members from demo/data: a word unit shows in the reader's language.
  for (const feed of ['lai-chau-2024.json', 'lai-chau-board.json']) {
    it(`${feed}: “nearly 320,000 subscriptions”, “43,391/104,563 households”`, async () => {
      const column = await fixture(html`
        <div style="width: 360px">
          <dx-stat lang="en" loading="eager" src="/demo/data/${feed}" indicator="smartphone-subscriptions"></dx-stat>
          <dx-coverage-gauge lang="en" loading="eager" src="/demo/data/${feed}" indicator="households-fiber-broadband"></dx-coverage-gauge>
        </div>
      `);
      const [stat, gauge] = await Promise.all([...column.children].map((el) => settled(el as LitElement & { state: string })));
      expect([stat.state, gauge.state]).to.deep.equal(['ready', 'ready']);
      expect(visibleText(stat)).to.contain('nearly 320,000 subscriptions');
      expect(visibleText(gauge)).to.contain('43,391/104,563 households');
    });
  }
});
