import { expect } from '@open-wc/testing';

import { eraForCodes as eraFor, eraOf, type Era } from '../../src/data/provinces/era.js';
import { plainName, predecessors, province, provinceName, provinces, successor } from '../../src/data/provinces/index.js';

describe('provinces registry', () => {
  it('holds the 63 units until 30 June 2025 and the 34 from 1 July 2025, each code once', () => {
    for (const [era, count] of [
      ['63', 63],
      ['34', 34],
    ] as const) {
      const units = provinces(era);
      expect(units).to.have.length(count);
      expect(new Set(units.map((u) => u.code)).size).to.equal(count);
      expect(units.every((u) => /^\d\d$/.test(u.code) && u.era === era)).to.equal(true);
    }
  });

  it('reads a reused code by its era: 24 is Bắc Giang among the 63 and Bắc Ninh among the 34', () => {
    expect(province('24', '63')?.name).to.equal('Bắc Giang');
    expect(province('24', '34')?.name).to.equal('Bắc Ninh');
    expect(province('27', '63')?.name).to.equal('Bắc Ninh');
    expect(province('27', '34')).to.equal(undefined);
  });

  it('knows all seven codes that name a different province after the merger', () => {
    const reused = provinces('34')
      .filter((unit) => province(unit.code, '63')!.name !== unit.name)
      .map((unit) => `${unit.code} ${province(unit.code, '63')!.name} → ${unit.name}`);
    expect(reused).to.deep.equal([
      '15 Yên Bái → Lào Cai',
      '24 Bắc Giang → Bắc Ninh',
      '44 Quảng Bình → Quảng Trị',
      '52 Bình Định → Gia Lai',
      '80 Long An → Tây Ninh',
      '82 Tiền Giang → Đồng Tháp',
      '91 Kiên Giang → An Giang',
    ]);
  });

  it('maps each old unit to the new unit it joined: 06 Bắc Kạn → 19 Thái Nguyên', () => {
    expect(successor('06')).to.deep.include({ code: '19', era: '34', name: 'Thái Nguyên' });
    expect(successor('24')?.name).to.equal('Bắc Ninh');
    expect(successor('02')?.name).to.equal('Tuyên Quang');
    expect(successor('99')).to.equal(undefined);
    expect(provinces('63').every((unit) => successor(unit.code) !== undefined)).to.equal(true);
  });

  it('lists the old units merged into each new unit, 11 unchanged and 23 merged', () => {
    expect(predecessors('19').map((u) => u.name)).to.deep.equal(['Bắc Kạn', 'Thái Nguyên']);
    expect(predecessors('79').map((u) => u.name)).to.deep.equal(['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh']);
    const sizes = provinces('34').map((u) => predecessors(u.code).length);
    expect(sizes.filter((n) => n === 1)).to.have.length(11);
    expect(sizes.reduce((a, b) => a + b, 0)).to.equal(63);
  });

  it('gives names with and without diacritics, full names, and which units are cities', () => {
    expect(province('06', '63')).to.deep.include({ name: 'Bắc Kạn', plain: 'Bac Kan', fullName: 'Tỉnh Bắc Kạn', city: false });
    expect(province('66', '34')).to.deep.include({ name: 'Đắk Lắk', plain: 'Dak Lak' });
    expect(province('46', '34')).to.deep.include({ fullName: 'Thành phố Huế', city: true });
    expect(provinces('34').filter((u) => u.city)).to.have.length(6);
    expect(plainName('Bà Rịa - Vũng Tàu')).to.equal('Ba Ria - Vung Tau');
  });

  it('names a unit for the reader: with diacritics in Vietnamese, without in English', () => {
    expect(provinceName('06', '63', 'vi')).to.equal('Bắc Kạn');
    expect(provinceName('06', '63', 'en')).to.equal('Bac Kan');
    expect(provinceName('06', '34', 'vi')).to.equal(undefined);
    expect(provinceName('1', '63', 'vi')).to.equal(undefined);
  });

  it('reads the era from a date: before 1 July 2025 the 63, from then the 34', () => {
    expect(eraOf('2024')).to.equal('63');
    expect(eraOf('2025-06')).to.equal('63');
    expect(eraOf('2025-06-30')).to.equal('63');
    expect(eraOf('2025-07-01')).to.equal('34');
    expect(eraOf('2025-07')).to.equal('34');
    expect(eraOf('2026')).to.equal('34');
  });

  /** The rule as the ranking reads it: known codes are the registry's. */
  const eraForCodes = (codes: string[]) => eraFor(codes, (code: string, era: Era) => province(code, era) !== undefined);

  it('leaves the year 2025 alone and a missing date to the codes: 63 only when some code exists only there', () => {
    expect(eraOf('2025')).to.equal(undefined);
    expect(eraOf(undefined)).to.equal(undefined);
    expect(eraForCodes(['06', '19'])).to.equal('63');
    expect(eraForCodes(['24', '19'])).to.equal('34');
    expect(eraForCodes(['06', '99'])).to.equal('34');
    expect(eraForCodes(provinces('34').map((u) => u.code))).to.equal('34');
    expect(eraForCodes(provinces('63').map((u) => u.code))).to.equal('63');
  });
});
