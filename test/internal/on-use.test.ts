import { expect, nextFrame } from '@open-wc/testing';

import type { Board } from '../../src/board/board.js';
import type { ProvinceRank } from '../../src/province-rank/province-rank.js';
import { settled, visibleText } from '../support/helpers.js';

// Each page is an article in an iframe that loads the script embed's entry, so every test has
// its own copy of the bundle and its own record of what the page fetched. The elements fetched
// on use (src/internal/on-use.ts) are the bundle's chunks; under this dev server each module
// is its own request, so a chunk shows as its element's module being fetched.

const LAZY_MODULES = ['/src/province-rank/', '/src/board/', '/src/trend/'];

/** A page holding `body` and the bundle (or another `entry`), once it has loaded. */
async function article(body: string, entry = '/src/dx-widgets.ts'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'article';
  frame.style.width = '600px';
  frame.srcdoc = `<!doctype html><html lang="vi"><body>${body}<script type="module" src="${entry}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The modules of the chunks fetched on use that `frame` has requested. */
const lazyFetched = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => LAZY_MODULES.some((lazy) => path.startsWith(lazy)));

const RANK = {
  label: 'Hồ sơ trực tuyến toàn trình',
  unit: '%',
  value: 82,
  asOf: '2024',
  rank: { position: 7, of: 63 },
  area: { code: '06', name: 'Bắc Kạn' },
};

describe('elements fetched when their tag first appears (the script embed)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('draws a ranking that is the only element of a page', async () => {
    frame = await article('<dx-province-rank src="/test/fixtures/bac-kan-rank-2024.json" loading="eager"></dx-province-rank>');
    await frame.contentWindow!.customElements.whenDefined('dx-province-rank');
    const el = await settled(frame.contentDocument!.querySelector<ProvinceRank>('dx-province-rank')!);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="rank"]')!.textContent).to.equal('Bắc Kạn đứng thứ 7/63');
  });

  it('draws a ranking added after the bundle has run', async () => {
    frame = await article('<p>Bài viết.</p>');
    await nextFrame();
    expect(frame.contentWindow!.customElements.get('dx-province-rank')).to.equal(undefined);
    const doc = frame.contentDocument!;
    // Inside a block added at once, as a page's script adds a section.
    const section = doc.createElement('section');
    const el = doc.createElement('dx-province-rank') as ProvinceRank;
    el.data = RANK;
    section.append(el);
    doc.body.append(section);
    await frame.contentWindow!.customElements.whenDefined('dx-province-rank');
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(visibleText(el)).to.contain('Bắc Kạn đứng thứ 7/63');
  });

  it("draws a ranking among a board's cards, inside the board's shadow root", async () => {
    frame = await article('<p>Bài viết.</p>');
    const doc = frame.contentDocument!;
    const board = doc.createElement('dx-board') as Board;
    board.data = {
      indicators: [
        { id: 'rank', ...RANK },
        { id: 'teams', label: 'Tổ công nghệ số', unit: 'tổ', value: 2250 },
      ],
    };
    doc.body.append(board);
    await frame.contentWindow!.customElements.whenDefined('dx-board');
    await settled(board);
    const card = board.shadowRoot!.querySelector<ProvinceRank>('dx-province-rank')!;
    // Only the board's shadow root holds this tag: the page's watch cannot see it there.
    expect(doc.querySelector('dx-province-rank')).to.equal(null);
    await frame.contentWindow!.customElements.whenDefined('dx-province-rank');
    await settled(card);
    expect(card.state).to.equal('ready');
    expect(visibleText(card)).to.contain('Bắc Kạn đứng thứ 7/63');
  });

  it('fetches no chunk for a page of gauges, targets and stats, nor when more are added', async () => {
    frame = await article(`
      <dx-coverage-gauge value="97.27" unit="%" label="Thôn, bản có sóng di động"></dx-coverage-gauge>
      <dx-stat value="2250" unit="tổ" label="Tổ công nghệ số"></dx-stat>
      <dx-target-progress value="60" unit="%" label="Người trưởng thành có điện thoại thông minh" target="100" by="2025" now="2024-06-01"></dx-target-progress>`);
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const gauge = doc.createElement('dx-coverage-gauge');
    for (const [name, value] of [
      ['value', '50'],
      ['unit', '%'],
      ['label', 'Hộ có cáp quang'],
    ])
      gauge.setAttribute(name, value);
    doc.body.append(gauge);
    for (const el of doc.querySelectorAll<ProvinceRank>('dx-coverage-gauge, dx-stat, dx-target-progress')) await settled(el);
    // A request started by a stray import() would have its entry once it arrives: well within two frames here.
    for (let i = 0; i < 2; i += 1) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect([...doc.querySelectorAll<ProvinceRank>('dx-coverage-gauge, dx-stat, dx-target-progress')].map((el) => el.state)).to.deep.equal([
      'ready',
      'ready',
      'ready',
      'ready',
    ]);
    expect(lazyFetched(frame)).to.deep.equal([]);
    for (const tag of ['dx-province-rank', 'dx-board', 'dx-trend']) expect(win.customElements.get(tag), tag).to.equal(undefined);
  });
});

describe("the board's npm entry (dx-widgets/board)", () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('registers the elements its cards are drawn with, when it draws them, and no tag outside a board', async () => {
    // A page that imports the board alone, with a stat of its own beside the board.
    frame = await article('<dx-stat value="5" label="Ngoài bảng"></dx-stat>', '/src/board/dx-board.ts');
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('dx-board');
    const board = doc.createElement('dx-board') as Board;
    board.data = {
      indicators: [
        { id: 'coverage', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
        { id: 'rank', ...RANK },
      ],
    };
    doc.body.append(board);
    await settled(board);
    const cards = [...board.shadowRoot!.querySelectorAll<ProvinceRank>('dx-coverage-gauge, dx-province-rank')];
    expect(cards.map((card) => card.localName)).to.deep.equal(['dx-coverage-gauge', 'dx-province-rank']);
    await Promise.all(cards.map((card) => win.customElements.whenDefined(card.localName)));
    for (const card of cards) await settled(card);
    expect(cards.map((card) => card.state)).to.deep.equal(['ready', 'ready']);
    expect(visibleText(cards[0])).to.contain('97,27%');
    expect(visibleText(cards[1])).to.contain('Bắc Kạn đứng thứ 7/63');
    // Only what the feed needs: no trend, map or stat for this board.
    for (const tag of ['dx-trend', 'dx-province-map', 'dx-stat']) expect(win.customElements.get(tag), tag).to.equal(undefined);
  });
});
