import { expect } from '@open-wc/testing';

import '../../src/index.js';
// Registered at once here; the bundle registers them when a page first holds one.
import '../../src/province-map/dx-province-map.js';
import '../../src/province-rank/dx-province-rank.js';

import { scriptFeed, settled } from '../support/helpers.js';

/**
 * "The loading box reserves its height (CLS 0)", for every element but the trend (its own
 * test, test/trend/height.test.ts), at every width a card is drawn at: the demo's feeds, the
 * longest labels, statuses and units they have, in both languages, compared with the box the
 * same tag drew while its figures had not come. test/hardening/loading-box.test.ts checks the
 * same at ten widths with the figures arriving late; this one samples 240 to 1200 px, densely
 * where a style turns (300, 320, 340, 350, 440, 520 and 600 px), which is where the shifts hid.
 *
 * A card may grow only by what its box cannot know (docs/embedding.md): a label or a source
 * line longer than the lines kept for it, a note, a target's baseline or pace, and in the stat,
 * whose box keeps a label, a figure and a source line, the figure's unit on a line of its own and
 * any counts, change, target or sparkline, and a rank goal's own label. A rank's goal is no longer
 * among them: the tag says reserve="goal" when its document has one, reserve="goals" for a plan
 * with goals after the one shown (the builder writes them), and the box keeps the lines of the
 * longest such goal without a label, two digits a number.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown>; state: string };

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
const around = (at: number) => [at - 2, at - 0.5, at, at + 2];
const WIDTHS = [...new Set([...range(240, 1200, 60), 260, 280, ...[300, 320, 340, 350, 440, 520, 600].flatMap(around)])].sort(
  (a, b) => a - b,
);

const LAI_CHAU = '/demo/data/lai-chau-2024.json';
const BOARD = '/demo/data/lai-chau-board.json';
const P63 = '/demo/data/provinces-63.json';
const P34 = '/demo/data/provinces-34.json';
const BAC_KAN_RANK = '/test/fixtures/bac-kan-rank-2024.json';
/** Bắc Kạn's rank with a goal it is short of: "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc". Served in `before`. */
const RANK_GOAL = '/feed-script/box-heights-rank-goal';
/** The 63 provinces with Bắc Kạn's rank goal, the same sentence beside (or, under 440 px, above) the map. Served in `before`. */
const MAP_GOAL = '/feed-script/box-heights-map-goal';
/**
 * Rank goals past the typical one, each served in `before` for the strip (rank-KEY) and the map
 * (map-KEY), with the reserve the builder writes for each: `goals` for a plan with goals after the
 * one shown (the day is fixed, 2024-06-01), `goal` for one goal.
 */
const GOALS: Record<string, { reserve: string; rank: unknown }> = {
  // "Mục tiêu: nhóm 20 tỉnh, thành phố dẫn đầu vào năm 2024 · đang đạt mục tiêu · sau đó còn 2 mục tiêu, đến năm 2030".
  plan: {
    reserve: 'goals',
    rank: {
      position: 18,
      of: 63,
      target: [
        { top: 20, by: '2024' },
        { top: 15, by: '2025' },
        { top: 10, by: '2030' },
      ],
    },
  },
  // Dated to the day, as a resolution writes them, far short: "… vào ngày 30/09/2025 · còn cách mục tiêu 45 bậc · sau đó còn 2 mục tiêu, đến ngày 30/09/2030".
  dated: {
    reserve: 'goals',
    rank: {
      position: 60,
      of: 63,
      target: [
        { top: 15, by: '2025-09-30' },
        { top: 12, by: '2026-09-30' },
        { top: 10, by: '2030-09-30' },
      ],
    },
  },
  // One goal to the day, far short, the longest a goal without a label says: "… vào ngày 30/09/2025 · còn cách mục tiêu 45 bậc".
  day: { reserve: 'goal', rank: { position: 60, of: 63, target: { top: 15, by: '2025-09-30' } } },
  // A plan's last goal (none after it) under reserve="goals": shorter than the room kept, never a shift.
  last: {
    reserve: 'goals',
    rank: {
      position: 18,
      of: 63,
      target: [
        { top: 20, by: '2022' },
        { top: 15, by: '2023' },
        { top: 10, by: '2024-05-31' },
      ],
    },
  },
  // A goal with its own label, whose words no box can know: "… vào năm 2025 (Nghị quyết số 05-NQ/TU của Tỉnh uỷ) · còn cách mục tiêu 3 bậc".
  label: {
    reserve: 'goal',
    rank: {
      position: 18,
      of: 63,
      target: {
        top: 15,
        by: '2025',
        label: { vi: 'Nghị quyết số 05-NQ/TU của Tỉnh uỷ', en: 'Resolution 05-NQ/TU of the Provincial Party Committee' },
      },
    },
  },
};
const goalFeed = (element: string, key: string) => `/feed-script/box-heights-${element}-${key}`;

const gauge = (attrs: string) => [
  `${attrs} src=${LAI_CHAU} indicator="mobile-coverage-villages"`,
  // Its counts ("43.391/104.563 hộ", "43,391/104,563 households").
  `${attrs} src=${LAI_CHAU} indicator="households-fiber-broadband"`,
  // Its target line ("Mục tiêu 100% đến hết năm 2024").
  `${attrs} src=${LAI_CHAU} indicator="adults-with-smartphone"`,
  // A target and no figure yet: "chưa có số liệu".
  `${attrs} src=${LAI_CHAU} indicator="population-e-payment"`,
];
/** A target's every status the demo's feed reaches, the longest in both languages among them. */
const target = (attrs = '') => [
  // "chưa đủ số liệu để đánh giá", "not enough history to judge": no history to judge a pace by.
  `${attrs} src=${LAI_CHAU} indicator="adults-with-smartphone" now="2024-10-01"`,
  // "quá hạn, chưa đạt", "overdue, not reached".
  `${attrs} src=${LAI_CHAU} indicator="adults-with-smartphone" now="2025-03-01"`,
  // "đã đạt mục tiêu" with a target of the demo's own.
  `${attrs} src=${LAI_CHAU} indicator="mobile-coverage-villages" target="95" by="2024" now="2024-10-01"`,
  // "chưa có số liệu", "no figure yet".
  `${attrs} src=${LAI_CHAU} indicator="population-e-payment" now="2024-10-01"`,
  // "không có thời hạn để đánh giá", the longest status: a target with no deadline.
  `${attrs} src=${LAI_CHAU} indicator="adults-with-smartphone" target="100"`,
];

const CASES: Record<string, string[]> = {
  'dx-coverage-gauge': [
    ...gauge(''),
    ...gauge('shape="ring"').slice(1, 2),
    ...gauge('low="50" high="80"').slice(1, 3),
    ...gauge('shape="ring" high="80"').slice(1, 2),
  ],
  'dx-stat': [
    // "gần 320.000 thuê bao", the longest unit; a percentage with its counts; compact.
    `src=${LAI_CHAU} indicator="smartphone-subscriptions"`,
    `src=${LAI_CHAU} indicator="households-fiber-broadband"`,
    `notation="compact" src=${LAI_CHAU} indicator="smartphone-subscriptions"`,
  ],
  'dx-target-progress': target(),
  // A rank on its strip (the box a ranking without limit keeps), and rankings with limit.
  'dx-province-rank': [
    `src=${BAC_KAN_RANK}`,
    // With a rank goal, which only the document says: reserve="goal" keeps its line.
    `reserve="goal" src=${RANK_GOAL}`,
    `src=${BOARD} indicator="online-applications"`,
    `src=${P63} highlight="06" limit="10"`,
    `src=${P63} highlight="06" limit="5"`,
    `src=${P34} highlight="24" limit="5"`,
    ...Object.entries(GOALS).map(([key, { reserve }]) => `reserve="${reserve}" src=${goalFeed('rank', key)} now="2024-06-01"`),
  ],
  'dx-province-map': [
    `src=${P63} highlight="06"`,
    `src=${P34} highlight="24"`,
    // With a rank goal, which only the document says: reserve="goal" keeps its lines.
    `reserve="goal" src=${MAP_GOAL} highlight="06"`,
    // A plan's last goal only leaves room blank: the strip's case says so.
    ...Object.entries(GOALS)
      .filter(([key]) => key !== 'last')
      .map(([key, { reserve }]) => `reserve="${reserve}" src=${goalFeed('map', key)} highlight="06" now="2024-06-01"`),
  ],
};

/** What the card has to say that its box cannot know, in px: see the comment at the top. */
function unknowable(el: Widget): number {
  const root = el.shadowRoot!;
  const base = root.querySelector<HTMLElement>('[part~="base"]')!;
  // The lines kept for a label and a source line (2, or 1 from 440 px); the gauge keeps two each at every width, the stat two of label.
  const kept = Number(getComputedStyle(base).getPropertyValue('--_lines')) || 2;
  const over = (selector: string, keep: number) => {
    const part = root.querySelector<HTMLElement>(selector);
    if (!part) return 0;
    const lineHeight = parseFloat(getComputedStyle(part).lineHeight);
    return Math.max(0, Math.round(part.getBoundingClientRect().height / lineHeight) - keep) * lineHeight;
  };
  const whole = (selector: string) =>
    [...root.querySelectorAll<HTMLElement>(selector)].reduce((sum, part) => {
      const gap = parseFloat(getComputedStyle(part.parentElement!).rowGap) || 0;
      return sum + part.getBoundingClientRect().height + gap;
    }, 0);
  // The stat's figure on a second line ("gần 320 nghìn" over "thuê bao" at 240 px): its unit's words are the data's.
  const figure = el.localName === 'dx-stat' ? root.querySelector<HTMLElement>('[part~="figure"]') : null;
  const wrapped = figure
    ? Math.max(0, figure.getBoundingClientRect().height - 1.15 * parseFloat(getComputedStyle(figure.querySelector('.number')!).fontSize))
    : 0;
  // A rank goal's own label ("(Nghị quyết số 05-NQ/TU của Tỉnh uỷ)"): the lines the goal takes beyond what it takes without it.
  const goal = root.querySelector<HTMLElement>('[part~="goal"]');
  let labelled = 0;
  if (goal && / \([^)]*\)/.test(goal.textContent!)) {
    const bare = goal.cloneNode() as HTMLElement;
    bare.textContent = goal.textContent!.replace(/ \([^)]*\)/, '');
    bare.style.cssText = `position: absolute; visibility: hidden; width: ${goal.getBoundingClientRect().width}px`;
    goal.after(bare);
    labelled = goal.getBoundingClientRect().height - bare.getBoundingClientRect().height;
    bare.remove();
  }
  return (
    labelled +
    wrapped +
    over('[part~="label"]', el.localName === 'dx-stat' ? 2 : kept) +
    over('[part~="meta"]', kept) +
    // The stat's box keeps its label, figure and source only: counts, a change, a target are the document's.
    whole('[part~="note"], [part~="baseline"], [part~="projection"]') +
    (el.localName === 'dx-stat' ? whole('[part~="count"], [part~="change"], [part~="target"], [part~="sparkline"]') : 0)
  );
}

/** Each tag with the given attributes once per width, each in its own column, all drawn before any is measured. */
async function columns(tag: string, attrs: string, lang: string): Promise<Widget[]> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = WIDTHS.map((w) => `<div style="width: ${w}px"><${tag} lang="${lang}" loading="eager" ${attrs}></${tag}></div>`).join(
    '',
  );
  document.body.append(wrapper);
  return [...wrapper.querySelectorAll<Widget>(tag)];
}

describe('every element keeps the height of its loading box', () => {
  let hang: string;
  before(async () => {
    // Figures that never come: each such element stays its loading box.
    hang = await scriptFeed(`box-heights-${Date.now()}`, [{ hang: true }]);
    const rank = (await (await fetch(BAC_KAN_RANK)).json()) as Record<string, unknown>;
    const goal = { position: 18, of: 63, target: { top: 15, by: '2025' } };
    await scriptFeed(RANK_GOAL.split('/').pop()!, [{ body: { ...rank, rank: goal } }]);
    const map = (await (await fetch(P63)).json()) as Record<string, unknown>;
    await scriptFeed(MAP_GOAL.split('/').pop()!, [{ body: { ...map, rank: goal } }]);
    for (const [key, { rank: rankGoal }] of Object.entries(GOALS)) {
      await scriptFeed(goalFeed('rank', key).split('/').pop()!, [{ body: { ...rank, rank: rankGoal } }]);
      await scriptFeed(goalFeed('map', key).split('/').pop()!, [{ body: { ...map, rank: rankGoal } }]);
    }
  });
  afterEach(() => {
    document.body.replaceChildren();
  });

  for (const [tag, cases] of Object.entries(CASES)) {
    it(`<${tag}>, from 240 to 1200 px, in vi and en, draws the height its loading box kept`, async function () {
      // Some fifty columns a case, each drawn twice (a map's 63 tiles each): more than a minute for the map's cases on a busy machine.
      this.timeout(15000 * cases.length);
      const shifts: string[] = [];
      // The loading box knows the tag's own attributes (shape, low, high, limit, reserve) and its
      // language (a rank goal's lines), not its document's.
      const boxes = new Map<string, number[]>();
      for (const lang of ['vi', 'en']) {
        for (const attrs of cases) {
          const own = attrs.replace(/(src|indicator|now|target|by|highlight)=\S+/g, '').trim();
          const key = `${lang} ${own}`;
          if (!boxes.has(key)) {
            const loading = await columns(tag, `${own} src=${hang} timeout="120"`, lang);
            await Promise.all(loading.map((el) => el.updateComplete));
            loading.forEach((el) => expect(el.state).to.equal('loading'));
            boxes.set(
              key,
              loading.map((el) => el.getBoundingClientRect().height),
            );
            loading[0].parentElement!.parentElement!.remove();
          }
          const box = boxes.get(key)!;
          const drawn = await columns(tag, attrs, lang);
          await Promise.all(drawn.map((el) => settled(el as never)));
          await Promise.all(drawn.map((el) => el.updateComplete));
          drawn.forEach((el, i) => {
            const name = `${lang} <${tag} ${attrs}> at ${WIDTHS[i]} px`;
            expect(el.state, name).to.equal('ready');
            const height = el.getBoundingClientRect().height;
            const may = unknowable(el);
            if (height < box[i] - 0.5 || height > box[i] + may + 0.5)
              shifts.push(
                `${name}: ${height.toFixed(1)} px drawn, ${box[i].toFixed(1)} px loading${may ? ` (${may.toFixed(1)} px it could not know)` : ''}`,
              );
          });
          drawn[0].parentElement!.parentElement!.remove();
        }
      }
      expect(shifts).to.deep.equal([]);
    });
  }
});
