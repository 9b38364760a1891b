import { expect } from '@open-wc/testing';

import type { ValidationError } from '../../src/spec/types.js';
// As tools and dx-widgets/data call them: the problems in words (the elements word them in the feed controller).
import { attributeOverrides, readNumberAttribute, selectIndicator } from '../../src/spec/validate.js';

describe('readNumberAttribute', () => {
  const accepted: [string, number][] = [
    ['97.27', 97.27],
    ['-3', -3],
    ['+3', 3],
    ['1e3', 1000],
    ['2.5E-1', 0.25],
    [' 42 ', 42],
    ['0', 0],
    ['.5', 0.5],
    ['320000', 320000],
  ];
  for (const [raw, number] of accepted) {
    it(`reads ${JSON.stringify(raw)} as ${number}, written as JSON writes numbers`, () => {
      const errors: ValidationError[] = [];
      expect(readNumberAttribute(raw, 'value', errors)).to.equal(number);
      expect(errors).to.deep.equal([]);
    });
  }

  const refused: [string, string][] = [
    ['97,27', 'a comma decimal, because it is ambiguous between Vietnamese and English'],
    ['1,234', 'a comma thousands mark, because in Vietnamese it would be a decimal mark'],
    ['1.234,5', 'Vietnamese grouping, because a point there is a thousands mark, not a decimal'],
    ['1 234', 'a space as thousands mark'],
    ['abc', 'words'],
    ['97.27%', 'a number with its unit'],
    ['trên 76', 'a number with its hedge'],
    ['NaN', 'NaN, which is not a figure'],
    ['Infinity', 'Infinity, which is not a figure'],
    ['-Infinity', '-Infinity, which is not a figure'],
    ['1e999', 'a number too large to hold, which would become Infinity'],
    ['0x10', 'a hexadecimal number'],
    ['.', 'a lone decimal point'],
  ];
  for (const [raw, what] of refused) {
    it(`rejects ${what} (${JSON.stringify(raw)})`, () => {
      const errors: ValidationError[] = [];
      expect(readNumberAttribute(raw, 'target', errors)).to.be.undefined;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ path: 'target', code: 'attr.number' });
      expect(errors[0].message.vi).to.equal(`"${raw}" không phải số; dùng dấu chấm thập phân, ví dụ 97.27`);
      expect(errors[0].message.en).to.equal(`"${raw}" is not a number; use a decimal point, e.g. 97.27`);
    });
  }

  it('reads a number set as a JS property', () => {
    const errors: ValidationError[] = [];
    expect(readNumberAttribute(97.27, 'value', errors)).to.equal(97.27);
    expect(readNumberAttribute(0, 'value', errors)).to.equal(0);
    expect(errors).to.deep.equal([]);
  });

  it('rejects NaN and Infinity set as a JS property', () => {
    const errors: ValidationError[] = [];
    expect(readNumberAttribute(NaN, 'value', errors)).to.be.undefined;
    expect(readNumberAttribute(Infinity, 'target', errors)).to.be.undefined;
    expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([
      { path: 'value', code: 'attr.number' },
      { path: 'target', code: 'attr.number' },
    ]);
  });

  it('quotes the trimmed text in its message', () => {
    const errors: ValidationError[] = [];
    readNumberAttribute('  97,27 ', 'value', errors);
    expect(errors[0].message.en).to.equal('"97,27" is not a number; use a decimal point, e.g. 97.27');
  });

  for (const raw of [null, undefined, '', '   ']) {
    it(`treats ${JSON.stringify(raw) ?? 'undefined'} as absent: undefined and no error`, () => {
      const errors: ValidationError[] = [];
      expect(readNumberAttribute(raw, 'value', errors)).to.be.undefined;
      expect(errors).to.deep.equal([]);
    });
  }

  it('adds to the errors already collected', () => {
    const errors: ValidationError[] = [];
    readNumberAttribute('97,27', 'value', errors);
    readNumberAttribute('100%', 'target', errors);
    expect(errors.map((e) => e.path)).to.deep.equal(['value', 'target']);
  });
});

describe('attributeOverrides', () => {
  it('maps every attribute to its document field', () => {
    const errors: ValidationError[] = [];
    const overrides = attributeOverrides(
      {
        value: '97.27',
        label: 'Thôn có sóng di động',
        unit: '%',
        asOf: '2024',
        source: 'Sở TT&TT Lai Châu',
        sourceUrl: 'https://sotttt.laichau.gov.vn',
        approx: 'over',
        target: '100',
        note: 'Số liệu sơ bộ',
      },
      errors,
    );
    expect(overrides).to.deep.equal({
      label: 'Thôn có sóng di động',
      unit: '%',
      asOf: '2024',
      approx: 'over',
      note: 'Số liệu sơ bộ',
      value: 97.27,
      source: { name: 'Sở TT&TT Lai Châu', url: 'https://sotttt.laichau.gov.vn' },
      target: { value: 100 },
    });
    expect(errors).to.deep.equal([]);
  });

  it('gives nothing for absent attributes, so the document keeps its own fields', () => {
    const errors: ValidationError[] = [];
    expect(attributeOverrides({}, errors)).to.deep.equal({});
    expect(attributeOverrides({ value: null, label: null, source: null, target: null }, errors)).to.deep.equal({});
    expect(errors).to.deep.equal([]);
  });

  it('makes a source of a name alone when no URL is given', () => {
    expect(attributeOverrides({ source: 'Cục Thống kê' }, [])).to.deep.equal({ source: { name: 'Cục Thống kê' } });
  });

  it('ignores a source URL without a source name', () => {
    expect(attributeOverrides({ sourceUrl: 'https://gso.gov.vn' }, [])).to.deep.equal({});
  });

  it('turns a target attribute into a target with only a value', () => {
    expect(attributeOverrides({ target: '80' }, [])).to.deep.equal({ target: { value: 80 } });
  });

  it('leaves out a number it cannot read, and names the attribute', () => {
    const errors: ValidationError[] = [];
    expect(attributeOverrides({ value: '97,27', target: '1.234,5', unit: '%' }, errors)).to.deep.equal({ unit: '%' });
    expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([
      { path: 'value', code: 'attr.number' },
      { path: 'target', code: 'attr.number' },
    ]);
  });

  it('passes text attributes through as text, for the validator to check with the rest', () => {
    const overrides = attributeOverrides({ approx: 'roughly', sourceUrl: 'javascript:alert(1)', source: 'Sở' }, []);
    expect(overrides).to.deep.equal({ approx: 'roughly', source: { name: 'Sở', url: 'javascript:alert(1)' } });
    const result = selectIndicator({ label: 'Phủ sóng', unit: '%', value: 97.27 }, {}, overrides);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).to.deep.equal(['approx', 'source.url']);
  });

  it('replaces a list of targets with the target attribute; by alone is an error that says to add it', () => {
    const plan = {
      label: 'Người trưởng thành có điện thoại thông minh',
      unit: '%',
      value: 60,
      target: [
        { value: 80, by: '2024' },
        { value: 100, by: '2025' },
      ],
    };
    const problems = (attrs: Parameters<typeof attributeOverrides>[0]) => {
      const result = selectIndicator(plan, {}, attributeOverrides(attrs, []));
      return result.ok ? result.value.target : result.errors.map(({ path, message }) => `${path}: ${message.vi}`);
    };
    expect(problems({ by: '2026' })).to.deep.equal([
      'by: tài liệu có danh sách mục tiêu: thêm cả target="…" để thay bằng một mục tiêu, hoặc bỏ thuộc tính này',
    ]);
    expect(problems({ target: '90' })).to.deep.equal({ value: 90 });
    expect(problems({ target: '90', by: '2026' })).to.deep.equal({ value: 90, by: '2026' });
    // One goal, as before: either half of it.
    const single = { ...plan, target: { value: 100, by: '2025' } };
    const one = selectIndicator(single, {}, attributeOverrides({ by: '2026' }, []));
    expect(one.ok && one.value.target).to.deep.equal({ value: 100, by: '2026' });
  });

  it('keeps the label as text even when it looks like markup', () => {
    expect(attributeOverrides({ label: '<img src=x onerror=alert(1)>' }, []).label).to.equal('<img src=x onerror=alert(1)>');
  });
});
