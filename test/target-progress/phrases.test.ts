import { expect } from '@open-wc/testing';

import { amountText, deadlineText, gapText, projectionText, statusText, targetText, timeText } from '../../src/target-progress/phrases.js';

describe('target-progress phrases', () => {
  it('writes a year-end deadline as "hết năm 2024" whether given as 2024, 2024-12 or 2024-12-31', () => {
    for (const by of ['2024', '2024-12', '2024-12-31']) {
      expect(deadlineText(by, 'by', 'vi')).to.equal('hết năm 2024');
      expect(deadlineText(by, 'at', 'vi')).to.equal('cuối năm 2024');
      expect(deadlineText(by, 'by', 'en')).to.equal('the end of 2024');
    }
  });

  it('writes other deadlines as a month or a day: "hết tháng 06/2025", "30/06/2025", "30 June 2025"', () => {
    expect(deadlineText('2025-06', 'by', 'vi')).to.equal('hết tháng 06/2025');
    expect(deadlineText('2025-06', 'at', 'en')).to.equal('the end of June 2025');
    expect(deadlineText('2025-06-30', 'by', 'vi')).to.equal('30/06/2025');
    expect(deadlineText('2025-06-30', 'at', 'vi')).to.equal('ngày 30/06/2025');
    expect(deadlineText('2025-06-30', 'by', 'en')).to.equal('30 June 2025');
  });

  it('names the target with its deadline, or alone', () => {
    expect(targetText({ value: 100, by: '2024-12-31' }, '%', 'vi')).to.equal('mục tiêu 100% đến hết năm 2024');
    expect(targetText({ value: 3000 }, 'tổ', 'en')).to.equal('target 3,000 tổ');
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

  it('writes the projection within 0–100 for a percentage, to a tenth', () => {
    expect(projectionText(82.04, '%', '2024', 'vi')).to.equal('theo tốc độ hiện nay: 82% vào cuối năm 2024');
    expect(projectionText(2912.5, 'tổ', '2025-06-30', 'en')).to.equal('at the current pace: 2,912.5 tổ by 30 June 2025');
  });

  it('ends the spoken sentence with "chậm so với tiến độ" where the badge says "chậm tiến độ"', () => {
    expect(statusText('behind', 'vi')).to.equal('chậm tiến độ');
    expect(statusText('behind', 'vi', true)).to.equal('chậm so với tiến độ');
    expect(statusText('ontrack', 'vi', true)).to.equal('đúng tiến độ');
  });
});
