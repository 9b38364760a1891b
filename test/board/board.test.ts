import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing } from 'lit';

import '../../src/index.js';

import type { Board } from '../../src/board/board.js';
import { readWidgets, widgetFor } from '../../src/board/choose.js';
import { AREAS_63 } from '../support/documents.js';
import { freshFeed, hits, scriptFeed, settled } from '../support/helpers.js';

const FEED = {
  title: { vi: 'Chuyển đổi số Lai Châu 2024', en: 'Digital transformation in Lai Chau, 2024' },
  source: { name: 'Sở TT&TT Lai Châu' },
  area: { code: '12', name: 'Lai Châu' },
  asOf: '2024',
  indicators: [
    { id: 'coverage', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
    { id: 'phones', label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, approx: 'nearly' },
    { id: 'adults', label: 'Người trưởng thành có điện thoại thông minh', unit: '%', value: 60, target: { value: 100, by: '2024-12-31' } },
    { id: 'rank', label: 'Xếp hạng chuyển đổi số', unit: '%', value: 80, rank: { position: 7, of: 63 } },
    { id: 'teams', label: 'Tổ công nghệ số', unit: 'tổ', value: 2250, source: { name: 'Sở Nội vụ' } },
  ],
};

const cards = (el: Board) =>
  [...el.shadowRoot!.querySelectorAll('[part="grid"] > *')] as (HTMLElement & { state: string; updateComplete: Promise<boolean> })[];

async function board(template: ReturnType<typeof html>): Promise<Board> {
  const el = await settled(await fixture<Board>(template));
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

describe('<dx-board>', () => {
  describe('choosing the element for each member', () => {
    it('gives a rank to the rank element, a target to target progress, a percentage to the gauge, and anything else to a stat', () => {
      const chosen = new Map();
      expect(FEED.indicators.map((m) => widgetFor(m, chosen))).to.deep.equal([
        'coverage-gauge',
        'stat',
        'target-progress',
        'province-rank',
        'stat',
      ]);
      expect(widgetFor({ areas: [] }, chosen)).to.equal('province-rank');
    });

    it('lets the document and the widgets attribute choose instead', () => {
      expect(widgetFor({ id: 'x', unit: '%', widget: 'stat' }, new Map())).to.equal('stat');
      const chosen = readWidgets(' coverage : stat , adults:gauge, bad:pie');
      expect([...chosen]).to.deep.equal([
        ['coverage', 'stat'],
        ['adults', 'coverage-gauge'],
      ]);
      expect(widgetFor({ id: 'coverage', unit: '%', widget: 'gauge' }, chosen)).to.equal('stat');
    });
  });

  it('draws every member with the element that fits it, from one request for the whole board', async () => {
    const src = freshFeed();
    const el = await board(html`<dx-board src=${src} loading="eager" now="2024-10-01"></dx-board>`);
    expect(el.state).to.equal('ready');
    expect(cards(el).map((c) => `${c.localName}#${c.getAttribute('indicator')}`)).to.deep.equal([
      'dx-coverage-gauge#mobile-coverage-villages',
      'dx-coverage-gauge#wireless-internet-coverage',
      'dx-coverage-gauge#wired-internet-coverage',
      'dx-coverage-gauge#households-fiber-broadband',
      'dx-stat#smartphone-subscriptions',
      'dx-target-progress#adults-with-smartphone',
      'dx-target-progress#population-e-payment',
    ]);
    expect(cards(el).every((c) => c.state === 'ready')).to.equal(true);
    expect(await hits(src)).to.equal(1);
  });

  it('gives its `now` to every card, so the gauge, the stat and the map show the goal due that day', async () => {
    // Due by 2025, then 2030: on 1 June 2026 the 2030 one. The gauge and the stat took the reader's
    // today, and the map's rank goal too, beside target cards that took the board's day.
    const feed = {
      area: { code: '06' },
      indicators: [
        {
          id: 'g',
          label: 'Phủ sóng',
          unit: '%',
          value: 60,
          asOf: '2024',
          widget: 'gauge',
          target: [
            { value: 70, by: '2025' },
            { value: 90, by: '2030' },
          ],
        },
        {
          id: 's',
          label: 'Thuê bao',
          unit: 'thuê bao',
          value: 60,
          asOf: '2024',
          widget: 'stat',
          target: [
            { value: 70, by: '2025' },
            { value: 90, by: '2030' },
          ],
        },
        {
          id: 'm',
          label: 'DTI',
          unit: '%',
          asOf: '2024',
          widget: 'map',
          areas: AREAS_63,
          rank: {
            of: 63,
            target: [
              { top: 3, by: '2025' },
              { top: 5, by: '2030' },
            ],
          },
        },
      ],
    };
    for (const [now, gauge, stat, map] of [
      ['2025-06-01', /70%/, /70 thuê bao/, /nhóm 3 tỉnh/],
      ['2026-06-01', /90%/, /90 thuê bao/, /nhóm 5 tỉnh/],
    ] as const) {
      const el = await board(html`<dx-board .data=${feed} now=${now}></dx-board>`);
      const [g, s, m] = cards(el);
      expect(g.shadowRoot!.textContent, now).to.match(gauge);
      expect(s.shadowRoot!.textContent, now).to.match(stat);
      expect(m.shadowRoot!.querySelector('[part="goal"]')!.textContent, now).to.match(map);
    }
  });

  it('says the title, area, date and source once at the top, not in every card that shares them', async () => {
    const el = await board(html`<dx-board .data=${FEED} now="2024-10-01"></dx-board>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Chuyển đổi số Lai Châu 2024');
    expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(root.querySelector('[part="area"]')!.textContent).to.equal('Lai Châu');
    expect(root.querySelector('header [part="meta"]')!.textContent).to.equal('Số liệu năm 2024 · Nguồn: Sở TT&TT Lai Châu');
    const [gauge, , , , teams] = cards(el);
    expect(gauge.shadowRoot!.querySelector('[part="meta"]')!.getClientRects().length).to.equal(0);
    // A member with its own source keeps its line.
    expect(teams.shadowRoot!.querySelector('[part="meta"]')!.getClientRects().length).to.be.greaterThan(0);
    expect(teams.shadowRoot!.querySelector('[part="meta"]')!.textContent).to.contain('Sở Nội vụ');
  });

  it('draws each card as tall as what it shows: no room kept for data that came with the board', async () => {
    const wrapper = await fixture(html`<div style="width: 360px"><dx-board .data=${FEED} now="2024-10-01"></dx-board></div>`);
    const el = await settled(wrapper.querySelector<Board>('dx-board')!);
    await Promise.all(cards(el).map((card) => card.updateComplete));
    for (const card of cards(el)) {
      const base = card.shadowRoot!.querySelector('[part~="base"]')!;
      const shown = [...base.querySelectorAll(':scope > *')].filter(
        (child) => child.getClientRects().length && getComputedStyle(child).position !== 'absolute',
      );
      const contentBottom = Math.max(...shown.map((child) => child.getBoundingClientRect().bottom));
      const padding = parseFloat(getComputedStyle(base).paddingBottom);
      expect(base.getBoundingClientRect().bottom - contentBottom - padding, card.localName).to.be.below(1);
    }
  });

  it('puts its title at the heading level the page needs', async () => {
    const el = await board(html`<dx-board heading-level="3" .data=${FEED}></dx-board>`);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('shows only the included members, in the order given, and leaves out the excluded ones', async () => {
    const el = await board(html`<dx-board .data=${FEED} include="teams, coverage,phones" exclude="phones"></dx-board>`);
    expect(cards(el).map((c) => c.getAttribute('indicator'))).to.deep.equal(['teams', 'coverage']);
  });

  it('says which ids there are, with a dx-error, when include and exclude leave no card, and keeps the cards it drew', async () => {
    const errors: Event[] = [];
    const el = await fixture<Board>(html`<dx-board .data=${FEED} include="Coverage" @dx-error=${(e: Event) => errors.push(e)}></dx-board>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(errors).to.have.length(1);
    const text = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(text).to.contain('include');
    expect(text).to.contain('coverage, phones, adults, rank, teams');
    // Every member left out: the same, naming exclude.
    el.removeAttribute('include');
    el.exclude = 'coverage,phones,adults,rank,teams';
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('exclude');
    // A board that drew its cards keeps them, marked stale, when an attribute then leaves none.
    el.exclude = undefined;
    await settled(el);
    await Promise.all(cards(el).map((card) => card.updateComplete));
    // The read's new state is drawn in the update after it.
    await el.updateComplete;
    expect(cards(el)).to.have.length(5);
    el.include = 'nothing-here';
    await settled(el);
    expect(el.state).to.equal('stale');
    expect(cards(el)).to.have.length(5);
  });

  it('keeps a broken member in its own card: the others still draw', async () => {
    const broken = { ...FEED, indicators: [...FEED.indicators.slice(0, 2), { id: 'bad', label: 'Hỏng', unit: '%', value: 140 }] };
    const el = await board(html`<dx-board .data=${broken}></dx-board>`);
    expect(el.state).to.equal('ready');
    expect(cards(el).map((c) => c.state)).to.deep.equal(['ready', 'ready', 'error']);
    expect(cards(el)[2].shadowRoot!.textContent).to.contain('là phần trăm, phải từ 0 đến 100');
  });

  it('keeps a member whose id or widget is an object no text can be made of in its own card, as JSON can write', async () => {
    // {"toString": 1} is plain JSON; String() of it throws, and the whole board was left blank.
    const feed = JSON.parse(`{ "indicators": [
      { "id": { "toString": 1 }, "label": "Hỏng", "value": 1 },
      { "id": "phones", "widget": { "toString": 1 }, "label": "Thuê bao", "value": 320000 },
      { "id": "teams", "label": "Tổ công nghệ số", "value": 2250 } ] }`);
    for (const exclude of [undefined, 'teams']) {
      const el = await board(html`<dx-board .data=${feed} exclude=${exclude ?? nothing}></dx-board>`);
      expect(el.state).to.equal('ready');
      expect(cards(el).map((c) => `${c.localName}:${c.state}`)).to.deep.equal(
        ['dx-stat:error', 'dx-stat:ready', 'dx-stat:ready'].slice(0, exclude ? 2 : 3),
      );
    }
  });

  it('keeps a member without an id, or one that is not an object, in its own card that says so at its place', async () => {
    // A collection's members need an id (the format); one without said 'cần indicator="…"', which an
    // editor cannot write for it inside a board, and a null or a number was dropped without a word.
    const feed = {
      indicators: [
        { id: 'coverage', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
        { label: 'Thuê bao', unit: 'thuê bao', value: 320000 },
        null,
        { id: 'teams', label: 'Tổ công nghệ số', value: 2250 },
      ],
    };
    const errors: CustomEvent[] = [];
    const el = await board(html`<dx-board .data=${feed} @dx-error=${(e: CustomEvent) => errors.push(e)}></dx-board>`);
    expect(el.state).to.equal('ready');
    expect(cards(el).map((c) => c.state)).to.deep.equal(['ready', 'error', 'error', 'ready']);
    expect(cards(el)[1].shadowRoot!.textContent).to.contain('indicators[1].id: bắt buộc phải có');
    expect(cards(el)[2].shadowRoot!.textContent).to.contain('indicators[2]:');
    expect(cards(el)[2].shadowRoot!.textContent).not.to.contain('indicator="');
    expect(errors.map((e) => e.detail.errors[0].path)).to.deep.equal(['indicators[1].id', 'indicators[2]']);
    // Left out by exclude as any other member is by its id: those without one cannot be named, and stay.
    const excluded = await board(html`<dx-board .data=${feed} exclude="teams"></dx-board>`);
    expect(cards(excluded).map((c) => c.state)).to.deep.equal(['ready', 'error', 'error']);
  });

  it('refuses a document that is not a feed, naming what is wrong', async () => {
    const el = await board(html`<dx-board .data=${{ title: 'x', indicators: 'none' }}></dx-board>`);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('indicators: phải là danh sách');
  });

  it('lays its cards out in one column on a phone, two in an article and three on a wide page', async () => {
    for (const [width, columns] of [
      [360, 1],
      [720, 2],
      [1000, 3],
    ]) {
      const wrapper = await fixture(html`<div style="width: ${width}px"><dx-board .data=${FEED} now="2024-10-01"></dx-board></div>`);
      const el = await settled(wrapper.querySelector<Board>('dx-board')!);
      const [first, ...rest] = cards(el).map((c) => Math.round(c.getBoundingClientRect().top));
      const inFirstRow = 1 + rest.filter((top) => top === first).length;
      expect(inFirstRow, `${width} px`).to.equal(columns);
    }
  });

  it('passes its language and theme to every card', async () => {
    const el = await board(html`<dx-board lang="en" theme="dark" .data=${FEED}></dx-board>`);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Digital transformation in Lai Chau, 2024');
    expect(cards(el).every((c) => c.getAttribute('theme') === 'dark')).to.equal(true);
    expect(cards(el)[0].shadowRoot!.querySelector('[part="figure"]')!.textContent!.trim()).to.equal('97.27%');
  });

  it('passes axe with all its cards', async () => {
    const el = await board(html`<dx-board .data=${FEED} now="2024-10-01"></dx-board>`);
    await expect(el).to.be.accessible();
  });

  // Most news pages are white whatever the phone's setting: a dark board there must carry its own
  // background, as every card does, or its title and status lines are light text on white.
  it('stays readable dark on a white page, by attribute and by the system setting: title, loading line and all', async () => {
    const hanging = await scriptFeed(`board-dark-${Date.now()}`, [{ hang: true }]);
    for (const [scheme, theme] of [
      ['light', 'dark'],
      ['dark', undefined],
    ] as const) {
      await emulateMedia({ colorScheme: scheme });
      try {
        // The test page is white in both settings, as a page that does not follow the system is.
        const ready = await board(html`<dx-board theme=${theme ?? nothing} .data=${FEED} now="2024-10-01"></dx-board>`);
        await expect(ready).to.be.accessible();
        const loading = await fixture<Board>(html`<dx-board theme=${theme ?? nothing} src=${hanging} loading="eager"></dx-board>`);
        expect(loading.state).to.equal('loading');
        await expect(loading).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    }
  });
});
