// Type-checked by `tsc --noEmit` (never run): the element classes' own property types, which
// the generated JSX types (`dx-widgets/jsx`, `dx-widgets/react`; scripts/build-editor-data.js)
// refer to as `CoverageGauge["shape"]` and so on. The generated files themselves are checked
// in a fresh React 19 app by scripts/check-consumer.js.
import type { LitElement } from 'lit';

// In an application: `from 'dx-widgets'`, which is this module.
import type {
  Board,
  CoverageGauge,
  IndicatorErrorDetail,
  IndicatorLoadDetail,
  ProvinceRank,
  StatElement,
  TargetProgress,
} from '../../src/index.js';

/** A dx-* element's own settable properties, plus its two events as React 19 props. */
export type DxElementProps<E extends LitElement> = Partial<Omit<E, keyof LitElement | 'state' | 'download'>> & {
  'ondx-load'?: (event: CustomEvent<IndicatorLoadDetail>) => void;
  'ondx-error'?: (event: CustomEvent<IndicatorErrorDetail>) => void;
};

export const gauge: DxElementProps<CoverageGauge> = {
  data: { label: 'Sóng di động', unit: '%', value: 97.27 },
  indicator: 'mobile-coverage-villages',
  shape: 'ring',
  asOf: '2024',
  theme: 'dark',
  'ondx-load': (event) => event.detail.indicator.value,
  'ondx-error': (event) => event.detail.errors.map((error) => error.message.vi),
};
export const stat: DxElementProps<StatElement> = { src: '/feed.json', indicator: 'smartphone-subscriptions', notation: 'compact' };
export const progress: DxElementProps<TargetProgress> = { variant: 'inline', now: '2024-10-01' };
export const rank: DxElementProps<ProvinceRank> = { highlight: '12', limit: 10 };
export const board: DxElementProps<Board> = { src: '/feed.json', widgets: 'stat' };

// @ts-expect-error -- a misspelt property is caught
export const misspelt: DxElementProps<CoverageGauge> = { shpe: 'ring' };
// @ts-expect-error -- `shape` takes only the documented values
export const badShape: DxElementProps<CoverageGauge> = { shape: 'square' };
// @ts-expect-error -- `state` is the element's to set, not a prop
export const state: DxElementProps<CoverageGauge> = { state: 'ready' };
// @ts-expect-error -- lit's own API is not a prop
export const litApi: DxElementProps<CoverageGauge> = { renderRoot: document.body };

// The tag map that comes with each element module: DOM lookups are typed by tag name.
export const made: CoverageGauge = document.createElement('dx-coverage-gauge');
export const found: StatElement | null = document.querySelector('dx-stat');
export const boards: NodeListOf<Board> = document.querySelectorAll('dx-board');
