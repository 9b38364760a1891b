import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { nothing, type LitElement, type TemplateResult } from 'lit';

import '../../src/index.js';
import '../../src/trend/dx-trend.js';

import { ADULTS_TARGET, NAMED_63 } from '../support/documents.js';
import { part, settled } from '../support/helpers.js';

/**
 * WCAG 1.4.11 (non-text contrast, 3:1) for the parts of each drawing a reader needs to read its
 * figure, each against what it is drawn on, in the colours the page computes (the theme's
 * tokens, src/internal/theme.styles.ts, and each element's styles): the light theme, the dark
 * one by attribute, and the dark one by the system's setting (its own copy of the tokens).
 * A token that drifts below 3:1 fails here by name.
 */

type Rgba = [number, number, number, number];

/** A computed colour: `rgb(…)`, `rgba(…)` or, from color-mix(), `color(srgb …)`. */
function parse(css: string): Rgba {
  const rgb = css.match(/^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, ([\d.]+))?\)$/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = css.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`not a colour: ${css}`);
}

/** What a translucent colour looks like painted over `under` (opaque). */
const over = ([r, g, b, a]: Rgba, under: Rgba): Rgba => [
  r * a + under[0] * (1 - a),
  g * a + under[1] * (1 - a),
  b * a + under[2] * (1 - a),
  1,
];
const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
/** WCAG relative luminance. */
const luminance = ([r, g, b]: Rgba) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
/** WCAG contrast ratio, unrounded: 2.99:1 fails 3:1. */
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * Where a mark crosses the track (or the bar), what its sides touch is not one part's colour
 * against another's but whatever is painted beside it. A walk across the drawing through the
 * middle of a mark (where it crosses the track: each mark is centred on it) reads, every quarter
 * pixel, what the browser hit-tests there, paints each shape found over the card bottom up (its
 * colour, its opacity), and wants every change of colour on the way to be 3:1: the mark against
 * what lies beside it, and that (a separator, say) against what lies beyond.
 */
function shapeColour(shape: SVGGeometryElement, under: Rgba): Rgba {
  const style = getComputedStyle(shape);
  const stroked = shape instanceof SVGLineElement || style.fill === 'none';
  const [r, g, b, a] = parse(stroked ? style.stroke : style.fill);
  const opacity = Number(style.opacity) * Number(stroked ? style.strokeOpacity : style.fillOpacity);
  return over([r, g, b, a * opacity], under);
}

function colourAt(svg: SVGSVGElement, x: number, y: number, background: Rgba): { colour: Rgba; top: string } {
  const shapes = (svg.getRootNode() as ShadowRoot)
    .elementsFromPoint(x, y)
    .filter((e): e is SVGGeometryElement => e instanceof SVGGeometryElement && svg.contains(e));
  const colour = shapes.reduceRight((under, shape) => shapeColour(shape, under), background);
  return { colour, top: shapes[0]?.getAttribute('class') ?? 'the card' };
}

/** The colour edges met walking `length` px from (x, y) along (dx, dy), a unit vector. */
function edgesAlong(svg: SVGSVGElement, [x, y]: number[], [dx, dy]: number[], length: number, background: Rgba) {
  const edges: { from: string; to: string; ratio: number }[] = [];
  let last = colourAt(svg, x, y, background);
  for (let t = 0.25; t <= length; t += 0.25) {
    const next = colourAt(svg, x + t * dx, y + t * dy, background);
    const ratio = contrast(last.colour, next.colour);
    if (ratio > 1.0001) edges.push({ from: last.top, to: next.top, ratio });
    last = next;
  }
  return edges;
}

/** A line mark on screen: the point `along` its length (0 one end, 1 the other) and the unit vector across it. */
function crossing(mark: SVGLineElement, along: number) {
  const ctm = mark.getScreenCTM()!;
  const end = (x: SVGAnimatedLength, y: SVGAnimatedLength) => new DOMPoint(x.baseVal.value, y.baseVal.value).matrixTransform(ctm);
  const [a, b] = [end(mark.x1, mark.y1), end(mark.x2, mark.y2)];
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return { at: [a.x + along * (b.x - a.x), a.y + along * (b.y - a.y)], across: [-(b.y - a.y) / length, (b.x - a.x) / length] };
}

/** Every colour edge within `reach` px of a mark's middle (or of the point `along` it), on both sides, across it. */
function edgesBeside(el: Element, selector: string, reach: number, background: Rgba, along = 0.5) {
  const mark = part<SVGLineElement>(el, selector);
  const { at, across } = crossing(mark, along);
  const svg = mark.ownerSVGElement!;
  return [1, -1].flatMap((side) => edgesAlong(svg, at, [side * across[0], side * across[1]], reach, background));
}

/** A drawn part: a selector in the shadow root and the property that paints it. */
type Paint = [selector: string, property: 'fill' | 'stroke'];
/** What must stand out from what: a part against the card, or against another part it is drawn on. */
type Pair = [what: string, part: Paint, on: Paint | 'card'];

const GAUGE = { label: 'Hộ gia đình dùng cáp quang', unit: '%', value: 60, asOf: '2024', target: { value: 80, by: '2025' } };
const NATIONAL = { label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 70 };
const RANKING = { label: 'Chỉ số chuyển đổi số', unit: '%', asOf: '2024', area: { code: '06' }, areas: NAMED_63, benchmarks: [NATIONAL] };
const STRIP = { label: 'Chỉ số chuyển đổi số', unit: '%', asOf: '2024', area: { code: '06' }, value: 82, rank: { position: 7, of: 63 } };
// Past 100 places the strip is one track with a marker.
const TRACK = { ...STRIP, rank: { position: 120, of: 700 } };
const HISTORY = [
  { asOf: '2021', value: 250000 },
  { asOf: '2022', value: 281000 },
  { asOf: '2023', value: 307600 },
];
const PHONES = { label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, asOf: '2024', series: HISTORY };

/** A mark that crosses the track or the bar: its sides must stand out from what they touch. */
type Crossing = [what: string, mark: string];

interface Figure {
  name: string;
  draw: (theme: string | typeof nothing) => TemplateResult;
  pairs: Pair[];
  /** Marks across the track, walked across at their middle. */
  across?: Crossing[];
  /** A straight bar walked from end to end along its middle: every edge on it, marks and pace included. */
  along?: [what: string, bar: string];
}

// Past the target: its mark stands on the value's arc or bar, not on the track.
const GAUGE_PAST = { ...GAUGE, value: 90 };
// A baseline gives a pace: 40% in 2023 to 60% in 2024 reaches 70% by the deadline, short of 100%.
const PACED = { ...ADULTS_TARGET, baseline: { value: 40, asOf: '2023' } };
const BAR_PAST = { ...ADULTS_TARGET, value: 100, target: { value: 90, by: '2024-12-31' } };

const FIGURES: Figure[] = [
  {
    name: 'the gauge',
    draw: (theme) => html`<dx-coverage-gauge theme=${theme} low="30" high="90" .data=${GAUGE}></dx-coverage-gauge>`,
    pairs: [
      // Where the scale ends: the track on the card.
      ['the track', ['.track', 'stroke'], 'card'],
      ['the value arc', ['.value', 'stroke'], 'card'],
      // Where the value ends: the arc's end on the track.
      ['the value arc', ['.value', 'stroke'], ['.track', 'stroke']],
      // Marks overhang the track: their ends stand on the card.
      ['the target mark', ['.target-mark', 'stroke'], 'card'],
      ['a band mark', ['.band-mark', 'stroke'], 'card'],
    ],
    across: [
      ['the target mark', '.target-mark'],
      ['a band mark', '.band-mark'],
    ],
  },
  {
    name: 'the gauge past its target',
    draw: (theme) => html`<dx-coverage-gauge theme=${theme} .data=${GAUGE_PAST}></dx-coverage-gauge>`,
    pairs: [['the target mark', ['.target-mark', 'stroke'], 'card']],
    across: [['the target mark', '.target-mark']],
  },
  {
    name: 'the target’s bar',
    draw: (theme) => html`<dx-target-progress theme=${theme} now="2024-06-01" .data=${ADULTS_TARGET}></dx-target-progress>`,
    pairs: [
      ['the track', ['.track', 'fill'], 'card'],
      ['the fill', ['.fill', 'fill'], 'card'],
      ['the fill', ['.fill', 'fill'], ['.track', 'fill']],
      ['the value mark', ['.value-mark', 'stroke'], 'card'],
      ['the target mark', ['.target-mark', 'stroke'], 'card'],
    ],
    across: [['the target mark', '.target-mark']],
    along: ['the bar', '.track'],
  },
  {
    name: 'the target’s bar and its pace',
    draw: (theme) => html`<dx-target-progress theme=${theme} now="2024-06-01" .data=${PACED}></dx-target-progress>`,
    pairs: [],
    across: [['the target mark', '.target-mark']],
    // The fill's end against the pace, the pace's end against the track.
    along: ['the bar and the pace', '.track'],
  },
  {
    name: 'the target’s bar past the target',
    draw: (theme) => html`<dx-target-progress theme=${theme} now="2024-06-01" .data=${BAR_PAST}></dx-target-progress>`,
    pairs: [],
    across: [['the target mark', '.target-mark']],
    along: ['the bar', '.track'],
  },
  {
    name: 'the ranking’s bars',
    draw: (theme) => html`<dx-province-rank theme=${theme} limit="5" .data=${RANKING}></dx-province-rank>`,
    pairs: [
      ['a bar', ['rect.bar:not(.highlight)', 'fill'], 'card'],
      ['the highlighted bar', ['rect.bar.highlight', 'fill'], 'card'],
      // Told from the others by more than its hue (and its row's bold words).
      ['the highlighted bar', ['rect.bar.highlight', 'fill'], ['rect.bar:not(.highlight)', 'fill']],
      ['the benchmark line', ['.plot .mark', 'stroke'], 'card'],
    ],
  },
  {
    name: 'the rank strip',
    draw: (theme) => html`<dx-province-rank theme=${theme} .data=${STRIP}></dx-province-rank>`,
    pairs: [
      ['a slot', ['.slot:not(.highlight)', 'fill'], 'card'],
      ['the province’s slot', ['.slot.highlight', 'fill'], 'card'],
      // Beside its neighbours, a step apart.
      ['the province’s slot', ['.slot.highlight', 'fill'], ['.slot:not(.highlight)', 'fill']],
    ],
  },
  {
    name: 'the rank strip past 100 places',
    draw: (theme) => html`<dx-province-rank theme=${theme} .data=${TRACK}></dx-province-rank>`,
    pairs: [
      ['the track', ['.strip .track', 'fill'], 'card'],
      ['the marker', ['.slot.highlight', 'fill'], ['.strip .track', 'fill']],
    ],
  },
  {
    name: 'the stat’s progress line',
    draw: (theme) => html`<dx-stat theme=${theme} .data=${{ ...PHONES, target: { value: 500000, by: '2025' } }}></dx-stat>`,
    pairs: [
      ['the track', ['.progress .track', 'fill'], 'card'],
      ['the part done', ['.progress .done', 'fill'], 'card'],
      ['the part done', ['.progress .done', 'fill'], ['.progress .track', 'fill']],
      // It overhangs the line: its ends stand on the card.
      ['the target mark', ['.progress .target-mark', 'stroke'], 'card'],
      ['the sparkline', ['.spark .line', 'stroke'], 'card'],
    ],
    across: [['the target mark', '.progress .target-mark']],
    along: ['the progress line', '.progress .track'],
  },
  {
    name: 'the stat’s progress line at its target',
    draw: (theme) => html`<dx-stat theme=${theme} .data=${{ ...PHONES, target: { value: 300000, by: '2025' } }}></dx-stat>`,
    pairs: [],
    across: [['the target mark', '.progress .target-mark']],
  },
  {
    name: 'the trend',
    draw: (theme) =>
      html`<dx-trend theme=${theme} now="2024-06-01" .data=${{ ...PHONES, target: { value: 400000, by: '2026' } }}></dx-trend>`,
    pairs: [
      ['the line', ['.line', 'stroke'], 'card'],
      ['a point', ['.dot', 'fill'], 'card'],
      ['the projected pace', ['.projection', 'stroke'], 'card'],
      ['the target mark', ['.target', 'stroke'], 'card'],
    ],
  },
];

/** The card's colour: its background, or where that is transparent (the light theme) the page's white. */
function card(el: Element): Rgba {
  return over(parse(getComputedStyle(part(el, '[part~="base"]')).backgroundColor), [255, 255, 255, 1]);
}

function paint(el: Element, [selector, property]: Paint, under: Rgba): Rgba {
  return over(parse(getComputedStyle(part(el, selector))[property]), under);
}

const THEMES = [
  { name: 'light', attribute: 'light', scheme: 'light' },
  { name: 'dark (theme="dark")', attribute: 'dark', scheme: 'light' },
  // No attribute: the system's setting chooses, through the media query's copy of the tokens.
  { name: 'dark (the system’s setting)', attribute: '', scheme: 'dark' },
] as const;

describe('the drawings’ contrast (WCAG 1.4.11)', () => {
  for (const theme of THEMES) {
    describe(`${theme.name} theme`, () => {
      before(() => emulateMedia({ colorScheme: theme.scheme }));
      after(() => emulateMedia({ colorScheme: 'light' }));

      for (const figure of FIGURES) {
        it(`gives every part of ${figure.name} a reader needs 3:1 against what it is drawn on, and passes axe`, async () => {
          const el = await settled(await fixture<LitElement & { state: string }>(figure.draw(theme.attribute || nothing)));
          const background = card(el);
          if (theme.name !== 'light') expect(luminance(background), 'a dark card').to.be.below(0.05);
          for (const [what, drawn, on] of figure.pairs) {
            const under = on === 'card' ? background : paint(el, on, background);
            const ratio = contrast(paint(el, drawn, under), under);
            expect(ratio, `${what} against ${on === 'card' ? 'the card' : on[0]}`).to.be.at.least(3);
          }
          // Drawn where it ends, not part way through the value's sweep or the bar's growth.
          await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
          for (const [what, mark] of figure.across ?? []) {
            const edges = edgesBeside(el, mark, 8, background);
            expect(edges.length, `${what}: edges found`).to.be.above(1);
            for (const { from, to, ratio } of edges) expect(ratio, `${what}: ${from} against ${to}`).to.be.at.least(3);
          }
          if (figure.along) {
            const [what, bar] = figure.along;
            const box = part(el, bar).getBoundingClientRect();
            const svg = part<SVGGeometryElement>(el, bar).ownerSVGElement!;
            const middle = box.top + box.height / 2;
            for (const { from, to, ratio } of edgesAlong(svg, [box.left - 2, middle], [1, 0], box.width + 4, background))
              expect(ratio, `${what}: ${from} against ${to}`).to.be.at.least(3);
          }
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});

/*
 * A dark page that blends the cards into itself (`--dx-bg: transparent`): the card's colour is
 * the page's, which the element cannot read, so the strip under a target mark must not follow
 * --dx-bg (it drew nothing, and the mark stood on the track at 2.2:1 again).
 */
describe('the target marks on a card made transparent by the page', () => {
  const PAGE: Rgba = [13, 17, 23, 1];
  const blended = [
    [
      'the gauge',
      html`<dx-coverage-gauge theme="dark" low="30" style="--dx-bg: transparent" .data=${GAUGE}></dx-coverage-gauge>`,
      '.target-mark',
    ],
    [
      'the target’s bar',
      html`<dx-target-progress theme="dark" now="2024-06-01" style="--dx-bg: transparent" .data=${ADULTS_TARGET}></dx-target-progress>`,
      '.target-mark',
    ],
    [
      'the stat’s progress line',
      html`<dx-stat theme="dark" style="--dx-bg: transparent" .data=${{ ...PHONES, target: { value: 500000, by: '2025' } }}></dx-stat>`,
      '.progress .target-mark',
    ],
  ] as const;
  for (const [what, drawn, mark] of blended) {
    it(`keeps ${what}'s target mark 3:1 from what it touches on a dark page`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="background: rgb(13 17 23); padding: 8px">${drawn}</div>`);
      const el = await settled(page.firstElementChild as LitElement & { state: string });
      expect(parse(getComputedStyle(part(el, '[part~="base"]')).backgroundColor)[3], 'a transparent card').to.equal(0);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      // The strip's own edge on the page (a hair past the track, the theme's card colour on the
      // page's) carries nothing; the mark's sides and the strip against the track do.
      const strip = (part: string) => part.endsWith('-gap');
      const edges = edgesBeside(el, mark, 8, PAGE).filter(
        ({ from, to }) => !(strip(from) && to === 'the card') && !(from === 'the card' && strip(to)),
      );
      expect(edges.length, 'edges found').to.be.above(1);
      for (const { from, to, ratio } of edges) expect(ratio, `${from} against ${to}`).to.be.at.least(3);
    });
  }
});

/*
 * A gauge's target near one of its band marks (low, high): the target's strip of card colour was
 * drawn over the band mark, which lost its middle (a sliver, or nothing, on the track) while its
 * ends, past the track, touched the target mark's at 1.1:1. What a reader sees instead: the band
 * mark whole, with the target's clear space between them all along, or (nearer than that) only
 * the target, standing in its place.
 */
describe('a gauge target near a band mark', () => {
  // The target at 80 and a band mark below or above it, 0 to 3 points away (2.7 units a point on
  // the semicircle, where 3 units are 1.1 points); the ring's points are twice as fine.
  const APART = [0, 0.3, 0.5, 0.8, 1, 1.2, 1.5, 1.7, 2, 3];
  for (const shape of ['semicircle', 'ring']) {
    for (const apart of APART) {
      it(`keeps both marks whole and 3:1 from what they touch, or only the target, ${apart} points apart on the ${shape}`, async () => {
        for (const [low, high] of [
          [80 - apart, undefined],
          [undefined, 80 + apart],
        ]) {
          // One gauge at a time: a second one below the first could be off the screen, where nothing is hit.
          fixtureCleanup();
          const el = await settled(
            await fixture<LitElement & { state: string }>(
              html`<dx-coverage-gauge shape=${shape} low=${low ?? nothing} high=${high ?? nothing} .data=${GAUGE}></dx-coverage-gauge>`,
            ),
          );
          await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
          const background = card(el);
          const what = `${low === undefined ? 'high' : 'low'} ${apart} points from the target`;
          // Across the target where it crosses the track, and a unit past each of the track's
          // edges, where the band mark's ends overhang too: 8 px takes in a band mark within 6.7 units.
          for (const along of [3 / 26, 0.5, 23 / 26]) {
            for (const { from, to, ratio } of edgesBeside(el, '.target-mark', 8, background, along))
              expect(ratio, `${what}, at ${along.toFixed(2)}: ${from} against ${to}`).to.be.at.least(3);
          }
          const band = el.shadowRoot!.querySelector<SVGLineElement>('.band-mark');
          if (!band) continue;
          // Drawn, it is drawn whole: as wide where it crosses the track as its stroke (1.5 units).
          const { at, across } = crossing(band, 0.5);
          const scale = band.getScreenCTM()!.a;
          let seen = 0;
          for (let t = -4; t <= 4; t += 0.125)
            if (el.shadowRoot!.elementsFromPoint(at[0] + t * across[0], at[1] + t * across[1])[0] === band) seen += 0.125;
          expect(seen, `${what}: the band mark's width on the track, px`).to.be.closeTo(1.5 * scale, 0.3);
          for (const { from, to, ratio } of edgesBeside(el, '.band-mark', 8, background))
            expect(ratio, `${what}, across the band mark: ${from} against ${to}`).to.be.at.least(3);
        }
      });
    }
  }
});

/*
 * The strip of card colour under a mark is for the track: past it, on a page tinted other than
 * the card's colour, it showed as a light notch a unit (1.2 px) beyond the gauge's track, and 3 px
 * beyond the end of the stat's line. Hit-testing is the browser's own geometry, clip and round ends
 * included: a point just outside the track must never be the strip's, at any drawing size, on a
 * screen of one device pixel to the CSS pixel or two. "Just outside" is a twentieth of a unit (of
 * a pixel on the stat's line): 0.06 px in a 240 px gauge, 0.3 px (0.6 device pixels) in a 1200 px
 * one, less than anything a reader could see. A straight strip as long as the track is wide has
 * its outer corners that far out, sqrt(96² + 3²) - 96 = 0.047 units; a tenth of a unit longer, or
 * unclipped over a semicircle's round end (half a unit out, 3 px at 1200 px), it fails.
 */
describe('the strips under the marks stand on the track only', () => {
  const TINT = 'background: rgb(245 240 230); padding: 8px';
  /**
   * Points around a strip (6 units wide), every `step` user units, within `margin` of it: [user x,
   * user y, screen x, screen y]; with no step, one point on it, beside its mark.
   */
  function around(strip: SVGLineElement, margin: number, step: number): number[][] {
    const [x1, y1, x2, y2] = [strip.x1, strip.y1, strip.x2, strip.y2].map((v) => v.baseVal.value);
    const length = Math.hypot(x2 - x1, y2 - y1);
    const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
    const ctm = strip.getScreenCTM()!;
    const screen = (x: number, y: number) => {
      const point = new DOMPoint(x, y).matrixTransform(ctm);
      return [x, y, point.x, point.y];
    };
    if (!step) return [screen((x1 + x2) / 2 - 2.5 * uy, (y1 + y2) / 2 + 2.5 * ux)];
    const points: number[][] = [];
    for (let s = -margin; s <= length + margin; s += step)
      for (let t = -3 - margin; t <= 3 + margin; t += step) points.push(screen(x1 + s * ux - t * uy, y1 + s * uy + t * ux));
    return points;
  }
  afterEach(() => setViewport({ width: 800, height: 600, deviceScaleFactor: 1 }));

  for (const dpr of [1, 2]) {
    for (const width of [240, 333, 600, 1200]) {
      for (const shape of ['semicircle', 'ring']) {
        it(`keeps the ${shape} gauge's strips on its track, ${width} px wide, ${dpr} device pixel${dpr > 1 ? 's' : ''} a pixel`, async () => {
          await setViewport({ width: width + 40, height: width + 600, deviceScaleFactor: dpr });
          // Marks at both ends (on the ring, one place) and between; the target past the value and short of it.
          for (const [low, high, target] of [
            [0, 45, 100],
            [20, 100, 50],
          ]) {
            fixtureCleanup();
            const page = await fixture<HTMLElement>(
              html`<div style="${TINT}; width: ${width}px"><dx-coverage-gauge shape=${shape} low=${low} high=${high} style="--dx-gauge-size: ${width}px" .data=${{ ...GAUGE, target: { value: target } }}></dx-coverage-gauge></div>`,
            );
            const el = await settled(page.firstElementChild as LitElement & { state: string });
            const strips = [...el.shadowRoot!.querySelectorAll<SVGLineElement>('.mark-gap')];
            expect(strips.length, 'strips').to.be.at.least(2);
            for (const strip of strips) {
              const where = `${low}/${high}/${target}`;
              // Not a walk past nothing: the strip is hit on the track, beside its mark.
              const [, , mx, my] = around(strip, 0, 0)[0];
              expect(el.shadowRoot!.elementsFromPoint(mx, my), `${where}: the strip on the track`).to.include(strip);
              for (const [x, y, sx, sy] of around(strip, 1.5, 0.25)) {
                // Outside the track by more than a twentieth of a unit (above): past its edges, or below a semicircle's ends and off their round caps.
                const r = Math.hypot(x - 100, y - 100);
                const belowEnds =
                  shape === 'semicircle' && y > 100 && Math.hypot(x - 13, y - 100) > 9.05 && Math.hypot(x - 187, y - 100) > 9.05;
                if ((r > 96.05 || r < 77.95 || belowEnds) && el.shadowRoot!.elementsFromPoint(sx, sy).includes(strip))
                  expect.fail(`${where}: the strip at (${x.toFixed(2)}, ${y.toFixed(2)}), off the track`);
              }
            }
          }
        });
      }

      it(`keeps the stat's strip on its line, ${width} px wide, ${dpr} device pixel${dpr > 1 ? 's' : ''} a pixel`, async () => {
        await setViewport({ width: width + 40, height: 900, deviceScaleFactor: dpr });
        // Short of the target, and past it (the line full).
        for (const value of [320000, 600000]) {
          fixtureCleanup();
          const page = await fixture<HTMLElement>(
            html`<div style="${TINT}; width: ${width}px"><dx-stat .data=${{ ...PHONES, value, series: undefined, target: { value: 500000, by: '2025' } }}></dx-stat></div>`,
          );
          const el = await settled(page.firstElementChild as LitElement & { state: string });
          const strip = part<SVGLineElement>(el, '.target-gap');
          const w = part<SVGRectElement>(el, '.progress .track').width.baseVal.value;
          // Not a walk past nothing: the strip is hit on the line, beside its mark.
          const [, , mx, my] = around(strip, 0, 0)[0];
          expect(el.shadowRoot!.elementsFromPoint(mx, my), `value ${value}: the strip on the line`).to.include(strip);
          for (const [x, y, sx, sy] of around(strip, 1.5, 0.25)) {
            // Outside the line (0 to its width, 6 px high, round ends of 3 px) by a twentieth of a pixel.
            const inEnd = x <= w - 3 || Math.hypot(x - (w - 3), y - 3) <= 3.05;
            if ((y < -0.05 || y > 6.05 || x > w + 0.05 || !inEnd) && el.shadowRoot!.elementsFromPoint(sx, sy).includes(strip))
              expect.fail(`value ${value}: the strip at (${x.toFixed(2)}, ${y.toFixed(2)}), off the line`);
          }
        }
      });
    }
  }
});
