import { expect } from '@open-wc/testing';

import { readRank } from '../../src/spec/rules.js';
import type { Result, ValidationError } from '../../src/spec/types.js';
import { parseJson, readIndicator, selectIndicator, validateDocument } from '../../src/spec/validate.js';

/* Helpers: a result's value (failing loudly with its errors) or its errors. */

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a valid result, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errorsOf(result: Result<unknown>): ValidationError[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

/** Path and code of every error, the shape most tests compare against. */
const where = (result: Result<unknown>) => errorsOf(result).map(({ path, code }) => ({ path, code }));

type Member = Record<string, unknown>;
/** A collection as a test edits it: any field may be set to anything. */
interface Collection {
  [field: string]: unknown;
  source: Member;
  indicators: Member[];
}

/** A valid collection in the shape of the Lai Châu feed, small enough to read in a test. */
function collection(): Collection {
  return {
    source: { name: 'Sở TT&TT Lai Châu', url: 'https://sotttt.laichau.gov.vn' },
    area: { code: '12', name: 'Lai Châu' },
    asOf: '2024',
    indicators: [
      { id: 'mobile-coverage-villages', label: 'Thôn có sóng di động', unit: '%', value: 97.27 },
      { id: 'wireless-internet-coverage', label: 'Thôn có Internet không dây', unit: '%', value: 82.93 },
      { id: 'smartphone-subscriptions', label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, approx: 'nearly' },
    ],
  };
}

/** A single valid indicator with `patch` applied on top. */
const one = (patch: Record<string, unknown> = {}) => ({ label: 'Hộ có cáp quang', unit: '%', value: 41.5, ...patch });

/** Messages with a `{name}` hole left unfilled. */
const UNFILLED = /\{\w+\}/;

describe('validateDocument', () => {
  describe('the shared example', () => {
    let example: unknown;
    before(async () => {
      const response = await fetch('/test/fixtures/lai-chau-2024.json');
      example = await response.json();
    });

    it('validates the Lai Châu 2024 feed as published', () => {
      const feed = valueOf(validateDocument(example));
      expect(feed.indicators.map((i) => i.id)).to.deep.equal([
        'mobile-coverage-villages',
        'wireless-internet-coverage',
        'wired-internet-coverage',
        'households-fiber-broadband',
        'smartphone-subscriptions',
        'adults-with-smartphone',
        'population-e-payment',
      ]);
    });

    it('gives every member the feed-wide source, area and date', () => {
      const feed = valueOf(validateDocument(example));
      for (const indicator of feed.indicators) {
        expect(indicator.source).to.deep.equal({ name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' });
        expect(indicator.area).to.deep.equal({ code: '12', name: 'Lai Châu' });
        expect(indicator.asOf).to.equal('2024');
      }
    });

    it('accepts a target that is not yet measured as a member without value', () => {
      const feed = valueOf(validateDocument(example));
      const payment = feed.indicators.find((i) => i.id === 'population-e-payment')!;
      expect(payment.value).to.be.undefined;
      expect(payment.target).to.deep.equal({ value: 50, by: '2024-12-31' });
    });

    it('names the member and field when a figure in the example is broken', () => {
      const broken = structuredClone(example) as Collection;
      broken.indicators[3].value = '41,5';
      const errors = errorsOf(validateDocument(broken));
      expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'indicators[3].value', code: 'type.number' }]);
      expect(errors[0].message.vi).to.equal('phải là số');
      expect(errors[0].message.en).to.equal('must be a number');
    });
  });

  describe('collection defaults', () => {
    it('applies the collection source, area and asOf to a member that has none', () => {
      const [first] = valueOf(validateDocument(collection())).indicators;
      expect(first.source).to.deep.equal({ name: 'Sở TT&TT Lai Châu', url: 'https://sotttt.laichau.gov.vn' });
      expect(first.area).to.deep.equal({ code: '12', name: 'Lai Châu' });
      expect(first.asOf).to.equal('2024');
    });

    it("lets a member's own source, area and asOf win over the collection's", () => {
      const doc = collection();
      Object.assign(doc.indicators[1], {
        source: { name: 'Cục Viễn thông' },
        area: { code: '06', name: 'Bắc Kạn' },
        asOf: '2024-06',
      });
      const member = valueOf(validateDocument(doc)).indicators[1];
      expect(member.source).to.deep.equal({ name: 'Cục Viễn thông' });
      expect(member.area).to.deep.equal({ code: '06', name: 'Bắc Kạn' });
      expect(member.asOf).to.equal('2024-06');
    });

    it('keeps the defaults on the feed itself as well', () => {
      const feed = valueOf(validateDocument({ ...collection(), title: { vi: 'Chuyển đổi số', en: 'Digital transformation' } }));
      expect(feed.title).to.deep.equal({ vi: 'Chuyển đổi số', en: 'Digital transformation' });
      expect(feed.area).to.deep.equal({ code: '12', name: 'Lai Châu' });
      expect(feed.asOf).to.equal('2024');
    });

    it('reports a broken collection default at its own path, not at each member', () => {
      const doc = collection();
      doc.source.url = 'javascript:alert(1)';
      expect(where(validateDocument(doc))).to.deep.equal([{ path: 'source.url', code: 'pattern.url' }]);
    });

    it('wraps a single indicator in a feed of one, without defaults', () => {
      const feed = valueOf(validateDocument(one()));
      expect(feed.indicators).to.have.length(1);
      expect(feed.indicators[0]).to.deep.equal({ ...one(), direction: 'up' });
    });
  });

  describe('direction', () => {
    it("defaults to 'up', because a higher coverage is usually better", () => {
      expect(valueOf(validateDocument(one())).indicators[0].direction).to.equal('up');
    });

    it("keeps 'down' where a lower value is better", () => {
      expect(valueOf(validateDocument(one({ direction: 'down' }))).indicators[0].direction).to.equal('down');
    });

    it('rejects any other direction, listing the allowed ones', () => {
      const [error] = errorsOf(validateDocument(one({ direction: 'sideways' })));
      expect(error).to.include({ path: 'direction', code: 'enum' });
      expect(error.message.en).to.equal('must be one of: up, down');
    });
  });

  describe('errors', () => {
    // [what is wrong, the member's patch, the path under the member, the code]
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['value as text', { value: '41.5' }, 'value', 'type.number'],
      ['value null', { value: null }, 'value', 'type.number'],
      ['no value, rank, areas or target', { value: undefined }, 'value', 'value.required'],
      ['no label', { label: undefined }, 'label', 'required'],
      ['label a number', { label: 42 }, 'label', 'type.text'],
      ['id in capitals', { id: 'Mobile-Coverage' }, 'id', 'pattern.id'],
      ['id missing in a collection', { id: undefined }, 'id', 'required'],
      // A unit may be text or one word per language, and the message says both.
      ['unit a number', { unit: 1 }, 'unit', 'type.text'],
      ['approx not a known hedge', { approx: 'roughly' }, 'approx', 'enum'],
      ['asOf month 13', { asOf: '2024-13' }, 'asOf', 'pattern.date'],
      ['asOf 30 February', { asOf: '2024-02-30' }, 'asOf', 'date.real'],
      ['asOf 29 February of a common year', { asOf: '2023-02-29' }, 'asOf', 'date.real'],
      ['asOf written the Vietnamese way', { asOf: '30/06/2024' }, 'asOf', 'pattern.date'],
      ['asOf a number', { asOf: 2024 }, 'asOf', 'type.string'],
      ['area without code', { area: { name: 'Lai Châu' } }, 'area.code', 'required'],
      ['area with a blank code', { area: { code: ' ' } }, 'area.code', 'empty'],
      ['area a string', { area: '12' }, 'area', 'type.object'],
      ['count part negative', { count: { part: -1, whole: 10 } }, 'count.part', 'range.negative'],
      ['count whole zero', { count: { part: 0, whole: 0 } }, 'count.whole', 'range.positive'],
      ['count without whole', { count: { part: 1 } }, 'count.whole', 'required'],
      ['target without value', { target: { by: '2025' } }, 'target.value', 'required'],
      ['target deadline not a date', { target: { value: 80, by: 'cuối năm 2025' } }, 'target.by', 'pattern.date'],
      ['baseline without asOf', { baseline: { value: 10 } }, 'baseline.asOf', 'required'],
      ['series not a list', { series: { asOf: '2023', value: 1 } }, 'series', 'type.array'],
      ['series point without value', { series: [{ asOf: '2023', value: 1 }, { asOf: '2024' }] }, 'series[1].value', 'required'],
      ['rank position zero', { rank: { position: 0, of: 63 } }, 'rank.position', 'type.integer'],
      ['rank position a fraction', { rank: { position: 7.5, of: 63 } }, 'rank.position', 'type.integer'],
      ['rank of as text', { rank: { position: 7, of: '63' } }, 'rank.of', 'type.number'],
      ['benchmark with a blank label', { benchmarks: [{ label: '', value: 70 }] }, 'benchmarks[0].label', 'empty'],
      ['area value without code', { areas: [{ code: '12', value: 1 }, { value: 2 }] }, 'areas[1].code', 'required'],
      ['source without name', { source: { url: 'https://example.vn' } }, 'source.name', 'required'],
      ['source published not a date', { source: { name: 'Sở', published: '2024/06' } }, 'source.published', 'pattern.date'],
      ['note blank', { note: '  ' }, 'note', 'empty'],
    ];

    for (const [what, patch, field, code] of cases) {
      it(`names ${what} as indicators[1].${field} with code ${code}, in Vietnamese and English`, () => {
        const doc = collection();
        const member = { ...doc.indicators[1], ...patch };
        for (const key of Object.keys(member)) if (member[key] === undefined) delete member[key];
        doc.indicators[1] = member;
        const errors = errorsOf(validateDocument(doc));
        expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: `indicators[1].${field}`, code }]);
        expect(errors[0].message.vi.trim()).to.not.equal('');
        expect(errors[0].message.en.trim()).to.not.equal('');
        expect(errors[0].message.vi).to.not.match(UNFILLED);
        expect(errors[0].message.en).to.not.match(UNFILLED);
        expect(errors[0].message.vi).to.not.equal(errors[0].message.en);
      });
    }

    it('names a field of a single indicator by its bare JSON path', () => {
      expect(where(validateDocument(one({ value: 'nhiều' })))).to.deep.equal([{ path: 'value', code: 'type.number' }]);
    });

    it('collects every problem in the document, not only the first', () => {
      const doc = collection();
      doc.indicators[0].value = '97,27';
      doc.indicators[0].asOf = '2024-00';
      doc.indicators[2].label = '';
      expect(where(validateDocument(doc))).to.deep.equal([
        { path: 'indicators[0].value', code: 'type.number' },
        { path: 'indicators[0].asOf', code: 'pattern.date' },
        { path: 'indicators[2].label', code: 'empty' },
      ]);
    });

    it('rejects a document that is not an object, at the root', () => {
      for (const raw of [null, [], 'mobile', 97.27]) {
        expect(where(validateDocument(raw))).to.deep.equal([{ path: '', code: 'type.object' }]);
      }
    });

    it('rejects indicators that are not a list', () => {
      expect(where(validateDocument({ indicators: { id: 'x' } }))).to.deep.equal([{ path: 'indicators', code: 'type.array' }]);
    });

    it('rejects an empty list of indicators', () => {
      expect(where(validateDocument({ indicators: [] }))).to.deep.equal([{ path: 'indicators', code: 'empty' }]);
    });
  });

  describe('numbers that are not numbers', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      it(`rejects ${bad} as a value, because it can only come from code and never means a figure`, () => {
        expect(where(validateDocument(one({ unit: 'thuê bao', value: bad })))).to.deep.equal([{ path: 'value', code: 'type.number' }]);
      });
    }

    it('rejects NaN inside a target, a series and a count', () => {
      const doc = one({ target: { value: NaN }, series: [{ asOf: '2024', value: Infinity }], count: { part: NaN, whole: 10 } });
      expect(where(validateDocument(doc))).to.deep.equal([
        { path: 'count.part', code: 'type.number' },
        { path: 'target.value', code: 'type.number' },
        { path: 'series[0].value', code: 'type.number' },
      ]);
    });
  });

  describe('percentages', () => {
    it('accepts 0 and 100 as the ends of a percentage', () => {
      expect(validateDocument(one({ value: 0 })).ok).to.be.true;
      expect(validateDocument(one({ value: 100 })).ok).to.be.true;
    });

    it('rejects a percentage above 100 and says what it is', () => {
      const [error] = errorsOf(validateDocument(one({ value: 100.5 })));
      expect(error).to.include({ path: 'value', code: 'range.percent' });
      expect(error.message.vi).to.equal('là phần trăm, phải từ 0 đến 100 (đang là 100.5)');
      expect(error.message.en).to.equal('is a percentage, must be 0 to 100 (it is 100.5)');
    });

    it('rejects a negative percentage', () => {
      expect(where(validateDocument(one({ value: -0.1 })))).to.deep.equal([{ path: 'value', code: 'range.percent' }]);
    });

    it('checks every figure of a percentage indicator against 0–100: target, baseline, series, benchmarks, areas', () => {
      const doc = one({
        target: { value: 120 },
        baseline: { value: -5, asOf: '2020' },
        series: [{ asOf: '2023', value: 101 }],
        benchmarks: [{ label: 'Cả nước', value: 200 }],
        areas: [{ code: '12', value: 150 }],
      });
      expect(where(validateDocument(doc))).to.deep.equal([
        { path: 'target.value', code: 'range.percent' },
        { path: 'baseline.value', code: 'range.percent' },
        { path: 'series[0].value', code: 'range.percent' },
        { path: 'benchmarks[0].value', code: 'range.percent' },
        { path: 'areas[0].value', code: 'range.percent' },
      ]);
    });

    it('accepts figures beyond 100 when the unit is not "%"', () => {
      const feed = valueOf(validateDocument(one({ unit: 'thuê bao', value: 320000, target: { value: 400000 } })));
      expect(feed.indicators[0].value).to.equal(320000);
    });

    it('accepts negative figures when the unit is not "%", such as a fall in subscriptions', () => {
      expect(validateDocument(one({ unit: 'thuê bao', value: -1200 })).ok).to.be.true;
    });

    it('accepts a bare number above 100 when there is no unit', () => {
      expect(validateDocument(one({ unit: undefined, value: 2250 })).ok).to.be.true;
    });

    it('does not hold the counts behind a percentage to 0–100', () => {
      expect(validateDocument(one({ count: { part: 43391, whole: 104563, unit: 'hộ' } })).ok).to.be.true;
    });
  });

  describe('source URLs', () => {
    for (const url of ['https://sotttt.laichau.gov.vn/tin-tuc', 'http://laichau.gov.vn', 'HTTPS://MIC.GOV.VN']) {
      it(`accepts the http(s) address ${url}`, () => {
        expect(validateDocument(one({ source: { name: 'Sở', url } })).ok).to.be.true;
      });
    }

    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://laichau.gov.vn/data.csv',
      '//laichau.gov.vn',
      ' https://laichau.gov.vn',
    ]) {
      it(`rejects ${JSON.stringify(url)}, because a source link must be a plain web address`, () => {
        const [error] = errorsOf(validateDocument(one({ source: { name: 'Sở', url } })));
        expect(error).to.include({ path: 'source.url', code: 'pattern.url' });
        expect(error.message.en).to.equal('must be an http:// or https:// address');
      });
    }

    it('rejects a javascript: URL in the collection default as well', () => {
      const doc = collection();
      doc.source = { name: 'Sở', url: 'javascript:void(0)' };
      expect(where(validateDocument(doc))).to.deep.equal([{ path: 'source.url', code: 'pattern.url' }]);
    });
  });

  describe('labels', () => {
    for (const label of ['', '   ', '\n\t']) {
      it(`rejects the blank label ${JSON.stringify(label)}`, () => {
        expect(where(validateDocument(one({ label })))).to.deep.equal([{ path: 'label', code: 'empty' }]);
      });
    }

    for (const label of [{}, { vi: '', en: '' }, { vi: '  ' }, { vi: 'Hộ', en: 5 }, [], ['Hộ']]) {
      it(`rejects the label ${JSON.stringify(label)}, which has no usable text`, () => {
        expect(where(validateDocument(one({ label })))).to.deep.equal([{ path: 'label', code: 'type.text' }]);
      });
    }

    it('keeps a localized label as given, for the widget to pick from', () => {
      const label = { vi: 'Hộ gia đình có cáp quang', en: 'Households with fibre broadband' };
      expect(valueOf(validateDocument(one({ label }))).indicators[0].label).to.deep.equal(label);
    });

    it('accepts a label given only in English', () => {
      expect(validateDocument(one({ label: { en: 'Households with fibre' } })).ok).to.be.true;
    });

    it('accepts a localized label where one language is left blank, as a spreadsheet export writes it', () => {
      expect(validateDocument(one({ label: { vi: 'Hộ có cáp quang', en: '' } })).ok).to.be.true;
    });

    it('accepts localized text in a target label, a benchmark label and a note', () => {
      const doc = one({
        target: { value: 80, label: { vi: 'Mục tiêu tỉnh', en: 'Provincial target' } },
        benchmarks: [{ label: { vi: 'Cả nước', en: 'National' }, value: 79 }],
        note: { vi: 'Số liệu sơ bộ', en: 'Preliminary' },
      });
      expect(validateDocument(doc).ok).to.be.true;
    });
  });

  describe('units in both languages', () => {
    const subscribers = { vi: 'thuê bao', en: 'subscribers' };

    it('keeps a unit given per language as given, for the widget to pick from', () => {
      const indicator = valueOf(validateDocument(one({ unit: subscribers, value: 320000 }))).indicators[0];
      expect(indicator.unit).to.deep.equal(subscribers);
    });

    it('accepts a unit object with Vietnamese only, or with a blank English word from an empty spreadsheet cell', () => {
      expect(validateDocument(one({ unit: { vi: 'hộ' }, value: 43391 })).ok).to.be.true;
      expect(validateDocument(one({ unit: { vi: 'hộ', en: '' }, value: 43391 })).ok).to.be.true;
    });

    it('accepts a count unit in both languages', () => {
      expect(validateDocument(one({ count: { part: 1, whole: 2, unit: { vi: 'hộ', en: 'households' } } })).ok).to.be.true;
    });

    it('rejects a unit object without Vietnamese, naming unit.vi as required', () => {
      const errors = errorsOf(validateDocument(one({ unit: { en: 'subscribers' }, value: 320000 })));
      expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'unit.vi', code: 'required' }]);
      expect(errors[0].message).to.deep.equal({ vi: 'bắt buộc phải có', en: 'is required' });
    });

    it('names the count unit when its object lacks vi', () => {
      expect(where(validateDocument(one({ count: { part: 1, whole: 2, unit: { en: 'households' } } })))).to.deep.equal([
        { path: 'count.unit.vi', code: 'required' },
      ]);
    });

    it('ignores languages other than vi and en, as it ignores unknown fields', () => {
      const indicator = valueOf(validateDocument(one({ unit: { vi: 'hộ', en: 'households', fr: 3 }, value: 5 }))).indicators[0];
      expect(indicator.unit).to.deep.equal({ vi: 'hộ', en: 'households' });
    });

    it('rejects a blank Vietnamese word and a word that is not text, each at its language', () => {
      expect(where(validateDocument(one({ unit: { vi: ' ', en: 'households' }, value: 5 })))).to.deep.equal([
        { path: 'unit.vi', code: 'empty' },
      ]);
      expect(where(validateDocument(one({ unit: { vi: 3 }, value: 5 })))).to.deep.equal([{ path: 'unit.vi', code: 'type.string' }]);
      expect(where(validateDocument(one({ unit: { vi: 'hộ', en: 5 }, value: 5 })))).to.deep.equal([
        { path: 'unit.en', code: 'type.string' },
      ]);
    });

    for (const unit of [null, 7, ['thuê bao']]) {
      it(`rejects the unit ${JSON.stringify(unit)}`, () => {
        expect(where(validateDocument(one({ unit, value: 5 })))).to.deep.equal([{ path: 'unit', code: 'type.text' }]);
      });
    }

    it('reads { vi: "%", en: "%" } as a percentage, holding every figure to 0–100', () => {
      const unit = { vi: '%', en: '%' };
      expect(validateDocument(one({ unit, value: 100 })).ok).to.be.true;
      expect(where(validateDocument(one({ unit, value: 101 })))).to.deep.equal([{ path: 'value', code: 'range.percent' }]);
      expect(where(validateDocument(one({ unit, target: { value: 120 } })))).to.deep.equal([
        { path: 'target.value', code: 'range.percent' },
      ]);
    });

    it('rejects "%" in one language but a word in another, since a percentage in one language only would be a guess', () => {
      expect(where(validateDocument(one({ unit: { vi: '%', en: 'percent' }, value: 5 })))).to.deep.equal([
        { path: 'unit.en', code: 'unit.percent' },
      ]);
      const errors = errorsOf(validateDocument(one({ unit: { vi: 'điểm', en: '%' }, value: 5 })));
      expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'unit.en', code: 'unit.percent' }]);
      expect(errors[0].message.en).to.equal('may be "%" only where every language is "%"');
    });
  });

  describe('series', () => {
    it('accepts a history written oldest first', () => {
      const series = [
        { asOf: '2022', value: 30 },
        { asOf: '2023-06', value: 35 },
        { asOf: '2024', value: 41.5 },
      ];
      expect(valueOf(validateDocument(one({ series }))).indicators[0].series).to.deep.equal(series);
    });

    it('rejects a history written newest first, naming the point out of order', () => {
      const series = [
        { asOf: '2024', value: 41.5 },
        { asOf: '2023', value: 35 },
      ];
      const [error] = errorsOf(validateDocument(one({ series })));
      expect(error).to.include({ path: 'series[1]', code: 'series.order' });
      expect(error.message.en).to.equal('must run oldest first, no repeats (2023 after 2024)');
    });

    it('rejects the same date twice, because a trend cannot have two values at one time', () => {
      const series = [
        { asOf: '2023', value: 35 },
        { asOf: '2024', value: 40 },
        { asOf: '2024', value: 41.5 },
      ];
      expect(where(validateDocument(one({ series })))).to.deep.equal([{ path: 'series[2]', code: 'series.order' }]);
    });
  });

  describe('count and rank', () => {
    it('accepts a count where part equals whole', () => {
      expect(validateDocument(one({ value: 100, count: { part: 96, whole: 96, unit: 'thôn' } })).ok).to.be.true;
    });

    it('rejects a count whose part is larger than its whole', () => {
      const [error] = errorsOf(validateDocument(one({ count: { part: 104564, whole: 104563 } })));
      expect(error).to.include({ path: 'count.part', code: 'count.part' });
      expect(error.message.en).to.equal('part (104564) must not exceed whole (104563)');
    });

    it('accepts the last place in a ranking', () => {
      expect(validateDocument(one({ rank: { position: 63, of: 63, asOf: '2024' } })).ok).to.be.true;
    });

    it('rejects a rank position beyond the number ranked', () => {
      const [error] = errorsOf(validateDocument(one({ rank: { position: 64, of: 63 } })));
      expect(error).to.include({ path: 'rank.position', code: 'rank.position' });
      expect(error.message.vi).to.equal('position (64) không được lớn hơn of (63)');
    });

    it('accepts a rank-only indicator without value', () => {
      expect(validateDocument({ label: 'Chỉ số DTI', rank: { position: 7, of: 63 } }).ok).to.be.true;
    });

    it('accepts a comparison across areas without value', () => {
      expect(validateDocument({ label: 'Phủ sóng', unit: '%', areas: [{ code: '12', value: 97.27 }] }).ok).to.be.true;
    });
  });

  describe('duplicates in a collection', () => {
    it('rejects the same id twice for the same area, naming the first one', () => {
      const doc = collection();
      doc.indicators.push({ id: 'mobile-coverage-villages', label: 'Lặp', unit: '%', value: 90 });
      const [error] = errorsOf(validateDocument(doc));
      expect(error).to.include({ path: 'indicators[3].id', code: 'indicator.duplicate' });
      expect(error.message.en).to.equal('repeats id "mobile-coverage-villages" for the same area as indicators[0]');
    });

    it('accepts the same id once per area', () => {
      const doc = collection();
      doc.indicators.push({
        id: 'mobile-coverage-villages',
        label: 'Phủ sóng',
        unit: '%',
        value: 95,
        area: { code: '06', name: 'Bắc Kạn' },
      });
      expect(validateDocument(doc).ok).to.be.true;
    });

    it("counts the collection's default area when comparing areas", () => {
      const doc = collection();
      doc.indicators.push({ id: 'mobile-coverage-villages', label: 'Lặp', unit: '%', value: 90, area: { code: '12' } });
      expect(where(validateDocument(doc))).to.deep.equal([{ path: 'indicators[3].id', code: 'indicator.duplicate' }]);
    });
  });

  describe('unknown fields', () => {
    it('ignores unknown fields at every level, so newer documents still load', () => {
      const doc = collection();
      doc.publisher = { logo: 'x.png' };
      doc.indicators[0].colour = 'red';
      doc.indicators[0].source = { name: 'Sở', licence: 'CC-BY' };
      const feed = valueOf(validateDocument(doc));
      expect(feed).to.not.have.property('publisher');
      expect(feed.indicators[0]).to.not.have.property('colour');
      expect(feed.indicators[0].source).to.deep.equal({ name: 'Sở' });
    });

    it('ignores an unknown field even when its value would be invalid for a known one', () => {
      expect(validateDocument(one({ valueText: 'trên 76%', future: null })).ok).to.be.true;
    });
  });
});

describe('readIndicator', () => {
  it('adds its errors to the list it is given, under the path it is given', () => {
    const errors: ValidationError[] = [{ path: 'earlier', code: 'json', message: { vi: 'a', en: 'b' } }];
    expect(readIndicator({ label: 'x', value: 'y' }, 'indicators[2]', errors)).to.be.undefined;
    expect(errors.map((e) => e.path)).to.deep.equal(['earlier', 'indicators[2].value']);
  });

  it('requires an id only when asked to, as inside a collection', () => {
    const errors: ValidationError[] = [];
    expect(readIndicator({ label: 'x', value: 1 }, '', errors)).to.deep.equal({ label: 'x', value: 1, direction: 'up' });
    expect(readIndicator({ label: 'x', value: 1 }, 'indicators[0]', errors, {}, true)).to.be.undefined;
    expect(errors.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'indicators[0].id', code: 'required' }]);
  });

  it('applies the defaults it is given to fields the indicator lacks', () => {
    const defaults = { source: { name: 'Sở' }, area: { code: '12' }, asOf: '2024' };
    expect(readIndicator({ label: 'x', value: 1, asOf: '2023' }, '', [], defaults)).to.deep.equal({
      label: 'x',
      value: 1,
      asOf: '2023',
      area: { code: '12' },
      source: { name: 'Sở' },
      direction: 'up',
    });
  });
});

describe('selectIndicator', () => {
  it('picks a member by id, with the collection defaults applied', () => {
    const indicator = valueOf(selectIndicator(collection(), { indicator: 'wireless-internet-coverage' }));
    expect(indicator).to.deep.equal({
      id: 'wireless-internet-coverage',
      label: 'Thôn có Internet không dây',
      unit: '%',
      value: 82.93,
      direction: 'up',
      asOf: '2024',
      area: { code: '12', name: 'Lai Châu' },
      source: { name: 'Sở TT&TT Lai Châu', url: 'https://sotttt.laichau.gov.vn' },
    });
  });

  it('picks the member for the given area where several share an id', () => {
    const doc = collection();
    doc.indicators.push({
      id: 'mobile-coverage-villages',
      label: 'Phủ sóng',
      unit: '%',
      value: 95.1,
      area: { code: '06', name: 'Bắc Kạn' },
    });
    expect(valueOf(selectIndicator(doc, { indicator: 'mobile-coverage-villages', area: '06' })).value).to.equal(95.1);
    expect(valueOf(selectIndicator(doc, { indicator: 'mobile-coverage-villages', area: '12' })).value).to.equal(97.27);
  });

  it('asks for an area where several members share the id, listing the areas', () => {
    const doc = collection();
    doc.indicators.push({ id: 'mobile-coverage-villages', label: 'Phủ sóng', unit: '%', value: 95.1, area: { code: '06' } });
    const [error] = errorsOf(selectIndicator(doc, { indicator: 'mobile-coverage-villages' }));
    expect(error).to.include({ path: 'indicators', code: 'area.choose' });
    expect(error.message.en).to.equal('"mobile-coverage-villages" has several areas: set area="…"; there are: 12, 06');
  });

  it('names the areas available when the given area has no such member', () => {
    const [error] = errorsOf(selectIndicator(collection(), { indicator: 'mobile-coverage-villages', area: '06' }));
    expect(error).to.include({ path: 'indicators', code: 'area.unknown' });
    expect(error.message.vi).to.equal('"mobile-coverage-villages" không có địa bàn "06"; có: 12');
  });

  it('rejects an unknown id, listing the ids that exist', () => {
    const [error] = errorsOf(selectIndicator(collection(), { indicator: 'fixed-broadband' }));
    expect(error).to.include({ path: 'indicators', code: 'indicator.unknown' });
    const ids = 'mobile-coverage-villages, wireless-internet-coverage, smartphone-subscriptions';
    expect(error.message.en).to.equal(`no indicator "fixed-broadband"; there are: ${ids}`);
    expect(error.message.vi).to.equal(`không có chỉ số "fixed-broadband"; có: ${ids}`);
  });

  it('requires a pick when the collection has several members, listing the ids', () => {
    const [error] = errorsOf(selectIndicator(collection()));
    expect(error).to.include({ path: 'indicators', code: 'indicator.choose' });
    expect(error.message.en).to.contain('mobile-coverage-villages, wireless-internet-coverage, smartphone-subscriptions');
    expect(error.message.vi).to.contain('mobile-coverage-villages, wireless-internet-coverage, smartphone-subscriptions');
  });

  it('needs no pick from a collection of one', () => {
    const doc = collection();
    doc.indicators = [doc.indicators[2]];
    const indicator = valueOf(selectIndicator(doc));
    expect(indicator.id).to.equal('smartphone-subscriptions');
    expect(indicator.area).to.deep.equal({ code: '12', name: 'Lai Châu' });
  });

  it('needs no pick from a single indicator', () => {
    expect(valueOf(selectIndicator(one())).value).to.equal(41.5);
  });

  it('accepts a pick that names the single indicator by its own id', () => {
    expect(valueOf(selectIndicator(one({ id: 'households-fiber-broadband' }), { indicator: 'households-fiber-broadband' })).value).to.equal(
      41.5,
    );
  });

  it('rejects a single indicator whose id is not the one asked for, because it is another figure', () => {
    const [error] = errorsOf(selectIndicator(one({ id: 'households-fiber-broadband' }), { indicator: 'mobile-coverage-villages' }));
    expect(error).to.include({ path: 'id', code: 'indicator.unknown' });
    expect(error.message.en).to.equal('no indicator "mobile-coverage-villages"; there are: households-fiber-broadband');
  });

  it('selects a valid member although a sibling is broken, so one bad figure does not blank every article', () => {
    const doc = collection();
    doc.indicators[0].value = 'chín mươi bảy';
    doc.indicators[1].id = 'Not An Id';
    expect(valueOf(selectIndicator(doc, { indicator: 'smartphone-subscriptions' })).value).to.equal(320000);
  });

  it('reports the broken member when that is the one selected', () => {
    const doc = collection();
    doc.indicators[0].value = 'chín mươi bảy';
    expect(where(selectIndicator(doc, { indicator: 'mobile-coverage-villages' }))).to.deep.equal([
      { path: 'indicators[0].value', code: 'type.number' },
    ]);
  });

  it('still reports a broken collection default, which the selected member would inherit', () => {
    const doc = collection();
    doc.asOf = '2024-13';
    expect(where(selectIndicator(doc, { indicator: 'mobile-coverage-villages' }))).to.deep.equal([{ path: 'asOf', code: 'pattern.date' }]);
  });

  it('rejects a collection whose indicators are not a list', () => {
    expect(where(selectIndicator({ indicators: 'mobile' }, { indicator: 'mobile' }))).to.deep.equal([
      { path: 'indicators', code: 'type.array' },
    ]);
  });

  it('rejects an empty collection', () => {
    expect(where(selectIndicator({ indicators: [] }))).to.deep.equal([{ path: 'indicators', code: 'empty' }]);
  });

  it('rejects a document that is not an object', () => {
    expect(where(selectIndicator('97.27'))).to.deep.equal([{ path: '', code: 'type.object' }]);
  });

  describe('overrides', () => {
    it("replace the member's fields, as explicit attributes win", () => {
      const indicator = valueOf(
        selectIndicator(
          collection(),
          { indicator: 'mobile-coverage-villages' },
          { value: 98, label: 'Phủ sóng 4G', source: { name: 'Viettel' } },
        ),
      );
      expect(indicator.value).to.equal(98);
      expect(indicator.label).to.equal('Phủ sóng 4G');
      expect(indicator.source).to.deep.equal({ name: 'Viettel' });
      expect(indicator.unit).to.equal('%');
    });

    it('are validated like the document: a value of 150 with unit % fails', () => {
      const [error] = errorsOf(selectIndicator(collection(), { indicator: 'mobile-coverage-villages' }, { value: 150 }));
      expect(error).to.include({ path: 'indicators[0].value', code: 'range.percent' });
      expect(error.message.en).to.equal('is a percentage, must be 0 to 100 (it is 150)');
    });

    it('are validated against an overridden unit as well', () => {
      expect(where(selectIndicator(collection(), { indicator: 'smartphone-subscriptions' }, { unit: '%' }))).to.deep.equal([
        { path: 'indicators[2].value', code: 'range.percent' },
      ]);
    });

    it('reject a blank label or an unknown hedge given as an attribute', () => {
      const overrides = { label: ' ', approx: 'roughly' } as unknown as Parameters<typeof selectIndicator>[2];
      expect(where(selectIndicator(one(), {}, overrides))).to.deep.equal([
        { path: 'label', code: 'empty' },
        { path: 'approx', code: 'enum' },
      ]);
    });

    it("change a target's value but keep the document's deadline", () => {
      const doc = collection();
      doc.indicators[0].target = { value: 100, by: '2025-12-31', label: 'Mục tiêu tỉnh' };
      const indicator = valueOf(selectIndicator(doc, { indicator: 'mobile-coverage-villages' }, { target: { value: 98 } }));
      expect(indicator.target).to.deep.equal({ value: 98, by: '2025-12-31', label: 'Mục tiêu tỉnh' });
    });

    it('give a target where the document has none', () => {
      const indicator = valueOf(selectIndicator(one(), {}, { target: { value: 80 } }));
      expect(indicator.target).to.deep.equal({ value: 80 });
    });

    it('apply to a single indicator as well', () => {
      expect(valueOf(selectIndicator(one(), {}, { value: 43.2, asOf: '2025' }))).to.include({ value: 43.2, asOf: '2025' });
    });
  });
});

describe('parseJson', () => {
  it('returns the parsed value of valid JSON', () => {
    expect(valueOf(parseJson('{"label":"Hộ","value":41.5}'))).to.deep.equal({ label: 'Hộ', value: 41.5 });
  });

  it('turns a syntax error into an error at the document root, in both languages', () => {
    const [error] = errorsOf(parseJson('{"label": "Hộ", "value": 41,5}'));
    expect(error.path).to.equal('');
    expect(error.code).to.equal('json');
    expect(error.message.vi).to.match(/^không phải JSON hợp lệ \(.+\)$/);
    expect(error.message.en).to.match(/^is not valid JSON \(.+\)$/);
  });

  it('says where the text stops being JSON in the reader’s words, not the browser’s', () => {
    const [error] = errorsOf(parseJson('{"label": "Hộ", "value": 41,5}'));
    // Chrome's "Expected double-quoted property name in JSON at position 28 (line 1 column 29)".
    expect(error.message).to.deep.equal({ vi: 'không phải JSON hợp lệ (dòng 1, cột 29)', en: 'is not valid JSON (line 1, column 29)' });
    // Lines counted as editors count them, a CRLF as one break.
    expect(errorsOf(parseJson('{\r\n  "value": 1,\r\n}')).map((e) => e.message.vi)).to.deep.equal([
      'không phải JSON hợp lệ (dòng 3, cột 1)',
    ]);
  });

  it('places a text that ends too soon at its end', () => {
    expect(errorsOf(parseJson('{"label": "Hộ",\n  "value": ')).map((e) => e.message.vi)).to.deep.equal([
      'không phải JSON hợp lệ (dòng 2, cột 12)',
    ]);
  });

  /** parseJson's problem with `text` when JSON.parse throws `said`, as another browser's does. */
  function asThrown(said: string, text = '{"a": 1,\n  "b": x}') {
    const parse = JSON.parse;
    JSON.parse = () => {
      throw new SyntaxError(said);
    };
    try {
      return errorsOf(parseJson(text))[0];
    } finally {
      JSON.parse = parse;
    }
  }

  it('reads the place from what Firefox and Safari say, and says nothing of their words in Vietnamese', () => {
    const firefox = asThrown('JSON.parse: unexpected character at line 2 column 8 of the JSON data');
    expect(firefox).to.deep.include({ path: '', code: 'json' });
    expect(firefox.message).to.deep.equal({ vi: 'không phải JSON hợp lệ (dòng 2, cột 8)', en: 'is not valid JSON (line 2, column 8)' });
    expect(asThrown('JSON Parse error: Unexpected EOF', '{"a": 1').message.vi).to.equal('không phải JSON hợp lệ (dòng 1, cột 8)');
    // No place at all: the Vietnamese says only what is wrong; the English keeps the engine's words.
    const safari = asThrown("JSON Parse error: Expected '}'");
    expect(safari.code).to.equal('json.unplaced');
    expect(safari.message).to.deep.equal({ vi: 'không phải JSON hợp lệ', en: "is not valid JSON (JSON Parse error: Expected '}')" });
  });

  it("takes no place from the document's own words that an engine quotes", () => {
    // V8 quotes the text where it says no place: a "position 3" or an "end of" in it is no place.
    const quoted = asThrown('Unexpected token \'x\', "{"note": "end of position 3" x" is not valid JSON', '{"note": "end of position 3" x');
    expect(quoted.code).to.equal('json.unplaced');
    const firefoxQuoted = asThrown(
      'JSON.parse: unexpected character at line 1 column 30 of the JSON data',
      '{"a": "line 9 column 9 of the JSON data" x}',
    );
    expect(firefoxQuoted.message.en).to.equal('is not valid JSON (line 1, column 30)');
  });

  it('rejects empty text', () => {
    expect(where(parseJson(''))).to.deep.equal([{ path: '', code: 'json' }]);
  });

  it('rejects a trailing comma, as hand-written JSON often has', () => {
    expect(parseJson('{"value": 1,}').ok).to.be.false;
  });
});

describe('text a reader cannot see or that reorders, impossible dates, runaway depth', () => {
  it('refuses bidi controls in labels and names, naming them in both languages', () => {
    const [error] = errorsOf(validateDocument(one({ area: { code: '01', name: 'Hà Nội\u202e' }, rank: { position: 12, of: 63 } })));
    expect(error.path).to.equal('area.name');
    expect(error.code).to.equal('text.bidi');
    expect(error.message.vi).to.contain('U+202E').and.contain('ký tự điều khiển hướng chữ');
    expect(error.message.en).to.contain('U+202E').and.contain('bidi controls');
  });

  it('refuses every embedding, override and isolate control, in every text the widgets draw, at the language that holds it', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of controls) {
      const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
      expect(errorsOf(validateDocument(one({ label: `Hộ${c}` })))[0].message.en, code).to.contain(code);
    }
    const doc = collection();
    doc.title = { vi: 'Chuyển đổi số', en: 'Digital\u2067 transformation' };
    doc.indicators[0] = { ...doc.indicators[0], note: 'a\u202b', unit: '%\u202d', benchmarks: [{ label: 'Cả nước\u2066', value: 1 }] };
    doc.indicators[1] = { ...doc.indicators[1], areas: [{ code: '12\u202a', value: 1 }], count: { part: 1, whole: 2, unit: 'thôn\u2069' } };
    doc.source = { name: 'Sở\u202e\u202e\u2066' };
    expect(where(validateDocument(doc))).to.deep.equal([
      { path: 'title.en', code: 'text.bidi' },
      { path: 'source.name', code: 'text.bidi' },
      { path: 'indicators[0].unit', code: 'text.bidi' },
      { path: 'indicators[0].benchmarks[0].label', code: 'text.bidi' },
      { path: 'indicators[0].note', code: 'text.bidi' },
      { path: 'indicators[1].count.unit', code: 'text.bidi' },
      { path: 'indicators[1].areas[0].code', code: 'text.bidi' },
    ]);
    // Each control named once.
    expect(errorsOf(validateDocument(doc))[1].message.en).to.contain('controls U+202E, U+2066: remove');
  });

  it('accepts right-to-left letters and the LRM/RLM marks, which are text (the elements isolate them)', () => {
    expect(validateDocument(one({ label: 'ממוצע ארצי\u200f', area: { code: 'x', name: 'تونس\u200e' } })).ok).to.equal(true);
  });

  it('refuses a label, name or note made only of characters that draw nothing', () => {
    for (const blank of ['\u200b', '\u200c\u200d', '\u2060', '\ufeff', ' \u200b\u00a0\u3000', '\u00ad', '\u3164']) {
      const escaped = JSON.stringify(blank);
      expect(where(validateDocument(one({ label: blank }))), escaped).to.deep.equal([{ path: 'label', code: 'empty' }]);
      expect(where(validateDocument(one({ note: blank }))), escaped).to.deep.equal([{ path: 'note', code: 'empty' }]);
      expect(where(validateDocument(one({ area: { code: blank } }))), escaped).to.deep.equal([{ path: 'area.code', code: 'empty' }]);
      expect(where(validateDocument(one({ label: { vi: blank, en: '\u2060' } }))), escaped).to.deep.equal([
        { path: 'label', code: 'type.text' },
      ]);
    }
    // A visible letter among them is text.
    expect(validateDocument(one({ label: '\u200bHộ\u200b' })).ok).to.equal(true);
  });

  it('says a date in the right form that the calendar does not have is not a real date', () => {
    const [error] = errorsOf(validateDocument(one({ asOf: '2024-02-30' })));
    expect(error.code).to.equal('date.real');
    expect(error.message.vi).to.equal('không phải ngày có thật (2024-02-30)');
    expect(error.message.en).to.equal('is not a real date (2024-02-30)');
    expect(error.message.en).not.to.contain('YYYY');
  });

  it('accepts years from 1900 to 2100 and refuses others, year 0000 included', () => {
    for (const asOf of ['1900', '2100-12-31', '2050-06']) expect(validateDocument(one({ asOf })).ok, asOf).to.equal(true);
    for (const asOf of ['0000', '1899-12-31', '2101', '9999-01', '0000-02-29']) {
      const [error] = errorsOf(validateDocument(one({ asOf })));
      expect(error.code, asOf).to.equal('date.year');
      expect(error.message.en).to.equal(`must be within the years 1900–2100 (${asOf})`);
    }
    expect(where(validateDocument(one({ target: { value: 80, by: '0000' } })))).to.deep.equal([{ path: 'target.by', code: 'date.year' }]);
  });

  /** `{ extra: { x: { x: … } } }`, `levels` deep under `extra`. */
  const nested = (levels: number) => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 1; i < levels; i += 1) node = (node.x = {}) as Record<string, unknown>;
    return root;
  };

  it('refuses a document nested deeper than 64 levels with an error, however deep, instead of overflowing the stack', () => {
    const deep = one({ extra: nested(100_000) });
    for (const result of [validateDocument(deep), selectIndicator(deep)]) {
      expect(where(result)).to.deep.equal([{ path: 'extra.x.x.x…', code: 'depth' }]);
    }
    expect(where(selectIndicator({ indicators: [deep] }))).to.deep.equal([{ path: 'indicators[0].extra.x…', code: 'depth' }]);
    expect(errorsOf(validateDocument(deep))[0].message).to.deep.equal({ vi: 'lồng quá 64 tầng', en: 'is nested over 64 levels deep' });
    // As JSON text, before it is parsed, where it passes the limit (limits.test.ts).
    const text = `{"label":"Hộ","value":1,"extra":${'{"x":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    expect(where(parseJson(text))).to.deep.equal([{ path: '', code: 'json.depth' }]);
  });

  it('accepts unknown fields nested up to the limit', () => {
    expect(validateDocument(one({ extra: nested(63) })).ok).to.equal(true);
    expect(where(validateDocument(one({ extra: nested(64) })))[0].code).to.equal('depth');
  });
});

describe('dated targets (issue 20)', () => {
  // Deadlines far from any test run's today: 2001 has passed, 2098 and 2099 have not (years stay within 1900–2100).
  const plan = [
    { value: 50, by: '2001' },
    { value: 80, by: '2098-06' },
    { value: 100, by: '2099', label: 'Kế hoạch 2099' },
  ];

  it('keeps a list of targets whole, and gives single-goal readers the earliest not yet passed', () => {
    const [indicator] = valueOf(validateDocument(one({ target: plan }))).indicators;
    expect(indicator.targets).to.deep.equal(plan);
    expect(indicator.target).to.deep.equal(plan[1]);
  });

  it('gives the last target when every deadline has passed', () => {
    const passed = [
      { value: 50, by: '2001' },
      { value: 80, by: '2002' },
    ];
    expect(valueOf(validateDocument(one({ target: passed }))).indicators[0].target).to.deep.equal(passed[1]);
  });

  it('leaves a single target as it was, without a list', () => {
    const [indicator] = valueOf(validateDocument(one({ target: { value: 80, by: '2025' } }))).indicators;
    expect(indicator.target).to.deep.equal({ value: 80, by: '2025' });
    expect(indicator).not.to.have.property('targets');
  });

  it('rejects a list out of deadline order, naming the deadline and the one before it', () => {
    const [error] = errorsOf(validateDocument(one({ target: [plan[1], plan[0]] })));
    expect(error).to.include({ path: 'target[1].by', code: 'target.order' });
    expect(error.message.vi).to.equal('phải xếp theo hạn, sớm trước, không trùng (2001 sau 2098-06)');
  });

  it('needs a deadline on every target of a list', () => {
    expect(where(validateDocument(one({ target: [{ value: 50 }] })))).to.deep.equal([{ path: 'target[0].by', code: 'required' }]);
  });

  it('reads a hedge on a history point', () => {
    const series = [{ asOf: '2023', value: 76, approx: 'over' }];
    expect(valueOf(validateDocument(one({ series }))).indicators[0].series).to.deep.equal(series);
    expect(where(validateDocument(one({ series: [{ asOf: '2023', value: 76, approx: 'trên' }] })))).to.deep.equal([
      { path: 'series[0].approx', code: 'enum' },
    ]);
  });
});

describe('rank goals (issue 21)', () => {
  // Thái Nguyên's plan: among the 15 leading provinces by 2025, the 10 leading by 2030.
  const plan = [
    { top: 15, by: '2025' },
    { top: 10, by: '2030', label: { vi: 'Kế hoạch chuyển đổi số', en: 'Digital transformation plan' } },
  ];
  const rankOnly = (rank: unknown) => ({ label: 'Chỉ số DTI', rank });

  it('reads one goal and a list of them, kept as written', () => {
    const one_ = { position: 18, of: 63, target: { top: 15, by: '2025' } };
    expect(valueOf(validateDocument(rankOnly(one_))).indicators[0].rank).to.deep.equal(one_);
    const list = { position: 18, of: 63, target: plan };
    expect(valueOf(validateDocument(rankOnly(list))).indicators[0].rank).to.deep.equal(list);
  });

  it('accepts a goal without a deadline, and a goal alone without a place', () => {
    expect(validateDocument(rankOnly({ of: 63, target: { top: 15 } })).ok).to.equal(true);
    expect(validateDocument(rankOnly({ of: 34, target: plan })).ok).to.equal(true);
  });

  it('needs the place when there is no goal, saying the goal would do', () => {
    const [error] = errorsOf(validateDocument(rankOnly({ of: 63 })));
    expect(error).to.include({ path: 'rank.position', code: 'rank.place' });
    expect(error.message.vi).to.equal('bắt buộc phải có, trừ khi rank có target (mục tiêu)');
    expect(error.message.en).to.equal('is required unless rank has a target (a goal)');
  });

  it('reports a missing place together with the other faults of the rank', () => {
    expect(where(validateDocument(rankOnly({ of: 0 })))).to.deep.equal([
      { path: 'rank.position', code: 'rank.place' },
      { path: 'rank.of', code: 'type.integer' },
    ]);
  });

  it('holds top to a whole number from 1 to of, in one goal and in each of a list', () => {
    expect(validateDocument(rankOnly({ of: 63, target: { top: 63 } })).ok).to.equal(true);
    expect(validateDocument(rankOnly({ of: 63, target: { top: 1 } })).ok).to.equal(true);
    expect(where(validateDocument(rankOnly({ of: 63, target: { top: 0 } })))).to.deep.equal([
      { path: 'rank.target.top', code: 'type.integer' },
    ]);
    expect(where(validateDocument(rankOnly({ of: 63, target: { top: 7.5 } })))).to.deep.equal([
      { path: 'rank.target.top', code: 'type.integer' },
    ]);
    expect(where(validateDocument(rankOnly({ of: 63, target: { top: '15' } })))).to.deep.equal([
      { path: 'rank.target.top', code: 'type.number' },
    ]);
    expect(where(validateDocument(rankOnly({ of: 63, target: { by: '2025' } })))).to.deep.equal([
      { path: 'rank.target.top', code: 'required' },
    ]);
    const [error] = errorsOf(
      validateDocument(
        rankOnly({
          of: 34,
          target: [
            { top: 15, by: '2025' },
            { top: 40, by: '2030' },
          ],
        }),
      ),
    );
    expect(error).to.include({ path: 'rank.target[1].top', code: 'rank.top' });
    expect(error.message.en).to.equal('top (40) must not exceed of (34)');
  });

  it('reads each deadline as the format reads dates', () => {
    expect(where(validateDocument(rankOnly({ of: 63, target: { top: 15, by: 'năm 2025' } })))).to.deep.equal([
      { path: 'rank.target.by', code: 'pattern.date' },
    ]);
    expect(where(validateDocument(rankOnly({ of: 63, target: { top: 15, by: '2025-02-30' } })))).to.deep.equal([
      { path: 'rank.target.by', code: 'date.real' },
    ]);
    expect(where(validateDocument(rankOnly({ of: 63, target: { top: 15, by: '2204' } })))).to.deep.equal([
      { path: 'rank.target.by', code: 'date.year' },
    ]);
  });

  it('needs a list earliest first, each with its deadline, and not empty', () => {
    const [error] = errorsOf(validateDocument(rankOnly({ of: 63, target: [plan[1], plan[0]] })));
    expect(error).to.include({ path: 'rank.target[1].by', code: 'target.order' });
    expect(error.message.vi).to.equal('phải xếp theo hạn, sớm trước, không trùng (2025 sau 2030)');
    // "2025" runs to 31/12/2025, after "2025-06".
    expect(
      where(
        validateDocument(
          rankOnly({
            of: 63,
            target: [
              { top: 15, by: '2025' },
              { top: 10, by: '2025-06' },
            ],
          }),
        ),
      ),
    ).to.deep.equal([{ path: 'rank.target[1].by', code: 'target.order' }]);
    expect(where(validateDocument(rankOnly({ of: 63, target: [{ top: 15 }] })))).to.deep.equal([
      { path: 'rank.target[0].by', code: 'required' },
    ]);
    expect(where(validateDocument(rankOnly({ of: 63, target: [] })))).to.deep.equal([{ path: 'rank.target', code: 'empty' }]);
    expect(where(validateDocument(rankOnly({ of: 63, target: 15 })))).to.deep.equal([{ path: 'rank.target', code: 'type.object' }]);
  });

  it('holds a goal label to the limits and the bidi rule of other text', () => {
    const labelled = (label: unknown) => rankOnly({ of: 63, target: { top: 15, by: '2025', label } });
    expect(validateDocument(labelled('x'.repeat(10_000))).ok).to.equal(true);
    expect(where(validateDocument(labelled('x'.repeat(10_001))))).to.deep.equal([{ path: 'rank.target.label', code: 'limit.text' }]);
    expect(where(validateDocument(labelled({ vi: 'Kế hoạch', en: 'x'.repeat(10_001) })))).to.deep.equal([
      { path: 'rank.target.label.en', code: 'limit.text' },
    ]);
    expect(where(validateDocument(labelled('Kế hoạch\u202e')))).to.deep.equal([{ path: 'rank.target.label', code: 'text.bidi' }]);
    expect(where(validateDocument(labelled({ vi: '\u2066Kế hoạch' })))).to.deep.equal([
      { path: 'rank.target.label.vi', code: 'text.bidi' },
    ]);
    expect(where(validateDocument(labelled('\u200b ')))).to.deep.equal([{ path: 'rank.target.label', code: 'empty' }]);
    // Markup is text: kept as written, never read as HTML.
    expect(valueOf(validateDocument(labelled('<img src=x onerror=alert(1)>'))).indicators[0].rank?.target).to.deep.equal({
      top: 15,
      by: '2025',
      label: '<img src=x onerror=alert(1)>',
    });
  });

  it('still holds a place to the number ranked when a goal is given', () => {
    expect(where(validateDocument(rankOnly({ position: 64, of: 63, target: { top: 15 } })))).to.deep.equal([
      { path: 'rank.position', code: 'rank.position' },
    ]);
  });
});

describe('readRank (rules.ts): a rank alone, for tools that size its goal', () => {
  it('reads a rank as a member’s is read, and refuses what a member’s would', () => {
    const goal = { top: 15, by: '2025' };
    expect(readRank({ position: 18, of: 63, target: goal })).to.deep.equal({ ok: true, value: { position: 18, of: 63, target: goal } });
    for (const [raw, code] of [
      [{ position: 18, of: 10, target: goal }, 'rank.position'],
      [{ of: 10, target: { top: 15 } }, 'rank.top'],
      [{ of: 63, target: { top: 15, label: 'x'.repeat(20_000) } }, 'limit.text'],
      [{ of: 63 }, 'rank.place'],
    ] as const) {
      const read = readRank(raw);
      expect(read.ok, JSON.stringify(raw).slice(0, 60)).to.equal(false);
      if (!read.ok) expect(read.errors.map((e) => e.code)).to.include(code);
    }
  });
});
