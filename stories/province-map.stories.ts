import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { LAYOUT_34, LAYOUT_63 } from '../src/data/provinces/layouts.js';
import { column as columnOf, darkPage, renderElement, type ElementArgs } from './support.js';

import '../src/province-map/dx-province-map.js';

/**
 * Args are the element's attributes by their attribute names, plus the `data` property;
 * controls come from custom-elements.json. The figures below are made up.
 */
interface MapArgs extends ElementArgs {
  indicator?: string;
  area?: string;
  highlight?: string;
  era?: string;
  label?: string;
  unit?: string;
  'as-of'?: string;
  source?: string;
  note?: string;
}

const render = renderElement<MapArgs>('dx-province-map');

const meta: Meta<MapArgs> = {
  title: 'Elements/dx-province-map',
  component: 'dx-province-map',
  decorators: [columnOf(640)],
  render,
  argTypes: {
    era: { control: { type: 'radio' }, options: ['', '63', '34'] },
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
    state: { control: false },
  },
};
export default meta;

type Story = StoryObj<MapArgs>;

/** Made-up values, all different; Bắc Kạn (06) comes 7th with 82%. */
const CODES_63 = LAYOUT_63.tiles.map((t) => t.code).sort();
const areas63 = CODES_63.map((code, i) => ({ code, value: 40 + ((37 * i + 8) % 63) * 0.75 }));

const base = {
  label: { vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình (số liệu minh hoạ)', en: 'Applications filed fully online (illustrative figures)' },
  unit: '%',
  asOf: '2024',
  area: { code: '06' },
  benchmarks: [{ label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 79.13 }],
  source: { name: 'Số liệu minh hoạ' },
};

/** The 63 units of 2024, codes only (names from the registry), Bắc Kạn highlighted. */
export const SixtyThreeUnits: Story = { args: { data: { ...base, areas: areas63 } } };

/** Two provinces without a figure: hatched, with a key in the legend. */
export const MissingFigures: Story = { args: { data: { ...base, areas: areas63.filter((a) => a.code !== '04' && a.code !== '20') } } };

/** After the merger: the 34 units from 1 July 2025; code 24 is now Bắc Ninh. */
export const ThirtyFourUnits: Story = {
  args: {
    data: {
      ...base,
      asOf: '2025-12-31',
      area: { code: '24' },
      areas: LAYOUT_34.tiles.map((t, i) => ({ code: t.code, value: 60 + ((i * 7) % 34) })),
    },
  },
};

/** `direction: "down"`: fewer days is better, so the fewest days get the strongest shade. */
export const LowerIsBetter: Story = {
  args: {
    data: {
      ...base,
      label: 'Thời gian giải quyết hồ sơ trung bình (minh hoạ)',
      unit: 'ngày',
      direction: 'down',
      benchmarks: [{ label: 'Trung bình cả nước', value: 4.2 }],
      areas: CODES_63.map((code, i) => ({ code, value: 1 + ((i * 11) % 63) / 10 })),
    },
  },
};

/** A phone column: the words under the map. */
export const Phone: Story = { args: { data: { ...base, areas: areas63 } }, decorators: [columnOf(320)] };

/** English: "Bac Kan: 82% · 7th of 63". */
export const English: Story = { args: { data: { ...base, areas: areas63 }, lang: 'en' } };

/** `theme="dark"` on a dark page: the shades run from violet to yellow, brighter for better. */
export const DarkTheme: Story = {
  args: { data: { ...base, areas: areas63 }, theme: 'dark' },
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
};

/** Codes of the 63 units in a document dated after the merger. */
export const ErrorWrongEra: Story = {
  name: 'Error: codes of the other era',
  args: { data: { ...base, asOf: '2025-12-31', areas: areas63.slice(0, 20) } },
};
