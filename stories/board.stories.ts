import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { column as columnOf, renderElement, type ElementArgs } from './support.js';

import '../src/dx-widgets.js';

/**
 * A whole feed in one tag. Args are the board's attributes plus the `data` property; the
 * controls and their descriptions come from custom-elements.json.
 */
interface BoardArgs extends ElementArgs {
  include?: string;
  exclude?: string;
  widgets?: string;
  now?: string;
  notation?: 'standard' | 'compact';
}

const render = renderElement<BoardArgs>('dx-board');

const column = columnOf(1000);

const meta: Meta<BoardArgs> = {
  title: 'Elements/dx-board',
  component: 'dx-board',
  decorators: [column],
  render,
  argTypes: {
    notation: { control: { type: 'radio' }, options: ['standard', 'compact'] },
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
    state: { control: false },
  },
};
export default meta;

type Story = StoryObj<BoardArgs>;

/** The Lai Châu 2024 feed with a title and a rank member. */
const feed = {
  title: { vi: 'Chuyển đổi số tỉnh Lai Châu năm 2024', en: 'Digital transformation in Lai Chau, 2024' },
  source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
  area: { code: '12', name: 'Lai Châu' },
  asOf: '2024',
  indicators: [
    {
      id: 'mobile-coverage-villages',
      label: { vi: 'Thôn, bản có sóng di động', en: 'Villages with mobile coverage' },
      unit: '%',
      value: 97.27,
    },
    {
      id: 'households-fiber-broadband',
      label: { vi: 'Hộ gia đình dùng cáp quang', en: 'Households with fibre' },
      unit: '%',
      value: 41.5,
      count: { part: 43391, whole: 104563, unit: 'hộ' },
    },
    {
      id: 'smartphone-subscriptions',
      label: { vi: 'Thuê bao điện thoại thông minh', en: 'Smartphone subscriptions' },
      unit: 'thuê bao',
      value: 320000,
      approx: 'nearly',
    },
    {
      id: 'adults-with-smartphone',
      label: { vi: 'Người trưởng thành có điện thoại thông minh', en: 'Adults with a smartphone' },
      unit: '%',
      value: 60,
      target: { value: 100, by: '2024-12-31' },
    },
    {
      id: 'dx-index',
      label: { vi: 'Chỉ số chuyển đổi số cấp tỉnh', en: 'Provincial DX index' },
      unit: '%',
      value: 61.2,
      rank: { position: 45, of: 63 },
      benchmarks: [{ label: { vi: 'Trung bình cả nước', en: 'National average' }, value: 65.4 }],
    },
  ],
};

/** Every member drawn by the element that fits it, the header said once. */
export const Ready: Story = { args: { data: feed, now: '2024-10-01' } };

/** Only the members named, in that order. */
export const Include: Story = { args: { data: feed, include: 'dx-index,mobile-coverage-villages', now: '2024-10-01' } };

/** A member drawn by another element than its content suggests. */
export const Widgets: Story = { args: { data: feed, widgets: 'mobile-coverage-villages:stat', notation: 'compact', now: '2024-10-01' } };

export const English: Story = { args: { data: feed, lang: 'en', now: '2024-10-01' } };

export const Dark: Story = { args: { data: feed, theme: 'dark', now: '2024-10-01' } };

/** A broken member errs in its own card; the rest draw. */
export const BrokenMember: Story = {
  args: { data: { ...feed, indicators: [...feed.indicators.slice(0, 2), { id: 'bad', label: 'Hỏng', unit: '%', value: 140 }] } },
};

/** Not a feed at all: the board says what is wrong. */
export const ErrorNotAFeed: Story = { args: { data: { title: 'x', indicators: 'none' } } };
