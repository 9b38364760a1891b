import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { column as columnOf, darkPage, renderElement, type ElementArgs } from './support.js';

import '../src/stat/dx-stat.js';

import { phones, source } from './examples.js';

/**
 * Args are the element's attributes by their attribute names (`as-of`, `source-url`),
 * plus the `data` property; the controls and their descriptions come from
 * custom-elements.json. `onDxLoad` / `onDxError` log the events in the Actions panel.
 */
interface StatArgs extends ElementArgs {
  indicator?: string;
  area?: string;
  value?: string;
  label?: string;
  unit?: string;
  'as-of'?: string;
  source?: string;
  'source-url'?: string;
  approx?: string;
  target?: string;
  note?: string;
  notation?: 'standard' | 'compact';
  direction?: 'up' | 'down';
}

const render = renderElement<StatArgs>('dx-stat');

const column = columnOf(360);

const meta: Meta<StatArgs> = {
  title: 'Elements/dx-stat',
  component: 'dx-stat',
  decorators: [column],
  render,
  argTypes: {
    notation: { control: { type: 'radio' }, options: ['standard', 'compact'] },
    direction: { control: { type: 'radio' }, options: ['up', 'down'] },
    approx: { control: { type: 'select' }, options: ['about', 'over', 'under', 'nearly'] },
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
    state: { control: false },
  },
};
export default meta;

type Story = StoryObj<StatArgs>;

/** Everything from plain attributes: "gần 320.000 thuê bao". */
export const Ready: Story = {
  args: {
    value: '320000',
    unit: 'thuê bao',
    approx: 'nearly',
    label: 'Thuê bao điện thoại thông minh',
    'as-of': '2024',
    source: source.name,
  },
};

/** A history: the sparkline and "▲ +12.400 so với năm 2023". */
export const Series: Story = {
  args: { data: phones },
};

/** A target: the progress line and "đạt 64% mục tiêu (…)". */
export const Target: Story = {
  args: { data: { ...phones, target: { value: 500000, by: '2025-12-31' } } },
};

/** Large numbers as the news writes them: "gần 320 nghìn thuê bao". */
export const Compact: Story = {
  args: { data: { ...phones, target: { value: 500000, by: '2025-12-31' } }, notation: 'compact' },
};

/** Money: "405 triệu đồng" with notation="compact". */
export const CompactMoney: Story = {
  args: { value: '405000000', unit: 'đồng', label: 'Tiền ngăn chặn lừa đảo được trả lại', 'as-of': '2024', notation: 'compact' },
};

/** A percentage with the counts behind it and a change in percentage points. */
export const PercentageWithCount: Story = {
  args: {
    data: {
      label: { vi: 'Hộ gia đình dùng Internet cáp quang', en: 'Households with fibre broadband' },
      unit: '%',
      value: 45.7,
      asOf: '2024',
      count: { part: 43391, whole: 104563, unit: 'hộ' },
      series: [
        { asOf: '2022', value: 38 },
        { asOf: '2023', value: 41.5 },
      ],
      source,
    },
  },
};

/** Lower is better (`direction: "down"`): a rise is shown as bad, still ▲. */
export const DirectionDown: Story = {
  args: {
    data: {
      label: 'Vụ lừa đảo qua mạng được báo cáo',
      unit: 'vụ',
      value: 140,
      asOf: '2024',
      direction: 'down',
      series: [
        { asOf: '2022', value: 90 },
        { asOf: '2023', value: 120 },
      ],
    },
  },
};

/** The shared example feed, one member picked by `indicator`. */
export const FromSrc: Story = {
  args: { src: 'fixtures/lai-chau-2024.json', indicator: 'smartphone-subscriptions' },
};

/** `lang="en"`: "nearly 320 thousand", "+12.4 thousand since 2023". */
export const English: Story = {
  args: { data: { ...phones, target: { value: 500000, by: '2025-12-31' } }, notation: 'compact', lang: 'en' },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  args: { data: { ...phones, target: { value: 500000, by: '2025-12-31' } }, theme: 'dark' },
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
};

/** An indicator with no value (a target alone): the element names `value`. */
export const ErrorNoValue: Story = {
  name: 'Error: no value',
  args: { data: { label: 'Dân số có tài khoản thanh toán điện tử', unit: '%', target: { value: 50, by: '2024-12-31' } } },
};

/** A value dated before the end of its own series. */
export const ErrorOlderThanSeries: Story = {
  name: 'Error: value older than series',
  args: { data: { ...phones, asOf: '2022' } },
};
