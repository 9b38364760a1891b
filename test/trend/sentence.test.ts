import { expect, fixture, html } from '@open-wc/testing';

import '../../src/trend/dx-trend.js';

import type { Trend } from '../../src/trend/trend.js';
import { part, settled } from '../support/helpers.js';

/**
 * The chart's sentence, its accessible name, for figures whose ends say little: a figure that
 * held, came back to where it was, or moved by less than its written digits; and dates of a day.
 */
const series = (...pairs: [string, number][]) => {
  const points = pairs.map(([asOf, value]) => ({ asOf, value }));
  const last = points[points.length - 1];
  return { label: 'Hộ có cáp quang', unit: '%', series: points, value: last.value, asOf: last.asOf };
};

async function sentence(data: unknown, lang = 'vi'): Promise<string> {
  const el = await settled(await fixture<Trend>(html`<dx-trend lang=${lang} .data=${data} now="2024-01-15"></dx-trend>`));
  return part(el, '[part="chart"]').getAttribute('aria-label')!;
}

describe('<dx-trend> sentence', () => {
  it('says a figure held from one date to another in words a reader would write, in vi and en', async () => {
    const held = series(['2020', 50], ['2021', 50], ['2022', 50]);
    expect(await sentence(held)).to.equal('giữ ở mức 50% từ năm 2020 đến năm 2022');
    expect(await sentence(held, 'en')).to.equal('held at 50% from 2020 to 2022');
  });

  it('says a day’s figure is "on" its day in English, as a year’s and a month’s are "in" theirs', async () => {
    expect(await sentence(series(['2024-01-01', 50], ['2024-01-02', 60]), 'en')).to.equal(
      'rose from 50% on 1 January 2024 to 60% on 2 January 2024',
    );
    expect(await sentence(series(['2024-01', 50], ['2024-02', 60]), 'en')).to.equal(
      'rose from 50% in January 2024 to 60% in February 2024',
    );
  });

  it('does not say a figure held where it moved between its ends: it names both ends', async () => {
    const back = series(['2020', 50], ['2021', 90], ['2022', 50]);
    expect(await sentence(back)).to.equal('50% năm 2020 và 50% năm 2022');
    expect(await sentence(back, 'en')).to.equal('50% in 2020 and 50% in 2022');
  });

  it('does not say a figure rose where its ends are written alike', async () => {
    expect(await sentence(series(['2020', 62.5], ['2021', 62.5004]))).to.equal('62,5% năm 2020 và 62,5% năm 2021');
    const tiny = { ...series(['2020', 1e-9], ['2021', 3e-9]), unit: undefined };
    expect(await sentence(tiny, 'en')).to.equal('< 0.001 in 2020 and < 0.001 in 2021');
  });
});
