import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/embed/resize.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import { freshFeed } from '../support/helpers.js';

/** The next height `frame` reports, above `least` px. */
const heightFrom = (frame: HTMLIFrameElement, least = 0) =>
  new Promise<number>((resolve) => {
    const listen = (event: MessageEvent) => {
      const height = (event.data as Record<string, number> | null)?.['dx-embed-height'];
      if (event.source !== frame.contentWindow || typeof height !== 'number' || height <= least) return;
      removeEventListener('message', listen);
      resolve(height);
    };
    addEventListener('message', listen);
  });

async function embed(query: string, least = 100): Promise<{ frame: HTMLIFrameElement; height: number }> {
  const frame = document.createElement('iframe');
  frame.width = '360';
  frame.title = 'dx-widgets';
  // The loading card already has its full height, so the first report above 100 px is it.
  const first = heightFrom(frame, least);
  frame.src = `/src/embed/embed.html?${query}`;
  document.body.append(frame);
  return { frame, height: await first };
}

describe('iframe embed', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('draws the widget named in the address from its feed and reports its height to the parent page', async () => {
    const src = encodeURIComponent(new URL(freshFeed(), location.href).href);
    const { frame, height } = await embed(`widget=coverage-gauge&src=${src}&indicator=wired-internet-coverage&lang=vi`);
    const el = frame.contentDocument!.querySelector<CoverageGauge>('dx-coverage-gauge')!;
    if (el.state !== 'ready') await oneEvent(el, 'dx-load');
    await el.updateComplete;
    expect(el.getAttribute('indicator')).to.equal('wired-internet-coverage');
    expect(el.shadowRoot!.querySelector('[part="figure"]')!.textContent!.trim()).to.equal('80,2%');
    expect(height).to.be.greaterThan(100);
    expect(frame.contentDocument!.documentElement.lang).to.equal('vi');
  });

  it('reports a new height when its content grows, and the resize script applies it to that frame only', async () => {
    const other = await embed('widget=coverage-gauge&value=10&unit=%25&label=Kh%C3%A1c');
    const { frame } = await embed('widget=coverage-gauge&value=60&unit=%25&label=Ng%E1%BA%AFn');
    const el = frame.contentDocument!.querySelector<CoverageGauge>('dx-coverage-gauge')!;
    const grown = heightFrom(frame, Number.parseFloat(frame.style.height));
    el.note = 'Một ghi chú dài. '.repeat(30);
    const height = await grown;
    // The resize script listens on this page too; it runs before our listener resolves.
    expect(frame.style.height).to.equal(`${height}px`);
    expect(other.frame.style.height).not.to.equal(`${height}px`);
  });

  it('passes only known attributes to the element and draws English when lang=en', async () => {
    const { frame } = await embed('widget=stat&value=320000&unit=thu%C3%AA%20bao&label=Phones&lang=en&onclick=alert(1)&notation=compact');
    const el = frame.contentDocument!.querySelector('dx-stat')!;
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.getAttribute('notation')).to.equal('compact');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
  });

  it('says which widgets exist when the address names an unknown one', async () => {
    const { frame } = await embed('widget=<b>nope</b>', 0);
    const text = frame.contentDocument!.querySelector('.dx-embed-error')!.textContent!;
    expect(text).to.contain('widget="<b>nope</b>" không có');
    expect(frame.contentDocument!.querySelector('b')).to.equal(null);
  });

  it('quotes at most 60 characters of an unknown widget name (5,000 in the address), as every message quotes', async () => {
    const { frame } = await embed(`widget=${'x'.repeat(5000)}`, 0);
    const text = frame.contentDocument!.querySelector('.dx-embed-error')!.textContent!;
    expect(text.startsWith(`widget="${'x'.repeat(39)}…${'x'.repeat(20)}" không có`), text.slice(0, 100)).to.equal(true);
    expect(text.length).to.be.below(250);
  });

  it('keeps that message inside a 240 px frame: no sideways scrolling for the 60 characters of one word', async () => {
    const { frame } = await embed(`widget=${'x'.repeat(5000)}`, 0);
    frame.width = '240';
    const page = frame.contentDocument!.documentElement;
    expect(page.scrollWidth).to.be.at.most(page.clientWidth);
  });
});

/** A blank same-origin page in an iframe, standing for a portal's article: its window and document. */
async function hostPage(): Promise<{ host: HTMLIFrameElement; win: Window; doc: Document }> {
  const host = document.createElement('iframe');
  host.srcdoc = '<!doctype html><body></body>';
  const loaded = oneEvent(host, 'load');
  document.body.append(host);
  await loaded;
  return { host, win: host.contentWindow!, doc: host.contentDocument! };
}

/** Runs the resize script in `doc`, as a portal's `<script async>` would, and resolves once it ran. */
function startResizeScript(doc: Document): Promise<Event> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/src/embed/resize.ts';
  const ran = oneEvent(script, 'load');
  doc.body.append(script);
  return ran;
}

/** Resolves once the frame's inline height is set (by the resize script). */
const sized = (frame: HTMLIFrameElement) =>
  new Promise<string>((resolve) => {
    const done = () => frame.style.height && (observer.disconnect(), resolve(frame.style.height));
    const observer = new MutationObserver(done);
    observer.observe(frame, { attributes: true, attributeFilter: ['style'] });
    done();
  });

describe('the resize handshake', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('sizes a frame whose height was reported before the resize script arrived: the script asks for it', async () => {
    const { win, doc } = await hostPage();
    const frame = doc.createElement('iframe');
    frame.style.cssText = 'width:360px;border:0';
    // The frame reports its height to its page, where no resize script listens yet.
    const reported = new Promise<number>((resolve) =>
      win.addEventListener('message', (event: MessageEvent) => {
        const height = (event.data as Record<string, number> | null)?.['dx-embed-height'];
        if (event.source === frame.contentWindow && typeof height === 'number' && height > 100) resolve(height);
      }),
    );
    frame.src = '/src/embed/embed.html?widget=stat&value=320000&label=Thu%C3%AA%20bao';
    doc.body.append(frame);
    const height = await reported;
    expect(frame.style.height).to.equal('');

    await startResizeScript(doc);
    expect(await sized(frame)).to.equal(`${height}px`);
  });

  it('asks each embed frame added after it started, once the frame has loaded, and no other frame', async () => {
    const { win, doc } = await hostPage();
    await startResizeScript(doc);
    // Frames that only tell their page what they were asked: as a CMS might add them, later.
    const asked: { asked: unknown; from: string }[] = [];
    const embedAsked = new Promise<unknown>((resolve) =>
      win.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { asked?: unknown; from: string } | null;
        if (!data?.asked) return;
        asked.push({ asked: data.asked, from: data.from });
        if (data.from.endsWith('/embed.html')) resolve(data.asked);
      }),
    );
    const advert = doc.createElement('iframe');
    advert.src = '/test/embed/pages/advert.html?mode=echo';
    const advertLoaded = oneEvent(advert, 'load');
    doc.body.append(advert);
    await advertLoaded;
    const late = doc.createElement('iframe');
    late.src = '/test/embed/pages/embed.html?mode=echo';
    doc.body.append(late);
    expect(await embedAsked).to.deep.equal({ 'dx-embed-ask': 1 });
    // The advert loaded first: had it been asked, its answer would have come first.
    expect(asked.map((a) => a.from)).to.deep.equal(['/test/embed/pages/embed.html']);
  });

  it('ignores reports that are not a plain height within bounds, and resizes only the frame that sent one', async () => {
    const { doc } = await hostPage();
    await startResizeScript(doc);
    const liar = doc.createElement('iframe');
    const other = doc.createElement('iframe');
    other.src = '/src/embed/embed.html?widget=stat&value=1&label=A';
    liar.src = '/test/embed/pages/embed.html?mode=liar';
    doc.body.append(other, liar);
    expect(await sized(liar)).to.equal('124px');
    expect(other.style.height).not.to.equal('124px');
  });

  it('leaves a frame that is not a dx-widgets embed as it is, whatever height it posts (an advert, a srcdoc page)', async () => {
    const { win, doc } = await hostPage();
    await startResizeScript(doc);
    const advert = doc.createElement('iframe');
    advert.src = '/test/embed/pages/advert.html?mode=tall';
    const inline = doc.createElement('iframe');
    inline.srcdoc = `<script>parent.postMessage({ 'dx-embed-height': 19999 }, '*')</script>`;
    // The resize script listens before this: once a frame's report is heard here, it was heard there.
    const reported = (frame: HTMLIFrameElement) =>
      new Promise<void>((resolve) =>
        win.addEventListener('message', (event: MessageEvent) => event.source === frame.contentWindow && resolve()),
      );
    const heard = Promise.all([reported(advert), reported(inline)]);
    doc.body.append(advert, inline);
    await heard;
    expect(advert.style.height).to.equal('');
    expect(inline.style.height).to.equal('');
    // A page at an embed's address posting the same is resized: the test above is no accident.
    const ours = doc.createElement('iframe');
    ours.src = '/test/embed/pages/embed.html?mode=tall';
    doc.body.append(ours);
    expect(await sized(ours)).to.equal('19999px');
  });

  // Pages standing at pretty addresses: test/embed/pages/pretty/NAME/index.html, served at …/NAME/ (and …/NAME).
  const PRETTY = '/test/embed/pages/pretty';

  it('resizes a frame at a pretty address, a path ending in /embed or /embed/, whatever its query and hash', async () => {
    const { doc } = await hostPage();
    await startResizeScript(doc);
    const frames = [`${PRETTY}/embed?mode=tall&widget=stat#top`, `${PRETTY}/embed/?mode=tall`].map((src) =>
      Object.assign(doc.createElement('iframe'), { src }),
    );
    doc.body.append(...frames);
    expect(await Promise.all(frames.map(sized))).to.deep.equal(['19999px', '19999px']);
  });

  it('leaves a frame alone whose path only looks like /embed: /embedded, /my-embed, /embed.html.evil, /embed in its query or hash', async () => {
    const { win, doc } = await hostPage();
    await startResizeScript(doc);
    const sources = [
      `${PRETTY}/embedded/?mode=tall`,
      `${PRETTY}/embedded?mode=tall`,
      `${PRETTY}/my-embed/?mode=tall`,
      `${PRETTY}/embed.html.evil/?mode=tall`,
      '/test/embed/pages/advert.html?mode=tall&next=/embed',
      '/test/embed/pages/advert.html?mode=tall#/embed',
      '/test/embed/pages/advert.html?mode=tall#/embed.html',
    ];
    const frames = sources.map((src) => Object.assign(doc.createElement('iframe'), { src }));
    // The resize script listens before this: once every frame's report is heard here, it was heard there.
    const heard = Promise.all(
      frames.map(
        (frame) =>
          new Promise<void>((resolve) =>
            win.addEventListener('message', (event: MessageEvent) => event.source === frame.contentWindow && resolve()),
          ),
      ),
    );
    doc.body.append(...frames);
    await heard;
    expect(frames.map((f) => f.style.height)).to.deep.equal(sources.map(() => ''));
  });

  it('asks a frame at a pretty /embed address for its height, and not one at /embedded', async () => {
    const { win, doc } = await hostPage();
    await startResizeScript(doc);
    const asked: string[] = [];
    const prettyAsked = new Promise<void>((resolve) =>
      win.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { asked?: unknown; from: string } | null;
        if (!data?.asked) return;
        asked.push(data.from);
        if (data.from.endsWith('/pretty/embed/')) resolve();
      }),
    );
    const lookalike = Object.assign(doc.createElement('iframe'), { src: `${PRETTY}/embedded/?mode=echo` });
    const loaded = oneEvent(lookalike, 'load');
    doc.body.append(lookalike);
    await loaded;
    doc.body.append(Object.assign(doc.createElement('iframe'), { src: `${PRETTY}/embed/?mode=echo` }));
    await prettyAsked;
    // The look-alike loaded first: had it been asked, its answer would have come first.
    expect(asked).to.deep.equal([`${PRETTY}/embed/`]);
  });
});

describe('fallback content', () => {
  it('shows what the editor wrote inside the tag until the element is defined, then the widget instead', async () => {
    // An undefined tag shows its children, as a page without JavaScript does.
    const before = await fixture(html`<dx-not-yet-defined><span>Phủ sóng di động: 97,27%</span></dx-not-yet-defined>`);
    expect(before.querySelector('span')!.getClientRects().length).to.equal(1);

    const after = await fixture<CoverageGauge>(html`<dx-coverage-gauge value="97.27" unit="%" label="Phủ sóng di động"
      ><span>Phủ sóng di động: 97,27%</span></dx-coverage-gauge
    >`);
    await after.updateComplete;
    // Still in the page for crawlers, no longer drawn: the shadow root has no slot for it.
    expect(after.textContent).to.contain('Phủ sóng di động: 97,27%');
    expect(after.querySelector('span')!.getClientRects().length).to.equal(0);
    expect(after.shadowRoot!.querySelector('[part="figure"]')!.textContent!.trim()).to.equal('97,27%');
  });
});
