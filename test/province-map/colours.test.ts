import { expect, fixture, html } from '@open-wc/testing';

import '../../src/province-map/dx-province-map.js';

import type { ProvinceMap } from '../../src/province-map/province-map.js';
import { settled } from '../support/helpers.js';

/**
 * The map's shades as drawn, read back from the page in both themes: contrast ratios as WCAG
 * defines them, and the same shades as readers with the three kinds of dichromacy see them.
 */

type Rgb = [number, number, number];

const rgb = (css: string): Rgb => {
  const m = css.match(/rgba?\((\d+), (\d+), (\d+)/);
  if (!m) throw new Error(`not a colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
/** WCAG relative luminance. */
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
/** WCAG contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** Machado, Oliveira and Fernandes (2009), full severity, applied in linear RGB. */
const DICHROMACY: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const seenWith = (matrix: number[][], colour: Rgb): number => {
  const lin = colour.map(linear);
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const AREAS = ['01', '02', '04', '06', '08'].map((code, i) => ({ code, value: 10 + i * 10 }));

async function shades(theme: 'light' | 'dark') {
  const el = await settled(
    await fixture<ProvinceMap>(
      html`<dx-province-map theme=${theme} highlight="06" .data=${{ label: 'x', unit: '%', asOf: '2024', areas: AREAS }}></dx-province-map>`,
    ),
  );
  const root = el.shadowRoot!;
  const card = rgb(
    getComputedStyle(root.querySelector('[part="base"]')!).backgroundColor.replace(/rgba\(0, 0, 0, 0\)/, 'rgb(255, 255, 255)'),
  );
  const tiles = [0, 1, 2, 3, 4].map((k) => root.querySelector(`g.s${k}`)!);
  return {
    card,
    fills: tiles.map((g) => rgb(getComputedStyle(g.querySelector('.fill')!).fill)),
    labels: tiles.map((g) => rgb(getComputedStyle(g.querySelector('text')!).fill)),
    swatches: [0, 1, 2, 3, 4].map((k) => rgb(getComputedStyle(root.querySelector(`.swatch.s${k}`)!).backgroundColor)),
    ring: rgb(getComputedStyle(root.querySelector('.ring.hl')!).stroke),
    empty: rgb(getComputedStyle(root.querySelector('g.none .fill')!).stroke),
  };
}

describe('the map’s colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      it('gives every shade 3:1 against the card, so a tile stands out without its neighbours (WCAG 1.4.11)', async () => {
        const { card, fills } = await shades(theme);
        for (const [k, fill] of fills.entries()) expect(contrast(fill, card), `shade ${k}`).to.be.at.least(3);
      });

      it('sets each tile’s label at 4.5:1 against its shade (WCAG 1.4.3)', async () => {
        const { fills, labels } = await shades(theme);
        for (const k of fills.keys()) expect(contrast(fills[k], labels[k]), `shade ${k}`).to.be.at.least(4.5);
      });

      it('steps in luminance from shade to shade, about as far as five shades within 3:1 of the card can', async () => {
        const { fills } = await shades(theme);
        const lum = fills.map(luminance);
        // Better figures darker on the light card, brighter on the dark one.
        const order = theme === 'light' ? -1 : 1;
        for (let k = 1; k < 5; k++) {
          expect(order * (lum[k] - lum[k - 1]), `shade ${k} after ${k - 1}`).to.be.greaterThan(0);
          // 3:1 between neighbours would need 3⁴ = 81:1 from first to last, and 21:1 is the most
          // there is; with every shade at 3:1 from the card, ~1.6:1 a step is the ceiling.
          expect(contrast(fills[k], fills[k - 1]), `shade ${k} against ${k - 1}`).to.be.at.least(1.4);
        }
      });

      it('keeps the shades in order and apart for readers with protanopia, deuteranopia or tritanopia', async () => {
        const { fills } = await shades(theme);
        for (const [kind, matrix] of Object.entries(DICHROMACY)) {
          const lum = fills.map((f) => seenWith(matrix, f));
          for (let k = 1; k < 5; k++) {
            const [a, b] = [lum[k], lum[k - 1]];
            expect((theme === 'light' ? b - a : a - b) > 0, `${kind}: shade ${k} after ${k - 1}`).to.equal(true);
            expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), `${kind}: shade ${k} against ${k - 1}`).to.be.at.least(1.3);
          }
        }
      });

      it('draws the legend’s keys in the tiles’ shades; rings the highlight and outlines a tile without a figure at 3:1 against the card', async () => {
        const { card, fills, swatches, ring, empty } = await shades(theme);
        expect(swatches).to.deep.equal(fills);
        expect(contrast(ring, card)).to.be.at.least(3);
        expect(contrast(empty, card)).to.be.at.least(3);
      });
    });
  }
});
