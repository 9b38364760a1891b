import { expect } from '@open-wc/testing';

import { goalText } from '../../src/province-rank/goal.js';

// Thái Nguyên's plan: among the 15 leading provinces by 2025, the 10 leading by 2030.
const PLAN = [
  { top: 15, by: '2025' },
  { top: 10, by: '2030', label: { vi: 'Kế hoạch chuyển đổi số', en: 'Digital transformation plan' } },
];

describe('goalText', () => {
  it('says a goal in words, in Vietnamese and English', () => {
    expect(goalText({ top: 15, by: '2025' }, 'vi')).to.equal('Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025');
    expect(goalText({ top: 15, by: '2025' }, 'en')).to.equal('Goal: among the top 15 by 2025');
  });

  it('writes a deadline of a month or a day as the period it names', () => {
    expect(goalText({ top: 15, by: '2025-06' }, 'vi')).to.equal('Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào tháng 06/2025');
    expect(goalText({ top: 15, by: '2025-06-30' }, 'en')).to.equal('Goal: among the top 15 by 30 June 2025');
  });

  it('says a goal without a deadline, and the first place as such', () => {
    expect(goalText({ top: 10 }, 'vi')).to.equal('Mục tiêu: nhóm 10 tỉnh, thành phố dẫn đầu');
    expect(goalText({ top: 1, by: '2030' }, 'vi')).to.equal('Mục tiêu: đứng đầu vào năm 2030');
    expect(goalText({ top: 1, by: '2030' }, 'en')).to.equal('Goal: first place by 2030');
  });

  it('writes top in the reader’s digits', () => {
    expect(goalText({ top: 1500 }, 'vi')).to.equal('Mục tiêu: nhóm 1.500 tỉnh, thành phố dẫn đầu');
    expect(goalText({ top: 1500 }, 'en')).to.equal('Goal: among the top 1,500');
  });

  it('adds the goal’s own label in the reader’s language, isolated from the words around it', () => {
    expect(goalText(PLAN[1], 'vi')).to.equal('Mục tiêu: nhóm 10 tỉnh, thành phố dẫn đầu vào năm 2030 (Kế hoạch chuyển đổi số)');
    expect(goalText(PLAN[1], 'en')).to.equal('Goal: among the top 10 by 2030 (Digital transformation plan)');
    expect(goalText({ top: 5, label: 'خطة' }, 'en')).to.equal('Goal: among the top 5 (\u2068خطة\u2069)');
  });

  it('says whether the place meets the goal: within it, on its edge, or how many places short', () => {
    expect(goalText({ top: 15, by: '2025' }, 'vi', 7)).to.equal(
      'Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · đang đạt mục tiêu',
    );
    expect(goalText({ top: 15, by: '2025' }, 'en', 15)).to.equal('Goal: among the top 15 by 2025 · goal met');
    expect(goalText({ top: 15, by: '2025' }, 'vi', 18)).to.equal(
      'Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc',
    );
    expect(goalText({ top: 15, by: '2025' }, 'en', 18)).to.equal('Goal: among the top 15 by 2025 · 3 places short');
    expect(goalText({ top: 15, by: '2025' }, 'en', 16)).to.equal('Goal: among the top 15 by 2025 · 1 place short');
  });

  it('says nothing of the place when there is none: no "thứ 0", no empty rank', () => {
    const text = goalText({ top: 15, by: '2025' }, 'vi');
    expect(text).not.to.match(/thứ|đạt|cách|undefined|NaN/);
  });

  it('shows of a plan the earliest goal not yet passed on today, and counts the goals after it', () => {
    expect(goalText(PLAN, 'vi', 18, '2025-06-01')).to.equal(
      'Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào năm 2025 · còn cách mục tiêu 3 bậc · sau đó còn 1 mục tiêu, đến năm 2030',
    );
    expect(goalText(PLAN, 'en', 18, '2025-06-01')).to.equal('Goal: among the top 15 by 2025 · 3 places short · then 1 more goal, to 2030');
    // On the last day of 2025 the first goal is still due; the next day it has passed.
    expect(goalText(PLAN, 'en', 12, '2025-12-31')).to.equal('Goal: among the top 15 by 2025 · goal met · then 1 more goal, to 2030');
    expect(goalText(PLAN, 'en', 12, '2026-01-01')).to.equal(
      'Goal: among the top 10 by 2030 (Digital transformation plan) · 2 places short',
    );
  });

  it('keeps to the last goal once every deadline has passed', () => {
    expect(goalText(PLAN, 'vi', undefined, '2031-01-01')).to.equal(
      'Mục tiêu: nhóm 10 tỉnh, thành phố dẫn đầu vào năm 2030 (Kế hoạch chuyển đổi số)',
    );
  });

  it('counts the goals after it in English plurals', () => {
    const three = [{ top: 20, by: '2024' }, ...PLAN];
    expect(goalText(three, 'en', undefined, '2024-01-01')).to.equal('Goal: among the top 20 by 2024 · then 2 more goals, to 2030');
  });
});
