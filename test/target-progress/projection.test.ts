import { expect } from '@open-wc/testing';

import { barScale } from '../../src/target-progress/bar-scale.js';
import {
  assess,
  dayNumber,
  deadlineDay,
  figureDay,
  fitLine,
  history,
  projectedFigure,
  timeSpan,
  type Assessable,
} from '../../src/target-progress/projection.js';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayNumber(y, m, d);
};

/** Adults with a smartphone, Lai Châu: 60% in 2024, 100% by the end of 2024. */
const SMARTPHONES: Assessable = { value: 60, asOf: '2024', direction: 'up', target: { value: 100, by: '2024-12-31' } };

describe('target-progress projection maths', () => {
  describe('days', () => {
    it('counts whole days from 1 January 1970, leap days included', () => {
      expect(dayNumber(1970, 1, 1)).to.equal(0);
      expect(day('2025-01-01') - day('2024-01-01')).to.equal(366);
      expect(dayNumber(2024, 3, 0)).to.equal(day('2024-02-29'));
    });

    it('places a figure at the middle of the period its date names', () => {
      expect(figureDay('2024')).to.equal(day('2024-07-01'));
      expect(figureDay('2024-06')).to.equal(day('2024-06-15'));
      expect(figureDay('2024-06-30')).to.equal(day('2024-06-30'));
    });

    it('places a deadline at the last day of the period its date names', () => {
      expect(deadlineDay('2024')).to.equal(day('2024-12-31'));
      expect(deadlineDay('2024-02')).to.equal(day('2024-02-29'));
      expect(deadlineDay('2025-12')).to.equal(day('2025-12-31'));
      expect(deadlineDay('2025-03-31')).to.equal(day('2025-03-31'));
    });
  });

  describe('fitLine', () => {
    it('passes exactly through points on a line and carries it on', () => {
      const line = fitLine([
        { day: 0, value: 10 },
        { day: 10, value: 20 },
        { day: 20, value: 30 },
      ])!;
      expect(line(30)).to.be.closeTo(40, 1e-9);
    });

    it('is the least-squares line through scattered points', () => {
      // Mean day 1, mean value 2/3, slope 1/2.
      const line = fitLine([
        { day: 0, value: 0 },
        { day: 1, value: 1 },
        { day: 2, value: 1 },
      ])!;
      expect(line(1)).to.be.closeTo(2 / 3, 1e-9);
      expect(line(3)).to.be.closeTo(2 / 3 + 1, 1e-9);
    });

    it('refuses to guess from one point, or from points all on one day', () => {
      expect(fitLine([])).to.equal(undefined);
      expect(fitLine([{ day: 5, value: 1 }])).to.equal(undefined);
      expect(
        fitLine([
          { day: 5, value: 1 },
          { day: 5, value: 2 },
        ]),
      ).to.equal(undefined);
    });
  });

  describe('history', () => {
    it('places a year’s figure in place of its last month at that month, so the pace runs forward', () => {
      const series = Array.from({ length: 11 }, (_, i) => ({ asOf: `2022-${String(i + 1).padStart(2, '0')}`, value: 50 + i }));
      const points = history({ value: 62, asOf: '2022', series });
      expect(points).to.have.length(11);
      expect(points[10]).to.deep.equal({ day: day('2022-11-15'), value: 62 });
    });

    it('takes the series, the baseline before it and the current value after it', () => {
      const points = history({
        baseline: { value: 10, asOf: '2020' },
        series: [
          { asOf: '2022', value: 30 },
          { asOf: '2023', value: 45 },
        ],
        value: 60,
        asOf: '2024',
      });
      expect(points.map((p) => p.value)).to.deep.equal([10, 30, 45, 60]);
      expect(points[0].day).to.equal(day('2020-07-01'));
    });

    it('counts a figure once when the value repeats the last point of the series', () => {
      const points = history({
        series: [
          { asOf: '2023', value: 45 },
          { asOf: '2024', value: 60 },
        ],
        value: 60,
        asOf: '2024',
      });
      expect(points).to.have.length(2);
    });

    it('takes the value in place of the last point of its period, as the stat and the trend do, and leaves out an older one', () => {
      const series = [
        { asOf: '2023', value: 45 },
        { asOf: '2024', value: 58 },
      ];
      // The figure the reader sees large (a revised 2024) is the one the pace runs to.
      expect(history({ series, value: 60, asOf: '2024' }).map((p) => p.value)).to.deep.equal([45, 60]);
      expect(history({ series, value: 60, asOf: '2024-06' }).map((p) => p.value)).to.deep.equal([45, 60]);
      expect(history({ series, value: 40, asOf: '2022' }).map((p) => p.value)).to.deep.equal([45, 58]);
    });

    it('leaves out a value without a date and a baseline inside the series', () => {
      const points = history({
        baseline: { value: 30, asOf: '2022' },
        series: [
          { asOf: '2022', value: 30 },
          { asOf: '2023', value: 45 },
        ],
        value: 60,
      });
      expect(points.map((p) => p.value)).to.deep.equal([30, 45]);
    });

    it('is the baseline and the value when there is no series', () => {
      expect(history({ baseline: { value: 40, asOf: '2023' }, value: 60, asOf: '2024' }).map((p) => p.value)).to.deep.equal([40, 60]);
    });
  });

  describe('assess', () => {
    const now = day('2024-10-01');

    it('counts the days to the deadline, the deadline day itself still in time', () => {
      expect(assess(SMARTPHONES, now).daysLeft).to.equal(91);
      expect(assess(SMARTPHONES, day('2024-12-31')).daysLeft).to.equal(0);
      expect(assess(SMARTPHONES, day('2025-01-01')).daysLeft).to.equal(-1);
    });

    it('says "unknown" for one dated figure, rather than guessing a pace', () => {
      expect(assess(SMARTPHONES, now)).to.deep.equal({ status: 'unknown', gap: 40, daysLeft: 91 });
    });

    it('projects baseline → value to the deadline: 40% (2023) → 60% (2024) reaches 70% at the end of 2024, behind a 100% target', () => {
      const a = assess({ ...SMARTPHONES, baseline: { value: 40, asOf: '2023' } }, now);
      expect(a.status).to.equal('behind');
      // 1/7/2023 → 1/7/2024 is 366 days for 20 points; 1/7 → 31/12/2024 is 183 more.
      expect(a.projected).to.be.closeTo(70, 1e-9);
    });

    it('is on track when the pace reaches the target by the deadline, exactly on it included', () => {
      const base = { ...SMARTPHONES, baseline: { value: 40, asOf: '2023' } };
      expect(assess({ ...base, target: { value: 70, by: '2024' } }, now).status).to.equal('ontrack');
      expect(assess({ ...base, target: { value: 89, by: '2025-12-31' } }, now).status).to.equal('ontrack');
      expect(assess({ ...base, target: { value: 90, by: '2025-06-30' } }, now).status).to.equal('behind');
    });

    it('fits the whole series plus a later current value', () => {
      const a = assess(
        {
          ...SMARTPHONES,
          series: [
            { asOf: '2021', value: 30 },
            { asOf: '2022', value: 40 },
            { asOf: '2023', value: 50 },
          ],
          target: { value: 80, by: '2026' },
        },
        now,
      );
      expect(a.status).to.equal('ontrack');
      expect(a.projected).to.be.closeTo(85, 0.05);
    });

    it('is achieved when the value meets or passes the target, with the overshoot as a negative gap', () => {
      expect(assess({ ...SMARTPHONES, value: 100 }, now)).to.deep.equal({ status: 'achieved', gap: 0, daysLeft: 91 });
      expect(assess({ ...SMARTPHONES, value: 95, target: { value: 90 } }, now)).to.deep.equal({
        status: 'achieved',
        gap: -5,
        daysLeft: undefined,
      });
    });

    it('is achieved even after the deadline, and overdue when the deadline passed short of the target', () => {
      expect(assess({ ...SMARTPHONES, value: 100 }, day('2025-06-01')).status).to.equal('achieved');
      expect(assess(SMARTPHONES, day('2025-03-01'))).to.deep.equal({ status: 'overdue', gap: 40, daysLeft: -60 });
    });

    it('says "open" for a target without a deadline and "nofigure" without a value', () => {
      expect(assess({ ...SMARTPHONES, target: { value: 100 } }, now)).to.deep.equal({ status: 'open', gap: 40 });
      expect(assess({ ...SMARTPHONES, value: undefined }, now)).to.deep.equal({ status: 'nofigure', daysLeft: 91 });
    });

    it('reverses gap, status and projection for a down target (lower is better)', () => {
      const paper = { value: 30, asOf: '2024', direction: 'down', baseline: { value: 50, asOf: '2022' } } as const;
      // −10 points a year from 1/7/2024: 15% at the end of 2025, 5% at the end of 2026.
      const late = assess({ ...paper, target: { value: 10, by: '2025' } }, now);
      expect(late.status).to.equal('behind');
      expect(late.gap).to.equal(20);
      expect(late.projected).to.be.closeTo(15, 0.05);
      expect(assess({ ...paper, target: { value: 10, by: '2026' } }, now).status).to.equal('ontrack');
      expect(assess({ ...paper, value: 8, target: { value: 10, by: '2026' } }, now)).to.include({ status: 'achieved', gap: -2 });
    });

    it('carries a falling count no lower than 0, and judges a goal below 0 by the line itself', () => {
      const offline = { value: 2000, asOf: '2024', unit: 'hộ', direction: 'down', baseline: { value: 4000, asOf: '2022' } } as const;
      expect(assess({ ...offline, target: { value: 1000, by: '2028' } }, now)).to.include({ status: 'ontrack', projected: 0 });
      // A balance aimed into deficit: -2.5 a year from 5 in mid-2024 is -3.75 at the end of 2027, short
      // of -5; written, as its whole figures are, -4.
      const balance = { value: 5, asOf: '2024', unit: 'tỷ đồng', direction: 'down', baseline: { value: 10, asOf: '2022' } } as const;
      const deficit = assess({ ...balance, target: { value: -5, by: '2027' } }, now);
      expect(deficit.status).to.equal('behind');
      expect(deficit.projected).to.equal(-4);
    });
  });

  describe('projectedFigure', () => {
    it('keeps a pace no lower than 0 where every figure and goal so far was at least 0 (a falling count)', () => {
      expect(projectedFigure(-2497.9, [4000, 2000, 1000], 'hộ')).to.equal(0);
      expect(projectedFigure(-2497.9, [4000, 2000], { vi: 'hộ', en: 'households' })).to.equal(0);
      expect(projectedFigure(500, [4000, 2000], 'hộ')).to.equal(500);
    });

    it('lets a figure that has been, or is meant to go, negative go on below 0 (a balance)', () => {
      expect(projectedFigure(-35, [10, -10], 'tỷ đồng')).to.equal(-35);
      expect(projectedFigure(-35, [10, 5, -20], 'tỷ đồng')).to.equal(-35);
    });

    it('keeps a percentage within 0–100', () => {
      expect(projectedFigure(112, [60, 90, 100], '%')).to.equal(100);
      expect(projectedFigure(-12, [40, 20, 0], '%')).to.equal(0);
    });

    it('writes a percentage to a tenth, any other figure no finer than its figures, at most a tenth from 1 up', () => {
      // Whole counts give a whole count: "1.510.959 thuê bao", not "1.510.958,9".
      expect(projectedFigure(1510958.9, [1200000, 1400000], 'thuê bao')).to.equal(1510959);
      expect(projectedFigure(1510958.94, [1200000.5, 1400000], 'thuê bao')).to.equal(1510958.9);
      expect(projectedFigure(2.46, [1e-7, 0.2], 'ha')).to.equal(2.5);
      expect(projectedFigure(92.34, [62.5, 84.9, 100], '%')).to.equal(92.3);
      expect(projectedFigure(92.36, [60, 80, 100], '%')).to.equal(92.4);
    });

    it('writes the pace of figures all under 0.1 to the digits they show, at most two significant ones', () => {
      // Spending per head, 0,012 to 0,05 triệu đồng: a tenth wrote its pace 0 or 0,1.
      const perHead = [0.012, 0.034, 0.05];
      expect(projectedFigure(0.0712, perHead, 'triệu đồng/người')).to.equal(0.071);
      expect(projectedFigure(0.0348, perHead, 'triệu đồng/người')).to.equal(0.035);
      // No finer than the figures show, nor than two significant digits.
      expect(projectedFigure(0.00712, perHead, 'triệu đồng/người')).to.equal(0.007);
      expect(projectedFigure(0.0012345, [0.0011234, 0.0012], undefined)).to.equal(0.0012);
      expect(projectedFigure(0.567, [0.12, 0.345], undefined)).to.equal(0.57);
      // A rate per person written 1,2E-7: the digits its figures show, though no fraction is written.
      expect(projectedFigure(4.56e-7, [1.2e-7, 3e-7], undefined)).to.equal(4.6e-7);
      // Short of its goal, still one step back from it.
      expect(projectedFigure(0.0999, [...perHead, 0.1], 'triệu đồng/người', { value: 0.1, direction: 'up' })).to.equal(0.099);
    });

    it('short of its goal, is never rounded onto it', () => {
      const up = { value: 100, direction: 'up' } as const;
      expect(projectedFigure(99.96, [60, 90, 100], '%', up)).to.equal(99.9);
      expect(projectedFigure(99.94, [60, 90, 100], '%', up)).to.equal(99.9);
      expect(projectedFigure(2.3, [1.1, 5], 'ha', { value: 2.3 + 1e-12, direction: 'up' })).to.equal(2.3);
      // Down: a count to bring to 1,000 that the pace leaves at 1,000.4 is 1,001, not 1,000.
      expect(projectedFigure(1000.4, [4000, 2000, 1000], 'hộ', { value: 1000, direction: 'down' })).to.equal(1001);
      // Away from the goal, to the nearest.
      expect(projectedFigure(13.33, [50, 30, 10], '%', { value: 10, direction: 'down' })).to.equal(13.3);
      expect(projectedFigure(80.4, [60, 90, 100], 'tổ', up)).to.equal(80);
      // A hair short, as a fit lands in floating point, is the goal reached: as assess() says "on track".
      expect(projectedFigure(79.99999999995, [60, 70, 80], '%', { value: 80, direction: 'up' })).to.equal(80);
      // Past the goal, or on it, to the nearest.
      expect(projectedFigure(100.4, [60, 90, 101], 'tổ', up)).to.equal(100);
    });
  });

  describe('timeSpan', () => {
    it('counts days under two months, then months, then years to a tenth', () => {
      expect(timeSpan(45)).to.deep.equal({ unit: 'day', count: 45 });
      expect(timeSpan(91)).to.deep.equal({ unit: 'month', count: 3 });
      expect(timeSpan(-60)).to.deep.equal({ unit: 'month', count: 2 });
      expect(timeSpan(913)).to.deep.equal({ unit: 'year', count: 2.5 });
    });
  });

  describe('barScale', () => {
    it('runs from 0 to the target when there is no baseline', () => {
      const s = barScale(SMARTPHONES);
      expect([s.start, s.min, s.max, s.at(60), s.at(100)]).to.deep.equal([0, 0, 100, 0.6, 1]);
    });

    it('runs from the baseline, and stretches past the target to show an overshoot', () => {
      const s = barScale({ ...SMARTPHONES, value: 95, target: { value: 90 }, baseline: { value: 50, asOf: '2020' } });
      expect([s.start, s.min, s.max, s.at(50), s.at(95)]).to.deep.equal([50, 50, 95, 0, 1]);
      expect(s.at(90)).to.be.closeTo(40 / 45, 1e-9);
    });

    it('puts "better" to the right for a down target: from 100% down to the target', () => {
      const s = barScale({ value: 35, unit: '%', direction: 'down', target: { value: 10 } });
      expect([s.start, s.min, s.max, s.at(100), s.at(10)]).to.deep.equal([100, 10, 100, 0, 1]);
      expect(s.at(35)).to.be.closeTo(65 / 90, 1e-9);
    });
  });
});
