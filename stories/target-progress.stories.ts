import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import { column as columnOf, darkPage, renderElement, type ElementArgs } from './support.js';

import '../src/target-progress/dx-target-progress.js';

/**
 * Args are the element's attributes by their attribute names, plus the `data` property;
 * controls and descriptions come from custom-elements.json. Every story fixes `now`
 * so the time left and the status do not drift with the calendar.
 */
interface ProgressArgs extends ElementArgs {
  indicator?: string;
  value?: string;
  label?: string;
  unit?: string;
  'as-of'?: string;
  approx?: string;
  target?: string;
  by?: string;
  direction?: 'up' | 'down';
  now?: string;
  variant?: 'block' | 'inline';
}

const render = renderElement<ProgressArgs>('dx-target-progress');

const column = columnOf(360);

const meta: Meta<ProgressArgs> = {
  title: 'Elements/dx-target-progress',
  component: 'dx-target-progress',
  decorators: [column],
  render,
  args: { now: '2024-10-01' },
  argTypes: {
    variant: { control: { type: 'radio' }, options: ['block', 'inline'] },
    direction: { control: { type: 'radio' }, options: ['up', 'down'] },
    approx: { control: { type: 'select' }, options: ['about', 'over', 'under', 'nearly'] },
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
  },
};
export default meta;

type Story = StoryObj<ProgressArgs>;

const source = { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' };

/** 40% in 2023, 60% in 2024, 100% by the end of 2024. */
const smartphones = {
  label: { vi: 'Người trưởng thành có điện thoại thông minh', en: 'Adults with a smartphone' },
  unit: '%',
  value: 60,
  asOf: '2024',
  baseline: { value: 40, asOf: '2023' },
  target: { value: 100, by: '2024-12-31' },
  source,
};

/** The pace from 2023 to 2024 reaches 70% by the deadline: behind, with the projection outlined. */
export const Behind: Story = { args: { data: smartphones } };

/** The same pace against a 70% target: on track. */
export const OnTrack: Story = { args: { data: { ...smartphones, target: { value: 70, by: '2024' } } } };

/** A series of yearly figures, fitted by least squares and carried to 2026. */
export const FromSeries: Story = {
  args: {
    data: {
      ...smartphones,
      baseline: undefined,
      series: [
        { asOf: '2021', value: 30 },
        { asOf: '2022', value: 40 },
        { asOf: '2023', value: 50 },
      ],
      target: { value: 80, by: '2026' },
    },
  },
};

/** Past the target: achieved, with the overshoot shown past the target mark. */
export const AchievedWithOvershoot: Story = { args: { data: { ...smartphones, value: 95, target: { value: 90, by: '2024' } } } };

/** The deadline has passed short of the target. */
export const Overdue: Story = { args: { data: smartphones, now: '2025-03-01' } };

/** From the shared feed: one dated figure is too few to judge the pace. */
export const NotEnoughHistory: Story = { args: { src: 'fixtures/lai-chau-2024.json', indicator: 'adults-with-smartphone' } };

/** A target with no figure yet: never a 0% bar. */
export const NoFigureYet: Story = { args: { src: 'fixtures/lai-chau-2024.json', indicator: 'population-e-payment' } };

/** Lower is better: paper records from 50% (2022) to 30% (2024), target 10% by 2025. */
export const DownTarget: Story = {
  args: {
    data: {
      label: 'Hồ sơ còn nộp bằng giấy',
      unit: '%',
      direction: 'down',
      value: 30,
      asOf: '2024',
      baseline: { value: 50, asOf: '2022' },
      target: { value: 10, by: '2025' },
    },
  },
};

/** The source's hedge, kept: "khoảng 90%". */
export const Approx: Story = {
  args: { value: '90', approx: 'about', unit: '%', target: '90', by: '2025', label: 'Người dân có tài khoản định danh điện tử' },
};

/** A unit other than percent: "2.250/3.000 tổ", "còn 750 tổ". */
export const Units: Story = { args: { value: '2250', unit: 'tổ', target: '3000', by: '2025-06-30', label: 'Tổ công nghệ số cộng đồng' } };

const paragraph: Decorator = (story) =>
  html`<p lang="vi" style="max-width: 600px; line-height: 1.6">Tỷ lệ người trưởng thành có điện thoại thông minh ${story()} theo Sở TT&TT Lai Châu.</p>`;

/** `variant="inline"`: one line inside a sentence. */
export const Inline: Story = { args: { data: smartphones, variant: 'inline' }, decorators: [paragraph] };

/** `lang="en"`. */
export const English: Story = { args: { data: smartphones, lang: 'en' } };

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  args: { data: smartphones, theme: 'dark' },
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
};

/** No target at all: the error names `target`. */
export const ErrorNoTarget: Story = {
  name: 'Error: no target',
  args: { value: '60', unit: '%', label: 'Người trưởng thành có điện thoại thông minh' },
};
