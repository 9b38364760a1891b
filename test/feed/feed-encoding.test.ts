import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { subscribe, type LoadResult } from '../../src/feed/loader.js';
import { parseOutsideJson } from '../../src/spec/nesting.js';
import { parseJson } from '../../src/spec/validate.js';
import { part, settled } from '../support/helpers.js';

/**
 * A feed saved as UTF-16 (Notepad's and Excel's "Unicode", with a byte order mark or without)
 * is said to be UTF-16, to be saved as UTF-8: not "not valid JSON (line 1, column 1)", which
 * had an editor look for a broken bracket. The bytes are served from blob: URLs, as a server
 * sends a file: as they are.
 */

const DOCUMENT = JSON.stringify({ label: 'Thôn, bản có sóng di động', unit: '%', value: 97.27, asOf: '2024' }, null, 2);
const BOM = { le: [0xff, 0xfe], be: [0xfe, 0xff] } as const;

/** `text` as UTF-16 bytes, little- or big-endian, with its byte order mark or without. */
function utf16(text: string, order: 'le' | 'be', mark: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array((mark ? 2 : 0) + text.length * 2);
  if (mark) bytes.set(BOM[order]);
  for (let i = 0, at = mark ? 2 : 0; i < text.length; i += 1, at += 2) {
    const unit = text.charCodeAt(i);
    bytes[at + (order === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[at + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

const urls: string[] = [];
/** A URL that serves exactly these bytes. */
function served(...parts: BlobPart[]): string {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  urls.push(url);
  return url;
}
after(() => urls.forEach((url) => URL.revokeObjectURL(url)));

/** What the loader makes of a URL's body. */
const loaded = (src: string) =>
  new Promise<LoadResult>((resolve) => {
    const stop = subscribe(src, (result) => {
      stop();
      resolve(result);
    });
  });

const codes = (result: LoadResult) => (result.ok ? [] : result.errors.map((e) => e.code));

describe('a feed saved as UTF-16', () => {
  it('says in place that the file is UTF-16 and is to be saved as UTF-8, with a dx-error', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<dx-coverage-gauge loading="eager"></dx-coverage-gauge>';
    const el = wrapper.firstElementChild as CoverageGauge;
    const failed = oneEvent(document.body, 'dx-error');
    el.src = served(utf16(DOCUMENT, 'le', true));
    await settled(el);
    const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
    expect(detail.errors.map((e) => e.code)).to.deep.equal(['json.utf16']);
    expect(detail.errors[0].message.en).to.equal('is UTF-16, not UTF-8; save the file with the UTF-8 encoding');
    expect(el.state).to.equal('error');
    const said = part(el, '[part="error"]').textContent!;
    expect(said).to.contain('là UTF-16, không phải UTF-8; hãy lưu tệp với bảng mã UTF-8');
    expect(said).not.to.contain('JSON');
  });

  for (const order of ['le', 'be'] as const) {
    for (const mark of [true, false]) {
      it(`is told from its bytes: ${order === 'le' ? 'little' : 'big'}-endian, ${mark ? 'with' : 'without'} a byte order mark`, async () => {
        expect(codes(await loaded(served(utf16(DOCUMENT, order, mark))))).to.deep.equal(['json.utf16']);
      });
    }
  }

  it('is told when the document opens with blank lines, or holds only a number', async () => {
    expect(codes(await loaded(served(utf16(`\r\n\r\n${DOCUMENT}`, 'le', false))))).to.deep.equal(['json.utf16']);
    expect(codes(await loaded(served(utf16('42', 'be', true))))).to.deep.equal(['json.utf16']);
  });

  it('is still refused for its size past 5 MB, before it is read whole', async () => {
    // 2.75 million UTF-16 units: 5.5 MB of bytes, a valid document in UTF-16.
    const big = utf16(`{"label":"Lớn","unit":"%","value":1,"pad":"${'x'.repeat(2_750_000)}"}`, 'le', true);
    const result = await loaded(served(big));
    expect(codes(result)).to.deep.equal(['load']);
    expect(result.ok ? '' : result.errors[0].message?.vi).to.contain('tệp lớn hơn 5 MB');
  });
});

describe('what is not UTF-16', () => {
  it('loads a UTF-8 document whose text holds \\u0000 escapes, first and second', async () => {
    const result = await loaded(served('{"\\u0000":"\\u0000x","label":"Sóng","unit":"%","value":1}'));
    expect(result.ok).to.equal(true);
    expect(result.ok && (result.value as Record<string, string>)['\u0000']).to.equal('\u0000x');
  });

  it('loads a UTF-8 document with its byte order mark', async () => {
    const result = await loaded(served(new Uint8Array([0xef, 0xbb, 0xbf]), DOCUMENT));
    expect(result.ok).to.equal(true);
  });

  it('calls a UTF-16 byte order mark followed by what is not UTF-16 text not JSON, not UTF-16', async () => {
    for (const tail of ['{"label":"x"}', '\u00e9\u00e8garbage', '']) {
      // "not valid JSON", placed where the engine says where (V8 does not, for a text this short).
      const [code] = codes(await loaded(served(new Uint8Array(BOM.le), tail)));
      expect(code, JSON.stringify(tail)).to.match(/^json(\.unplaced)?$/);
    }
  });

  it('calls a NUL byte past the start of the text not JSON', () => {
    for (const text of ['{"label":\u0000"x"}', `${DOCUMENT}\u0000`, '{\r\n\u0000']) {
      const result = parseOutsideJson(text);
      expect(result.ok ? 'ok' : result.errors[0].code, JSON.stringify(text)).to.match(/^json(\.unplaced)?$/);
    }
  });

  it('says it too where text decoded from UTF-16 bytes reaches dx-widgets/data parseJson', () => {
    const text = new TextDecoder().decode(utf16(DOCUMENT, 'le', false));
    const result = parseJson(text);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).to.deep.equal(['json.utf16']);
  });
});
