import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { column as columnOf, darkPage, renderElement, type ElementArgs } from './support.js';

import '../src/trend/dx-trend.js';

import fibrePlan from '../demo/data/fibre-plan.json';
import { phones } from './examples.js';

/**
 * Args are the element's attributes by their attribute names (`y-max`, `as-of`), plus the
 * `data` property; the controls and their descriptions come from custom-elements.json.
 */
interface TrendArgs extends ElementArgs {
  indicator?: string;
  'y-max'?: string;
  now?: string;
}

const render = renderElement<TrendArgs>('dx-trend');

const meta: Meta<TrendArgs> = {
  title: 'Elements/dx-trend',
  component: 'dx-trend',
  decorators: [columnOf(640)],
  render,
  argTypes: {
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
    state: { control: false },
  },
};
export default meta;

type Story = StoryObj<TrendArgs>;

/** Households with fibre broadband: a plan of dated targets, the pace carried to the next; the demo's example (demo/data/fibre-plan.json). */
export const Plan: Story = { args: { data: fibrePlan, now: '2023-06-01' } };

/** The same in English. */
export const English: Story = { args: { data: fibrePlan, now: '2023-06-01', lang: 'en' } };

/** A count from 0, as news readers need it: "gần 320.000 thuê bao". */
export const Count: Story = {
  args: {
    data: phones,
  },
};

/** Lower is better: paper records falling toward 10%. */
export const Down: Story = {
  args: {
    data: {
      label: 'Hồ sơ còn nộp bằng giấy',
      unit: '%',
      direction: 'down',
      value: 30,
      asOf: '2024',
      series: [
        { asOf: '2021', value: 55 },
        { asOf: '2022', value: 45 },
      ],
      target: { value: 10, by: '2025' },
    },
    now: '2024-10-01',
  },
};

/** Monthly figures: the axis writes "tháng 6/2024". */
export const Monthly: Story = {
  args: {
    data: {
      label: 'Giao dịch không dùng tiền mặt',
      unit: '%',
      value: 48,
      asOf: '2024-12',
      series: [
        { asOf: '2024-01', value: 31 },
        { asOf: '2024-04', value: 36 },
        { asOf: '2024-08', value: 42 },
      ],
    },
    'y-max': '60',
  },
};

export const Dark: Story = { args: { data: fibrePlan, now: '2023-06-01', theme: 'dark' }, decorators: [darkPage] };
