import { expect } from '@open-wc/testing';

import { deadlineText } from '../../src/format/dates.js';
import { projectionText } from '../../src/format/pace.js';
import { amountText, gapText, statusText, targetText, timeText } from '../../src/target-progress/phrases.js';

describe('target-progress phrases', () => {
  it('writes a year-end deadline as "hết năm 2024" whether given as 2024, 2024-12 or 2024-12-31', () => {
    for (const by of ['2024', '2024-12', '2024-12-31']) {
      expect(deadlineText(by, 'vi')).to.equal('hết năm 2024');
      expect(deadlineText(by, 'en')).to.equal('the end of 2024');
    }
  });

  it('writes other deadlines as a month or a day: "hết tháng 06/2025", "30/06/2025", "30 June 2025"', () => {
    expect(deadlineText('2025-06', 'vi')).to.equal('hết tháng 06/2025');
    expect(deadlineText('2025-06', 'en')).to.equal('the end of June 2025');
    expect(deadlineText('2025-06-30', 'vi')).to.equal('30/06/2025');
    expect(deadlineText('2025-06-30', 'en')).to.equal('30 June 2025');
  });

  it('names the target with its deadline, or alone', () => {
    expect(targetText({ value: 100, by: '2024-12-31' }, '%', 'vi')).to.equal('mục tiêu 100% đến hết năm 2024');
    expect(targetText({ value: 3000 }, 'tổ', 'en')).to.equal('target 3,000 tổ');
  });

  it('lowers the shared target line inside a sentence, but keeps a document’s own label as written', () => {
    expect(targetText({ value: 100, by: '2024-12-31' }, '%', 'en')).to.equal('target 100% by the end of 2024');
    expect(targetText({ value: 100, label: 'Mục tiêu Nghị quyết 05: 100%' }, '%', 'vi')).to.equal('Mục tiêu Nghị quyết 05: 100%');
    expect(targetText({ value: 100, label: { vi: 'Kế hoạch', en: 'NDS plan' } }, '%', 'en')).to.equal('NDS plan');
  });

  it('writes a difference of percentages in percentage points, and other units as they are', () => {
    expect(amountText(40, '%', 'vi')).to.equal('40 điểm %');
    expect(amountText(1, '%', 'en')).to.equal('1 percentage point');
    expect(amountText(2.73, '%', 'en')).to.equal('2.73 percentage points');
    expect(amountText(750, 'tổ', 'vi')).to.equal('750 tổ');
    expect(amountText(1500, undefined, 'vi')).to.equal('1.500');
  });

  it('words the gap by direction, the overshoot as "vượt", and says nothing when exactly met', () => {
    expect(gapText(40, '%', 'up', 'vi')).to.equal('còn 40 điểm %');
    expect(gapText(20, '%', 'down', 'vi')).to.equal('cần giảm thêm 20 điểm %');
    expect(gapText(-5, '%', 'up', 'vi')).to.equal('vượt 5 điểm %');
    expect(gapText(-5, '%', 'down', 'en')).to.equal('5 percentage points beyond the target');
    expect(gapText(0, '%', 'up', 'vi')).to.equal(undefined);
  });

  it('says the time left or overdue in days, months or years, singular in English for one', () => {
    expect(timeText(91, 'vi')).to.equal('còn 3 tháng');
    expect(timeText(1, 'en')).to.equal('1 day left');
    expect(timeText(0, 'vi')).to.equal('hạn chót hôm nay');
    expect(timeText(-30, 'vi')).to.equal('quá hạn 30 ngày');
    expect(timeText(-913, 'vi')).to.equal('quá hạn 2,5 năm');
    expect(timeText(-400, 'en')).to.equal('13 months overdue');
  });

  it('writes the projection as projectedFigure gives it, in the trend’s words', () => {
    expect(projectionText(82, '%', '2024', 'vi')).to.equal('theo tốc độ hiện nay: 82% năm 2024');
    expect(projectionText(2912.5, 'tổ', '2025-06-30', 'en')).to.equal('at the current pace: 2,912.5 tổ by 30 June 2025');
    expect(projectionText(2912.5, 'tổ', '2025-06-30', 'vi')).to.equal('theo tốc độ hiện nay: 2.912,5 tổ ngày 30/06/2025');
  });

  it('writes a projection of tiny figures to its last digit, not to a tenth ("0,071", not "0,1")', () => {
    expect(projectionText(0.071, 'triệu đồng/người', '2026', 'vi')).to.equal('theo tốc độ hiện nay: 0,071 triệu đồng/người năm 2026');
    expect(projectionText(0.0012, undefined, '2025-06', 'en')).to.equal('at the current pace: 0.0012 by June 2025');
    expect(projectionText(4.6e-7, undefined, '2025', 'vi')).to.equal('theo tốc độ hiện nay: 0,00000046 năm 2025');
  });

  it('ends the spoken sentence with "chậm so với tiến độ" where the badge says "chậm tiến độ"', () => {
    expect(statusText('behind', 'vi')).to.equal('chậm tiến độ');
    expect(statusText('behind', 'vi', true)).to.equal('chậm so với tiến độ');
    expect(statusText('ontrack', 'vi', true)).to.equal('đúng tiến độ');
  });
});
