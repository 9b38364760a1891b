import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';
import { readCapped, subscribe, type LoadResult } from '../../src/feed/loader.js';
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

/** `text` as UTF-32 bytes, little- or big-endian, with its byte order mark or without (code points of the BMP). */
function utf32(text: string, order: 'le' | 'be', mark: boolean): Uint8Array<ArrayBuffer> {
  const units = mark ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1) view.setUint32(i * 4, units.charCodeAt(i), order === 'le');
  return bytes;
}

/** The first words of a load failure, in both languages. */
const words = (result: LoadResult) => (result.ok ? undefined : result.errors[0].message);

/** A response whose body comes in these chunks, and how many of them were pulled. */
function streamed(chunks: Uint8Array<ArrayBuffer>[]): { response: Response; pulled: () => number } {
  let at = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at < chunks.length) controller.enqueue(chunks[at++]);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body), pulled: () => at };
}

/** The bytes cut into chunks of `size`. */
const cut = (bytes: Uint8Array<ArrayBuffer>, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, (i + 1) * size));

const bytesOf = (...parts: (readonly number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('a byte order mark of UTF-16 or UTF-32, whatever follows it', () => {
  it('says UTF-16 of a UTF-16 mark followed by what is not UTF-16 text, not "not valid JSON"', async () => {
    for (const mark of [BOM.le, BOM.be])
      for (const tail of ['{"label":"x"}', '\u00e9\u00e8garbage', 'x', '{', '\u{1F600}']) {
        expect(codes(await loaded(served(new Uint8Array(mark), tail))), `${mark} ${JSON.stringify(tail)}`).to.deep.equal(['json.utf16']);
      }
    // Bytes that are no text at all, an odd count of them.
    expect(codes(await loaded(served(bytesOf([0xfe, 0xff, 0xd8, 0x00, 0xff, 0x80, 0xc0]))))).to.deep.equal(['json.utf16']);
    expect(codes(await loaded(served(bytesOf([0xff, 0xfe, 0x7b]))))).to.deep.equal(['json.utf16']);
  });

  it('says a lone mark, or a mark and blank lines, is an empty response, as the command line says the file is empty', async () => {
    const bodies = [
      new Uint8Array(BOM.le),
      new Uint8Array(BOM.be),
      utf16('\r\n  \r\n', 'le', true),
      utf16('\n', 'be', true),
      utf32('', 'le', true),
      utf32('', 'be', true),
      utf32('\r\n', 'be', true),
    ];
    for (const body of bodies) {
      const result = await loaded(served(body));
      expect(codes(result), `${body}`).to.deep.equal(['load']);
      expect(words(result)?.en, `${body}`).to.match(/ \(HTTP 200, empty response\)$/);
      expect(words(result)?.vi, `${body}`).to.match(/ \(HTTP 200, phản hồi rỗng\)$/);
    }
  });

  it('says it in place, in Vietnamese, with a dx-error, for a mark and garbage', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<dx-coverage-gauge loading="eager"></dx-coverage-gauge>';
    const el = wrapper.firstElementChild as CoverageGauge;
    const failed = oneEvent(document.body, 'dx-error');
    el.src = served(bytesOf(BOM.be, '\u00e9\u00e8garbage'));
    await settled(el);
    const { detail } = (await failed) as CustomEvent<IndicatorErrorDetail>;
    expect(detail.errors.map((e) => e.code)).to.deep.equal(['json.utf16']);
    const said = part(el, '[part="error"]').textContent!;
    expect(said).to.contain('là UTF-16, không phải UTF-8; hãy lưu tệp với bảng mã UTF-8');
    expect(said).not.to.contain('JSON');
  });
});

describe('a feed saved as UTF-32', () => {
  for (const order of ['le', 'be'] as const) {
    for (const mark of [true, false]) {
      it(`is named UTF-32, not UTF-16: ${order === 'le' ? 'little' : 'big'}-endian, ${mark ? 'with' : 'without'} a byte order mark`, async () => {
        const result = await loaded(served(utf32(DOCUMENT, order, mark)));
        expect(codes(result)).to.deep.equal(['json.utf32']);
      });
    }
  }

  it('is told from its text too, where dx-widgets/data parseJson is handed it, and said in both languages', () => {
    for (const order of ['le', 'be'] as const) {
      const result = parseJson(new TextDecoder().decode(utf32(DOCUMENT, order, false)));
      expect(result.ok ? [] : result.errors.map((e) => e.message), order).to.deep.equal([
        {
          vi: 'là UTF-32, không phải UTF-8; hãy lưu tệp với bảng mã UTF-8',
          en: 'is UTF-32, not UTF-8; save the file with the UTF-8 encoding',
        },
      ]);
    }
  });

  it('leaves UTF-16 of one character, or of a character and a NUL escape, UTF-16', () => {
    for (const text of ['4', '{\r\n', '"\\u0000"']) {
      const result = parseOutsideJson(new TextDecoder().decode(utf16(text, 'le', false)));
      expect(result.ok ? [] : result.errors.map((e) => e.code), JSON.stringify(text)).to.deep.equal(['json.utf16']);
    }
  });
});

describe('readCapped, the bytes as they come', () => {
  it('tells the mark when the body comes a byte at a time, or cut mid-character', async () => {
    for (const size of [1, 2, 3, 5]) {
      expect(await readCapped(streamed(cut(utf16(DOCUMENT, 'le', true), size)).response), `${size}`).to.include({ code: 'json.utf16' });
      expect(await readCapped(streamed(cut(utf32(DOCUMENT, 'be', true), size)).response), `${size}`).to.include({ code: 'json.utf32' });
      expect(await readCapped(streamed(cut(new Uint8Array(BOM.be), size)).response), `${size}`).to.equal('');
      // UTF-8, its mark dropped, each character whole however its bytes were cut.
      const text = await readCapped(streamed(cut(bytesOf([0xef, 0xbb, 0xbf], DOCUMENT), size)).response);
      expect(text, `${size}`).to.equal(DOCUMENT);
    }
    // Fewer than four bytes in all: still told.
    expect(await readCapped(streamed([bytesOf([0xff]), bytesOf([0xfe, 0x7b])]).response)).to.include({ code: 'json.utf16' });
    expect(await readCapped(streamed([bytesOf('4')]).response)).to.equal('4');
    expect(await readCapped(streamed([]).response)).to.equal('');
  });

  it('tells a 5 MB UTF-16 body sent without Content-Length as UTF-16, not too large: saved as UTF-8 it fits', async () => {
    const body = utf16(`{"label":"Lớn","unit":"%","value":1,"pad":"${'x'.repeat(2_700_000)}"}`, 'le', true);
    expect(body.length).to.be.above(5 * 1024 * 1024);
    const { response, pulled } = streamed(cut(body, 64 * 1024));
    expect(await readCapped(response)).to.include({ code: 'json.utf16' });
    // Read no further than the cap.
    expect(pulled()).to.equal(Math.ceil((5 * 1024 * 1024 + 1) / (64 * 1024)));
  });

  it('still cuts off a body of blank UTF-16 past 5 MB', async () => {
    const { response, pulled } = streamed(cut(utf16(' '.repeat(2_700_000), 'le', true), 1024 * 1024));
    expect(await readCapped(response)).to.equal(undefined);
    expect(pulled()).to.equal(6);
  });
});
