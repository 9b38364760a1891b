import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing } from 'lit';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { settled } from '../support/helpers.js';

/**
 * The drawing's labels (the ends' figures, the targets', the benchmarks') are placed clear of the
 * lines a reader follows: the series, the dashed pace and the benchmarks' lines. Measured as
 * drawn: each label's box (getBBox, in the drawing's pixels) against the segments its paths hold.
 */

type Point = [number, number];
type Segment = [Point, Point];

/** Resolves once the trend has measured its column and drawn for it. */
async function drawn(el: Trend): Promise<Trend> {
  await settled(el);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** The numbers of a path's `d`, as points: d3's "M1,2L3,4", the pace's "M1 2L3 4". */
const points = (d: string): Point[] => {
  const n = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i], n[2 * i + 1]]);
};

/** Every segment a label must not cross: the line's, the pace's, and each benchmark's line ("Mx yHx"). */
function segments(el: Trend): { what: string; segment: Segment }[] {
  const d = (selector: string) => el.shadowRoot!.querySelector(selector)?.getAttribute('d') ?? '';
  const line = points(d('.line'));
  const pace = points(d('.projection'));
  const benchmarks = [...d('.benchmark').matchAll(/M(-?[\d.]+) (-?[\d.]+)H(-?[\d.]+)/g)].map((m) => m.slice(1).map(Number));
  return [
    ...line.slice(1).map((p, i) => ({ what: 'the line', segment: [line[i], p] as Segment })),
    ...pace.slice(1).map((p, i) => ({ what: 'the pace', segment: [pace[i], p] as Segment })),
    ...benchmarks.map(([x0, y, x1]) => ({
      what: `the benchmark at y ${y}`,
      segment: [
        [x0, y],
        [x1, y],
      ] as Segment,
    })),
  ];
}

/** Whether a segment passes through a box (x, y, width, height): the part of it over the box's width, against its height. */
function crosses(box: DOMRect, [[x1, y1], [x2, y2]]: Segment): boolean {
  const xa = Math.max(box.x, Math.min(x1, x2));
  const xb = Math.min(box.x + box.width, Math.max(x1, x2));
  if (xa > xb) return false;
  const at = (x: number) => (x1 === x2 ? [y1, y2] : [y1 + ((y2 - y1) * (x - x1)) / (x2 - x1)]);
  const ys = [...at(xa), ...at(xb)];
  return Math.max(...ys) > box.y && Math.min(...ys) < box.y + box.height;
}

/** Whether a label is drawn on its halo: a stroke under its letters, in a colour of its own. */
const haloed = (text: Element) => {
  const style = getComputedStyle(text);
  return style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 3 && style.stroke !== 'none';
};

/** What each drawn label crosses, by its text, and whether it stands on its halo there. */
function crossings(el: Trend): { text: string; what: string; haloed: boolean }[] {
  const lines = segments(el);
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg .label')].flatMap((text) => {
    const box = text.getBBox();
    return lines.filter((l) => crosses(box, l.segment)).map((l) => ({ text: text.textContent!, what: l.what, haloed: haloed(text) }));
  });
}

const national = { label: { vi: 'Cả nước', en: 'National' }, value: 70 };

/** A document of `unit` through `points` ([asOf, value], oldest first), the last its current value. */
const history = (unit: string, points: [string, number][], more: Record<string, unknown> = {}) => {
  const [asOf, value] = points[points.length - 1];
  return { label: 'x', unit, series: points.slice(0, -1).map(([asOf, value]) => ({ asOf, value })), value, asOf, ...more };
};

/** Documents whose labels' first place (above their mark, on its side) is on a line. */
const CASES: { name: string; data: Record<string, unknown>; now?: string }[] = [
  // "10%" above and right of the first point, where the line climbs.
  {
    name: 'a line climbing steeply from its first point',
    data: history('%', [
      ['2020', 10],
      ['2021', 90],
    ]),
  },
  // The last figure's label, above and left of its point, where the line falls to it.
  {
    name: 'a line falling steeply to its last point',
    data: history('%', [
      ['2020', 95],
      ['2021', 90],
      ['2022', 12],
    ]),
  },
  // A target met on time stands on the line: its label, above and left, on the line's way up.
  {
    name: 'a target the line passes through',
    data: history(
      '%',
      [
        ['2018', 20],
        ['2020', 61],
        ['2022', 80],
      ],
      {
        target: [
          { value: 60, by: '2020' },
          { value: 100, by: '2026' },
        ],
      },
    ),
    now: '2023-01-01',
  },
  // The national average a little above the first figure: "65%" above its point would be struck through.
  {
    name: 'a benchmark just above the first point',
    data: history(
      '%',
      [
        ['2020', 65],
        ['2023', 68],
      ],
      { benchmarks: [national] },
    ),
  },
  // The benchmark's label, at the drawing's right end above its line, where the line ends crossing it.
  {
    name: 'a line ending across a benchmark',
    data: history(
      '%',
      [
        ['2020', 40],
        ['2022', 60],
        ['2024', 80],
      ],
      { benchmarks: [national] },
    ),
  },
  // The pace, ahead of the target, dashed above its diamond: the target's label above and left of it.
  {
    name: 'the pace passing over a target’s label',
    data: history(
      'thuê bao',
      [
        ['2020', 100000],
        ['2022', 300000],
      ],
      { target: { value: 320000, by: '2024' } },
    ),
    now: '2023-01-01',
  },
  // Figures along the axis's top (100%) and its floor (0), and a benchmark on the floor: labels have one side each.
  {
    name: 'a line along the axis’s top, then its floor',
    data: history(
      '%',
      [
        ['2020', 100],
        ['2021', 100],
        ['2022', 0],
        ['2023', 0],
      ],
      { benchmarks: [{ ...national, value: 0 }] },
    ),
  },
  // A flat line on a benchmark of the same figure.
  {
    name: 'a flat line along a benchmark',
    data: history(
      '%',
      [
        ['2020', 50],
        ['2021', 50],
        ['2022', 50],
      ],
      { benchmarks: [{ ...national, value: 50 }] },
    ),
  },
];

describe('<dx-trend> labels clear of the lines', () => {
  for (const { name, data, now } of CASES) {
    it(`labels ${name} clear of the line, the pace and the benchmarks, in Vietnamese and English, 240 to 1200 px`, async function () {
      this.timeout(20000);
      const found: string[] = [];
      for (const lang of ['vi', 'en']) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 240px"><dx-trend lang=${lang} now=${now ?? '2024-06-01'} .data=${data}></dx-trend></div>`,
        );
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        expect(el.state).to.equal('ready');
        for (const width of [240, 320, 480, 800, 1200]) {
          wrapper.style.width = `${width}px`;
          await drawn(el);
          const labels = [...el.shadowRoot!.querySelectorAll('svg .label')].map((t) => t.textContent);
          expect(labels.length, `${lang}, ${width} px: labels drawn`).to.be.at.least(2);
          // From 320 px these documents leave every label a clear place; in a 240 px column a
          // long count's label may have none (the line below, the pace above, the edge beside):
          // there it stands on its halo.
          for (const c of crossings(el))
            if (width >= 320 || !c.haloed)
              found.push(`${lang}, ${width} px: "${c.text}" crosses ${c.what}${c.haloed ? '' : ', with no halo'}`);
        }
      }
      expect(found).to.deep.equal([]);
    });
  }
});

type Rgb = [number, number, number];

/** A computed colour, `rgb(…)` or `rgba(…)`, painted over `under`. */
function colour(css: string, under: Rgb = [255, 255, 255]): Rgb {
  const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
  return [r, g, b].map((c, i) => c * a + under[i] * (1 - a)) as Rgb;
}
const luminance = (rgb: Rgb) =>
  rgb
    .map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
/** WCAG contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('<dx-trend> labels where no place is clear', () => {
  // 1,000 points all over the axis, the first and last in its middle: every place crosses the line.
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
  const jagged = {
    label: 'x',
    unit: '%',
    series: Array.from({ length: 999 }, (_, i) => ({ asOf: day(i), value: i ? (i * 37) % 101 : 50 })),
    value: 50,
    asOf: day(999),
  };
  for (const [theme, scheme] of [
    ['light', 'light'],
    ['dark', 'light'],
    ['', 'dark'],
  ] as const) {
    it(`draws a label across the line on a halo of the card’s colour, its letters 4.5:1 on it, in the ${theme || 'system’s dark'} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const wrapper = await fixture(
          html`<div style="width: 320px"><dx-trend theme=${theme || nothing} .data=${jagged}></dx-trend></div>`,
        );
        const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
        const over = crossings(el);
        expect(over.length, 'labels across the line').to.be.at.least(2);
        const card = colour(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor);
        for (const { text, haloed: on } of over) {
          expect(on, `${text} on its halo`).to.equal(true);
          const label = [...el.shadowRoot!.querySelectorAll('svg .label')].find((t) => t.textContent === text)!;
          const halo = colour(getComputedStyle(label).stroke, card);
          // The card's colour: no outline drawn around the letters, only the line hidden behind them.
          expect(contrast(halo, card), `${text}: its halo against the card`).to.be.below(1.1);
          expect(contrast(colour(getComputedStyle(label).fill, halo), halo), `${text} on its halo`).to.be.at.least(4.5);
        }
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

describe('<dx-trend> labels of a crowded drawing', () => {
  const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  const CROWDED: [string, Record<string, unknown>][] = [
    [
      'a plan of 50 yearly targets',
      history(
        '%',
        [
          ['2020', 10],
          ['2022', 30],
        ],
        { target: Array.from({ length: 50 }, (_, i) => ({ value: Math.min(100, 31 + i), by: String(2023 + i) })) },
      ),
    ],
    [
      '100 benchmarks a point apart',
      history(
        '%',
        [
          ['2020', 10],
          ['2022', 90],
        ],
        { benchmarks: Array.from({ length: 100 }, (_, i) => ({ label: `Tỉnh ${i}`, value: i })) },
      ),
    ],
  ];
  for (const [name, data] of CROWDED) {
    it(`keeps the labels of ${name} inside, apart, and clear of the lines or on their halo, 240 to 1200 px`, async function () {
      this.timeout(20000);
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 240px"><dx-trend now="2024-01-15" .data=${data}></dx-trend></div>`,
      );
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      for (const width of [240, 480, 1200]) {
        wrapper.style.width = `${width}px`;
        await drawn(el);
        const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        const labels = [...el.shadowRoot!.querySelectorAll('svg .label')];
        const boxes = labels.map((t) => t.getBoundingClientRect());
        const ticks = [...el.shadowRoot!.querySelectorAll('.x-ticks text')].map((t) => t.getBoundingClientRect());
        expect(labels.length, `${width} px`).to.be.at.least(2);
        boxes.forEach((box, i) => {
          const at = `${width} px: ${labels[i].textContent}`;
          expect(box.left, at).to.be.at.least(svg.left - 0.5);
          expect(box.right, at).to.be.at.most(svg.right + 0.5);
          expect(box.top, at).to.be.at.least(svg.top - 0.5);
          boxes
            .slice(i + 1)
            .forEach((other, j) => expect(apart(box, other), `${at} apart from ${labels[i + 1 + j].textContent}`).to.equal(true));
          ticks.forEach((tick) => expect(apart(box, tick), `${at} apart from the time axis`).to.equal(true));
        });
        for (const c of crossings(el)) expect(c.haloed, `${width} px: "${c.text}" across ${c.what}, on its halo`).to.equal(true);
      }
    });
  }
});

/** The demo's example, as the demo page reads it: a plan of two targets, the pace ending on the first's date, the national average. */
const DEMO = (await (await fetch('/demo/data/fibre-plan.json')).json()) as Record<string, unknown>;

describe('<dx-trend> labels clear of the marks, their own included', () => {
  /** A target at the drawing's right edge, the pace ending on its date a little above its diamond. */
  const EDGE = history(
    '%',
    [
      ['2021', 40],
      ['2022', 50],
      ['2023', 60],
    ],
    { target: { value: 80, by: '2025' } },
  );

  /** Each mark's box in the drawing's pixels, its stroke included: the points, the diamonds, the pace's ring. */
  function markBoxes(el: Trend): { what: string; box: DOMRect }[] {
    const subpaths = (selector: string) => [
      ...(el.shadowRoot!.querySelector(selector)?.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)/g),
    ];
    const box = (x: number, y: number, r: number) => new DOMRect(x - r, y - r, 2 * r, 2 * r);
    return [
      // A circle from its left edge ("Mx ya3.5…"), a diamond from its top ("Mx y-7l7 7…"), the ring from its left ("Mx ya4…").
      ...subpaths('.dot').map(([, x, y]) => ({ what: 'a point', box: box(Number(x) + 3.5, Number(y), 3.5) })),
      ...subpaths('.target').map(([, x, y]) => ({ what: 'a diamond', box: box(Number(x), Number(y) + 7, 7 + 1.25) })),
      ...subpaths('.projected').map(([, x, y]) => ({ what: 'the pace’s ring', box: box(Number(x) + 4, Number(y), 4 + 1) })),
    ];
  }
  const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

  const CASES: { name: string; data: Record<string, unknown>; lang: string; width: number; now: string; labels: string[] }[] = [
    { name: 'a target at the right edge', data: EDGE, lang: 'en', width: 360, now: '2024-08-01', labels: ['Target 80% (2025)'] },
    {
      name: 'the demo’s plan',
      data: DEMO,
      lang: 'vi',
      width: 1200,
      now: '2023-06-01',
      labels: ['Mục tiêu 90% (2023)', 'Mục tiêu 100% (2025)'],
    },
    // A narrow column: both targets keep their labels, where the 100% one had no place left.
    {
      name: 'the demo’s plan',
      data: DEMO,
      lang: 'vi',
      width: 302,
      now: '2023-06-01',
      labels: ['55%', 'Mục tiêu 90% (2023)', 'Mục tiêu 100% (2025)'],
    },
  ];
  /** Draws `data` in vi and en in a column of 240 to 1200 px, `step` px at a time under 520 (ten times that above), and checks each drawing. */
  async function atWidths(data: unknown, now: string, step: number, check: (el: Trend, lang: string, width: number) => void) {
    for (const lang of ['vi', 'en']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 240px"><dx-trend lang=${lang} now=${now} .data=${data}></dx-trend></div>`,
      );
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      for (let width = 240; width <= 1200; width += width < 520 ? step : 10 * step) {
        wrapper.style.width = `${width}px`;
        await drawn(el);
        check(el, lang, width);
      }
    }
  }
  /**
   * Plans whose diamonds crowd a narrow column: the demo's, and a falling figure's three targets a
   * year or five apart. `narrow`: the widths, by language, under which one diamond goes without its
   * label. There no labelling keeps every label within a line of its diamond: one stood two or
   * three lines out (35–51 px, measured), by another target's label. In the falling plan's 220 px
   * plot at 260 px, "Mục tiêu 10% (2025)" (137 px) covers the 2024 diamond 20 px left of it above
   * its own, the time axis below it, and its own diamond level with it. The sentence and the
   * table name that target.
   */
  const PLANS: { name: string; data: Record<string, unknown>; now: string; narrow: Record<string, number> }[] = [
    { name: 'the demo’s plan', data: DEMO, now: '2023-06-01', narrow: { vi: 264, en: 244 } },
    {
      name: 'a plan of three targets for a falling figure',
      data: history(
        '%',
        [
          ['2020', 50],
          ['2023', 30],
        ],
        {
          direction: 'down',
          target: [
            { value: 20, by: '2024' },
            { value: 10, by: '2025' },
            { value: 0, by: '2030' },
          ],
        },
      ),
      now: '2024-01-15',
      narrow: { vi: 312, en: 286 },
    },
  ];
  for (const { name, data, now, narrow } of PLANS)
    it(`labels every diamond of ${name} (but one in the narrowest columns), inside the drawing and apart from every other label, in vi and en, 240 to 1200 px`, async function () {
      this.timeout(60000);
      const found: string[] = [];
      const targets = (data.target as { value: number; by: string }[]).map((t) => `${t.value}% (${t.by})`);
      await atWidths(data, now, 2, (el, lang, width) => {
        const at = `${lang}, ${width} px`;
        const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        const labels = [...el.shadowRoot!.querySelectorAll('svg .label')].map((t) => ({
          text: t.textContent!,
          box: t.getBoundingClientRect(),
        }));
        expect(
          markBoxes(el).filter((m) => m.what === 'a diamond'),
          at,
        ).to.have.length(targets.length);
        const unlabelled = targets.filter((target) => !labels.some((l) => l.text.endsWith(target)));
        if (unlabelled.length > (width < narrow[lang] ? 1 : 0)) found.push(`${at}: the diamonds of ${unlabelled.join(', ')} unlabelled`);
        for (const target of targets) {
          const label = labels.find((l) => l.text.endsWith(target));
          if (!label) continue;
          else if (label.box.left < svg.left - 0.5 || label.box.right > svg.right + 0.5 || label.box.top < svg.top - 0.5)
            found.push(`${at}: "${label.text}" outside the drawing`);
          else
            for (const other of labels)
              if (other !== label && !apart(label.box, other.box)) found.push(`${at}: "${label.text}" over "${other.text}"`);
        }
      });
      expect(found).to.deep.equal([]);
    });

  /** A plan of five targets a year apart, near the axis's top: their labels crowd a narrow column. */
  const FIVE: Record<string, unknown> = history(
    '%',
    [
      ['2020', 60],
      ['2021', 70],
      ['2022', 80],
      ['2023', 85],
    ],
    {
      target: [
        { value: 88, by: '2024' },
        { value: 94, by: '2025' },
        { value: 97, by: '2026' },
        { value: 99, by: '2027' },
        { value: 100, by: '2028' },
      ],
    },
  );
  it('writes a target’s label within a line of its diamond, or not at all, in vi and en, 240 to 1200 px', async function () {
    this.timeout(60000);
    const found: string[] = [];
    for (const { name, data, now } of [...PLANS, { name: 'a plan of five targets', data: FIVE, now: '2024-01-15' }]) {
      const targets = (data.target as { value: number; by: string }[]).map((t) => `${t.value}% (${t.by})`);
      await atWidths(data, now, 4, (el, lang, width) => {
        const diamonds = markBoxes(el).filter((m) => m.what === 'a diamond');
        const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg .label')];
        targets.forEach((target, i) => {
          const label = labels.find((t) => t.textContent!.endsWith(target));
          if (!label) return;
          const { x, y, width: w, height: h } = label.getBBox();
          const d = diamonds[i].box;
          // The gap between the label's box and its diamond's, across and along.
          const gap = Math.max(0, d.left - (x + w), x - d.right, d.top - (y + h), y - d.bottom);
          // A line's height and the few pixels a label keeps from its mark: one line farther
          // out at most. 67 px below its diamond, under the next target's label, "Mục tiêu 94%
          // (2025)" read as that one's.
          const size = parseFloat(getComputedStyle(label).fontSize);
          if (gap > size * 1.3 + 6)
            found.push(`${name}, ${lang}, ${width} px: "${label.textContent}" ${Math.round(gap)} px from its diamond`);
        });
      });
    }
    expect(found).to.deep.equal([]);
  });

  it('stands the labels of two targets in a column in their diamonds’ order, the higher above, in vi and en, 240 to 1200 px', async function () {
    this.timeout(60000);
    const found: string[] = [];
    let shared = 0;
    for (const { name, data, now } of [...PLANS, { name: 'a plan of five targets', data: FIVE, now: '2024-01-15' }]) {
      const targets = (data.target as { value: number; by: string }[]).map((t) => `${t.value}% (${t.by})`);
      await atWidths(data, now, 4, (el, lang, width) => {
        const diamonds = markBoxes(el).filter((m) => m.what === 'a diamond');
        const texts = [...el.shadowRoot!.querySelectorAll('svg .label')];
        const labels = targets.map((target) => texts.find((t) => t.textContent!.endsWith(target))?.getBoundingClientRect());
        labels.forEach((high, i) =>
          labels.forEach((low, j) => {
            // A column: the two labels' widths overlap, one reads above the other.
            if (!high || !low || high.right <= low.left || low.right <= high.left) return;
            if (diamonds[i].box.top >= diamonds[j].box.top) return;
            shared++;
            if (high.top >= low.top)
              found.push(`${name}, ${lang}, ${width} px: "${targets[i]}" under "${targets[j]}", whose diamond is lower`);
          }),
        );
      });
    }
    // Not a test of nothing: the plans do put labels in one column.
    expect(shared).to.be.above(0);
    expect(found).to.deep.equal([]);
  });

  it('keeps a target’s label by its diamond when the pace ends far above it', async () => {
    // 30% by 2025, the figures already at 60% and climbing: the pace's ring near 100%, far over the diamond.
    const ahead = history(
      '%',
      [
        ['2021', 20],
        ['2022', 40],
        ['2023', 60],
      ],
      { target: { value: 30, by: '2025' } },
    );
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 480px"><dx-trend now="2024-01-15" .data=${ahead}></dx-trend></div>`);
    const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
    const diamond = markBoxes(el).find((m) => m.what === 'a diamond')!.box;
    const ring = markBoxes(el).find((m) => m.what === 'the pace’s ring')!.box;
    expect(diamond.top - ring.bottom, 'the ring far above the diamond').to.be.above(40);
    const label = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg .label')].find((t) => t.textContent === 'Mục tiêu 30% (2025)')!;
    const box = label.getBBox();
    // Above or below its diamond, a gap away: not up by the ring.
    expect(Math.min(Math.abs(diamond.top - (box.y + box.height)), Math.abs(box.y - diamond.bottom))).to.be.below(8);
  });

  for (const { name, data, lang, width, now, labels } of CASES) {
    it(`labels ${name} clear of every mark and line, in ${lang} at ${width} px`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: ${width}px"><dx-trend lang=${lang} now=${now} .data=${data}></dx-trend></div>`,
      );
      const el = await drawn(wrapper.querySelector<Trend>('dx-trend')!);
      const drawnLabels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg .label')];
      expect(drawnLabels.map((t) => t.textContent)).to.include.members(labels);
      const found: string[] = [];
      for (const text of drawnLabels) {
        // getBBox's SVGRect has no left or right.
        const { x, y, width: w, height: h } = text.getBBox();
        for (const { what, box } of markBoxes(el))
          if (!apart(new DOMRect(x, y, w, h), box)) found.push(`"${text.textContent}" touches ${what}`);
      }
      for (const c of crossings(el)) found.push(`"${c.text}" crosses ${c.what}`);
      expect(found).to.deep.equal([]);
    });
  }
});
