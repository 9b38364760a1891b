import { expect } from '@open-wc/testing';

import '../../src/province-rank/dx-province-rank.js';

import type { ProvinceRank } from '../../src/province-rank/province-rank.js';
import { part, scriptFeed, settled } from '../support/helpers.js';

/**
 * The room the loading box keeps (province-rank.styles.ts) against what the card draws: it
 * must not grow when drawn (CLS 0, test/hardening/box-heights.test.ts samples every width), and
 * the room limit="N" keeps must not outlive the bars: a limit written for the 63 provinces over
 * the 34 there are since July 2025 left some 29 blank rows under the ranking for good.
 */
const P34 = '/demo/data/provinces-34.json';
const P63 = '/demo/data/provinces-63.json';
const BAC_KAN_RANK = '/test/fixtures/bac-kan-rank-2024.json';

/** A tag in a column `width` px wide, in `lang`. */
function column(attrs: string, lang: string, width: number): ProvinceRank {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<dx-province-rank lang="${lang}" loading="eager" ${attrs}></dx-province-rank>`;
  document.body.append(wrapper);
  return wrapper.firstElementChild as ProvinceRank;
}

/** The card's height, and the height of what it draws: its padding and in-flow parts, no min-height. */
function heights(el: ProvinceRank): { card: number; content: number } {
  const base = part(el, '[part~="base"]');
  const top = base.getBoundingClientRect().top;
  const style = getComputedStyle(base);
  const bottom = Math.max(
    ...[...base.children]
      .filter((child) => getComputedStyle(child).position !== 'absolute')
      .map((child) => child.getBoundingClientRect().bottom),
  );
  return {
    card: el.getBoundingClientRect().height,
    content: bottom - top + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth),
  };
}

/** The loading box the tag's own attributes keep: its feed never answers. */
async function loadingBox(own: string, lang: string, width: number): Promise<number> {
  const hang = await scriptFeed(`rank-reserve-hang-${Date.now()}`, [{ hang: true }]);
  const box = column(`${own} src=${hang} timeout="120"`, lang, width);
  await box.updateComplete;
  expect(box.state).to.equal('loading');
  const height = box.getBoundingClientRect().height;
  box.parentElement!.remove();
  return height;
}

async function drawn(attrs: string, lang: string, width: number): Promise<ProvinceRank> {
  const el = await settled(column(attrs, lang, width));
  await el.updateComplete;
  expect(el.state).to.equal('ready');
  return el;
}

describe('<dx-province-rank> reserve', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('limit="63" over the 34 provinces keeps no blank rows once drawn, in a phone column and wide, in vi and en', async function () {
    // A card a width and language, one after another: seconds on a busy machine.
    this.timeout(30000);
    const blank: string[] = [];
    for (const lang of ['vi', 'en']) {
      for (const width of [240, 320, 440, 720]) {
        const el = await drawn(`limit="63" src=${P34} highlight="24"`, lang, width);
        const { card, content } = heights(el);
        // Rows are about 21 px: a pixel of rounding, never a row.
        if (card - content > 1) blank.push(`${lang} at ${width} px: ${card.toFixed(1)} px card, ${content.toFixed(1)} px drawn`);
      }
    }
    expect(blank).to.deep.equal([]);
  });

  it('a limit over a rank on its strip keeps no room for bars it never draws', async () => {
    // As tall as without the limit: the strip's own room (its blank second label line here), no bars'.
    const strip = (await drawn(`src=${BAC_KAN_RANK}`, 'vi', 320)).getBoundingClientRect().height;
    const limited = (await drawn(`limit="10" src=${BAC_KAN_RANK}`, 'vi', 320)).getBoundingClientRect().height;
    expect(limited).to.be.closeTo(strip, 0.5);
  });

  it('a limit the areas fill keeps its room: drawn no shorter than the loading box (CLS 0)', async function () {
    // A card a width and language, one after another: seconds on a busy machine.
    this.timeout(30000);
    const shifts: string[] = [];
    for (const lang of ['vi', 'en']) {
      for (const width of [240, 320, 440, 720]) {
        // limit="34" over the 34 provinces: every bar, no "Xem tất cả"; limit="10": the highlighted area (32nd) below it.
        for (const attrs of [`limit="34" src=${P34} highlight="24"`, `limit="10" src=${P63} highlight="12"`]) {
          const box = await loadingBox(attrs.replace(/(src|highlight)=\S+/g, ''), lang, width);
          const height = (await drawn(attrs, lang, width)).getBoundingClientRect().height;
          if (height < box - 0.5)
            shifts.push(`${lang} <${attrs}> at ${width} px: ${height.toFixed(1)} px drawn, ${box.toFixed(1)} px loading`);
        }
      }
    }
    expect(shifts).to.deep.equal([]);
  });

  it("the table the reader asks for takes the limit's room: no blank rows under it", async () => {
    const el = await drawn(`limit="63" src=${P63} highlight="06"`, 'vi', 480);
    const before = heights(el);
    expect(before.card - before.content, 'the chart fills its room').to.be.at.most(2 * 21.5 + 1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await el.updateComplete;
    const { card, content } = heights(el);
    expect(card - content).to.be.at.most(1);
  });

  it('"Xem tất cả" draws every bar, taller than the room kept; "Thu gọn" keeps the room again', async () => {
    const el = await drawn(`limit="10" src=${P63} highlight="06"`, 'vi', 320);
    const kept = el.getBoundingClientRect().height;
    const expand = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expand.click();
    await el.updateComplete;
    const open = heights(el);
    expect(open.card - open.content).to.be.at.most(1);
    expect(open.card).to.be.above(kept);
    expand.click();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(kept, 0.5);
  });

  it('a rank on its strip, drawn at 240 to 360 px in vi and en, is no taller than its loading box', async function () {
    // A card a width and language, one after another: seconds on a busy machine.
    this.timeout(30000);
    const shifts: string[] = [];
    for (const lang of ['vi', 'en']) {
      for (const width of [240, 280, 320, 360]) {
        const box = await loadingBox('', lang, width);
        const height = (await drawn(`src=${BAC_KAN_RANK}`, lang, width)).getBoundingClientRect().height;
        if (height > box + 0.5) shifts.push(`${lang} at ${width} px: ${height.toFixed(1)} px drawn, ${box.toFixed(1)} px loading`);
      }
    }
    expect(shifts).to.deep.equal([]);
  });
});
