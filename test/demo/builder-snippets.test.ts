import { expect, oneEvent, waitUntil } from '@open-wc/testing';

import '../../src/index.js';

import {
  boardHeight,
  BUNDLE,
  CDN,
  fallbackText,
  frameHeight,
  frameUrl,
  goalReserve,
  iframeSnippet,
  rankingLimit,
  readLimit,
  scriptSnippet,
  VERSION,
  type Choice,
} from '../../demo/builder-snippets.js';
import type { Locale } from '../../src/format/index.js';
import { CARD_ELEMENTS } from '../../src/internal/card-elements.js';
import { MAX_CARDS, MAX_TEXT as MAX_TEXT_CHARS } from '../../src/spec/limits.js';
import { BAC_KAN_RANK, NAMED_63 } from '../support/documents.js';
import { openBuilder, scriptFeed, settled, useTestFont, visibleText } from '../support/helpers.js';
import { axeViolations, choose, expectAppliedAsTyped, pasteJson } from './builder-page.js';

/** A rank goal to the day with a label as long as a resolution's name, which the data team may write at any length. */
const LABELLED_GOAL = {
  top: 15,
  by: '2098-06-30',
  label: {
    vi: 'Nghị quyết số 05-NQ/TU của Tỉnh uỷ về chuyển đổi số tỉnh Bắc Kạn giai đoạn 2021–2025, định hướng đến năm 2030',
    en: 'Resolution 05-NQ/TU of the Provincial Party Committee on digital transformation, 2021–2025, with a vision to 2030',
  },
};

/** A member's label of two lines in a phone's column, as the loading boxes and a board's cards are counted with. */
const LONG_LABEL = 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình';

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
    expect(iframeSnippet(choice)).to.contain(`height="${Math.ceil(260 + 13 * 24.5)}"`);
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

  describe('for a board', () => {
    /** A collection of several indicators, as a data team pastes it: a gauge, a stat, a target and a rank. */
    const FEED = {
      title: { vi: 'Chuyển đổi số tỉnh Lai Châu năm 2024', en: 'Digital transformation in Lai Châu, 2024' },
      area: { code: '12', name: 'Lai Châu' },
      asOf: '2024',
      source: { name: 'Sở TT&TT Lai Châu' },
      indicators: [
        { id: 'mobile-coverage-villages', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
        { id: 'smartphone-subscriptions', label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, approx: 'nearly' },
        {
          id: 'adults-with-smartphone',
          label: 'Người trưởng thành có điện thoại thông minh',
          unit: '%',
          value: 60,
          target: { value: 100, by: '2025' },
        },
        { id: 'online-applications', label: 'Hồ sơ trực tuyến toàn trình', unit: '%', value: 66, rank: { position: 32, of: 63 } },
      ],
    };
    const cards = (el: Element) => [...el.shadowRoot!.querySelector('[part="grid"]')!.children] as (HTMLElement & { state: string })[];

    it('writes a published feed as src alone, with the board’s own attributes and no member', () => {
      const choice: Choice = {
        widget: 'board',
        lang: 'vi',
        theme: 'auto',
        options: { include: 'adults-with-smartphone,mobile-coverage-villages', 'heading-level': '3' },
        src: 'https://portal.example.gov.vn/cds/lai-chau.json',
        document: FEED,
      };
      const [, tag] = scriptSnippet(choice).split('\n');
      expect(tag).to.equal(
        '<dx-board src="https://portal.example.gov.vn/cds/lai-chau.json" lang="vi" include="adults-with-smartphone,mobile-coverage-villages" heading-level="3">',
      );
      expect(Object.fromEntries(new URL(frameUrl(choice)).searchParams)).to.deep.equal({
        widget: 'board',
        src: 'https://portal.example.gov.vn/cds/lai-chau.json',
        lang: 'vi',
        include: 'adults-with-smartphone,mobile-coverage-villages',
        'heading-level': '3',
      });
      // The frame is named by the feed's title, without the figures; its height is the two cards'.
      const frame = iframeSnippet(choice).split('\n')[0];
      expect(frame).to.contain(' title="Chuyển đổi số tỉnh Lai Châu năm 2024"');
      expect(frame).to.contain(` height="${boardHeight(FEED, choice.options)}"`);
      expect(boardHeight(FEED, choice.options)).to.be.below(boardHeight(FEED));
    });

    it('writes a pasted collection inline, whole, so the pasted board draws every card with the fallback line of its figures', async () => {
      const choice: Choice = { widget: 'board', lang: 'vi', theme: 'auto', options: {}, inline: FEED, document: FEED };
      const el = paste(scriptSnippet(choice));
      expect(el.localName).to.equal('dx-board');
      expect(JSON.parse(el.querySelector('script')!.textContent!)).to.deep.equal(FEED);
      // For readers without JavaScript and crawlers: the title, then each card's figure.
      expect(el.lastChild!.textContent!.trim()).to.equal(
        'Chuyển đổi số tỉnh Lai Châu năm 2024 — Thôn, bản có sóng di động: 97,27%; Thuê bao điện thoại thông minh: gần 320.000 thuê bao; ' +
          'Người trưởng thành có điện thoại thông minh: 60%; Hồ sơ trực tuyến toàn trình: 66%',
      );
      await settled(el as never);
      expect(el.state).to.equal('ready');
      const drawn = cards(el);
      expect(drawn.map((card) => card.localName)).to.deep.equal(['dx-coverage-gauge', 'dx-stat', 'dx-target-progress', 'dx-province-rank']);
      await Promise.all(drawn.map((card) => settled(card as never)));
      expect(drawn.map((card) => card.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
      expect(visibleText(el)).to.contain('Chuyển đổi số tỉnh Lai Châu năm 2024');
      expect(visibleText(drawn[0])).to.contain('97,27%');
    });

    it('keeps a title and labels that look like markup as text, in the block, the fallback line and the frame’s name', async () => {
      const hostile = {
        ...FEED,
        title: '</script><img src=x onerror="window.__pwned=1">',
        indicators: [{ ...FEED.indicators[0], label: '<b onmouseover="window.__pwned=1">Thôn</b>\u202e' }],
      };
      const choice: Choice = { widget: 'board', lang: 'vi', theme: 'auto', options: {}, inline: hostile, document: hostile };
      const snippet = scriptSnippet(choice);
      expect(snippet).not.to.match(/[\u202e]/);
      const el = paste(snippet);
      expect(el.querySelectorAll('img, b')).to.have.length(0);
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(el.querySelector('script')!.textContent!)).to.deep.equal(hostile);
      expect(el.lastChild!.textContent!.trim()).to.equal(fallbackText(choice));
      await settled(el as never);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.contain(hostile.title);
      const framed = iframeSnippet({ ...choice, inline: undefined, src: 'https://example.org/f.json' });
      const box = document.createElement('div');
      box.className = 'pasted';
      box.innerHTML = framed.split('\n')[0].replace(/ src="[^"]*"/, '');
      document.body.append(box);
      expect(box.querySelector('iframe')!.title).to.contain(hostile.title);
      expect(box.querySelectorAll('img')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('counts the cards the board draws: include and exclude as the board reads them, at most MAX_CARDS and the line that says so', () => {
      const one = { ...FEED, indicators: [FEED.indicators[1]] };
      const card = boardHeight(one) - boardHeight({ ...one, indicators: [] });
      const many = { ...one, indicators: Array.from({ length: MAX_CARDS + 5 }, (_, i) => ({ ...FEED.indicators[1], id: `s${i}` })) };
      const full = boardHeight({
        ...one,
        indicators: Array.from({ length: MAX_CARDS }, (_, i) => ({ ...FEED.indicators[1], id: `s${i}` })),
      });
      // Past MAX_CARDS, only the line that says how many more.
      expect(boardHeight(many) - full).to.be.within(1, 40);
      expect(boardHeight(many, { exclude: 's0,s1,s2,s3,s4' })).to.equal(full);
      expect(boardHeight(FEED, { include: 'smartphone-subscriptions' })).to.equal(boardHeight(one));
      expect(boardHeight(FEED, { include: 'smartphone-subscriptions,smartphone-subscriptions' })).to.be.above(boardHeight(one) + card);
    });

    it('counts a card for every member the board draws one for: null, text, a number, a list, true, as well as objects', () => {
      const junk = [null, 'Thôn, bản', 42, [FEED.indicators[1]], true];
      const one = { ...FEED, indicators: [FEED.indicators[1]] };
      // The board names what is wrong with such a member in a stat's card, as with an object that is no indicator.
      const errorCard = boardHeight({ ...one, indicators: [...one.indicators, {}] }) - boardHeight(one);
      expect(errorCard).to.be.above(100);
      expect(boardHeight({ ...one, indicators: [...one.indicators, ...junk] }) - boardHeight(one)).to.equal(junk.length * errorCard);
      expect(boardHeight({ ...one, indicators: [...junk, ...one.indicators] })).to.equal(
        boardHeight({ ...one, indicators: [...one.indicators, ...junk] }),
      );
      // A member without an id is never named by include, and never left out by exclude.
      expect(boardHeight({ ...FEED, indicators: [...junk, ...FEED.indicators] }, { include: 'smartphone-subscriptions' })).to.equal(
        boardHeight(one),
      );
      expect(
        boardHeight({ ...FEED, indicators: [...junk, ...FEED.indicators] }, { exclude: FEED.indicators.map((m) => m.id).join(',') }),
      ).to.equal(boardHeight({ ...FEED, indicators: junk }));
      // At most MAX_CARDS of them, then the line that says how many more, of 100,000 too.
      const nulls = (count: number) => ({ ...FEED, indicators: Array.from({ length: count }, () => null) });
      expect(boardHeight(nulls(MAX_CARDS)) - boardHeight(nulls(MAX_CARDS - 1))).to.equal(errorCard);
      expect(boardHeight(nulls(100_000)) - boardHeight(nulls(MAX_CARDS))).to.be.within(1, 40);
    });
  });

  it('reserves a rank goal’s lines for a document with one, and a line more for a plan with goals after the one shown today', () => {
    const rank = (target: unknown) => ({ rank: { position: 18, of: 63, target } });
    expect(goalReserve(rank(undefined))).to.equal(undefined);
    expect(goalReserve({ rank: { position: 18, of: 63 } })).to.equal(undefined);
    expect(goalReserve(rank({ top: 15, by: '2025' }))).to.equal('goal');
    expect(goalReserve(rank([{ top: 15, by: '2025' }]))).to.equal('goal');
    expect(
      goalReserve(
        rank([
          { top: 20, by: '2020' },
          { top: 15, by: '2098' },
          { top: 10, by: '2099' },
        ]),
      ),
    ).to.equal('goals');
    // Past all but its last goal, a plan says no more than one goal, and never will again.
    expect(
      goalReserve(
        rank([
          { top: 20, by: '2020' },
          { top: 15, by: '2021' },
          { top: 10, by: '2099' },
        ]),
      ),
    ).to.equal('goal');
    expect(goalReserve(rank([{ top: 20, by: 2020 }, { top: 10 }]))).to.equal('goals');
    // On the day the tag's `now` says, as the goal's own lines are counted (goalHeight), not the builder's today.
    const plan = rank([
      { top: 20, by: '2020' },
      { top: 15, by: '2025' },
      { top: 10, by: '2030' },
    ]);
    expect(goalReserve(plan, '2024-10-01')).to.equal('goals');
    expect(goalReserve(plan, '2026-01-01')).to.equal('goal');
    // The room follows, in the frame's language; a goal without the room (no reserve written) takes its lines all the same.
    const shown = rank({ top: 15, by: '2025' });
    expect(frameHeight({ widget: 'province-rank', lang: 'vi', theme: 'auto', options: {}, shown })).to.be.above(
      frameHeight({ widget: 'province-rank', lang: 'vi', theme: 'auto', options: {}, shown: {} }) + 40,
    );
    const height = (reserve: string, lang: 'vi' | 'en') =>
      frameHeight({ widget: 'province-rank', lang, theme: 'auto', options: { reserve } });
    expect(height('goals', 'vi')).to.be.above(height('goal', 'vi'));
    expect(height('goal', 'vi')).to.be.above(height('goal', 'en'));
    expect(height('goals', 'en')).to.be.above(height('goal', 'en'));
  });

  it('count a rank goal’s lines from its words: its deadline’s precision, its label’s length, to the format’s limit', () => {
    const card = (target: unknown, lang: Locale = 'vi') =>
      boardHeight({ label: 'Xếp hạng', rank: { position: 60, of: 63, target } }, { now: '2024-10-01' }, lang);
    const line = 22.4;
    // A day's deadline is a line longer than a year's in vi ("vào ngày 30/06/2098"), not in en ("by 30 June 2098").
    expect(card({ top: 15, by: '2098-06-30' }) - card({ top: 15, by: '2098' })).to.be.closeTo(line, 1);
    expect(card({ top: 15, by: '2098-06-30' }, 'en')).to.equal(card({ top: 15, by: '2098' }, 'en'));
    // Goals after the one shown, on the board's day: none once they have passed.
    expect(
      card([
        { top: 15, by: '2098' },
        { top: 10, by: '2099-12-31' },
      ]),
    ).to.be.above(card({ top: 15, by: '2098' }));
    expect(
      card([
        { top: 15, by: '2020' },
        { top: 10, by: '2021' },
      ]),
    ).to.equal(card({ top: 10, by: '2021' }));
    // A label's lines grow with its length, and no faster: 10,000 characters of words, some 230 lines.
    const words = card({ top: 15, by: '2098', label: 'Nghị quyết '.repeat(909).trim() }) - card({ top: 15, by: '2098' });
    expect(words / line).to.be.within(220, 240);
    // Past the limit the document is refused, the element shows an error: nothing is counted for the label.
    const refused = card({ top: 15, by: '2098', label: 'W'.repeat(MAX_TEXT_CHARS + 1) });
    expect(refused).to.be.below(card({ top: 15, by: '2098' }) + 2 * line);
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
      // Bắc Kạn 18th with a goal: "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc".
      'rank goal': async () => ({ ...(await documents.rank()), rank: { position: 18, of: 63, target: { top: 15, by: '2025' } } }),
      // The 63 areas on the map with the same goal, two lines above the map in the 360 px frame.
      '63 areas with a goal': async () => ({ ...(await documents['63 areas']()), rank: (await documents['rank goal']()).rank }),
      // A plan whose goal shown has one after it, whatever the day the test runs: "Mục tiêu: nhóm 15 tỉnh,
      // thành phố dẫn đầu vào năm 2098 · còn cách mục tiêu 3 bậc · sau đó còn 1 mục tiêu, đến năm 2099".
      'rank plan': async () => ({
        ...(await documents.rank()),
        rank: {
          position: 18,
          of: 63,
          target: [
            { top: 20, by: '2020' },
            { top: 15, by: '2098' },
            { top: 10, by: '2099' },
          ],
        },
      }),
      '63 areas with a plan': async () => ({ ...(await documents['63 areas']()), rank: (await documents['rank plan']()).rank }),
      // A goal with a label the data team wrote, which no loading box can know: "Goal: among the top 15 by 30 June 2098
      // (Resolution 05-NQ/TU of the Provincial Party Committee on digital transformation, …) · 45 places short", six lines.
      // Under a label of two lines, the most the box keeps: no line of it left blank for the goal's to take.
      'rank labelled goal': async () => ({
        ...(await documents.rank()),
        label: LONG_LABEL,
        rank: { position: 60, of: 63, target: LABELLED_GOAL },
      }),
      '63 areas with a labelled goal': async () => ({
        ...(await documents['63 areas']()),
        label: LONG_LABEL,
        rank: { position: 60, of: 63, target: LABELLED_GOAL },
      }),
      // A count's history with a target ahead: its pace ("theo tốc độ hiện nay: 1.400.000 thuê bao
      // năm 2025") takes the key's two lines in a phone column.
      plan: async () => ({
        label: 'Số thuê bao điện thoại thông minh trên địa bàn tỉnh',
        unit: 'thuê bao',
        series: [{ asOf: '2022', value: 800000 }],
        value: 1000000,
        asOf: '2023',
        target: { value: 2000000, by: '2025' },
        source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
      }),
    };
    type Case = [string, string, Record<string, string>, keyof typeof documents, Locale?];
    const cases: Case[] = [
      ['coverage-gauge', 'households-fiber-broadband', {}, 'lai-chau'],
      ['stat', 'smartphone-subscriptions', {}, 'lai-chau'],
      ['target-progress', 'adults-with-smartphone', { now: '2024-06-01' }, 'lai-chau'],
      ['province-rank', '', {}, 'rank'],
      ['province-rank', '', { reserve: 'goal' }, 'rank goal'],
      ['province-map', '', {}, '63 areas'],
      ['province-map', '', { reserve: 'goal' }, '63 areas with a goal'],
      ['province-rank', '', { reserve: 'goals' }, 'rank plan'],
      ['province-map', '', { reserve: 'goals' }, '63 areas with a plan'],
      ['province-rank', '', { limit: '10' }, '63 areas'],
      ['province-rank', '', {}, '63 areas'],
      ['province-rank', '', {}, '153 areas'],
      ['trend', '', { now: '2024-01-15' }, 'plan'],
      // A goal's own label takes lines past the room the element keeps (reserve="goal"): the frame follows the label's length.
      ...(['vi', 'en'] as const).flatMap((lang): Case[] => [
        ['province-rank', '', { reserve: 'goal' }, 'rank labelled goal', lang],
        ['province-map', '', { reserve: 'goal' }, '63 areas with a labelled goal', lang],
      ]),
    ];
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    type Drawn = HTMLElement & { state: string; updateComplete: Promise<boolean> };
    /**
     * The embed page for `body` published at an address, in a 360 px frame of the height the
     * builder writes, in the test font, once its element has settled; and the height its page needs.
     */
    async function framed(choice: Omit<Choice, 'src'>, body: unknown): Promise<{ el: Drawn; height: number; needed: () => number }> {
      const src = new URL(await scriptFeed(`frame-height-${Math.random()}`, [{ body }]), location.href).href;
      const frame = document.createElement('iframe');
      frame.width = '360';
      frame.height = String(frameHeight({ ...choice, src }));
      frame.title = choice.widget;
      frame.src = `/src/embed/embed.html?${new URL(frameUrl({ ...choice, src })).searchParams}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      await useTestFont(frame.contentDocument!);
      const el = frame.contentDocument!.querySelector(`dx-${choice.widget}`) as Drawn;
      await settled(el as never);
      const needed = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
      return { el, height: Number(frame.height), needed };
    }

    for (const [widget, indicator, options, data, lang = 'vi'] of cases) {
      const what = `<dx-${widget}>${indicator ? ` (${indicator})` : ''}${data.endsWith('areas') ? ` of ${data}` : ''}${options.limit ? ` limit=${options.limit}` : ''}${options.reserve ? ` reserve=${options.reserve}` : ''}${data.includes('labelled') ? ` with a labelled goal, in ${lang}` : ''}`;
      it(`holds ${what} whole in a 360 px frame, with little to spare`, async () => {
        const body = await documents[data]();
        const member = indicator ? body.indicators.find((m: { id: string }) => m.id === indicator) : body;
        const { el, height, needed } = await framed(
          { widget, lang, theme: 'auto', options, ...(indicator && { indicator }), shown: member },
          body,
        );
        expect(el.state).to.equal('ready');
        expect(needed(), 'the widget is cut off').to.be.at.most(height);
        expect(height - needed(), 'blank space under the widget').to.be.below(24);
      });
    }

    /** Boards of real feeds, and one of every kind of card a board draws; a board shows each card in a row of its own at 360 px. */
    const SERIES = [2021, 2022, 2023].map((year, i) => ({ asOf: String(year), value: 40 + 10 * i }));
    const boards: [string, () => Promise<unknown>, Record<string, string>, Locale?][] = [
      ['the Lai Châu board feed', async () => (await fetch('/demo/data/lai-chau-board.json')).json(), {}],
      ['the Lai Châu feed, without a title', documents['lai-chau'], {}],
      ['two members of the Lai Châu feed', documents['lai-chau'], { include: 'population-e-payment,smartphone-subscriptions' }],
      ['a lone rank on its strip', documents.rank, {}],
      ['a lone rank with its goal', documents['rank goal'], {}],
      // A label of two lines, as a card is counted with: the goal's two lines in vi and in en come on top.
      [
        'a lone rank with its goal and a label of two lines',
        async () => ({ ...(await documents['rank goal']()), label: 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình' }),
        {},
      ],
      // Drawn as a map (its `widget`), the goal above it, with and without the benchmark's line under the map.
      ['a lone map with its goal and benchmark', async () => ({ ...(await documents['63 areas with a goal']()), widget: 'map' }), {}],
      [
        'a lone map with its goal, without a benchmark',
        async () => ({ ...(await documents['63 areas with a goal']()), widget: 'map', benchmarks: undefined }),
        {},
      ],
      ['a lone map with its benchmark', async () => ({ ...(await documents['63 areas']()), widget: 'map' }), {}],
      // The 63 bars with the goal above them (the goal's lines there, not beside a strip).
      ['a ranking of 63 bars with its goal', documents['63 areas with a goal'], {}],
      ['a lone rank with a plan of goals', documents['rank plan'], {}],
      ['a lone map with a plan of goals', async () => ({ ...(await documents['63 areas with a plan']()), widget: 'map' }), {}],
      [
        'a feed of a stat with its history, a trend, a ranking of bars and a member with its own source',
        async () => ({
          title: 'Chuyển đổi số các tỉnh miền núi phía Bắc năm 2024: số liệu tổng hợp',
          area: { code: '06', name: 'Bắc Kạn' },
          asOf: '2024',
          indicators: [
            { id: 'sub', label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, series: SERIES },
            { id: 'trend', label: 'Hộ gia đình dùng cáp quang', unit: '%', value: 60, series: SERIES, widget: 'trend' },
            { id: 'ranked', label: 'Hồ sơ trực tuyến toàn trình', unit: '%', areas: NAMED_63.slice(0, 12) },
            { ...(await documents.rank()), id: 'own' },
          ],
        }),
        {},
      ],
    ];
    /**
     * A rank goal in a board's card, which keeps no room for it, in each language: its deadline a year, a month or a day
     * ("vào ngày 30/06/2098", "by 30 June 2098"), alone or with goals after it, and with a label of its own; far short
     * (two digits: "còn cách mục tiêu 45 bậc"), under a label of two lines. In vi a day's goal takes three lines in the card's 330 px, a year's two.
     */
    const rankWith = (target: unknown) => async () => ({
      ...(await documents.rank()),
      // The two lines of label a card is counted with, so that no other line's room hides the goal's.
      label: LONG_LABEL,
      rank: { position: 60, of: 63, target },
    });
    for (const lang of ['vi', 'en'] as const) {
      for (const [precision, by, then] of [
        ['a year', '2098', '2099'],
        ['a month', '2098-06', '2099-12'],
        ['a day', '2098-06-30', '2099-12-31'],
      ]) {
        boards.push([`a lone rank with a goal by ${precision}, in ${lang}`, rankWith({ top: 15, by }), {}, lang]);
        boards.push([
          `a lone rank with a plan of goals by ${precision}, in ${lang}`,
          rankWith([
            { top: 15, by },
            { top: 10, by: then },
          ]),
          {},
          lang,
        ]);
      }
      boards.push([`a lone rank with a labelled goal, in ${lang}`, rankWith(LABELLED_GOAL), {}, lang]);
      boards.push([
        `a lone map with a labelled plan of goals, in ${lang}`,
        async () => ({
          ...(await documents['63 areas']()),
          widget: 'map',
          rank: { position: 60, of: 63, target: [LABELLED_GOAL, { top: 10, by: '2099-12-31' }] },
        }),
        {},
        lang,
      ]);
    }
    // A hostile label as long as the format lets a text be (MAX_TEXT): the element draws it whole, wrapped
    // anywhere (some 5,100 px of words, 9,800 px of one unbroken word in the card), and the frame follows it.
    boards.push([
      'a lone rank with a goal labelled in 10,000 characters of words',
      rankWith({ top: 15, by: '2098', label: 'Nghị quyết '.repeat(909).trim() }),
      {},
    ]);
    boards.push([
      'a lone rank with a goal labelled in one word of 10,000 W',
      rankWith({ top: 15, by: '2098', label: 'W'.repeat(10_000) }),
      {},
      'en',
    ]);
    it('holds a <dx-board> of members that are no indicators (null, text, a number, a list) whole in a 360 px frame, each card saying so', async () => {
      const body = { ...(await documents['lai-chau']()), title: 'Bảng số liệu' };
      body.indicators = [body.indicators[0], null, 'Thôn, bản', 42, [body.indicators[1]], true, body.indicators[1]];
      const { el, height, needed } = await framed(
        { widget: 'board', lang: 'vi', theme: 'auto', options: { now: '2024-10-01' }, document: body },
        body,
      );
      expect(el.state).to.equal('ready');
      const drawn = [...el.shadowRoot!.querySelector('[part="grid"]')!.children] as Drawn[];
      expect(drawn).to.have.length(7);
      await waitUntil(() => drawn.every((card) => card.state === 'ready' || card.state === 'error'), 'every card drawn', { timeout: 5000 });
      await Promise.all(drawn.map((card) => card.updateComplete));
      expect(drawn.map((card) => card.state)).to.deep.equal(['ready', 'error', 'error', 'error', 'error', 'error', 'ready']);
      expect(needed(), 'the board is cut off').to.be.at.most(height);
      expect(height - needed(), 'blank space under the board').to.be.below(24 * drawn.length);
    });

    for (const [what, data, options, lang = 'vi'] of boards) {
      it(`holds a <dx-board> of ${what} whole in a 360 px frame, with little to spare under each card`, async () => {
        const body = await data();
        const { el, height, needed } = await framed(
          { widget: 'board', lang, theme: 'auto', options: { ...options, now: '2024-10-01' }, document: body },
          body,
        );
        expect(el.state).to.equal('ready');
        const drawn = [...el.shadowRoot!.querySelector('[part="grid"]')!.children] as Drawn[];
        // The ranking and the trend are chunks a card fetches when first drawn.
        await waitUntil(() => drawn.every((card) => card.state === 'ready'), 'every card drawn', { timeout: 5000 });
        await Promise.all(drawn.map((card) => card.updateComplete));
        expect(needed(), 'the board is cut off').to.be.at.most(height);
        expect(height - needed(), 'blank space under the board').to.be.below(24 * drawn.length);
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

  it('offers every element of the package', async () => {
    frame = await openBuilder();
    const offered = [...frame.contentDocument!.querySelectorAll<HTMLOptionElement>('#widget option')].map((o) => `dx-${o.value}`);
    expect(offered.sort()).to.deep.equal([...Object.keys(CARD_ELEMENTS), 'dx-board'].sort());
  });

  it('says once why it has no document: the preview’s own objection to the same address is not listed again', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const objected = oneEvent(page.querySelector('#preview')!, 'dx-error');
    const url = page.querySelector<HTMLInputElement>('#url')!;
    url.value = new URL('/demo/data/missing.json', location.href).href;
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await objected;
    expect([...page.querySelectorAll('#errors li')].map((li) => li.textContent)).to.deep.equal([
      '(cả tài liệu / whole document) Không tải được tệp (HTTP 404).The file did not load (HTTP 404).',
    ]);
    expect(page.querySelectorAll('#element-errors li')).to.have.length(0);
  });

  it('says an address is loading while it loads, and offers meanwhile no code of the address before it', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    expect(page.querySelector('#script-snippet')!.textContent).to.contain('lai-chau-2024.json');
    const slow = await scriptFeed(`builder-slow-${Date.now()}`, [{ hang: true }]);
    const url = page.querySelector<HTMLInputElement>('#url')!;
    url.value = new URL(slow, location.href).href;
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => page.querySelector('#check-summary')!.textContent!.includes('Đang tải'), 'the builder says it is loading');
    expect(page.querySelector('#check-summary')!.textContent).to.contain('Loading');
    expect(page.querySelector('#script-snippet')!.textContent).to.equal('');
    expect(page.querySelector<HTMLButtonElement>('#script-copy')!.disabled).to.equal(true);
    expect(page.querySelector<HTMLButtonElement>('#iframe-copy')!.disabled).to.equal(true);
  });

  /** The problems the builder lists once it has read `address` (typed in the address field). */
  async function problemsOf(page: Document, address: string): Promise<string[]> {
    const url = page.querySelector<HTMLInputElement>('#url')!;
    url.value = new URL(address, location.href).href;
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => page.querySelector('#check-summary')!.className === 'bad', 'the builder read the address', { timeout: 8000 });
    return [...page.querySelectorAll('#errors li')].map((li) => li.textContent!);
  }

  it("refuses a feed over the elements' 5 MB, by its Content-Length or counted as it arrives, naming the limit", async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const large = 'The file is larger than 5 MB, the most the elements load: not read. Split it into smaller files.';
    for (const step of [{ pad: 6 * 1024 * 1024 }, { pad: 6 * 1024 * 1024, chunked: true }]) {
      const address = await scriptFeed(`builder-large-${Date.now()}-${step.chunked ? 'chunked' : 'length'}`, [step]);
      const problems = await problemsOf(page, address);
      expect(problems, JSON.stringify(step.chunked ?? false)).to.have.length(1);
      expect(problems[0]).to.contain(large);
    }
  });

  it('gives up on an address that does not finish within the elements’ 10 seconds, and says so', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    // The builder's own clock, its 10-second wait run at once: the test does not sit out the 10 seconds.
    const win = frame.contentWindow as Window & typeof globalThis;
    const realTimeout = win.setTimeout;
    const waits: number[] = [];
    win.setTimeout = ((run: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return realTimeout(run, ms === 10_000 ? 0 : ms);
    }) as typeof setTimeout;
    try {
      const hanging = await scriptFeed(`builder-hang-${Date.now()}`, [{ hang: true }]);
      const problems = await problemsOf(page, hanging);
      expect(waits).to.include(10_000);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.contain('The file did not load within 10 seconds (as long as the elements wait)');
    } finally {
      win.setTimeout = realTimeout;
    }
  });

  it('offers the trend: previews it, writes its snippets and saves it as a PNG', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const pick = (id: string, value: string) => {
      const select = page.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('widget', 'trend');
    pick('indicator', 'adults-with-smartphone');
    const trend = page.querySelector('#preview dx-trend') as HTMLElement & { state: string };
    await waitUntil(() => trend?.state === 'ready', 'the preview drew the trend');
    expect(trend.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.equal('60% năm 2024; mục tiêu 100% năm 2024');
    const src = new URL('/demo/data/lai-chau-2024.json', location.href).href;
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(
      `<dx-trend src="${src}" indicator="adults-with-smartphone" lang="vi">`,
    );
    const iframe = page.querySelector('#iframe-snippet')!.textContent!;
    expect(iframe).to.contain('embed.html?widget=trend&amp;');
    expect(iframe).to.contain(` height="${frameHeight({ widget: 'trend', lang: 'vi', theme: 'auto', options: {} })}"`);
    // The image is the trend's own download(); its link is not followed here.
    page.addEventListener('click', (event) => (event.target as Element).closest?.('a[download]') && event.preventDefault(), true);
    page.querySelector<HTMLButtonElement>('#png')!.click();
    await waitUntil(() => page.querySelector('#png-status')!.textContent!.includes('Đã tạo ảnh'), 'the PNG was made');
  });

  it("writes the trend's y-max into the preview and both snippets, offers it for the trend alone, and says why under the field of one it cannot take", async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const field = page.querySelector<HTMLElement>('#y-max-field')!;
    expect(field.hidden, 'not for a gauge').to.equal(true);
    const widget = page.querySelector<HTMLSelectElement>('#widget')!;
    widget.value = 'trend';
    widget.dispatchEvent(new Event('change', { bubbles: true }));
    expect(field.hidden).to.equal(false);
    const input = page.querySelector<HTMLInputElement>('#y-max')!;
    const enter = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    enter('80');
    const trend = page.querySelector('#preview dx-trend') as HTMLElement & { state: string };
    expect(trend.getAttribute('y-max')).to.equal('80');
    await waitUntil(() => trend.state === 'ready', 'the preview drew the trend');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(' y-max="80"');
    expect(page.querySelector('#iframe-snippet')!.textContent).to.contain('&amp;y-max=80');
    // A percentage's axis ends at 100 at most: the field says so, the preview keeps 80 (test/demo/builder.test.ts).
    enter('150');
    expect(page.querySelector('#preview dx-trend')!.getAttribute('y-max')).to.equal('80');
    expect(page.querySelector('#y-max-problem')!.textContent).to.contain('0 đến 100');
    // Emptied, the trend chooses its own top again; another widget never gets one.
    enter('');
    expect(page.querySelector('#preview dx-trend')!.hasAttribute('y-max')).to.equal(false);
    enter('80');
    widget.value = 'coverage-gauge';
    widget.dispatchEvent(new Event('change', { bubbles: true }));
    expect(field.hidden).to.equal(true);
    expect(page.querySelector('#preview dx-coverage-gauge')!.hasAttribute('y-max')).to.equal(false);
    expect(page.querySelector('#script-snippet')!.textContent).not.to.contain('y-max');
  });

  const shownText = (el: Element) => (el as HTMLElement).innerText;

  it('offers only the members the chosen widget can draw, the first of them when the one picked is not, and says when there is none', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const indicator = page.querySelector<HTMLSelectElement>('#indicator')!;
    const offered = () => [...indicator.options].map((o) => o.value);
    expect(indicator.value).to.equal('mobile-coverage-villages');
    // Only two members of the Lai Châu feed have a target.
    choose(page, 'widget', 'target-progress');
    expect(offered()).to.deep.equal(['adults-with-smartphone', 'population-e-payment']);
    expect(indicator.value).to.equal('adults-with-smartphone');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(' indicator="adults-with-smartphone"');
    const target = page.querySelector('#preview dx-target-progress') as HTMLElement & { state: string };
    await waitUntil(() => target.state === 'ready', 'the preview drew the target');
    // None has areas to rank or map: the picker, the preview and both snippets say so, and nothing can be copied.
    for (const name of ['province-rank', 'province-map']) {
      choose(page, 'widget', name);
      expect(indicator.disabled, name).to.equal(true);
      const reason = page.getElementById(indicator.getAttribute('aria-describedby')!)!;
      expect(shownText(reason)).to.contain('Loại thẻ này không vẽ được chỉ số nào của tệp');
      expect(page.querySelector('#preview')!.children).to.have.length(0);
      expect(shownText(page.querySelector('#element-errors')!)).to.contain('This widget can draw none of the feed’s indicators');
      expect(page.querySelector('#script-snippet')!.textContent).to.equal('');
      expect(shownText(page.querySelector('#script-broken')!)).to.contain('Loại thẻ này không vẽ được');
      for (const button of page.querySelectorAll<HTMLButtonElement>('[data-copy]')) expect(button.disabled).to.equal(true);
    }
    // Back to the gauge: the member the editor picked first.
    choose(page, 'widget', 'coverage-gauge');
    expect(indicator.value).to.equal('mobile-coverage-villages');
    expect(indicator.hasAttribute('aria-describedby')).to.equal(false);
    expect(page.querySelector<HTMLElement>('#indicator-none')!.hidden).to.equal(true);
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(' indicator="mobile-coverage-villages"');
    expect(page.querySelector<HTMLButtonElement>('#script-copy')!.disabled).to.equal(false);
  });

  it('offers no code to copy and no image while the preview shows an error, and says why instead', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const png = page.querySelector<HTMLButtonElement>('#png')!;
    const copies = () => [...page.querySelectorAll<HTMLButtonElement>('[data-copy]')].map((b) => b.disabled);
    expect(png.disabled).to.equal(false);
    expect(copies()).to.deep.equal([false, false]);
    // JSON that does not parse.
    await pasteJson(page, '{"label": "Hộ", "value": 41,5}');
    expect(page.querySelector('#script-snippet')!.textContent).to.equal('');
    expect(page.querySelector<HTMLElement>('#script-block')!.hidden).to.equal(true);
    expect(shownText(page.querySelector('#script-broken')!)).to.contain('không phải JSON hợp lệ');
    expect(copies()).to.deep.equal([true, true]);
    expect(png.disabled).to.equal(true);
    expect(shownText(page.getElementById(png.getAttribute('aria-describedby')!)!)).to.contain('xem trước đang báo lỗi');
    // A document the element refuses though the format takes it: a count on the gauge.
    await pasteJson(page, JSON.stringify({ label: 'Thuê bao', unit: 'thuê bao', value: 320000 }));
    const gauge = page.querySelector('#preview dx-coverage-gauge') as HTMLElement & { state: string };
    await waitUntil(() => gauge.state === 'error', 'the gauge refused a count');
    expect(page.querySelector('#script-snippet')!.textContent).to.equal('');
    expect(shownText(page.querySelector('#script-broken')!)).to.contain('unit');
    expect(png.disabled).to.equal(true);
    // Drawn again: the code and the image are back.
    await pasteJson(page, JSON.stringify({ label: 'Hộ có cáp quang', unit: '%', value: 41.5 }));
    const good = page.querySelector('#preview dx-coverage-gauge') as HTMLElement & { state: string };
    await waitUntil(() => good.state === 'ready', 'the gauge drew');
    await waitUntil(() => !png.disabled, 'the image button is back');
    expect(png.hasAttribute('aria-describedby')).to.equal(false);
    expect(page.querySelector('#script-snippet')!.textContent).to.contain('<dx-coverage-gauge lang="vi">');
    expect(page.querySelector<HTMLElement>('#script-broken')!.hidden).to.equal(true);
    expect(page.querySelector<HTMLButtonElement>('#script-copy')!.disabled).to.equal(false);
  });

  it('says why JSON nested 10,000 deep has no code, with no uncaught exception and no code of the document before it', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const thrown: string[] = [];
    frame.contentWindow!.addEventListener('error', (event) => thrown.push(event.message));
    for (const text of [
      `{"label": "Hộ", "unit": "%", "value": 41.5, "x": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    ]) {
      await pasteJson(page, text);
      expect(thrown).to.deep.equal([]);
      expect(page.querySelector('#script-snippet')!.textContent).to.equal('');
      expect(page.querySelector<HTMLButtonElement>('#script-copy')!.disabled).to.equal(true);
      expect(shownText(page.querySelector('#script-broken')!)).to.match(/lồng quá 64 tầng|phải là đối tượng/);
    }
  });

  it('checks fields that are null or objects where text belongs, as a spreadsheet export writes them, without an uncaught exception', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const thrown: string[] = [];
    frame.contentWindow!.addEventListener('error', (event) => thrown.push(event.message));
    const good = { id: 'b', label: 'Hộ có cáp quang', unit: '%', value: 41.5 };
    const broken = [
      { title: null },
      { title: { vi: { toString: 1 } } },
      { member: { label: null } },
      { member: { label: { vi: { toString: 1 } } } },
      { member: { unit: null } },
      { member: { unit: { toString: 1 } } },
      { member: { approx: { toString: 1 } } },
    ];
    for (const widget of ['coverage-gauge', 'board']) {
      choose(page, 'widget', widget);
      for (const { title, member } of broken as { title?: unknown; member?: object }[]) {
        const doc = { ...(title !== undefined && { title }), indicators: [{ ...good, id: 'a', ...member }, good] };
        await pasteJson(page, JSON.stringify(doc));
        expect(thrown, `${widget}: ${JSON.stringify(doc).slice(0, 80)}`).to.deep.equal([]);
        expect(page.querySelector('#check-summary')!.className).to.equal('bad');
      }
    }
  });

  it('applies the ranking’s limit as it is typed, once typing pauses, drawing the preview once', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    choose(page, 'widget', 'province-rank');
    const areas = Array.from({ length: 20 }, (_, i) => ({ code: String(i + 1).padStart(2, '0'), value: 40 + i }));
    await pasteJson(page, JSON.stringify({ label: 'Hồ sơ trực tuyến', unit: '%', asOf: '2024', areas }));
    await expectAppliedAsTyped(page, 'limit', ['1', '12']);
  });

  it('links the stylesheet of the version its snippets load, written in one place', async () => {
    frame = await openBuilder();
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(frame.contentDocument!.querySelector('#css-link')!.textContent).to.equal(
      `<link rel="stylesheet" href="https://unpkg.com/dx-widgets@${pkg.version}/dist/dx-widgets.css">`,
    );
    // A version typed into the page would go stale at the next release.
    expect(await (await fetch('/demo/builder.html')).text()).not.to.match(/dx-widgets@\d/);
  });

  describe('with the board chosen', () => {
    /** The builder with `<dx-board>` picked in its widget list, as an editor picks it. */
    async function chooseBoard(): Promise<Document> {
      frame = await openBuilder();
      const page = frame.contentDocument!;
      const widget = page.querySelector<HTMLSelectElement>('#widget')!;
      widget.value = 'board';
      widget.dispatchEvent(new Event('change', { bubbles: true }));
      return page;
    }
    const snippet = (page: Document, id: string) => page.querySelector(`#${id}`)!.textContent!;
    const tick = (page: Document, id: string, on: boolean) => {
      const box = page.querySelector<HTMLInputElement>(`#members input[value="${id}"]`)!;
      box.checked = on;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    };
    /** The board in the preview, once its cards are drawn. */
    async function previewed(page: Document): Promise<HTMLElement[]> {
      const board = page.querySelector('#preview dx-board') as HTMLElement & { state: string };
      await waitUntil(() => board?.state === 'ready', 'the preview drew the board');
      const cards = [...board.shadowRoot!.querySelector('[part="grid"]')!.children] as (HTMLElement & { state: string })[];
      await waitUntil(() => cards.every((card) => card.state === 'ready'), 'every card drawn');
      return cards;
    }

    it('offers the board, says why there is no indicator to pick, and previews every card of the feed', async () => {
      const page = await chooseBoard();
      const offered = [...page.querySelectorAll<HTMLOptionElement>('#widget option')].find((o) => o.value === 'board');
      expect(offered!.textContent).to.contain('dx-board');
      const indicator = page.querySelector<HTMLSelectElement>('#indicator')!;
      expect(indicator.disabled).to.equal(true);
      expect(indicator.selectedOptions[0].textContent).to.contain('Cả tệp: 7 chỉ số');
      // A screen reader hears the reason with the picker, a sighted reader sees it under it.
      const reason = page.getElementById(indicator.getAttribute('aria-describedby')!)!;
      expect(reason.hidden).to.equal(false);
      expect(reason.textContent).to.contain('Bảng tổng hợp hiện mọi chỉ số của tệp');
      expect(page.querySelector<HTMLElement>('#area-field')!.hidden).to.equal(true);
      // The options of other widgets are gone; the board's own are there.
      for (const id of ['shape-field', 'variant-field', 'limit-field'])
        expect(page.querySelector<HTMLElement>(`#${id}`)!.hidden, id).to.equal(true);
      expect(page.querySelector<HTMLElement>('#members-field')!.hidden).to.equal(false);
      expect(page.querySelector<HTMLElement>('#heading-field')!.hidden).to.equal(false);
      const ticks = [...page.querySelectorAll<HTMLInputElement>('#members input')];
      expect(ticks.map((box) => box.value)).to.have.length(7);
      expect(ticks.every((box) => box.checked)).to.equal(true);
      expect(ticks[0].closest('label')!.textContent).to.equal('mobile-coverage-villages — Thôn, bản, tổ dân phố có sóng di động');
      // No image of a board: the button is off and says why.
      const png = page.querySelector<HTMLButtonElement>('#png')!;
      expect(png.disabled).to.equal(true);
      expect(page.getElementById(png.getAttribute('aria-describedby')!)!.textContent).to.contain('Bảng tổng hợp chưa tải được thành ảnh');

      const cards = await previewed(page);
      expect(cards.map((card) => card.localName)).to.deep.equal([
        'dx-coverage-gauge',
        'dx-coverage-gauge',
        'dx-coverage-gauge',
        'dx-coverage-gauge',
        'dx-stat',
        'dx-target-progress',
        'dx-target-progress',
      ]);
      expect(visibleText(cards[0])).to.contain('97,27%');
      // Back to a gauge: the indicator is the editor's again.
      const widget = page.querySelector<HTMLSelectElement>('#widget')!;
      widget.value = 'coverage-gauge';
      widget.dispatchEvent(new Event('change', { bubbles: true }));
      expect(indicator.disabled).to.equal(false);
      expect(indicator.value).to.equal('mobile-coverage-villages');
      expect(indicator.hasAttribute('aria-describedby')).to.equal(false);
      expect(png.disabled).to.equal(false);
    });

    it('writes the feed’s address for the script and the iframe, with the members ticked and the heading level', async () => {
      const page = await chooseBoard();
      const src = new URL('/demo/data/lai-chau-2024.json', location.href).href;
      const feed = (await (await fetch(src)).json()) as { indicators: { id: string }[] };
      expect(snippet(page, 'script-snippet').split('\n')[1]).to.equal(`<dx-board src="${src}" lang="vi">`);
      tick(page, 'smartphone-subscriptions', false);
      tick(page, 'population-e-payment', false);
      const level = page.querySelector<HTMLSelectElement>('#heading-level')!;
      level.value = '3';
      level.dispatchEvent(new Event('change', { bubbles: true }));
      const include = feed.indicators.map((m) => m.id).filter((id) => id !== 'smartphone-subscriptions' && id !== 'population-e-payment');
      expect(snippet(page, 'script-snippet').split('\n')[1]).to.equal(
        `<dx-board src="${src}" lang="vi" include="${include.join(',')}" heading-level="3">`,
      );
      const [iframe] = snippet(page, 'iframe-snippet').split('\n');
      const url = new URL(iframe.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&'));
      expect(url.pathname).to.match(/\/embed\.html$/);
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        widget: 'board',
        src,
        lang: 'vi',
        include: include.join(','),
        'heading-level': '3',
      });
      expect(iframe).to.contain(` height="${boardHeight(feed, { include: include.join(',') })}"`);
      // The preview follows: five cards.
      expect(await previewed(page)).to.have.length(5);
      // None ticked: none drawn.
      for (const id of include) tick(page, id, false);
      expect(snippet(page, 'script-snippet').split('\n')[1]).to.contain(` exclude="${feed.indicators.map((m) => m.id).join(',')}"`);
    });

    it('writes pasted JSON inline, the whole collection, and no iframe', async () => {
      const page = await chooseBoard();
      const json = page.querySelector<HTMLInputElement>('input[name="mode"][value="json"]')!;
      json.checked = true;
      json.dispatchEvent(new Event('change', { bubbles: true }));
      const pasted = JSON.parse(page.querySelector<HTMLTextAreaElement>('#json')!.value);
      expect(pasted.indicators.length, 'a collection of several indicators').to.be.above(2);
      const code = snippet(page, 'script-snippet');
      const lines = code.split('\n');
      expect(lines[1]).to.equal('<dx-board lang="vi">');
      expect(JSON.parse(code.slice(code.indexOf('<script type="application/json">') + 32, code.lastIndexOf('</script>')))).to.deep.equal(
        pasted,
      );
      expect(lines.at(-2)!.trim()).to.match(/^Thôn, bản, tổ dân phố có sóng di động: 97,27%; /);
      expect(page.querySelector<HTMLElement>('#iframe-block')!.hidden).to.equal(true);
      expect(await previewed(page)).to.have.length(pasted.indicators.length);
    });

    it('passes axe with the board chosen and drawn', async () => {
      const page = await chooseBoard();
      await previewed(page);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  });
});
