import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/index.js';

import type { Board, BoardErrorDetail, BoardLoadDetail } from '../../src/board/board.js';
import type { IndicatorLoadDetail } from '../../src/feed/controller.js';
import type { Target } from '../../src/spec/types.js';
import { part, settled } from '../support/helpers.js';

/**
 * A board's `dx-load` tells its members as its cards show them on the board's `now`: of a plan's
 * dated targets, `target` the one due that day, as each card's own `dx-load` tells it. It told
 * the members as written, a plan's list where a card tells one target, and a change of `now`
 * (which its cards redraw on) told nothing.
 */

const FIRST = { value: 50, by: '2020' };
const SECOND = { value: 80, by: '2030' };
const PLAN = [FIRST, SECOND];
const plan = (id: string, widget: string, unit = '%') => ({
  id,
  widget,
  label: `Kế hoạch ${id}`,
  unit,
  value: 41.5,
  asOf: '2019',
  target: PLAN,
});
const FEED = {
  indicators: [
    plan('g', 'gauge'),
    plan('s', 'stat', 'hộ'),
    plan('t', 'target'),
    { id: 'one', label: 'Một mục tiêu', unit: '%', value: 41.5, target: { value: 70, by: '2030' } },
    { id: 'none', label: 'Không mục tiêu', unit: '%', value: 41.5 },
    // Lists its card refuses, kept as written: none is a list the pick can read.
    { id: 'bad', label: 'Sai', unit: '%', value: 1, target: [null, { value: 2, by: { toString: 1 } }] },
    { id: 'empty', label: 'Rỗng', unit: '%', value: 1, target: [] },
  ],
};

type Card = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const cards = (el: Board) => [...el.shadowRoot!.querySelectorAll<Card>('[part="grid"] > *')];

/** A board with `now`, and every card's target as its own dx-load tells it, by id. */
async function mount(data: unknown, now: string): Promise<{ el: Board; detail: BoardLoadDetail; told: Map<string, Target | undefined> }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('dx-board');
  el.setAttribute('now', now);
  wrapper.append(el);
  await el.updateComplete;
  const told = new Map<string, Target | undefined>();
  // A card's dx-load stays in the board's shadow root: heard there.
  el.shadowRoot!.addEventListener('dx-load', (e) => {
    told.set((e.target as Element).getAttribute('indicator')!, (e as CustomEvent<IndicatorLoadDetail>).detail.indicator.target);
  });
  const loaded = oneEvent(el, 'dx-load') as Promise<CustomEvent<BoardLoadDetail>>;
  el.data = data;
  const { detail } = await loaded;
  await settled(el);
  await Promise.all(cards(el).map((c) => settled(c as never)));
  return { el, detail, told };
}

const targets = (detail: BoardLoadDetail) =>
  Object.fromEntries((detail.indicator.members as { id: string; target?: unknown }[]).map((m) => [m.id, m.target]));

describe('<dx-board> `now` in its dx-load', () => {
  it('tells of each plan the target its card shows and tells on the board’s `now`, the list beside it', async () => {
    const { el, detail, told } = await mount(FEED, '2019-06-01');
    expect(targets(detail)).to.deep.equal({
      g: FIRST,
      s: FIRST,
      t: FIRST,
      one: { value: 70, by: '2030' },
      none: undefined,
      bad: FEED.indicators[5].target,
      empty: [],
    });
    // As each card told it.
    for (const id of ['g', 's', 't', 'one']) expect(told.get(id), id).to.deep.equal(targets(detail)[id]);
    expect((detail.indicator.members[0] as { targets: unknown }).targets).to.deep.equal(PLAN);
    // The document as it came, its lists whole; the cards draw the first target.
    expect(detail.document).to.deep.equal(FEED);
    expect(FEED.indicators[0].target).to.equal(PLAN);
    const [gauge, stat, target] = cards(el);
    for (const card of [gauge, stat, target]) expect(part(card, '[part="target"]').textContent, card.localName).to.contain('50');
  });

  it('tells the new targets, as changed, when `now` passes the first deadline, and again when it goes back', async () => {
    const { el } = await mount(FEED, '2019-06-01');
    const loads: BoardLoadDetail[] = [];
    el.addEventListener('dx-load', (e) => loads.push((e as Event as CustomEvent<BoardLoadDetail>).detail));
    el.now = '2025-01-01';
    await el.updateComplete;
    expect(loads.map((d) => [d.changed, targets(d).g, targets(d).t])).to.deep.equal([[true, SECOND, SECOND]]);
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(part(cards(el)[2], '[part="target"]').textContent).to.contain('80');
    el.now = '2020-12-31';
    await el.updateComplete;
    expect(loads.map((d) => [d.changed, targets(d).s])).to.deep.equal([
      [true, SECOND],
      [true, FIRST],
    ]);
  });

  it('says a `now` that is not a day once, in place and with one dx-error, where each card said it', async () => {
    for (const now of ['yesterday', '2024-13-45', '2024-06-01'.repeat(10_000)]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('dx-board');
      el.setAttribute('now', now);
      el.data = FEED;
      const errors: BoardErrorDetail[] = [];
      el.addEventListener('dx-error', (e) => errors.push((e as CustomEvent<BoardErrorDetail>).detail));
      const failed = oneEvent(el, 'dx-error');
      wrapper.append(el);
      await failed;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(errors.map((d) => d.errors.map((e) => e.path))).to.deep.equal([['now']]);
      expect(cards(el)).to.have.length(0);
      expect(part(el, '[part="error"]').textContent).to.contain(`now: ${errors[0].errors[0].message.vi}`);
      expect(part(el, '[part="error"]').textContent!.length).to.be.below(300);
    }
  });

  it('keeps its cards as they were drawn, stale, when `now` becomes no day: one dx-error, not one a card', async () => {
    const { el } = await mount(FEED, '2019-06-01');
    const errors: BoardErrorDetail[] = [];
    el.addEventListener('dx-error', (e) => errors.push((e as CustomEvent<BoardErrorDetail>).detail));
    el.now = '2024-13-45';
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(el.state).to.equal('stale');
    expect(errors.map((d) => [d.stale, d.indicator, d.errors.map((e) => e.path)])).to.deep.equal([[true, undefined, ['now']]]);
    const [gauge, stat, target] = cards(el);
    for (const card of [gauge, stat, target]) {
      expect(card.state, card.localName).to.equal('ready');
      expect(part(card, '[part="target"]').textContent, card.localName).to.contain('50');
    }
    // A day again: drawn on it, and told.
    const loaded = oneEvent(el, 'dx-load') as Promise<CustomEvent<BoardLoadDetail>>;
    el.now = '2025-01-01';
    expect(targets((await loaded).detail).t).to.deep.equal(SECOND);
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(el.state).to.equal('ready');
    expect(part(cards(el)[2], '[part="target"]').textContent).to.contain('80');
  });

  it('with 50 members and `now` changed many times in one task, tells the last day once, as its 50 cards show it', async () => {
    const many = { indicators: Array.from({ length: 50 }, (_, i) => plan(`m${i}`, ['gauge', 'stat', 'target'][i % 3])) };
    const { el } = await mount(many, '2019-06-01');
    const loads: BoardLoadDetail[] = [];
    el.addEventListener('dx-load', (e) => loads.push((e as Event as CustomEvent<BoardLoadDetail>).detail));
    const errors: unknown[] = [];
    el.addEventListener('dx-error', (e) => errors.push(e));
    for (let i = 0; i < 200; i++) el.now = i % 2 ? 'yesterday' : `20${String(10 + (i % 80)).padStart(2, '0')}-01-01`;
    el.now = '2025-01-01';
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(errors).to.have.length(0);
    expect(loads).to.have.length(1);
    expect(Object.values(targets(loads[0]))).to.deep.equal(Array(50).fill(SECOND));
    expect(cards(el).every((c) => c.state === 'ready' && part(c, '[part="target"]').textContent!.includes('80'))).to.equal(true);
  });
});
