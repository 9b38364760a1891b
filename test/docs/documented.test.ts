// Docs that cannot drift: every part an element renders and every `--dx-*` custom property
// its styles read is documented (JSDoc `@csspart` / `@cssprop` → custom-elements.json →
// docs/elements/*.md and the editors' data). Each element is drawn in the states that show
// its optional parts: loading, ready with every field, error, stale, and its variants.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

import '../../src/index.js';

import { freshFeed, settled } from '../support/helpers.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
type Widget = LitElement & { data: unknown; state: string };

const SOURCE = { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu', url: 'https://example.gov.vn/' };
const GAUGE = {
  label: 'Hộ gia đình dùng cáp quang',
  unit: '%',
  value: 41.5,
  asOf: '2024',
  source: SOURCE,
  note: 'Ước tính.',
  count: { part: 43391, whole: 104563, unit: 'hộ' },
  target: { value: 80, by: '2025-12-31' },
};
const PROGRESS = {
  label: 'Người trưởng thành có điện thoại thông minh',
  unit: '%',
  value: 60,
  asOf: '2024',
  source: SOURCE,
  note: 'Ước tính.',
  baseline: { value: 10, asOf: '2020' },
  series: [
    { asOf: '2022', value: 30 },
    { asOf: '2023', value: 45 },
  ],
  target: { value: 85, by: '2025-12-31' },
};
const STAT = {
  label: 'Thuê bao điện thoại thông minh',
  unit: 'thuê bao',
  value: 320000,
  approx: 'about',
  asOf: '2024',
  source: SOURCE,
  note: 'Ước tính.',
  series: [
    { asOf: '2022', value: 290000 },
    { asOf: '2023', value: 307600 },
  ],
  target: { value: 500000, by: '2025' },
};
const RANKING = {
  label: 'Chỉ số chuyển đổi số',
  unit: '%',
  value: 82,
  asOf: '2024',
  source: SOURCE,
  note: 'Xếp hạng năm 2024.',
  area: { code: '06', name: 'Bắc Kạn' },
  benchmarks: [{ label: 'Trung bình cả nước', value: 79.13 }],
  areas: Array.from({ length: 20 }, (_, i) => ({ code: String(i + 1).padStart(2, '0'), name: `Tỉnh ${i + 1}`, value: 90 - i })),
};
const RANK_ONLY = { ...RANKING, areas: undefined, rank: { position: 7, of: 63 } };
/** Twenty of the 63 units with figures, the rest hatched. */
const MAPPED = {
  ...RANKING,
  value: undefined,
  areas: ['01', '02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '22', '24', '25', '26', '27', '30', '31'].map(
    (code, i) => ({ code, value: 90 - i }),
  ),
};

/** Each element in the states that show its optional parts. */
const CASES: Record<string, TemplateResult[]> = {
  'dx-coverage-gauge': [html`<dx-coverage-gauge .data=${GAUGE} low="30" high="70"></dx-coverage-gauge>`],
  'dx-target-progress': [
    html`<dx-target-progress .data=${PROGRESS} now="2024-10-01"></dx-target-progress>`,
    html`<dx-target-progress .data=${PROGRESS} now="2024-10-01" variant="inline"></dx-target-progress>`,
  ],
  'dx-stat': [html`<dx-stat .data=${STAT}></dx-stat>`],
  'dx-province-rank': [
    html`<dx-province-rank .data=${RANKING} highlight="06" limit="5"></dx-province-rank>`,
    html`<dx-province-rank .data=${RANK_ONLY}></dx-province-rank>`,
  ],
  'dx-province-map': [html`<dx-province-map .data=${MAPPED} highlight="06"></dx-province-map>`],
  'dx-trend': [html`<dx-trend .data=${PROGRESS} now="2024-10-01"></dx-trend>`],
  'dx-board': [html`<dx-board src=${freshFeed()} loading="eager" now="2024-10-01"></dx-board>`],
};

/** The part names in an element's shadow root (not its cards': they are theirs). */
const partsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));

/** The `--dx-*` properties its styles read. */
const propertiesOf = (el: Element) => {
  const styles = (el.constructor as typeof LitElement).elementStyles.map((style) => ('cssText' in style ? style.cssText : ''));
  return [
    ...new Set(
      styles
        .join('\n')
        .match(/var\(\s*--dx-[a-z0-9-]+/g)
        ?.map((use) => use.replace(/^var\(\s*/, '')),
    ),
  ];
};

describe('what the elements render is documented', () => {
  let declarations: Declaration[];
  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  });
  const documented = (tag: string) => declarations.find((d) => d.tagName === tag)!;

  for (const [tag, templates] of Object.entries(CASES)) {
    it(`<${tag}>: every rendered part, in loading, ready, error and stale states`, async () => {
      const seen = new Set<string>();
      for (const template of templates) {
        const el = await fixture<Widget>(template);
        partsOf(el).forEach((name) => seen.add(name));
        await settled(el);
        await nextFrame();
        partsOf(el).forEach((name) => seen.add(name));
        // Bad input after good figures: stale.
        const failed = oneEvent(el, 'dx-error');
        el.data = '{ not json';
        await failed;
        await el.updateComplete;
        partsOf(el).forEach((name) => seen.add(name));
      }
      // Before any figures: loading, then an error in place.
      const loading = await fixture<Widget>(html`<div>${document.createElement(tag)}</div>`).then((div) => div.firstElementChild as Widget);
      loading.setAttribute('src', '/feed/never-there.json');
      loading.setAttribute('loading', 'eager');
      await loading.updateComplete;
      partsOf(loading).forEach((name) => seen.add(name));
      await settled(loading);
      partsOf(loading).forEach((name) => seen.add(name));

      const parts = (documented(tag).cssParts ?? []).map((p) => p.name);
      for (const name of seen) expect(parts, `<${tag}> renders part="${name}": document it with @csspart`).to.include(name);
      for (const name of ['base', 'error', 'stale', 'loading']) expect(seen, `<${tag}> was not drawn in every state`).to.include(name);
    });

    it(`<${tag}>: every --dx-* custom property its styles read`, () => {
      const properties = (documented(tag).cssProperties ?? []).map((p) => p.name);
      const used = propertiesOf(document.createElement(tag));
      expect(used, tag).to.not.be.empty;
      for (const name of used) expect(properties, `<${tag}> reads ${name}: document it with @cssprop`).to.include(name);
    });
  }
});
