/** Documents several test files draw: one definition each, so a change to the format reaches all. */

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
