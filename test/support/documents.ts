/** Documents several test files draw: one definition each, so a change to the format reaches all. */

/**
 * A rank on its strip, as a provincial article has it (Bắc Kạn, 7th of 63, with the long name
 * of its department as the source): test/fixtures/bac-kan-rank-2024.json, which the benchmark
 * reads too. Fetched, as a feed would be.
 */
export const BAC_KAN_RANK = '/test/fixtures/bac-kan-rank-2024.json';

/** The 63 statistics-office codes in force until 30 June 2025. */
export const CODES_63 =
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'.split(
    ' ',
  );

/**
 * Made-up values: 37·i + 8 (mod 63) is a permutation of 0–62, so every value differs;
 * it puts Bắc Kạn (06, the fourth code) at 82%, 7th of 63.
 */
const score = (i: number) => 40 + ((37 * i + 8) % 63) * 0.75;

/** The 63 areas with codes only (names come from the registry). */
export const AREAS_63 = CODES_63.map((code, i) => ({ code, value: score(i) }));

/** The same with names: Bắc Kạn, and "Tỉnh số NN" for the others. */
export const NAMED_63 = AREAS_63.map((a) => ({ ...a, name: a.code === '06' ? 'Bắc Kạn' : `Tỉnh số ${a.code}` }));

/** Lai Châu households with fibre broadband: a percentage with the counts behind it and a linked source. */
export const FIBRE = {
  id: 'households-fiber-broadband',
  label: { vi: 'Hộ gia đình dùng Internet cáp quang', en: 'Households with fibre broadband' },
  unit: '%',
  value: 41.5,
  asOf: '2024',
  count: { part: 43391, whole: 104563, unit: 'hộ' },
  source: { name: 'Sở TT&TT Lai Châu', url: 'https://sotttt.laichau.gov.vn/' },
};

/** Adults with a smartphone, 60% towards 100% by the end of 2024: a target with nothing more. */
export const ADULTS_TARGET = {
  label: 'Người trưởng thành có điện thoại thông minh',
  unit: '%',
  value: 60,
  asOf: '2024',
  target: { value: 100, by: '2024-12-31' },
};

/**
 * Spending on digital services per head, every figure under 0.1 triệu đồng: 0,012 in 2022 to 0,05 in
 * 2024, toward 0,1 by the end of 2026. Its pace there, 0.0985, was written "0" at a tenth.
 */
export const PER_HEAD = {
  label: 'Chi tiêu cho dịch vụ số bình quân đầu người',
  unit: 'triệu đồng/người',
  series: [
    { asOf: '2022', value: 0.012 },
    { asOf: '2023', value: 0.034 },
  ],
  value: 0.05,
  asOf: '2024',
  target: { value: 0.1, by: '2026' },
};

/**
 * Households with fibre, as a trend sees them: 62,5% in 2020 and 75% in 2021 (its series), 84,9%
 * in 2022 (its value), toward 90% by 2023 and 100% by 2025.
 */
export const FIBRE_PLAN = {
  label: 'Hộ gia đình có cáp quang',
  unit: '%',
  value: 84.9,
  asOf: '2022',
  series: [
    { asOf: '2020', value: 62.5 },
    { asOf: '2021', value: 75 },
  ],
  target: [
    { value: 90, by: '2023' },
    { value: 100, by: '2025' },
  ],
};

/** A plan of dated targets, earliest first: on 2019-06-01 the one due is 2020's (the gauge's and the stat's `now`). */
export const DATED_PLAN = {
  label: 'Hộ có cáp quang',
  unit: '%',
  value: 41.5,
  asOf: '2019',
  target: [
    { value: 50, by: '2020' },
    { value: 80, by: '2030' },
  ],
};

/** A count with a history, a target and a source: "405.123/500.000 thuê bao", the stat's sparkline, the trend's long labels. */
export const SUBSCRIPTIONS = {
  label: 'Thuê bao điện thoại thông minh',
  unit: 'thuê bao',
  value: 405123,
  asOf: '2024',
  series: [
    { asOf: '2020', value: 250000 },
    { asOf: '2021', value: 290000 },
    { asOf: '2022', value: 330000 },
    { asOf: '2023', value: 370000 },
  ],
  target: { value: 500000, by: '2025-12-31' },
  source: { name: 'Sở TT&TT Lai Châu' },
};
