import { expect } from '@open-wc/testing';
import '../../src/dx-widgets.js';
import { BUNDLE, frameUrl, iframeSnippet, readLimit, scriptSnippet, type Choice } from '../../demo/builder-snippets.js';
import { settled, visibleText } from '../support/helpers.js';

/** The builder's output is what an editor pastes into an article: it must work as pasted. */
const GAUGE = { label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27, asOf: '2024', source: { name: 'Sở TT&TT Lai Châu' } };

/** The snippet's tag, put in the page as a CMS would put the pasted HTML (the bundle is already loaded here). */
function paste(snippet: string): HTMLElement & { state: string; updateComplete: Promise<boolean> } {
  const [scriptLine, ...tag] = snippet.split('\n');
  expect(scriptLine).to.equal(`<script type="module" src="${BUNDLE}"></script>`);
  const box = document.createElement('div');
  box.innerHTML = tag.join('\n');
  document.body.append(box);
  return box.firstElementChild as never;
}

describe('the builder’s snippets', () => {
  it('writes pasted data inline, so the pasted tag draws it with no request', async () => {
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
    expect(tag).to.equal('<dx-province-rank src="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;" indicator="dti" lang="en" theme="dark" limit="10">');
    const url = new URL(frameUrl(choice));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'province-rank',
      src: 'https://example.org/feed.json?a=1&b="2"',
      indicator: 'dti',
      lang: 'en',
      theme: 'dark',
      limit: '10',
    });
    expect(iframeSnippet(choice)).to.contain('height="520"');
  });

  it('takes a ranking’s limit only as a whole number from 1, as the element does', () => {
    expect(readLimit('10')).to.equal('10');
    expect(readLimit(' 5 ')).to.equal('5');
    for (const bad of ['', '0', '-1', '2.5', '1e3', 'abc', '07']) expect(readLimit(bad), bad).to.equal(undefined);
  });
});
