import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

import { column as columnOf, darkPage, renderElement, type ElementArgs } from './support.js';

import '../src/coverage-gauge/dx-coverage-gauge.js';

/**
 * Args are the element's attributes by their attribute names (`as-of`, `source-url`),
 * plus the `data` property; the controls and their descriptions come from
 * custom-elements.json. `onDxLoad` / `onDxError` log the events in the Actions panel.
 */
interface GaugeArgs extends ElementArgs {
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
  shape?: 'semicircle' | 'ring';
  min?: string;
  max?: string;
  low?: string;
  high?: string;
  /** Inline `<script type="application/json">` child (not an attribute; for the inline-JSON story). */
  inlineJson?: unknown;
}

const render = renderElement<GaugeArgs>('dx-coverage-gauge', ({ inlineJson }) =>
  inlineJson === undefined ? nothing : html`<script type="application/json">${JSON.stringify(inlineJson)}</script>`,
);

/**
 * The widths the gauge meets in articles: a column, not the whole screen. And a
 * Vietnamese page: Storybook's own frame is `<html lang="en">`, which the element would
 * otherwise follow; the `lang` control on the element still wins.
 */
const column = columnOf(360);

const meta: Meta<GaugeArgs> = {
  title: 'Elements/dx-coverage-gauge',
  component: 'dx-coverage-gauge',
  decorators: [column],
  render,
  argTypes: {
    // The manifest gives these as type names (`GaugeShape`) or plain strings.
    shape: { control: { type: 'radio' }, options: ['semicircle', 'ring'] },
    approx: { control: { type: 'select' }, options: ['about', 'over', 'under', 'nearly'] },
    lang: { control: { type: 'radio' }, options: ['vi', 'en'] },
    data: { control: { type: 'object' } },
    // Reflected by the element; setting it from outside means nothing.
    state: { control: false },
    inlineJson: { control: { type: 'object' }, table: { category: 'story', type: { summary: 'inline <script type="application/json">' } } },
  },
};
export default meta;

type Story = StoryObj<GaugeArgs>;

/** One indicator in the data format: households with fibre broadband in Lai Châu, 2024. */
const fibre = {
  id: 'households-fiber-broadband',
  label: { vi: 'Hộ gia đình dùng Internet băng rộng cáp quang', en: 'Households with fibre broadband' },
  unit: '%',
  value: 41.5,
  count: { part: 43391, whole: 104563, unit: 'hộ' },
  asOf: '2024',
  area: { code: '12', name: 'Lai Châu' },
  source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
};

/** A collection: shared source, area and date, several indicators. */
const collection = {
  source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
  area: { code: '12', name: 'Lai Châu' },
  asOf: '2024',
  indicators: [
    {
      id: 'mobile-coverage-villages',
      label: { vi: 'Thôn, bản, tổ dân phố có sóng di động', en: 'Villages with mobile coverage' },
      unit: '%',
      value: 97.27,
    },
    fibre,
  ],
};

// --- Ready -------------------------------------------------------------------

/** Everything from plain attributes: no document at all. */
export const Ready: Story = {
  args: {
    value: '97.27',
    unit: '%',
    label: 'Thôn, bản, tổ dân phố có sóng di động',
    'as-of': '2024',
    source: 'Sở Thông tin và Truyền thông tỉnh Lai Châu',
    'source-url': 'https://example.org/so-lieu',
  },
};

/** The indicator given as an object through the `data` property (no inline JSON, no `src`). */
export const DataProperty: Story = {
  args: { data: { ...collection.indicators[0], asOf: '2024', source: collection.source } },
};

/** The document as an inline `<script type="application/json">` child. */
export const InlineJson: Story = {
  args: { inlineJson: { ...fibre, count: undefined, value: 97.27, label: 'Thôn, bản có sóng di động' } },
};

/** A collection fetched from `src` (served from test/fixtures), one member picked by `indicator`. */
export const FromSrc: Story = {
  args: { src: 'fixtures/lai-chau-2024.json', indicator: 'wireless-internet-coverage' },
};

/** The source's hedge, shown as a word before the figure: "trên 76%". */
export const Approx: Story = {
  args: { value: '76', unit: '%', approx: 'over', label: 'Người dân có danh tính số', 'as-of': '2024' },
};

/** The counts behind the percentage: 43.391/104.563 hộ. */
export const Count: Story = {
  args: { data: fibre },
};

/** A target line and mark: 60% now, 100% by the end of 2024. */
export const Target: Story = {
  args: {
    data: {
      label: { vi: 'Người trưởng thành có điện thoại thông minh', en: 'Adults with a smartphone' },
      unit: '%',
      value: 60,
      target: { value: 100, by: '2024-12-31' },
      asOf: '2024',
      source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
    },
  },
};

/** `low` and `high` bands, as in `<meter>`: 41.5% is "mức thấp" below 50. */
export const Bands: Story = {
  args: { data: fibre, low: '50', high: '90' },
};

/** The ring shape. */
export const Ring: Story = {
  args: { data: fibre, shape: 'ring' },
};

/** A target with no figure yet: the gauge shows the target and says there is no figure. */
export const NoFigureYet: Story = {
  args: {
    data: {
      label: { vi: 'Dân số có tài khoản thanh toán điện tử', en: 'Population with an e-payment account' },
      unit: '%',
      target: { value: 50, by: '2024-12-31' },
      asOf: '2024',
      source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
    },
  },
};

/** `lang="en"`: the English label and English number and date formats. */
export const English: Story = {
  args: { data: { ...fibre, target: { value: 80, by: '2025-12-31' } }, lang: 'en' },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  args: { data: { ...fibre, target: { value: 80, by: '2025-12-31' } }, theme: 'dark' },
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
};

// --- Errors --------------------------------------------------------------------

/** A comma in a number attribute is refused: "97,27" could be read two ways. */
export const ErrorInvalidValue: Story = {
  name: 'Error: invalid value "97,27"',
  args: { value: '97,27', unit: '%', label: 'Thôn, bản có sóng di động' },
};

/** A percentage above 100. */
export const ErrorPercentOver100: Story = {
  name: 'Error: 120%',
  args: { value: '120', unit: '%', label: 'Thôn, bản có sóng di động' },
};

/** `indicator` names no member of the collection; the message lists those there are. */
export const ErrorUnknownIndicator: Story = {
  name: 'Error: unknown indicator',
  args: { data: collection, indicator: 'no-such-indicator' },
};

/** No `data`, inline JSON, `src` or `value`: nothing to show. */
export const ErrorNoData: Story = {
  name: 'Error: no data',
  args: {},
};

/** `src` that answers 404. */
export const ErrorNotFound: Story = {
  name: 'Error: src not found (404)',
  args: { src: 'fixtures/does-not-exist.json' },
};

// --- Loading -------------------------------------------------------------------

/** The URL this file's fetch stub never answers (until the request is aborted). */
const NEVER = 'never-answers.json';

/**
 * The placeholder shown while `src` is on its way. A static Storybook has no slow
 * server, so while this story is shown `fetch` for one made-up URL never answers
 * (other requests pass through). The element's own 10-second timeout still applies:
 * after it the story shows the timeout error, as a page would.
 */
export const Loading: Story = {
  args: { src: NEVER },
  beforeEach: () => {
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith(`/${NEVER}`)) return realFetch(input, init);
      const signal = init?.signal;
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    };
    return () => {
      window.fetch = realFetch;
    };
  },
};
