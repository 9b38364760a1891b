import { expect, waitUntil } from '@open-wc/testing';

import '../../src/index.js';

import {
  BUNDLE,
  CDN,
  fallbackText,
  frameHeight,
  frameUrl,
  iframeSnippet,
  rankingLimit,
  readLimit,
  scriptSnippet,
  VERSION,
  type Choice,
} from '../../demo/builder-snippets.js';
import { BAC_KAN_RANK, NAMED_63 } from '../support/documents.js';
import { openBuilder, scriptFeed, settled, useTestFont, visibleText } from '../support/helpers.js';

/** The builder's output is what an editor pastes into an article: it must work as pasted. */
const GAUGE = { label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27, asOf: '2024', source: { name: 'Sở TT&TT Lai Châu' } };

/** The snippet's tag, put in the page as a CMS would put the pasted HTML (the bundle is already loaded here). */
function paste(snippet: string): HTMLElement & { state: string; updateComplete: Promise<boolean> } {
  const [scriptLine, ...tag] = snippet.split('\n');
  expect(scriptLine).to.equal(`<script type="module" src="${BUNDLE}"></script>`);
  const box = document.createElement('div');
  box.className = 'pasted';
  box.innerHTML = tag.join('\n');
  document.body.append(box);
  return box.firstElementChild as never;
}

describe('the builder’s snippets', () => {
  afterEach(() => document.querySelectorAll('.pasted').forEach((box) => box.remove()));

  it('load the code of the version they were written for, pinned on the CDN', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(BUNDLE).to.equal(`https://unpkg.com/dx-widgets@${pkg.version}/dist/dx-widgets.js`);
  });

  it('give the classic resize script its integrity hash and crossorigin, when the build’s hashes are known', () => {
    const choice: Choice = {
      widget: 'coverage-gauge',
      lang: 'vi',
      theme: 'auto',
      options: {},
      src: 'https://portal.example.gov.vn/cds/lai-chau.json',
    };
    const hash = 'sha384-9YzlBRnl6mtPVE7e7OYoC14fFeILYNLHwN2nJi2PAEURuLtvXMlOCT4iZUGo8wN2';
    const resize = (snippet: string) => snippet.split('\n')[1];
    expect(resize(iframeSnippet(choice, { 'embed-resize.js': hash }))).to.equal(
      `<script src="${CDN}/embed-resize.js" integrity="${hash}" crossorigin="anonymous" async></script>`,
    );
    expect(resize(iframeSnippet(choice))).to.equal(`<script src="${CDN}/embed-resize.js" async></script>`);
    // Whatever the file says, nothing but a hash reaches the attribute.
    expect(resize(iframeSnippet(choice, { 'embed-resize.js': '" onload="alert(1)' }))).to.equal(
      `<script src="${CDN}/embed-resize.js" async></script>`,
    );
  });

  it('writes pasted data inline, so the pasted tag draws it from the page', async () => {
    const choice: Choice = { widget: 'coverage-gauge', lang: 'vi', theme: 'auto', options: {}, inline: GAUGE, shown: GAUGE };
    const el = await settled(paste(scriptSnippet(choice)) as never);
    expect((el as { state: string }).state).to.equal('ready');
    expect(visibleText(el as unknown as Element)).to.contain('97,27%');
    // The fallback line for readers without JavaScript and for crawlers.
    expect((el as unknown as Element).textContent).to.contain('Thôn, bản có sóng di động: 97,27%');
  });

  it('keeps a label that looks like markup as text: it cannot end the JSON block or add an element', async () => {
    const hostile = { ...GAUGE, label: '</script><img src=x onerror="window.__pwned=1">' };
    const choice: Choice = { widget: 'coverage-gauge', lang: 'vi', theme: 'auto', options: {}, inline: hostile, shown: hostile };
    const el = paste(scriptSnippet(choice)) as unknown as HTMLElement & { state: string };
    expect(el.querySelectorAll('img')).to.have.length(0);
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(el.querySelector('script')!.textContent!)).to.deep.equal(hostile);
    await settled(el as never);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(hostile.label);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    delete (window as { __pwned?: number }).__pwned;
  });

  it('keeps pasted text that is not JSON inside its block, even a comment opener that would swallow the page after it', () => {
    // `<!--<script>` inside a script block makes its first `</script>` end nothing: the rest of the article would become script text.
    const pasted = '{"label": "<!--<script>", </script><img src=x onerror="window.__pwned=1">';
    const choice: Choice = { widget: 'coverage-gauge', lang: 'vi', theme: 'auto', options: {}, inline: pasted };
    const el = paste(`${scriptSnippet(choice)}\n<p>Đoạn tiếp theo của bài.</p>`);
    const box = el.parentElement!;
    expect(box.querySelectorAll('img')).to.have.length(0);
    expect(box.querySelectorAll('script')).to.have.length(1);
    expect(el.nextElementSibling?.textContent).to.equal('Đoạn tiếp theo của bài.');
  });

  it('writes bidi controls and line separators in pasted data as \\u escapes: the code reads as it is, the document is the same', () => {
    // U+202E would show the code after it reversed in the builder and in the CMS's editor (a "Trojan Source" snippet).
    const hostile = { ...GAUGE, label: 'Ấp\u202e >"=tla gmi<\u2066\u2028\u2029\u200f', note: '\u061c\u0085' };
    for (const inline of [hostile, `${JSON.stringify(hostile)},`]) {
      const choice: Choice = { widget: 'coverage-gauge', lang: 'vi', theme: 'auto', options: {}, inline, shown: hostile };
      const snippet = scriptSnippet(choice);
      expect(snippet).not.to.match(/[\u0085\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(snippet).to.contain('Ấp\\u202e');
      if (inline !== hostile) continue;
      const el = paste(snippet);
      expect(JSON.parse(el.querySelector('script')!.textContent!)).to.deep.equal(hostile);
      // The fallback line, as character references: the same text for a reader without JavaScript.
      expect(el.lastChild!.textContent!.trim()).to.equal(fallbackText(choice));
    }
  });

  it('writes a published feed as src, with the member, the options and escaped attribute values', () => {
    const choice: Choice = {
      widget: 'province-rank',
      lang: 'en',
      theme: 'dark',
      options: { limit: '10' },
      src: 'https://example.org/feed.json?a=1&b="2"',
      indicator: 'dti',
    };
    const [, tag] = scriptSnippet(choice).split('\n');
    expect(tag).to.equal(
      '<dx-province-rank src="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;" indicator="dti" lang="en" theme="dark" limit="10">',
    );
    const url = new URL(frameUrl(choice));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'province-rank',
      src: 'https://example.org/feed.json?a=1&b="2"',
      indicator: 'dti',
      lang: 'en',
      theme: 'dark',
      limit: '10',
    });
    // The room the ranking keeps for ten bars, the gap and the highlighted area.
    expect(iframeSnippet(choice)).to.contain(`height="${Math.ceil(260 + 12 * 24.5)}"`);
  });

  it('takes a ranking’s limit only as a whole number from 1, as the element does', () => {
    expect(readLimit('10')).to.equal('10');
    expect(readLimit(' 5 ')).to.equal('5');
    for (const bad of ['', '0', '-1', '2.5', '1e3', 'abc', '07']) expect(readLimit(bad), bad).to.equal(undefined);
  });

  it('writes a limit only where it shortens a ranking of bars', () => {
    const areas = Array.from({ length: 12 }, (_, i) => ({ code: String(i + 1).padStart(2, '0'), value: i }));
    expect(rankingLimit('10', { areas })).to.equal('10');
    // On a rank's strip, or at the number of areas and past it, it would keep room for bars never drawn.
    expect(rankingLimit('10', { rank: { position: 7, of: 63 } } as never)).to.equal(undefined);
    expect(rankingLimit('12', { areas })).to.equal(undefined);
    expect(rankingLimit('40', { areas })).to.equal(undefined);
  });

  describe('the iframe’s fixed height, on a page without the resize script', () => {
    /** The documents, by what they are: fetched fixtures, or a ranking made of them. */
    const COMMUNE_AREAS = Array.from({ length: 90 }, (_, i) => ({ code: `x${i}`, name: `Xã ${i}`, value: 10 + (i % 30) }));
    const documents = {
      'lai-chau': async () => (await fetch('/test/fixtures/lai-chau-2024.json')).json(),
      rank: async () => (await fetch(BAC_KAN_RANK)).json(),
      // The same indicator ranked among 63 areas (Bắc Kạn 7th), then among 153 communes as
      // well: past MAX_BARS the chart shows the top ten and Bắc Kạn, ten rows.
      '63 areas': async () => ({ ...(await documents.rank()), value: undefined, rank: undefined, areas: NAMED_63 }),
      '153 areas': async () => ({ ...(await documents['63 areas']()), areas: [...NAMED_63, ...COMMUNE_AREAS] }),
    };
    const cases: [string, string, Record<string, string>, keyof typeof documents][] = [
      ['coverage-gauge', 'households-fiber-broadband', {}, 'lai-chau'],
      ['stat', 'smartphone-subscriptions', {}, 'lai-chau'],
      ['target-progress', 'adults-with-smartphone', { now: '2024-06-01' }, 'lai-chau'],
      ['province-rank', '', {}, 'rank'],
      ['province-rank', '', { limit: '10' }, '63 areas'],
      ['province-rank', '', {}, '63 areas'],
      ['province-rank', '', {}, '153 areas'],
    ];
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    for (const [widget, indicator, options, data] of cases) {
      const what = `<dx-${widget}>${indicator ? ` (${indicator})` : ''}${data.endsWith('areas') ? ` of ${data}` : ''}${options.limit ? ` limit=${options.limit}` : ''}`;
      it(`holds ${what} whole in a 360 px frame, with little to spare`, async () => {
        const body = await documents[data]();
        const src = new URL(await scriptFeed(`frame-height-${Math.random()}`, [{ body }]), location.href).href;
        const member = indicator ? body.indicators.find((m: { id: string }) => m.id === indicator) : body;
        const choice: Choice = { widget, lang: 'vi', theme: 'auto', options, src, ...(indicator && { indicator }), shown: member };
        const frame = document.createElement('iframe');
        frame.width = '360';
        frame.height = String(frameHeight(choice));
        frame.title = widget;
        frame.src = `/src/embed/embed.html?${new URL(frameUrl(choice)).searchParams}`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        await useTestFont(frame.contentDocument!);
        const el = frame.contentDocument!.querySelector(`dx-${widget}`) as HTMLElement & {
          state: string;
          updateComplete: Promise<boolean>;
        };
        await settled(el as never);
        expect(el.state).to.equal('ready');
        const needed = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
        expect(needed, 'the widget is cut off').to.be.at.most(Number(frame.height));
        expect(Number(frame.height) - needed, 'blank space under the widget').to.be.below(24);
      });
    }
  });
});

describe('demo/builder.html', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  /** The builder in a frame, its data address typed as an editor would, once the page has checked it. */
  async function typeAddress(address: string): Promise<Document> {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const url = page.querySelector<HTMLInputElement>('#url')!;
    url.value = address;
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => page.querySelector('#check-summary')?.className === 'bad', 'the address was checked');
    return page;
  }

  for (const address of ['javascript:alert(document.cookie)//"><b>', 'data:application/json,{}', '']) {
    it(`writes no snippet source for the address ${JSON.stringify(address)}, which it refused`, async () => {
      const page = await typeAddress(address);
      const snippet = page.querySelector('#script-snippet')!.textContent!;
      expect(snippet).not.to.contain(' src="javascript:');
      expect(snippet).not.to.contain(' src="data:');
      expect(snippet, 'the builder page’s own address').not.to.contain(` src="${frame.contentWindow!.location.href}"`);
      expect(page.querySelector<HTMLElement>('#iframe-block')!.hidden, 'no iframe embed either').to.equal(true);
      expect(page.querySelector<HTMLElement>('#iframe-needs-url')!.hidden).to.equal(false);
    });
  }
});
