import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nothing, type LitElement, type TemplateResult } from 'lit';

import '../../src/index.js';

import { ADULTS_TARGET, AREAS_63, DATED_PLAN, PER_HEAD } from '../support/documents.js';
import { settled } from '../support/helpers.js';

/*
 * Forced colours (Windows contrast themes, emulated): every mark that carries meaning is painted
 * in a colour 3:1 from the theme's Canvas (WCAG 1.4.11), the card keeps a boundary, and where
 * the value meets its scale the two differ in shape, not only in colour. @web/test-runner-commands'
 * emulateMedia drops `forcedColors` under puppeteer: test/support/media-plugin.js sets it.
 */

type Rgba = [number, number, number, number];
type Host = LitElement & { state: string };

const parse = (colour: string): Rgba => {
  const m = colour.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not a colour: ${colour}`);
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).map(Number);
  return [r, g, b, a];
};

/** The colour as painted on `ground`: a translucent system colour (Highlight is 80% in Chromium's themes) over the page. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

const luminance = ([r, g, b]: Rgba) =>
  [r, g, b]
    .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);

const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** A system colour as the emulated theme has it (a probe that keeps its own colour). */
function system(name: string): Rgba {
  const probe = document.createElement('div');
  probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
  document.body.append(probe);
  const colour = parse(getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

type Paint = 'fill' | 'stroke' | 'backgroundColor' | 'borderTopColor';

/** Marks: a selector in the element's shadow root, the property that paints it, and a pseudo-element. */
type Mark = [selector: string, paint: Paint, pseudo?: string];

function expectVisible(host: Element, [selector, paint, pseudo]: Mark, canvas: Rgba) {
  const found = host.shadowRoot!.querySelectorAll(selector);
  expect(found.length, `<${host.localName}> ${selector}`).to.be.above(0);
  for (const node of found) {
    const value = getComputedStyle(node, pseudo)[paint];
    const what = `<${host.localName}> ${selector}${pseudo ?? ''} ${paint} ${value}`;
    expect(value, what).to.not.equal('none');
    const colour = parse(value);
    expect(colour[3], `${what}: transparent`).to.be.above(0);
    expect(contrast(over(colour, canvas), canvas), `${what} on Canvas`).to.be.at.least(3);
  }
}

/** The card's boundary: a border painted in a colour 3:1 from Canvas. */
function expectBoundary(card: Element, canvas: Rgba) {
  const style = getComputedStyle(card);
  expect(parseFloat(style.borderTopWidth), `<${card.localName}> border`).to.be.at.least(1);
  expect(style.borderTopStyle).to.equal('solid');
  expect(contrast(over(parse(style.borderTopColor), canvas), canvas), `<${card.localName}> border colour`).to.be.at.least(3);
}

const base = (host: Element) => host.shadowRoot!.querySelector('[part~="base"]')!;

const TREND = {
  label: 'Hộ gia đình có Internet cáp quang',
  unit: '%',
  value: 84.9,
  asOf: '2022',
  series: [
    { asOf: '2019', value: 55 },
    { asOf: '2020', value: 62.5 },
    { asOf: '2021', value: 76 },
  ],
  target: [{ value: 100, by: '2025' }],
  benchmarks: [{ label: 'Cả nước', value: 77.6 }],
};

const RANKING = {
  label: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
  unit: '%',
  asOf: '2024',
  area: { code: '06', name: 'Bắc Kạn' },
  benchmarks: [{ label: 'Trung bình cả nước', value: 79.13 }],
  areas: AREAS_63,
};

const BOARD = {
  title: 'Chuyển đổi số',
  asOf: '2024',
  indicators: [
    { id: 'coverage', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
    { id: 'adults', ...ADULTS_TARGET },
  ],
};

/** Each element with what it draws: the marks that carry meaning, and the pairs that must differ in width (value, scale). */
const ELEMENTS: { name: string; mount: (theme?: string) => TemplateResult; marks: Mark[]; wider?: [string, string] }[] = [
  {
    name: 'coverage-gauge',
    mount: (theme) =>
      html`<dx-coverage-gauge theme=${theme ?? nothing} low="30" high="80" now="2019-06-01" .data=${DATED_PLAN}></dx-coverage-gauge>`,
    marks: [
      ['.value', 'stroke'],
      ['.track', 'stroke'],
      ['.target-mark', 'stroke'],
      ['.band-mark', 'stroke'],
      ['.swatch', 'backgroundColor'],
    ],
    wider: ['.value', '.track'],
  },
  {
    name: 'stat',
    mount: (theme) => html`<dx-stat theme=${theme ?? nothing} now="2024-10-01" .data=${PER_HEAD}></dx-stat>`,
    marks: [
      ['.done', 'fill'],
      ['.progress .track', 'stroke'],
      ['.target-mark', 'stroke'],
      ['.line', 'stroke'],
      ['.end', 'stroke'],
    ],
  },
  {
    name: 'target-progress',
    mount: (theme) => html`<dx-target-progress theme=${theme ?? nothing} now="2025-03-01" .data=${ADULTS_TARGET}></dx-target-progress>`,
    marks: [
      ['.fill', 'fill'],
      ['.track', 'stroke'],
      ['.value-mark', 'stroke'],
      ['.target-mark', 'stroke'],
      ['.status', 'backgroundColor', '::before'],
    ],
  },
  {
    name: 'province-rank',
    mount: (theme) => html`<dx-province-rank theme=${theme ?? nothing} limit="10" .data=${RANKING}></dx-province-rank>`,
    marks: [
      ['.bar.highlight', 'fill'],
      ['.bar:not(.highlight)', 'stroke'],
      ['.mark', 'stroke'],
      ['.key line', 'stroke'],
    ],
  },
  {
    name: 'province-map',
    mount: (theme) => html`<dx-province-map theme=${theme ?? nothing} highlight="06" .data=${RANKING}></dx-province-map>`,
    marks: [
      ['.tile .fill', 'stroke'],
      ['.ring.hl', 'stroke'],
      ['.swatch', 'borderTopColor'],
    ],
  },
  {
    name: 'trend',
    mount: (theme) => html`<dx-trend theme=${theme ?? nothing} now="2023-06-01" .data=${TREND}></dx-trend>`,
    marks: [
      ['.line', 'stroke'],
      ['.dot', 'fill'],
      ['.projection', 'stroke'],
      ['.target', 'stroke'],
      ['.benchmark', 'stroke'],
      ['.dash', 'borderTopColor'],
    ],
  },
];

// Light and dark themes, and a page's theme="dark" under a light contrast theme: the reader's theme decides.
const CASES = [
  ['light', undefined],
  ['dark', undefined],
  ['light', 'dark'],
] as const;

describe('forced colours (Windows contrast themes)', () => {
  afterEach(async () => {
    await executeServerCommand('media', {});
  });

  for (const [scheme, theme] of CASES) {
    describe(`in a ${scheme} contrast theme${theme ? `, theme="${theme}"` : ''}`, () => {
      beforeEach(async () => {
        await executeServerCommand('media', { forcedColors: 'active', colorScheme: scheme });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      });

      for (const { name, mount, marks, wider } of ELEMENTS) {
        it(`<dx-${name}> paints every mark 3:1 from Canvas, in a card with a border`, async () => {
          const el = await settled(await fixture<Host>(mount(theme)));
          expect(el.state).to.equal('ready');
          const canvas = system('Canvas');
          for (const mark of marks) expectVisible(el, mark, canvas);
          expectBoundary(base(el), canvas);
          if (wider) {
            const [value, scale] = wider.map((s) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(s)!).strokeWidth));
            expect(value, 'the value drawn wider than its scale').to.be.above(scale);
          }
        });
      }

      it('<dx-province-rank> draws its other bars hollow and the highlighted one filled, not only in another colour', async () => {
        const el = await settled(
          await fixture<Host>(html`<dx-province-rank theme=${theme ?? nothing} limit="10" .data=${RANKING}></dx-province-rank>`),
        );
        const other = getComputedStyle(el.shadowRoot!.querySelector('.bar:not(.highlight)')!);
        const canvas = system('Canvas');
        expect(contrast(parse(other.fill), canvas), 'another bar is hollow').to.be.below(1.1);
        expect(
          contrast(over(parse(getComputedStyle(el.shadowRoot!.querySelector('.bar.highlight')!).fill), canvas), canvas),
        ).to.be.at.least(3);
      });

      it('<dx-province-map> keeps its five classes apart in the legend', async () => {
        const el = await settled(
          await fixture<Host>(html`<dx-province-map theme=${theme ?? nothing} highlight="06" .data=${RANKING}></dx-province-map>`),
        );
        const shades = [...el.shadowRoot!.querySelectorAll('.swatch:not(.none)')].map((s) => getComputedStyle(s).backgroundColor);
        expect(shades).to.have.length(5);
        expect(new Set(shades).size, shades.join(' ')).to.equal(5);
      });

      it('<dx-board> frames each card once, in a visible border', async () => {
        const el = await settled(
          await fixture<Host>(html`<dx-board theme=${theme ?? nothing} now="2024-10-01" .data=${BOARD}></dx-board>`),
        );
        const cards = [...el.shadowRoot!.querySelectorAll<Host>('[part="grid"] > *')];
        await Promise.all(cards.map((card) => card.updateComplete));
        expect(cards).to.have.length(2);
        const canvas = system('Canvas');
        for (const card of cards) {
          expectBoundary(card, canvas);
          expect(getComputedStyle(base(card)).borderTopStyle, 'no second border inside the card').to.equal('none');
        }
        expectVisible(cards[0], ['.value', 'stroke'], canvas);
        expectVisible(cards[1], ['.status', 'backgroundColor', '::before'], canvas);
      });

      it('rings a focused button in a visible colour', async () => {
        const el = await settled(
          await fixture<Host>(html`<dx-province-rank theme=${theme ?? nothing} limit="10" .data=${RANKING}></dx-province-rank>`),
        );
        const button = el.shadowRoot!.querySelector('button')!;
        button.focus();
        const style = getComputedStyle(button);
        expect(style.outlineStyle).to.equal('solid');
        expect(contrast(over(parse(style.outlineColor), system('Canvas')), system('Canvas'))).to.be.at.least(3);
      });
    });
  }
});
