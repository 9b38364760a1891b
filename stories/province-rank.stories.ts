import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { column as columnOf, darkPage, renderElement, type ElementArgs } from './support.js';

import '../src/province-rank/dx-province-rank.js';

/**
 * Args are the element's attributes by their attribute names, plus the `data` property;
 * controls come from custom-elements.json. The figures below are made up.
 */
interface RankArgs extends ElementArgs {
  indicator?: string;
  area?: string;
  highlight?: string;
  limit?: string;
  era?: string;
  now?: string;
  label?: string;
  unit?: string;
  'as-of'?: string;
  source?: string;
  note?: string;
}

const render = renderElement<RankArgs>('dx-province-rank');

const column = columnOf(480);

const meta: Meta<RankArgs> = {
  title: 'Elements/dx-province-rank',
  component: 'dx-province-rank',
  decorators: [column],
  render,
  argTypes: {
    era: { control: { type: 'radio' }, options: ['', '63', '34'] },
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
    state: { control: false },
  },
};
export default meta;

type Story = StoryObj<RankArgs>;

/** The 63 codes in force until 30 June 2025, and the 34 from 1 July 2025. */
const CODES_63 =
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'.split(
    ' ',
  );
const CODES_34 = '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96'.split(' ');

/** Made-up values, all different; Bắc Kạn (06) comes 7th with 82%. */
const areas63 = CODES_63.map((code, i) => ({ code, value: 40 + ((37 * i + 8) % 63) * 0.75 }));

const national = { label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 79.13 };

const base = {
  label: { vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình (số liệu minh hoạ)', en: 'Applications filed fully online (illustrative figures)' },
  unit: '%',
  asOf: '2024',
  area: { code: '06' },
  benchmarks: [national],
  source: { name: 'Số liệu minh hoạ' },
};

/** 63 provinces, codes only: the names come from the registry for 2024 (the 63 units). */
export const AllProvinces: Story = { args: { data: { ...base, areas: areas63 } } };

/** `limit="10"` with Bắc Kạn inside the top 10, and a button to show all 63. */
export const TopTen: Story = { args: { data: { ...base, areas: areas63 }, limit: '10' } };

/** `limit="5"`: Bắc Kạn (7th) is outside the top 5, shown after a gap marker. */
export const HighlightOutsideTopN: Story = { args: { data: { ...base, areas: areas63 }, limit: '5' } };

/** `highlight` picks another province than the document's own area. */
export const HighlightAttribute: Story = { args: { data: { ...base, areas: areas63 }, limit: '10', highlight: '94' } };

/** Rank only: what most articles have, "thứ 7/63" on a strip of 63 slots. */
export const RankOnly: Story = {
  args: { data: { ...base, area: { code: '06', name: 'Bắc Kạn' }, value: 82, rank: { position: 7, of: 63 } } },
};

/** A plan's rank goals (Thái Nguyên's: the 15 leading provinces by 2025, the 10 leading by 2030), judged on `now`. */
export const RankGoals: Story = {
  args: {
    data: {
      ...base,
      area: { code: '19', name: 'Thái Nguyên' },
      value: 80,
      rank: {
        position: 18,
        of: 63,
        target: [
          { top: 15, by: '2025' },
          { top: 10, by: '2030', label: 'Kế hoạch chuyển đổi số' },
        ],
      },
    },
    now: '2025-06-01',
  },
};

/** Only the goal is known, before any ranking is published: the goal alone, no rank. */
export const GoalOnly: Story = {
  args: { data: { ...base, area: { code: '19', name: 'Thái Nguyên' }, rank: { of: 63, target: { top: 15, by: '2025' } } } },
};

/** After the merger: 34 units from 1 July 2025; code 24 is now Bắc Ninh. */
export const ThirtyFourUnits: Story = {
  args: {
    data: { ...base, asOf: '2025-12-31', area: { code: '24' }, areas: CODES_34.map((code, i) => ({ code, value: 60 + ((i * 7) % 34) })) },
  },
};

/** `direction: "down"`: fewer days is better, ranked ascending. */
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
    limit: '10',
  },
};

/** Equal values share a rank: 1, 2, 2, 4. */
export const Ties: Story = {
  args: {
    data: {
      ...base,
      areas: [
        { code: '01', value: 90 },
        { code: '06', value: 80 },
        { code: '12', value: 80 },
        { code: '79', value: 70 },
      ],
    },
  },
};

/** 10,000 communes: the chart shows the top 10 and the highlighted one; "Xem bảng" lists them all. */
export const TenThousandAreas: Story = {
  args: {
    data: {
      label: 'Xã có điểm truy cập Internet công cộng (minh hoạ)',
      unit: '%',
      asOf: '2024',
      area: { code: 'X4321' },
      benchmarks: [{ label: 'Trung bình', value: 49.5 }],
      areas: Array.from({ length: 10000 }, (_, i) => ({ code: `X${i}`, name: `Xã ${i + 1}`, value: ((i * 7919) % 10000) / 100 })),
    },
  },
};

/** English: "Bac Kan ranks 7th of 63". */
export const English: Story = { args: { data: { ...base, areas: areas63 }, limit: '10', lang: 'en' } };

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  args: { data: { ...base, areas: areas63 }, limit: '10', theme: 'dark' },
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
};

/** Neither `areas` nor `rank`: nothing to rank. */
export const ErrorNothingToRank: Story = {
  name: 'Error: no areas or rank',
  args: { data: { ...base, value: 82 } },
};

/** `highlight` names a code that is not in the list. */
export const ErrorUnknownHighlight: Story = {
  name: 'Error: highlight not in areas',
  args: { data: { ...base, areas: areas63 }, highlight: '65' },
};
