import { expect, fixture, html } from '@open-wc/testing';

import '../../src/board/dx-board.js';
import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';

import type { Board } from '../../src/board/board.js';
import type { IndicatorElement } from '../../src/internal/indicator-element.js';
import { hostless, snapshot } from '../../src/internal/snapshot.js';
import { settled } from '../support/helpers.js';

const MOBILE = {
  id: 'mobile-coverage-villages',
  label: { vi: 'Thôn, bản, tổ dân phố có sóng di động', en: 'Villages with mobile coverage' },
  unit: '%',
  value: 97.27,
  asOf: '2024',
  source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
};

const SMARTPHONES = {
  id: 'adults-with-smartphone',
  label: 'Người trưởng thành có điện thoại thông minh',
  unit: '%',
  value: 60,
  asOf: '2024-06',
  target: { value: 100, by: '2024-12-31' },
  source: { name: 'Sở TT&TT Lai Châu' },
};

/** Records the names of saved files and stops the browser from saving them. */
function catchDownloads(): { names: string[]; stop: () => void } {
  const names: string[] = [];
  const listener = (event: Event) => {
    const link = (event.target as Element).closest?.('a[download]');
    if (!link) return;
    names.push(link.getAttribute('download')!);
    event.preventDefault();
  };
  document.addEventListener('click', listener, true);
  return { names, stop: () => document.removeEventListener('click', listener, true) };
}

async function pixels(blob: Blob): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width: bitmap.width, height: bitmap.height, data };
}

/** How many pixels differ clearly from the top-left one (the background). */
function inked({ data }: { data: Uint8ClampedArray }): number {
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const distance = Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]);
    if (distance > 60) count += 1;
  }
  return count;
}

/** The SVG document a snapshot draws onto its canvas, read from the blob it makes of it. */
async function drawnDocument(element: HTMLElement): Promise<Document> {
  const made: Blob[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob && object.type === 'image/svg+xml') made.push(object);
    return create.call(URL, object);
  };
  try {
    await snapshot(element);
  } finally {
    URL.createObjectURL = create;
  }
  expect(made).to.have.length(1);
  return new DOMParser().parseFromString(await made[0].text(), 'image/svg+xml');
}

/** Each `url(#id)` an attribute of `document` refers to, and how many elements there have that id. */
function references(document: Document): Record<string, number> {
  const found: Record<string, number> = {};
  for (const element of document.querySelectorAll('*')) {
    for (const { value } of element.attributes) {
      for (const [, id] of value.matchAll(/url\(#([^)]+)\)/g)) found[id] = document.querySelectorAll(`[id="${id}"]`).length;
    }
  }
  return found;
}

const luminance = (data: Uint8ClampedArray, at: number) => (0.2126 * data[at] + 0.7152 * data[at + 1] + 0.0722 * data[at + 2]) / 255;

describe('snapshot (download as image)', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    downloads = catchDownloads();
  });
  afterEach(() => downloads.stop());

  it('saves a <dx-coverage-gauge> as a PNG at twice its CSS size (a fractional width too), under the given name', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 333.5px"><dx-coverage-gauge .data=${MOBILE}></dx-coverage-gauge></div>`,
    );
    const el = await settled(column.firstElementChild as IndicatorElement);
    const blob = await el.download('x.png');
    expect(blob).to.be.instanceOf(Blob);
    expect(blob.type).to.equal('image/png');
    const box = el.getBoundingClientRect();
    const image = await pixels(blob);
    expect(Math.abs(image.width - box.width * 2)).to.be.at.most(1);
    expect(Math.abs(image.height - box.height * 2)).to.be.at.most(1);
    expect(downloads.names).to.deep.equal(['x.png']);
  });

  it('draws the label, figure and source on a white background when the card is transparent', async () => {
    const el = await settled(await fixture<IndicatorElement>(html`<dx-coverage-gauge .data=${MOBILE}></dx-coverage-gauge>`));
    const image = await pixels(await snapshot(el));
    expect([...image.data.slice(0, 4)]).to.deep.equal([255, 255, 255, 255]);
    // Text and the arc: far more than a few stray pixels (the gauge alone is thousands).
    expect(inked(image)).to.be.above(2000);
    // The bottom band holds the source line: ink there means the meta row was drawn.
    const rows = Math.round(image.height * 0.15);
    const bottom = image.data.slice((image.height - rows) * image.width * 4);
    expect(inked({ data: new Uint8ClampedArray([...image.data.slice(0, 4), ...bottom]) })).to.be.above(50);
  });

  it('keeps the dark card of theme="dark", corners included', async () => {
    const el = await settled(await fixture<IndicatorElement>(html`<dx-coverage-gauge theme="dark" .data=${MOBILE}></dx-coverage-gauge>`));
    const image = await pixels(await snapshot(el));
    expect(luminance(image.data, 0)).to.be.below(0.15);
    const last = image.data.length - 4;
    expect(luminance(image.data, last)).to.be.below(0.15);
    expect(inked(image)).to.be.above(2000);
  });

  it('names the file after the tag and the indicator when no name is given', async () => {
    const byId = await settled(await fixture<IndicatorElement>(html`<dx-coverage-gauge .data=${MOBILE}></dx-coverage-gauge>`));
    await byId.download();
    const inline = await settled(
      await fixture<IndicatorElement>(
        html`<dx-coverage-gauge><script type="application/json">${JSON.stringify({ ...MOBILE, id: 'wired-internet-coverage' })}</script></dx-coverage-gauge>`,
      ),
    );
    await inline.download();
    const plain = await settled(
      await fixture<IndicatorElement>(html`<dx-coverage-gauge value="50" unit="%" label="Thử"></dx-coverage-gauge>`),
    );
    await plain.download();
    expect(downloads.names).to.deep.equal([
      'dx-coverage-gauge-mobile-coverage-villages.png',
      'dx-coverage-gauge-wired-internet-coverage.png',
      'dx-coverage-gauge-chi-so.png',
    ]);
  });

  it('saves <dx-stat> and <dx-target-progress> too', async () => {
    const stat = await settled(
      await fixture<IndicatorElement>(
        html`<dx-stat value="320000" unit="thuê bao" approx="nearly" label="Thuê bao điện thoại thông minh" as-of="2024"></dx-stat>`,
      ),
    );
    const progress = await settled(
      await fixture<IndicatorElement>(html`<dx-target-progress .data=${SMARTPHONES} now="2024-09-30"></dx-target-progress>`),
    );
    for (const el of [stat, progress]) {
      const blob = await el.download();
      const box = el.getBoundingClientRect();
      const image = await pixels(blob);
      expect(blob.type).to.equal('image/png');
      expect(Math.abs(image.width - box.width * 2)).to.be.at.most(1);
      expect(Math.abs(image.height - box.height * 2)).to.be.at.most(1);
      expect(inked(image)).to.be.above(500);
    }
    expect(downloads.names).to.deep.equal(['dx-stat-chi-so.png', 'dx-target-progress-adults-with-smartphone.png']);
  });

  it("draws each element in a document of its own, where every clip path is found once: no card clips with another card's", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="display: flex; gap: 8px; align-items: start">
        <dx-stat style="width: 180px" .data=${SMARTPHONES}></dx-stat>
        <dx-stat style="width: 320px" .data=${{ ...SMARTPHONES, value: 100 }}></dx-stat>
        <dx-coverage-gauge style="width: 200px" .data=${{ ...MOBILE, target: { value: 100, by: '2025' } }}></dx-coverage-gauge>
        <dx-coverage-gauge style="width: 260px" shape="ring" .data=${{ ...MOBILE, target: { value: 100, by: '2025' } }}></dx-coverage-gauge>
      </div>`,
    );
    const [narrow, wide, half, ring] = await Promise.all([...page.children].map((el) => settled(el as IndicatorElement)));
    expect(references(await drawnDocument(narrow))).to.deep.equal({ 'on-line': 1 });
    expect(references(await drawnDocument(wide))).to.deep.equal({ 'on-line': 1 });
    expect(references(await drawnDocument(half))).to.deep.equal({ 'on-semicircle': 1 });
    expect(references(await drawnDocument(ring))).to.deep.equal({});
    // A board has no download() of its own (the builder says so): its cards are elements of
    // their own, and a snapshot of it holds none of their drawings, so none of their clip paths.
    const board = await settled(
      await fixture<Board>(
        html`<dx-board .data=${{ indicators: [SMARTPHONES, { ...SMARTPHONES, id: 'b', value: 100 }, MOBILE] }}></dx-board>`,
      ),
    );
    expect('download' in board).to.equal(false);
    expect(references(await drawnDocument(board))).to.deep.equal({});
  });

  it('turns :host selectors, with nested parentheses, into a class on the stand-in wrapper', () => {
    expect(hostless(":host { color: red } :host([theme='dark']) .a { x: y } :host(:not([theme='light'])) b {}")).to.equal(
      ".dx-snapshot-host { color: red } .dx-snapshot-host[theme='dark'] .a { x: y } .dx-snapshot-host:not([theme='light']) b {}",
    );
  });
});
