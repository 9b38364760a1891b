import { expect } from '@open-wc/testing';

import '../../src/index.js';
// Registered at once here; the bundle registers it when a page first holds one (test/trend/wiring.test.ts).
import '../../src/trend/dx-trend.js';
import '../../src/province-map/dx-province-map.js';

import { AREAS_63, BAC_KAN_RANK, NAMED_63 } from '../support/documents.js';
import { scriptFeed, settled } from '../support/helpers.js';

/**
 * Issue 7's "zero layout shift": a widget whose figures arrive late keeps the box it drew
 * while loading, so the article below it does not move. Checked with the real Lai Châu feed
 * (../shared/examples) and a rank on its strip, in a phone column and an article column.
 * Down to 240 px (a 280 px screen's column): in a narrow column the target's status and deadline
 * and the rank's value line wrap once more, and the boxes keep that room too (docs/embedding.md;
 * every turn is checked in test/hardening/box-heights.test.ts).
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown>; state: string };

const LAI_CHAU = '/test/fixtures/lai-chau-2024.json';
const TAGS = [
  ['dx-coverage-gauge', 'indicator="mobile-coverage-villages"', 'lc'],
  ['dx-coverage-gauge', 'indicator="households-fiber-broadband"', 'lc'],
  ['dx-coverage-gauge', 'indicator="adults-with-smartphone"', 'lc'],
  ['dx-coverage-gauge', 'indicator="population-e-payment"', 'lc'],
  ['dx-stat', 'indicator="smartphone-subscriptions"', 'lc'],
  ['dx-target-progress', 'indicator="adults-with-smartphone" now="2024-06-01"', 'lc'],
  ['dx-target-progress', 'indicator="population-e-payment" now="2024-06-01"', 'lc'],
  ['dx-province-rank', '', 'rank'],
  // Bắc Kạn below the top 5: five bars, the gap and its own; within the top 10: ten bars.
  ['dx-province-rank', 'limit="5"', 'ranking'],
  ['dx-province-rank', 'limit="10"', 'ranking'],
  // Bà Rịa - Vũng Tàu, the one name that takes two lines in a phone column's name column (up
  // to about 370 px), first, and Bắc Kạn below the top 5: every reserved row drawn.
  ['dx-province-rank', 'limit="5" highlight="06"', 'longName'],
  // A history with its current figure (issue 20); and one with a target ahead, whose pace
  // ("theo tốc độ hiện nay: 88,6% năm 2025") the key's two lines, kept at every width, hold.
  ['dx-trend', 'now="2024-06-01"', 'trend'],
  ['dx-trend', 'now="2024-06-01" indicator="households-fiber-broadband"', 'plan'],
  // Bắc Kạn among the 63, on the map.
  ['dx-province-map', '', 'ranking'],
] as const;
const FIBRE_PLAN = {
  id: 'households-fiber-broadband',
  label: { vi: 'Hộ gia đình dùng Internet băng rộng cáp quang', en: 'Households with fibre broadband' },
  unit: '%',
  value: 41.5,
  series: [
    { asOf: '2021', value: 28.4 },
    { asOf: '2022', value: 33.9 },
    { asOf: '2023', value: 37.2 },
  ],
  target: { value: 60, by: '2025' },
};
// From the phone columns of a 280 and a 320 px screen to an article's, and a desktop page's full width.
const WIDTHS = [240, 280, 320, 360, 439, 440, 560, 600, 680, 1200];
// The ranking with Bà Rịa - Vũng Tàu: 240–260 px, where its label takes one line from about 255
// px (the room that leaves hid most of the taller row), and wider, to where the reserve turns.
const LONG_NAME_WIDTHS = [240, 245, 250, 255, 260, 320, 360, 440];
const widthsOf = (feed: string) => (feed === 'longName' ? LONG_NAME_WIDTHS : WIDTHS);

describe('the loading box (data arriving late)', () => {
  const measured: { name: string; before: number; after: number; state: string }[] = [];

  before(async () => {
    const body = await (await fetch(LAI_CHAU)).json();
    const rank = await (await fetch(BAC_KAN_RANK)).json();
    const { phones } = await (await fetch('/test/fixtures/ssr-documents.json')).json();
    // The same indicator ranked among 63 areas: Bắc Kạn 7th. A ranking with `limit` reserves
    // its bars where CSS attr() reads it.
    const ranking = { ...rank, value: undefined, rank: undefined, areas: NAMED_63 };
    // Names from the registry, Bà Rịa - Vũng Tàu (77) first.
    const longName = { ...ranking, areas: AREAS_63.map((a) => (a.code === '77' ? { ...a, value: 99 } : a)) };
    const feeds = {
      lc: await scriptFeed(`loading-box-lc-${Date.now()}`, [{ delay: 600, body }]),
      rank: await scriptFeed(`loading-box-rank-${Date.now()}`, [{ delay: 600, body: rank }]),
      ranking: await scriptFeed(`loading-box-ranking-${Date.now()}`, [{ delay: 600, body: ranking }]),
      longName: await scriptFeed(`loading-box-long-name-${Date.now()}`, [{ delay: 600, body: longName }]),
      // Lai Châu's smartphone subscriptions with their history, and the province's source line.
      trend: await scriptFeed(`loading-box-trend-${Date.now()}`, [{ delay: 600, body: { ...phones, source: body.source } }]),
      // The Lai Châu feed, its fibre figure with a history and a target ahead.
      plan: await scriptFeed(`loading-box-plan-${Date.now()}`, [{ delay: 600, body: { ...body, indicators: [FIBRE_PLAN] } }]),
    };
    const placed = TAGS.flatMap(([tag, attrs, feed]) =>
      widthsOf(feed).map((width) => {
        const column = document.createElement('div');
        column.setAttribute('style', `width: ${width}px`);
        column.innerHTML = `<${tag} ${attrs} src="${feeds[feed]}" loading="eager"></${tag}>`;
        document.body.append(column);
        const el = column.firstElementChild as Widget;
        return { name: `<${tag} ${attrs}> in a ${width} px column`, el };
      }),
    );
    await Promise.all(placed.map(({ el }) => el.updateComplete));
    const before = placed.map(({ el }) => ({ state: el.state, height: el.getBoundingClientRect().height }));
    await Promise.all(placed.map(({ el }) => settled(el as never)));
    placed.forEach(({ name, el }, i) => {
      if (before[i].state !== 'loading') throw new Error(`${name} was ${before[i].state} before its data came`);
      measured.push({ name, before: before[i].height, after: el.getBoundingClientRect().height, state: el.state });
    });
  });

  for (const [tag, attrs, feed] of TAGS) {
    it(`keeps the height of <${tag} ${attrs}> ${feed === 'longName' ? 'with Bà Rịa - Vũng Tàu among its rows ' : ''}in columns of ${widthsOf(feed).join(', ')} px`, () => {
      // A limited ranking reads its limit with typed attr() (Chromium 133+); elsewhere it
      // reserves only the strip's room, as docs/embedding.md says, and grows.
      const reserves = !attrs.includes('limit') || CSS.supports('x: attr(x type(*))');
      for (const m of measured.filter((m) => m.name.startsWith(`<${tag} ${attrs}>`))) {
        expect(m.state, m.name).to.equal('ready');
        if (reserves) expect(m.after, m.name).to.be.closeTo(m.before, 0.5);
      }
    });
  }
});
