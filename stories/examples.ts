/** Documents several stories draw: one definition each (as test/support/documents.ts for tests). */

export const source = { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' };

/** Smartphone subscriptions in Lai Châu, with three years of history: "gần 320.000 thuê bao". */
export const phones = {
  id: 'smartphone-subscriptions',
  label: { vi: 'Thuê bao điện thoại thông minh', en: 'Smartphone subscriptions' },
  unit: 'thuê bao',
  value: 320000,
  approx: 'nearly',
  asOf: '2024',
  series: [
    { asOf: '2021', value: 250000 },
    { asOf: '2022', value: 281000 },
    { asOf: '2023', value: 307600 },
  ],
  source,
};
