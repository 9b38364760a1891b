// Server rendering in Node (node --test test/ssr/): builds dx-widgets/ssr with
// scripts/build-ssr.js, renders every element, and has scripts/ssr-fixtures.js write the
// hydration fixtures (test/fixtures/ssr-*.html) that test/ssr/hydration.test.ts loads in the browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

import { buildSsr } from '../../scripts/build-ssr.js';

const root = join(import.meta.dirname, '..', '..');
// Inside the project, so the bundle's imports (lit, @lit-labs/ssr, d3) resolve from its node_modules.
const cache = join(root, 'node_modules', '.cache');
const LAI_CHAU = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'lai-chau-2024.json'), 'utf8'));
/** The same documents scripts/ssr-fixtures.js renders. */
const {
  phones: PHONES,
  adults: ADULTS,
  ranking: RANKING,
  goal: GOAL,
} = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'ssr-documents.json'), 'utf8'));

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The shadow root's content (style left out) with lit's markers and tags removed, whitespace folded. */
const shadowText = (html) =>
  html
    .replace(/^[\s\S]*?<template shadowrootmode="open">|<\/template>[\s\S]*$/g, '')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    // A number kept whole (its span) and the break after a part's "/" (wbr) are drawn with no space.
    .replace(/(?:<!--[^>]*-->)*(?:<span class="figure-word">|<\/span>(?=(?:<!--[^>]*-->)*\/<wbr)|<wbr>)(?:<!--[^>]*-->)*/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The inline JSON child's text: everything up to the first `</script` after its opening tag. */
const inlineJson = (html) => /<script type="application\/json">([\s\S]*?)<\/script/i.exec(html)?.[1];

let ssr;
let outdir;

before(async () => {
  mkdirSync(cache, { recursive: true });
  outdir = mkdtempSync(join(cache, 'dx-ssr-test-'));
  // The shipped build: templates squeezed as in the browser bundles.
  ssr = await import(pathToFileURL(await buildSsr({ outdir })).href);
});

after(() => rmSync(outdir, { recursive: true, force: true }));

describe('renderToString', () => {
  it('renders <dx-coverage-gauge> ready, with its figure, label, source and meter in a declarative shadow root', async () => {
    const html = await ssr.renderToString('dx-coverage-gauge', LAI_CHAU, { indicator: 'mobile-coverage-villages' });
    assert.match(html, /^<dx-coverage-gauge lang="vi" indicator="mobile-coverage-villages" now="\d{4}-\d{2}-\d{2}" state="ready">/);
    assert.match(html, /<template shadowrootmode="open">|<template shadowroot="open" shadowrootmode="open">/);
    const text = shadowText(html);
    assert.match(text, /97,27%/);
    assert.match(text, /Thôn, bản, tổ dân phố có sóng di động/);
    assert.match(text, /Số liệu năm 2024 · Nguồn: Sở Thông tin và Truyền thông tỉnh Lai Châu/);
    assert.match(html, /role="meter"[^>]*aria-valuenow="97.27"[^>]*aria-valuetext="97,27%"/);
    assert.match(html, /aria-busy="false"/);
    assert.ok(!/Đang tải|Loading/.test(text), 'no loading text');
    assert.deepEqual(JSON.parse(inlineJson(html)), LAI_CHAU);
    assert.match(html, /<\/script><\/dx-coverage-gauge>$/);
  });

  it('renders <dx-target-progress> with value over target, status words and a progressbar, judged on the given day', async () => {
    const html = await ssr.renderToString('dx-target-progress', ADULTS, { attributes: { now: '2024-10-01' } });
    const text = shadowText(html);
    assert.match(text, /60%\/100% chậm tiến độ/);
    assert.match(text, /Người trưởng thành có điện thoại thông minh/);
    assert.match(text, /Mục tiêu 100% đến hết năm 2024 · còn 3 tháng/);
    assert.match(text, /Nguồn: Sở TT&amp;TT Lai Châu/);
    assert.match(html, /role="progressbar"[^>]*aria-valuenow="60"/);
    assert.match(html, / now="2024-10-01"/);
    assert.deepEqual(JSON.parse(inlineJson(html)), ADULTS);
  });

  it('pins `now` for <dx-target-progress> to today in Vietnam when none is given, so the browser judges the same day', async () => {
    const html = await ssr.renderToString('dx-target-progress', ADULTS);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    assert.match(html, new RegExp(` now="${today}"`));
  });

  it('pins `now` for the gauge and the stat too, which show of a list of dated targets the one due', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const plan = { label: 'Người dân có điện thoại thông minh', unit: '%', value: 60, asOf: '2024' };
    const targets = [
      { value: 80, by: '2025' },
      { value: 100, by: '2030' },
    ];
    for (const tag of ['dx-coverage-gauge', 'dx-stat']) {
      assert.match(await ssr.renderToString(tag, { ...plan, target: targets }), new RegExp(` now="${today}"`), tag);
      // As the browser would on that day: 2025's target is past on 1 June 2026, 2030's is shown.
      const text = shadowText(await ssr.renderToString(tag, { ...plan, target: targets }, { attributes: { now: '2026-06-01' } }));
      assert.match(text, /100%/, tag);
    }
  });

  it('renders <dx-trend> ready: the chart named by its sentence, the ends labelled, `now` pinned to today in Vietnam', async () => {
    const html = await ssr.renderToString('dx-trend', PHONES, { lang: 'en' });
    assert.match(html, /^<dx-trend lang="en" now="\d{4}-\d{2}-\d{2}" state="ready">/);
    assert.match(html, /role="img"[^>]*aria-label="rose from 250,000 thuê bao in 2021 to nearly 320,000 thuê bao in 2024"/);
    const text = shadowText(html);
    assert.match(text, /250,000 thuê bao/);
    assert.match(text, /Show table/);
    assert.deepEqual(JSON.parse(inlineJson(html)), PHONES);
  });

  it('renders <dx-stat> with the hedged figure and unit, the change, the sparkline and the source link', async () => {
    const html = await ssr.renderToString('dx-stat', PHONES);
    const text = shadowText(html);
    assert.match(text, /gần 320\.000 thuê bao/);
    assert.match(text, /Thuê bao điện thoại thông minh/);
    assert.match(text, /\+12\.400 so với năm 2023/);
    assert.match(html, /role="img" aria-label="gần 320\.000 thuê bao, /);
    assert.match(html, /<a href="https:\/\/sotttt\.laichau\.gov\.vn\/" target="_blank" rel="noopener noreferrer">/);
    assert.match(html, /part="sparkline"/);
  });

  it('renders <dx-stat> from a collection with attribute options (compact notation)', async () => {
    const html = await ssr.renderToString('dx-stat', LAI_CHAU, {
      indicator: 'smartphone-subscriptions',
      attributes: { notation: 'compact' },
    });
    assert.match(shadowText(html), /gần 320 nghìn thuê bao/);
    assert.match(html, / notation="compact"/);
  });

  it('renders <dx-province-rank> with names from the province registry, the rank sentence and the table', async () => {
    const html = await ssr.renderToString('dx-province-rank', RANKING);
    const text = shadowText(html);
    assert.match(text, /Bắc Kạn đứng thứ 1\/10/);
    assert.match(text, /cao hơn trung bình cả nước \(60%\)/);
    assert.match(html, /<div part="table" id="table" role="table"/);
    assert.match(text, /Hạng Địa bàn Giá trị 1 Bắc Kạn 82% 2 Yên Bái 67%/);
    assert.match(html, /aria-busy="false"/);
  });

  it('renders a rank goal of <dx-province-rank> judged on the given day, and pins `now` to today in Vietnam without one', async () => {
    const html = await ssr.renderToString('dx-province-rank', GOAL, { attributes: { now: '2026-01-01' } });
    const text = shadowText(html);
    assert.match(text, /Thái Nguyên đứng thứ 18\/63/);
    // 2025 has passed: the plan's next goal, with its own label.
    assert.match(text, /Mục tiêu: nhóm 10 tỉnh, thành phố dẫn đầu vào năm 2030 \(Kế hoạch chuyển đổi số\) · còn cách mục tiêu 8 bậc/);
    const english = shadowText(
      await ssr.renderToString('dx-province-rank', { ...GOAL, rank: { of: 63, target: { top: 15, by: '2025' } } }, { lang: 'en' }),
    );
    assert.match(english, /Goal: among the top 15 by 2025/);
    assert.ok(!/ranks|th of|undefined|NaN/.test(english), english);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    assert.match(await ssr.renderToString('dx-province-rank', GOAL), new RegExp(` now="${today}"`));
  });

  it('renders <dx-province-map> with every tile named from the registry, the highlighted unit, the legend and the table', async () => {
    const html = await ssr.renderToString('dx-province-map', RANKING);
    const text = shadowText(html);
    assert.match(text, /Bắc Kạn: 82% · thứ 1\/10/);
    assert.equal(html.match(/<g [^>]*role="button"/g).length, 63);
    assert.match(html, /aria-label="Cao Bằng, CB"/);
    assert.match(html, /aria-label="Bản đồ ô: 63 tỉnh, thành phố"/);
    assert.match(html, /fill="url\(#hatch\)"/);
    assert.match(text, /chưa có số liệu/);
    assert.match(html, /<div part="table" id="table" role="table"/);
    assert.match(html, /aria-busy="false"/);
    // Positions are SVG attributes: nothing a strict Content-Security-Policy would drop.
    assert.doesNotMatch(html.replace(/<style[\s\S]*?<\/style>/g, ''), / style="/);
  });

  it('renders the rank goal on <dx-province-map> judged on the given day, and pins `now` to today in Vietnam without one', async () => {
    const planned = { ...RANKING, rank: { position: 3, of: 63, target: GOAL.rank.target } };
    const text = shadowText(await ssr.renderToString('dx-province-map', planned, { attributes: { now: '2026-01-01' } }));
    // 2025 has passed: the plan's next goal, with its own label.
    assert.match(text, /Mục tiêu: nhóm 10 tỉnh, thành phố dẫn đầu vào năm 2030 \(Kế hoạch chuyển đổi số\)/);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    assert.match(await ssr.renderToString('dx-province-map', planned), new RegExp(`^<dx-province-map [^>]*now="${today}"`));
  });

  it('writes lang="en" on the element and renders English words for lang en', async () => {
    const gauge = await ssr.renderToString('dx-coverage-gauge', LAI_CHAU, {
      indicator: 'households-fiber-broadband',
      lang: 'en',
      theme: 'dark',
    });
    assert.match(
      gauge,
      /^<dx-coverage-gauge lang="en" indicator="households-fiber-broadband" theme="dark" now="\d{4}-\d{2}-\d{2}" state="ready">/,
    );
    assert.match(shadowText(gauge), /41\.5% Households with fibre broadband 43,391\/104,563 hộ Data as of 2024 · Source: /);
    const target = await ssr.renderToString('dx-target-progress', ADULTS, {
      lang: 'en',
      attributes: { now: '2024-10-01', variant: 'inline' },
    });
    assert.match(target, / lang="en"/);
    assert.match(shadowText(target), /60%\/100% · behind schedule/);
    const stat = await ssr.renderToString('dx-stat', PHONES, { lang: 'en' });
    assert.match(shadowText(stat), /nearly 320,000 thuê bao/);
  });

  it('writes the language it drew in on the element, whatever `attributes` says, so its drawing declares none of its own', async () => {
    // Under <html lang="fr"> the browser's element would draw in Vietnamese and declare it inside
    // its shadow root; the server's host says `vi` itself, so the first render in the browser has
    // nothing to add, and hydrates the server's HTML as it is (test/ssr/hydration.test.ts).
    for (const [lang, attributes] of [
      ['vi', { lang: 'fr' }],
      ['en', { lang: 'en-GB' }],
    ]) {
      for (const tag of ssr.SSR_TAG_NAMES) {
        const out = await ssr.renderToString(tag, tag.startsWith('dx-province') ? RANKING : PHONES, { lang, attributes });
        assert.match(out, new RegExp(`^<${tag} lang="${lang}"[ >]`), tag);
        assert.equal(out.match(/ lang=/g).length, 1, `${tag}: one lang, the element's`);
      }
    }
  });

  it("writes a unit given in both languages in the reader's language, and NFC text from decomposed input", async () => {
    const phones = { ...PHONES, unit: { vi: 'thuê bao', en: 'subscribers' }, label: { vi: PHONES.label.vi.normalize('NFD') } };
    const en = shadowText(await ssr.renderToString('dx-stat', phones, { lang: 'en' }));
    assert.match(en, /nearly 320,000 subscribers/);
    const vi = shadowText(await ssr.renderToString('dx-stat', phones));
    assert.match(vi, /gần 320\.000 thuê bao/);
    assert.ok(vi.includes(PHONES.label.vi.normalize('NFC')), 'the label drawn in NFC');
    const fibre = LAI_CHAU.indicators.find((i) => i.id === 'households-fiber-broadband');
    const gauge = await ssr.renderToString(
      'dx-coverage-gauge',
      { ...fibre, count: { ...fibre.count, unit: { vi: 'hộ', en: 'households' } } },
      { lang: 'en' },
    );
    assert.match(shadowText(gauge), /43,391\/104,563 households/);
  });

  it('escapes data text: a label of <img onerror> is text, never an element', async () => {
    const data = { ...LAI_CHAU.indicators[0], label: HOSTILE, source: { name: `${HOSTILE}"'` }, note: HOSTILE };
    for (const tag of ['dx-coverage-gauge', 'dx-stat']) {
      const html = await ssr.renderToString(tag, data, { attributes: { 'aria-describedby': `"${HOSTILE}` } });
      assert.ok(!html.includes('<img'), `${tag}: no raw <img`);
      assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
      assert.deepEqual(JSON.parse(inlineJson(html)), data);
    }
  });

  it('keeps </script> and <!-- inside the document from ending or bending the JSON script', async () => {
    const data = { ...LAI_CHAU.indicators[0], label: 'a</script><script>alert(1)</script><!--', note: '</SCRIPT >' };
    const html = await ssr.renderToString('dx-coverage-gauge', data);
    const json = inlineJson(html);
    assert.ok(!/<\/script|<!--/i.test(json));
    assert.deepEqual(JSON.parse(json), data);
    assert.equal(html.match(/<script/gi).length, 1, 'one script element: the JSON');
    assert.equal(html.match(/<\/script/gi).length, 1);
  });

  it('accepts the document as JSON text and renders attributes alone without a JSON child', async () => {
    const fromText = await ssr.renderToString('dx-coverage-gauge', JSON.stringify(LAI_CHAU.indicators[0]));
    assert.match(shadowText(fromText), /97,27%/);
    const bare = await ssr.renderToString('dx-coverage-gauge', undefined, {
      attributes: { value: '76', unit: '%', label: 'Phủ sóng', approx: 'over' },
    });
    assert.match(shadowText(bare), /trên 76%/);
    assert.ok(!bare.includes('<script'));
  });

  it('renders the error in place, as the browser would, for a document the element cannot show', async () => {
    const html = await ssr.renderToString('dx-coverage-gauge', { label: 'Thuê bao', unit: 'thuê bao', value: 5 });
    assert.match(html, /state="error"/);
    assert.match(html, /part="error"/);
  });

  it('renders an error, never throws, for a document 100,000 levels deep, as an object or as JSON text', async () => {
    const extra = {};
    let node = extra;
    for (let i = 0; i < 100_000; i += 1) node = node.x = {};
    const text = `{"label":"Hộ","unit":"%","value":5,"extra":${'{"x":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    // Both at the path where they pass the limit: a page's own text is parsed, then walked (spec/nesting.ts says why).
    for (const data of [{ label: 'Hộ', unit: '%', value: 5, extra }, text]) {
      const html = await ssr.renderToString('dx-coverage-gauge', data);
      assert.match(html, /state="error"/);
      assert.match(shadowText(html), /extra\.x\.x\.x… ?: lồng quá 64 tầng/);
    }
  });

  it('writes every right-to-left text isolated (FSI … PDI), so none can reorder the figures beside it', async () => {
    const rtl = 'ממוצע ארצי';
    const data = {
      label: rtl,
      unit: '%',
      value: 60,
      asOf: '2024',
      note: rtl,
      area: { code: '06', name: rtl },
      count: { part: 60, whole: 100, unit: rtl },
      benchmarks: [{ label: rtl, value: 79.13 }],
      target: { value: 90, by: '2025' },
      areas: [
        { code: '06', name: rtl, value: 60 },
        { code: '01', name: rtl, value: 70 },
      ],
      source: { name: rtl },
    };
    for (const tag of ssr.SSR_TAG_NAMES) {
      const html = await ssr.renderToString(tag, data, { attributes: { now: '2024-10-01', highlight: '06' } });
      // The inline JSON child is the document as given; what is drawn is the shadow root.
      const drawn = html.replace(/<script type="application\/json">[\s\S]*?<\/script>/, '');
      assert.match(drawn, /\u2068ממוצע ארצי\u2069/, tag);
      assert.doesNotMatch(drawn.replace(/\u2068[^\u2069]*\u2069/g, ''), /[\u0590-\u05FF]/, tag);
    }
  });

  it('adds a CSP nonce to the shadow root style when given one', async () => {
    const html = await ssr.renderToString('dx-stat', PHONES, { nonce: 'r4nd"om' });
    assert.match(html, /<style nonce="r4nd&quot;om">/);
  });

  it('refuses an unknown element, a bad or event-handler attribute name and an unsupported language', async () => {
    await assert.rejects(ssr.renderToString('dx-nothing', {}), /unknown element/);
    await assert.rejects(ssr.renderToString('dx-stat', PHONES, { attributes: { 'x onload': '1' } }), /not an attribute name/);
    await assert.rejects(ssr.renderToString('dx-stat', PHONES, { attributes: { onclick: 'alert(1)' } }), /not an attribute name/);
    await assert.rejects(ssr.renderToString('dx-stat', PHONES, { lang: 'fr' }), /lang must be/);
  });
});

describe('hydration fixtures', () => {
  it('writes test/fixtures/ssr-*.html for the browser test, from a renderer in its own process', () => {
    // Its own process: a second build of the renderer here would find the elements already
    // registered by the first, and render with that build's classes.
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'ssr-fixtures.js')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const files = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(/^wrote /, ''));
    assert.equal(files.length, 13);
    for (const file of files) assert.match(readFileSync(file, 'utf8'), /<template shadowroot="open" shadowrootmode="open">/);
  });
});
