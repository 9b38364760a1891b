import type { StringTable } from '../format/messages.js';

/** The words of `<dx-coverage-gauge>`, [vi, en]: the band a value is in, and the errors of its own demands on an indicator. */
export const GAUGE_STRINGS = {
  'band.low': ['mức thấp', 'low range'],
  'band.middle': ['mức trung bình', 'middle range'],
  'band.high': ['mức cao', 'high range'],
  'gauge.unit': ['đơn vị "{unit}" không phải %: cần max', 'unit "{unit}" is not %: needs max'],
  'gauge.scale': ['{max} phải lớn hơn min ({min})', '{max} must be above min ({min})'],
  'gauge.range': ['{value} ngoài khoảng {min}–{max}', '{value} is outside {min}–{max}'],
} satisfies StringTable;
