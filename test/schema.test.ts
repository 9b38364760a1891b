import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';

import { validateDocument } from '../src/spec/validate.js';

/*
 * indicator.schema.json is the published form of the format; validate.ts is the one the
 * widgets run. They must agree on every document, except for the few rules JSON Schema
 * cannot say (listed in the schema's $comment), which only the validator enforces.
 */

type Json = Record<string, unknown>;

let schema: Json;
let validator: Validator;

before(async () => {
  const response = await fetch('/indicator.schema.json');
  schema = (await response.json()) as Json;
  // A copy for the validator: dereferencing annotates the schema it is given.
  validator = new Validator(structuredClone(schema) as Schema, '2020-12', false);
});

/** The schema's verdict, with its reasons for the assertion message. */
function bySchema(doc: unknown): { ok: boolean; why: string } {
  const result = validator.validate(doc);
  const why = result.errors.map((e) => `${e.instanceLocation} ${e.keyword}: ${e.error}`).join('\n');
  return { ok: result.valid, why };
}

/** The validator's verdict and the paths it names. */
function byValidator(doc: unknown): { ok: boolean; paths: string[] } {
  const result = validateDocument(doc);
  return { ok: result.ok, paths: result.ok ? [] : result.errors.map((e) => e.path) };
}

/** A deep copy of `doc` with the field at `path` (`a.b[0].c`) set to `value`, or removed when `value` is undefined. */
function patch(doc: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(doc);
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let node = copy as Json;
  keys.slice(0, -1).forEach((key) => (node = node[key] as Json));
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const label = { vi: 'Hộ gia đình có Internet cáp quang băng rộng', en: 'Households with fibre broadband' };

/** One indicator that uses every field of the format, every one of them right. */
const full = {
  id: 'households-fiber-broadband',
  label,
  unit: '%',
  value: 41.5,
  approx: 'about',
  asOf: '2024',
  area: { code: '12', name: 'Lai Châu' },
  count: { part: 43391, whole: 104563, unit: 'hộ' },
  direction: 'up',
  target: { value: 80, by: '2025-12-31', label: { vi: 'Kế hoạch chuyển đổi số 2025' } },
  baseline: { value: 20.1, asOf: '2020' },
  series: [
    { asOf: '2021', value: 25 },
    { asOf: '2022-06', value: 31.2 },
    { asOf: '2023-12-31', value: 38 },
  ],
  rank: { position: 7, of: 63, asOf: '2024' },
  benchmarks: [{ label: { vi: 'Cả nước', en: 'National average' }, value: 77.6 }],
  areas: [
    { code: '12', name: 'Lai Châu', value: 41.5, approx: 'about' },
    { code: '06', value: 55 },
  ],
  source: { name: 'Sở Thông tin và Truyền thông Lai Châu', url: 'https://sotttt.laichau.gov.vn/', published: '2025-01-15' },
  note: 'Số liệu sơ bộ.',
};

/** The smallest indicator: what is measured, and the figure. */
const bare = { label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000 };

/** A collection with every collection-level field. */
const feed = {
  title: { vi: 'Chuyển đổi số Lai Châu 2024', en: 'Lai Châu digital transformation 2024' },
  source: { name: 'Sở TT&TT Lai Châu', url: 'http://laichau.gov.vn', published: '2025-01' },
  area: { code: '12', name: 'Lai Châu' },
  asOf: '2024',
  indicators: [
    { id: 'mobile-coverage-villages', label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27 },
    { id: 'smartphone-subscriptions', label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000 },
  ],
};

interface Case {
  /** What the document is, finishing the sentence "accepts …" or "rejects …". */
  says: string;
  doc: unknown;
  /** Where the validator names the problem; absent for a valid document. */
  path?: string;
}

const valid = (says: string, doc: unknown): Case => ({ says, doc });
/** `base` with one field set to a wrong value (or removed): the validator must name that field. */
const broken = (says: string, base: unknown, path: string, value: unknown): Case => ({ says, doc: patch(base, path, value), path });

/** Long lists, for the limits: history points a day apart, areas, members with their own ids. */
const points = (n: number) =>
  // Day after day from 1990: years stay within 1900–2100.
  Array.from({ length: n }, (_, i) => ({ asOf: new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10), value: 50 }));
const areaList = (n: number) => Array.from({ length: n }, (_, i) => ({ code: String(i), value: 50 }));
/** A plan of `n` goals, one a year from 1950 (deadlines in order, years within 1900–2100). */
const yearly = (n: number, goal: object) => Array.from({ length: n }, (_, i) => ({ ...goal, by: String(1950 + i) }));
const members = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, label: 'Chỉ số', value: i }));
const plan = [
  { value: 50, by: '2024' },
  { value: 80, by: '2025-06', label: 'Kế hoạch 2025' },
  { value: 100, by: '2030' },
];

const rankPlan = [
  { top: 15, by: '2025' },
  { top: 10, by: '2030', label: 'Kế hoạch chuyển đổi số' },
];
const goalOnly = { label: 'Chỉ số DTI', rank: { of: 63, target: { top: 15, by: '2025', label: { vi: 'Kế hoạch 2025' } } } };

const agreed: Case[] = [
  // Issue 21: rank goals, one or a list; the place may then be absent.
  valid('a rank with a goal', patch(full, 'rank.target', { top: 15, by: '2025' })),
  valid('a rank with a list of goals, earliest first', patch(full, 'rank.target', rankPlan)),
  valid('a rank goal without a deadline', patch(full, 'rank.target', { top: 15 })),
  valid('a rank that gives only its goal, without a place', goalOnly),
  valid('a rank that gives only a list of goals', patch(goalOnly, 'rank.target', rankPlan)),
  broken('a rank without a place or a goal', full, 'rank.position', undefined),
  broken('a rank goal without top', goalOnly, 'rank.target.top', undefined),
  broken('a rank goal of top 0', goalOnly, 'rank.target.top', 0),
  broken('a rank goal of a fractional top', goalOnly, 'rank.target.top', 2.5),
  broken('a rank goal whose top is text', goalOnly, 'rank.target.top', '15'),
  broken('a rank goal deadline that is not a date', goalOnly, 'rank.target.by', 'năm 2025'),
  broken('a rank goal with a blank label', goalOnly, 'rank.target.label', ' '),
  broken('a rank goal label with a bidi override', goalOnly, 'rank.target.label.vi', 'Kế hoạch\u202e'),
  broken('a rank goal label of 10,001 characters', goalOnly, 'rank.target.label', 'x'.repeat(10_001)),
  broken('a rank goal given as a bare number', goalOnly, 'rank.target', 15),
  broken('an empty list of rank goals', goalOnly, 'rank.target', []),
  broken('a rank goal in a list without its deadline', patch(goalOnly, 'rank.target', rankPlan), 'rank.target[1].by', undefined),
  // Issue 20: a plan's dated targets, and hedged history points.
  valid('a list of dated targets, earliest first', patch(full, 'target', plan)),
  valid('a history point with its own hedge', patch(full, 'series[1].approx', 'over')),
  broken('an empty list of targets', full, 'target', []),
  broken('a target in a list without its deadline', patch(full, 'target', plan), 'target[1].by', undefined),
  broken('a target in a list that is a bare number', patch(full, 'target', plan), 'target[0]', 50),
  broken('a percentage target above 100 in a list', patch(full, 'target', plan), 'target[2].value', 120),
  broken('a history point with an unknown hedge', full, 'series[0].approx', 'roughly'),
  // Valid documents and variants.
  valid('the smallest indicator: a string label and a value', bare),
  valid('an indicator that uses every field of the format', full),
  valid('a rank-only indicator without a value', { label: 'Chỉ số DTI', rank: { position: 7, of: 63 } }),
  valid('a comparison across areas without a value', { label: 'DTI', areas: [{ code: '12', value: 0.41 }] }),
  valid('a target not yet measured, without a value', { label: 'Tài khoản thanh toán', unit: '%', target: { value: 50 } }),
  valid('unknown fields at every level, which newer documents may add', {
    ...(patch(patch(full, 'area.population', 512000), 'series[0].estimated', true) as Json),
    chart: { kind: 'gauge' },
  }),
  valid('a label object where one language is blank and another is not', patch(bare, 'label', { vi: ' ', en: 'Smartphone subscriptions' })),
  valid('a label in a language other than vi and en', patch(bare, 'label', { fr: 'Abonnements' })),
  valid('percentages of exactly 0 and 100 in every figure', {
    ...full,
    value: 0,
    target: { value: 100 },
    baseline: { value: 0, asOf: '2019' },
    series: [{ asOf: '2020', value: 100 }],
    benchmarks: [{ label: 'Cả nước', value: 100 }],
    areas: [{ code: '12', value: 0 }],
  }),
  valid('figures above 100 and below 0 when the unit is not "%"', {
    ...full,
    unit: 'hộ',
    value: 43391,
    target: { value: 104563 },
    baseline: { value: -12, asOf: '2019' },
    series: [{ asOf: '2020', value: 150000 }],
    benchmarks: [{ label: 'Trung bình vùng', value: 250 }],
    areas: [{ code: '12', value: -3 }],
  }),
  valid('figures above 100 when the unit is absent', patch(bare, 'unit', undefined)),
  valid(
    'counts far above 100 in a percentage indicator, since counts are not figures',
    patch(full, 'count', { part: 100000, whole: 200000 }),
  ),
  valid('a count whose part is 0', patch(full, 'count', { part: 0, whole: 1 })),
  valid('an http URL in capital letters', patch(full, 'source.url', 'HTTP://LAICHAU.GOV.VN/BAO-CAO')),
  valid('a full date on 29 February of a leap year', patch(full, 'asOf', '2024-02-29')),
  // Years 1900–2100 only: "0000" is a slip, not a period (validate.ts once read it as 1900, not a leap year).
  broken('29 February of the year 0000, outside 1900–2100', full, 'asOf', '0000-02-29'),
  broken('a year before 1900', full, 'target.by', '1899'),
  broken('a year after 2100', full, 'series[0].asOf', '2101'),
  valid('the first and last years, 1900 and 2100', patch(patch(full, 'baseline.asOf', '1900-01-01'), 'target.by', '2100-12-31')),
  // Text that draws nothing, and bidi controls (issue 16).
  broken('a label of zero-width characters only', full, 'label', '\u200b\u2060\ufeff '),
  broken('a label object whose every language draws nothing', full, 'label', { vi: '\u200c', en: '\u200d' }),
  broken('an area code of zero-width characters only', full, 'area.code', '\u200b'),
  broken('a bidi override in an area name', full, 'area.name', 'Hà Nội\u202e'),
  broken('a bidi isolate in a unit', full, 'count.unit', 'hộ\u2066'),
  broken('a bidi embedding in one language of a label', full, 'label.en', 'Households\u202b'),
  broken('a bidi control in a source name', full, 'source.name', '\u2069Sở'),
  valid('right-to-left letters and marks in a label and a name', patch(patch(full, 'label', 'ממוצע ארצי\u200f'), 'areas[1].name', 'تونس')),
  valid('direction "down" for an indicator where lower is better', patch(full, 'direction', 'down')),
  valid('an area name that is empty, since names are shown as given', patch(full, 'area.name', '')),
  valid('a collection with a title, a source, an area and an as-of date', feed),
  valid('a collection whose members share an id for different areas', {
    indicators: [
      { id: 'dti', label: 'DTI', value: 0.41, area: { code: '12' } },
      { id: 'dti', label: 'DTI', value: 0.52, area: { code: '06' } },
    ],
  }),
  valid('a collection with top-level fields that only an indicator has, which are ignored there', {
    ...feed,
    label: 42,
    unit: '%',
    value: 'không rõ',
  }),
  valid('a "%" unit at the top of a collection, which does not make its members percentages', {
    unit: '%',
    indicators: [{ id: 'subscriptions', label: 'Thuê bao', value: 320000 }],
  }),

  valid('a unit in Vietnamese and English', patch(bare, 'unit', { vi: 'thuê bao', en: 'subscribers' })),
  valid('a unit object in Vietnamese only', patch(bare, 'unit', { vi: 'thuê bao' })),
  valid('a unit object with a blank English word, as an empty spreadsheet cell writes it', patch(bare, 'unit', { vi: 'thuê bao', en: '' })),
  valid('a count unit in Vietnamese and English', patch(full, 'count.unit', { vi: 'hộ', en: 'households' })),
  valid('a percentage unit given as { vi: "%", en: "%" }', patch(full, 'unit', { vi: '%', en: '%' })),
  valid('an empty unit string, which is a bare number', patch(bare, 'unit', '')),
  valid('a unit object with a language other than vi and en, which is ignored', patch(bare, 'unit', { vi: 'thuê bao', fr: 4 })),

  // The document itself.
  { says: 'an array of indicators as the document', doc: [bare], path: '' },
  { says: 'null as the document', doc: null, path: '' },
  { says: 'a string as the document', doc: 'households-fiber-broadband', path: '' },
  { says: 'a number as the document', doc: 41.5, path: '' },

  // Each field of one indicator, in the format's order.
  broken('an id with capital letters', full, 'id', 'Households-Fiber'),
  broken('an id with a space', full, 'id', 'households fiber'),
  broken('an empty id', full, 'id', ''),
  broken('a numeric id', full, 'id', 12),
  broken('an indicator without a label', full, 'label', undefined),
  broken('a blank label', full, 'label', '   '),
  broken('a label object with no text', full, 'label', {}),
  broken('a label object whose texts are all blank', full, 'label', { vi: '', en: ' ' }),
  broken('a label object with a number in it', full, 'label', { vi: 'Hộ gia đình', en: 7 }),
  broken('a label that is an array of strings', full, 'label', ['Hộ gia đình']),
  broken('a numeric label', full, 'label', 7),
  broken('a numeric unit', full, 'unit', 100),
  { ...broken('a unit object without vi', bare, 'unit', { en: 'subscribers' }), path: 'unit.vi' },
  { ...broken('a unit object with a blank vi', bare, 'unit', { vi: ' ', en: 'subscribers' }), path: 'unit.vi' },
  { ...broken('a unit object with a number in it', bare, 'unit', { vi: 'thuê bao', en: 2 }), path: 'unit.en' },
  { ...broken('a unit object that says "%" in English only', bare, 'unit', { vi: 'điểm', en: '%' }), path: 'unit.en' },
  {
    ...broken('a unit object that says "%" in Vietnamese only', { ...bare, value: 5 }, 'unit', { vi: '%', en: 'percent' }),
    path: 'unit.en',
  },
  broken('a unit that is a list of words', bare, 'unit', ['thuê bao']),
  broken('a null unit', bare, 'unit', null),
  { ...broken('a count unit object without vi', full, 'count.unit', { en: 'households' }), path: 'count.unit.vi' },
  broken('a value written as text', bare, 'value', '320.000'),
  broken('a null value', bare, 'value', null),
  broken('an indicator with no value, rank, areas or target', bare, 'value', undefined),
  broken('an approx outside its list', full, 'approx', 'around'),
  broken('an approx in Vietnamese instead of its code', full, 'approx', 'khoảng'),
  broken('an as-of date in month 13', full, 'asOf', '2024-13'),
  broken('an as-of date with slashes', full, 'asOf', '2024/05/01'),
  broken('an as-of date with a one-digit month', full, 'asOf', '2024-5'),
  broken('an as-of year with two digits', full, 'asOf', '24'),
  broken('an as-of date on day 32', full, 'asOf', '2024-01-32'),
  broken('an as-of date given as a number', full, 'asOf', 2024),
  broken('an area given as a bare code', full, 'area', '12'),
  broken('an area without a code', full, 'area.code', undefined),
  broken('an area with a blank code', full, 'area.code', ' '),
  broken('an area with a numeric code', full, 'area.code', 12),
  broken('an area with a numeric name', full, 'area.name', 12),
  broken('a count given as a fraction string', full, 'count', '43391/104563'),
  broken('a count without its part', full, 'count.part', undefined),
  broken('a count with a negative part', full, 'count.part', -1),
  broken('a count without its whole', full, 'count.whole', undefined),
  broken('a count whose whole is 0', full, 'count.whole', 0),
  broken('a count whose whole is negative', full, 'count.whole', -5),
  broken('a count with a numeric unit', full, 'count.unit', 1),
  broken('a direction outside "up" and "down"', full, 'direction', 'higher'),
  broken('a target given as a bare number', full, 'target', 80),
  broken('a target without its value', full, 'target.value', undefined),
  broken('a target deadline that is not a date', full, 'target.by', 'cuối năm 2025'),
  broken('a target with a blank label', full, 'target.label', ''),
  broken('a baseline without its date', full, 'baseline.asOf', undefined),
  broken('a baseline without its value', full, 'baseline.value', undefined),
  broken('a baseline value written as text', full, 'baseline.value', '20,1'),
  broken('a series that is an object, not a list', full, 'series', { '2021': 25 }),
  broken('a series point that is a bare number', full, 'series[0]', 25),
  broken('a series point without its value', full, 'series[1].value', undefined),
  broken('a series point without its date', full, 'series[1].asOf', undefined),
  broken('a series point with a malformed date', full, 'series[0].asOf', '2021-00'),
  broken('a rank position of 0', full, 'rank.position', 0),
  broken('a fractional rank position', full, 'rank.position', 6.5),
  broken('a rank out of a fractional number', full, 'rank.of', 63.5),
  broken('a rank without the number ranked', full, 'rank.of', undefined),
  broken('a rank position written as text', full, 'rank.position', '7'),
  broken('a rank with a malformed date', full, 'rank.asOf', '2024-1-1'),
  broken('benchmarks that are not a list', full, 'benchmarks', { label: 'Cả nước', value: 77.6 }),
  broken('a benchmark without a label', full, 'benchmarks[0].label', undefined),
  broken('a benchmark value written as text', full, 'benchmarks[0].value', '77,6'),
  broken('areas that are not a list', full, 'areas', 'Lai Châu'),
  broken('an area figure without a code', full, 'areas[1].code', undefined),
  broken('an area figure with a blank code', full, 'areas[1].code', ''),
  broken('an area figure with a numeric name', full, 'areas[0].name', 12),
  broken('an area figure without a value', full, 'areas[1].value', undefined),
  broken('an area figure with an approx outside its list', full, 'areas[0].approx', 'roughly'),
  broken('a source given as a bare name', full, 'source', 'Sở TT&TT'),
  broken('a source without a name', full, 'source.name', undefined),
  broken('a source with a blank name', full, 'source.name', '  '),
  broken('a javascript: URL', full, 'source.url', 'javascript:alert(1)'),
  broken('an ftp URL', full, 'source.url', 'ftp://laichau.gov.vn/report.pdf'),
  broken('a URL without a scheme', full, 'source.url', 'laichau.gov.vn'),
  broken('a URL with a space in it', full, 'source.url', 'https://laichau.gov.vn/bao cao'),
  broken('a URL with nothing after the scheme', full, 'source.url', 'https://'),
  broken('a source publication date that is not a date', full, 'source.published', '15/01/2025'),
  broken('a blank note', full, 'note', ' '),
  broken('a numeric note', full, 'note', 1),

  // "%" means 0–100, in every figure.
  broken('a percentage above 100', full, 'value', 100.5),
  broken('a negative percentage', full, 'value', -0.1),
  broken('a percentage target above 100', full, 'target.value', 120),
  broken('a negative percentage baseline', full, 'baseline.value', -5),
  broken('a percentage history point above 100', full, 'series[2].value', 101),
  broken('a percentage benchmark above 100', full, 'benchmarks[0].value', 150),
  broken('a percentage area figure above 100', full, 'areas[1].value', 100.01),
  broken('a percentage above 100 where the unit is { vi: "%", en: "%" }', patch(full, 'unit', { vi: '%', en: '%' }), 'value', 100.5),
  broken('a percentage target above 100 where the unit is { vi: "%" }', patch(full, 'unit', { vi: '%' }), 'target.value', 120),

  // A collection.
  broken('a collection with an empty list of indicators', feed, 'indicators', []),
  broken('a collection whose indicators are an object', feed, 'indicators', { 'mobile-coverage-villages': 97.27 }),
  broken('a collection whose indicators are null', feed, 'indicators', null),
  broken('a collection member without an id', feed, 'indicators[1].id', undefined),
  broken('a collection member with a malformed id', feed, 'indicators[1].id', 'Thuê bao'),
  broken('a collection member that is a string', feed, 'indicators[0]', 'mobile-coverage-villages'),
  broken('a collection member that is null', feed, 'indicators[1]', null),
  broken('a collection member without a label', feed, 'indicators[0].label', undefined),
  broken('a collection member without a value', feed, 'indicators[1].value', undefined),
  broken('a percentage above 100 in a collection member', feed, 'indicators[0].value', 101),
  broken('a collection with a blank title', feed, 'title', ''),
  broken('a collection with a numeric title', feed, 'title', 2024),
  broken('a collection source with a javascript: URL', feed, 'source.url', 'JavaScript:void(0)'),
  broken('a collection source without a name', feed, 'source.name', undefined),
  broken('a collection area without a code', feed, 'area.code', undefined),
  broken('a collection as-of date that is not a date', feed, 'asOf', 'năm 2024'),

  // Limits (docs/limits.md): 10,000 characters in a text, and a bound on each list.
  valid('a note of 10,000 characters', patch(full, 'note', 'x'.repeat(10_000))),
  broken('a note of 10,001 characters', full, 'note', 'x'.repeat(10_001)),
  broken('an English label of 10,001 characters', full, 'label.en', 'x'.repeat(10_001)),
  broken('an area name of 10,001 characters', full, 'area.name', 'x'.repeat(10_001)),
  broken('a counted unit of 10,001 characters', full, 'count.unit', 'x'.repeat(10_001)),
  valid('5,000 history points', patch(full, 'series', points(5000))),
  broken('5,001 history points', full, 'series', points(5001)),
  broken(
    '101 benchmarks',
    full,
    'benchmarks',
    Array.from({ length: 101 }, () => ({ label: 'Bình quân', value: 50 })),
  ),
  valid('100 milestones in a plan', patch(full, 'target', yearly(100, { value: 100 }))),
  broken('101 milestones in a plan', full, 'target', yearly(101, { value: 100 })),
  valid('100 rank goals', patch(full, 'rank.target', yearly(100, { top: 15 }))),
  broken('101 rank goals', full, 'rank.target', yearly(101, { top: 15 })),
  valid('20,000 areas', patch(full, 'areas', areaList(20_000))),
  broken('20,001 areas', full, 'areas', areaList(20_001)),
  valid('a collection of 10,000 members', patch(feed, 'indicators', members(10_000))),
  broken('a collection of 10,001 members', feed, 'indicators', members(10_001)),
];

/** Rules JSON Schema cannot state: the schema accepts these documents, the validator does not. */
const beyondSchema: Case[] = [
  broken('a list of targets out of deadline order', patch(full, 'target', plan), 'target[1].by', '2023'),
  // "2024" runs to 31/12/2024, after "2024-06": the list says June first.
  broken(
    'a year target listed before a month of that year',
    patch(full, 'target', [
      { value: 50, by: '2024' },
      { value: 60, by: '2024-06' },
    ]),
    'target[1].by',
    '2024-06',
  ),
  broken('two targets on the same deadline', patch(full, 'target', plan), 'target[1].by', '2024-12-31'),
  broken('a count whose part exceeds its whole', full, 'count.part', 104564),
  broken('a rank position beyond the number ranked', full, 'rank.position', 64),
  broken('a rank goal beyond the number ranked', goalOnly, 'rank.target.top', 64),
  broken('a rank goal in a list beyond the number ranked', patch(goalOnly, 'rank.target', rankPlan), 'rank.target[0].top', 64),
  broken('a list of rank goals out of deadline order', patch(goalOnly, 'rank.target', rankPlan), 'rank.target[1].by', '2024'),
  broken('a rank goal deadline of 30 February', goalOnly, 'rank.target.by', '2025-02-30'),
  {
    says: 'a history that is not oldest first',
    doc: patch(full, 'series', [
      { asOf: '2023', value: 38 },
      { asOf: '2021', value: 25 },
    ]),
    path: 'series[1]',
  },
  {
    says: 'a history with the same date twice',
    doc: patch(full, 'series', [
      { asOf: '2021', value: 25 },
      { asOf: '2022-06', value: 31.2 },
      { asOf: '2022-06', value: 31.5 },
    ]),
    path: 'series[2]',
  },
  broken('an as-of date of 30 February', full, 'asOf', '2024-02-30'),
  broken('a target deadline of 29 February in a common year', full, 'target.by', '2023-02-29'),
  broken('a baseline date of 31 April', full, 'baseline.asOf', '2020-04-31'),
  broken('a history date of 31 June', full, 'series[0].asOf', '2021-06-31'),
  broken('a rank date of 31 September', full, 'rank.asOf', '2024-09-31'),
  broken('a publication date of 31 November', full, 'source.published', '2024-11-31'),
  broken('a collection as-of date of 31 April', feed, 'asOf', '2024-04-31'),
  {
    says: 'a collection with the same id twice for the same area',
    doc: {
      indicators: [
        { id: 'dti', label: 'DTI', value: 0.41, area: { code: '12' } },
        { id: 'dti', label: 'DTI 2', value: 0.52, area: { code: '12' } },
      ],
    },
    path: 'indicators[1].id',
  },
  {
    says: 'a collection with the same id twice and no area at all',
    doc: patch(feed, 'indicators[1].id', 'mobile-coverage-villages'),
    path: 'indicators[1].id',
  },
  {
    says: 'a collection where a member repeats another id for the area it inherits from the collection',
    doc: {
      area: { code: '12', name: 'Lai Châu' },
      indicators: [
        { id: 'dti', label: 'DTI', value: 0.41 },
        { id: 'dti', label: 'DTI', value: 0.52, area: { code: '12' } },
      ],
    },
    path: 'indicators[1].id',
  },
];

const where = (path: string) => (path ? `at ${path}` : 'at the document itself');

describe('indicator.schema.json', () => {
  it('is a draft 2020-12 schema published under its unpkg address, with a description on every property', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://unpkg.com/dx-widgets/indicator.schema.json');
    expect(schema.description).to.match(/digital-transformation/);
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as Json).properties as Record<string, Json> | undefined;
      for (const [key, property] of Object.entries(properties ?? {})) {
        if (typeof property.description !== 'string') undescribed.push(`${at}/properties/${key}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    walk(schema, '#');
    expect(undescribed).to.deep.equal([]);
  });

  it('lists every rule it cannot express in its $comment', () => {
    const comment = String(schema.$comment);
    for (const rule of [
      'count.part',
      'rank.position',
      'rank.target.top',
      'rank.target.by',
      '(target, and rank.target) runs earliest deadline first',
      'oldest first',
      'real calendar day',
      'same id',
    ]) {
      expect(comment).to.include(rule);
    }
  });

  // The documents the tests, the demo and the stories share: each is read as it stands in its file.
  for (const [what, url] of [
    ['the shared Lai Châu 2024 example', '/test/fixtures/lai-chau-2024.json'],
    ['the demo’s fibre plan of dated targets', '/demo/data/fibre-plan.json'],
  ])
    it(`accepts ${what}, and so does the validator`, async () => {
      const doc: unknown = await (await fetch(url)).json();
      const verdict = bySchema(doc);
      expect(verdict.ok, verdict.why).to.equal(true);
      expect(byValidator(doc)).to.deep.equal({ ok: true, paths: [] });
    });

  describe('agrees with the validator on every document', () => {
    for (const { says, doc, path } of agreed) {
      const title = path === undefined ? `accepts ${says}` : `rejects ${says}, ${where(path)}`;
      it(title, () => {
        const schemaVerdict = bySchema(doc);
        const validatorVerdict = byValidator(doc);
        expect(schemaVerdict.ok, `schema and validator disagree; schema says:\n${schemaVerdict.why}`).to.equal(validatorVerdict.ok);
        expect(validatorVerdict.ok, `validator errors at: ${validatorVerdict.paths.join(', ')}`).to.equal(path === undefined);
        if (path !== undefined) expect(validatorVerdict.paths).to.deep.equal([path]);
      });
    }
  });

  describe('leaves to the validator the rules JSON Schema cannot express', () => {
    for (const { says, doc, path } of beyondSchema) {
      it(`accepts ${says}, which the validator rejects ${where(path!)}`, () => {
        const schemaVerdict = bySchema(doc);
        expect(schemaVerdict.ok, schemaVerdict.why).to.equal(true);
        expect(byValidator(doc)).to.deep.equal({ ok: false, paths: [path] });
      });
    }
  });
});
