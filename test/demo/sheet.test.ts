import { expect, oneEvent } from '@open-wc/testing';

import { SHEET_HANDOFF } from '../../demo/builder-snippets.js';
import { mountSheetPage, SHOWN_PROBLEMS, type Converted } from '../../demo/sheet-page.js';
import { writeWorkbook } from '../../scripts/workbook.js';
import { MAX_CARDS } from '../../src/spec/limits.js';
import { openBuilder } from '../support/helpers.js';

/** demo/sheet.html's header and main, as the page has them, wired by the page's own module. */
async function openPage(): Promise<HTMLElement> {
  const html = await (await fetch('/demo/sheet.html')).text();
  const page = new DOMParser().parseFromString(html, 'text/html');
  const box = document.createElement('div');
  box.className = 'sheet-page-test';
  box.append(document.importNode(page.querySelector('header')!, true), document.importNode(page.querySelector('main')!, true));
  document.body.append(box);
  mountSheetPage(box.querySelector('main')!);
  return box;
}

/** Chooses `bytes` as `name` in the page's file input, as a person would, and waits for the reading. */
async function choose(box: HTMLElement, name: string, bytes: BlobPart): Promise<Converted> {
  const input = box.querySelector<HTMLInputElement>('#file')!;
  const files = new DataTransfer();
  files.items.add(new File([bytes], name));
  input.files = files.files;
  const read = oneEvent(box.querySelector('main')!, 'sheet-converted');
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return ((await read) as CustomEvent<Converted>).detail;
}

const texts = (box: HTMLElement, selector: string) => [...box.querySelectorAll(selector)].map((el) => el.textContent!.trim());
/** Requests the page itself made (fetch, XHR, beacon): how a file could leave the browser. */
const sent = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => ['fetch', 'xmlhttprequest', 'beacon'].includes((e as PerformanceResourceTiming).initiatorType)).length;

describe('demo/sheet.html', function () {
  // axe over a page of controls and seven drawn widgets takes seconds on a busy machine.
  this.timeout(20_000);
  let box: HTMLElement;
  beforeEach(async () => {
    box = await openPage();
  });
  afterEach(() => {
    box.remove();
    sessionStorage.removeItem(SHEET_HANDOFF);
  });

  it('says the file never leaves the browser, links the templates, and is accessible', async () => {
    expect(box.querySelector('#privacy')!.textContent).to.contain('Tệp của bạn không rời khỏi trình duyệt');
    expect(box.querySelector('#privacy .en')!.textContent).to.contain('never leaves the browser');
    expect([...box.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '../templates/indicators.xlsx',
      '../templates/indicators.csv',
    ]);
    expect(box.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
    await expect(box).to.be.accessible();
  });

  it('lists every problem with its cell, in Vietnamese and English, and offers no download', async () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'unit', 'value', 'as_of'],
          ['a', 'A', '%', 'nhiều', '2024'],
          ['b', 'B', 'hộ', { number: 0.5, format: 'percent' }, '2024-13'],
        ],
      },
      {
        name: 'series',
        rows: [
          ['id', 'asOf', 'value'],
          ['zz', '2023', 1],
        ],
      },
    ]);
    const before = sent();
    const { result } = await choose(box, 'chi-so.xlsx', book);
    expect(result.ok).to.equal(false);
    const problems = texts(box, '#problems li > span:not(.en)');
    expect(problems).to.have.length(4);
    expect(problems[0]).to.match(/^Ô D2 \(value\): "nhiều" không phải số/);
    expect(problems[1]).to.match(/^Ô D3 \(value\): "50%" có dấu %/);
    expect(problems[2]).to.match(/^Ô E3 \(as_of\): phải có dạng YYYY/);
    expect(problems[3]).to.match(/^Trang series, ô A2 \(id\): không có chỉ số nào có id "zz"/);
    expect(texts(box, '#problems li > span.en')[0]).to.match(/^Cell D2 \(value\): "nhiều" is not a number/);
    expect(box.querySelector('#check-summary')!.textContent).to.contain('4 lỗi');
    expect(box.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
    expect(box.querySelector<HTMLAnchorElement>('#embed')!.hidden).to.equal(true);
    expect(box.querySelector('#preview')!.children).to.have.length(0);
    expect(sent()).to.equal(before, 'nothing is sent anywhere');
    await expect(box).to.be.accessible();
  });

  it("previews the template with the board's elements, downloads the feed named after the sheet, and hands it to the builder", async () => {
    const template = await (await fetch('/templates/indicators.xlsx')).arrayBuffer();
    const before = sent();
    const { result } = await choose(box, 'lai-chau-2024.xlsx', template);
    expect(result.ok).to.equal(true);
    expect(sent()).to.equal(before, 'nothing is sent anywhere');
    expect(box.querySelector('#check-summary')!.textContent).to.contain('Hợp lệ: 7 chỉ số');
    const tags = [...box.querySelectorAll('#preview figure > :first-child')].map((el) => el.localName);
    expect(tags).to.deep.equal([
      'dx-coverage-gauge',
      'dx-coverage-gauge',
      'dx-coverage-gauge',
      'dx-coverage-gauge',
      'dx-stat',
      'dx-target-progress',
      'dx-target-progress',
    ]);

    // The download: a link to the feed's blob, clicked by the page; read here instead of saved.
    const clicked = new Promise<HTMLAnchorElement>((resolve) => {
      const take = (event: Event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        document.removeEventListener('click', take, true);
        resolve(link);
      };
      document.addEventListener('click', take, true);
    });
    box.querySelector<HTMLButtonElement>('#download')!.click();
    const link = await clicked;
    expect(link.download).to.equal('lai-chau-2024.json');
    expect(link.href).to.match(/^blob:/);
    const downloaded = JSON.parse(await (await fetch(link.href)).text());
    expect(downloaded.indicators.map((i: { id: string }) => i.id)).to.deep.equal([
      'mobile-coverage-villages',
      'wireless-internet-coverage',
      'wired-internet-coverage',
      'households-fiber-broadband',
      'smartphone-subscriptions',
      'adults-with-smartphone',
      'population-e-payment',
    ]);
    expect(downloaded.indicators[0]).to.deep.equal({
      id: 'mobile-coverage-villages',
      label: { vi: 'Thôn, bản, tổ dân phố có sóng di động', en: 'Villages with mobile coverage' },
      unit: '%',
      value: 97.27,
      asOf: '2024',
      area: { code: '12', name: 'Lai Châu' },
      source: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' },
    });
    expect(box.querySelector('#action-status')!.textContent).to.contain('lai-chau-2024.json');

    const embed = box.querySelector<HTMLAnchorElement>('#embed')!;
    expect(embed.hidden).to.equal(false);
    expect(embed.getAttribute('href')).to.equal('./builder.html#sheet');
    expect(JSON.parse(sessionStorage.getItem(SHEET_HANDOFF)!)).to.deep.equal(downloaded);
    await expect(box).to.be.accessible();
  });

  it('reads a CSV by the same rules: a decimal comma is an error until the option is ticked', async () => {
    const csv = '\uFEFFid,label,unit,value\r\na,Ấp có sóng,%,"97,27"\r\n';
    await choose(box, 'chi-so.csv', csv);
    expect(texts(box, '#problems li > span:not(.en)')[0]).to.match(/^Ô D2 \(value\): "97,27" có dấu phẩy/);
    const tick = box.querySelector<HTMLInputElement>('#decimal-comma')!;
    tick.checked = true;
    const read = oneEvent(box.querySelector('main')!, 'sheet-converted');
    tick.dispatchEvent(new Event('change', { bubbles: true }));
    const { result } = ((await read) as CustomEvent<Converted>).detail;
    expect(result.ok && result.document.indicators[0]).to.deep.equal({ id: 'a', label: 'Ấp có sóng', unit: '%', value: 97.27 });
  });

  it('refuses a control character in a cell at its cell, as from-csv does, and offers no download', async () => {
    await choose(box, 'chi-so.csv', 'id,label,unit,value\na,Lai\u0000Châu,%,97\n');
    expect(texts(box, '#problems li > span:not(.en)')).to.deep.equal(['Ô B2 (label): có ký tự điều khiển U+0000: hãy xoá']);
    expect(box.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
  });

  it('says in one message why a file is not read, and offers the sheets of a workbook with several', async () => {
    await choose(box, 'bang.xlsx', 'id,label\n');
    expect(texts(box, '#problems li > span:not(.en)')).to.deep.equal(['không phải bảng tính .xlsx (hoặc tệp bị hỏng)']);
    const book = writeWorkbook([
      {
        name: 'cũ',
        rows: [
          ['id', 'label', 'value'],
          ['a', 'A', 1],
        ],
      },
      {
        name: 'mới',
        rows: [
          ['id', 'label', 'value'],
          ['b', 'B', 2],
        ],
      },
    ]);
    await choose(box, 'hai-trang.xlsx', book);
    const select = box.querySelector<HTMLSelectElement>('#sheet')!;
    expect(box.querySelector<HTMLElement>('#sheet-field')!.hidden).to.equal(false);
    expect([...select.options].map((o) => o.value)).to.deep.equal(['cũ', 'mới']);
    select.value = 'mới';
    const read = oneEvent(box.querySelector('main')!, 'sheet-converted');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const { result } = ((await read) as CustomEvent<Converted>).detail;
    expect(result.ok && result.document.indicators.map((i) => i.id)).to.deep.equal(['b']);
  });

  it('says an empty or blank file is empty, in the words of from-csv and from-xlsx; a UTF-16 file with content is not UTF-8', async () => {
    const said = async (name: string, bytes: BlobPart) => {
      await choose(box, name, bytes);
      expect(box.querySelector<HTMLButtonElement>('#download')!.disabled, name).to.equal(true);
      return [...texts(box, '#problems li > span:not(.en)'), ...texts(box, '#problems li > span.en')];
    };
    const empty = ['tệp trống, không có byte nào', 'the file is empty: it holds 0 bytes'];
    expect(await said('trong.csv', '')).to.deep.equal(empty);
    expect(await said('trong.xlsx', '')).to.deep.equal(empty);
    const blank = [
      'tệp trống, chỉ có khoảng trắng (dấu cách, dấu xuống dòng hay dấu BOM)',
      'the file is empty: it holds nothing but blank space (spaces, line breaks or a byte-order mark)',
    ];
    // Blank lines, an empty Excel or Notepad save (UTF-8's mark), Notepad's "Unicode" and "Unicode big endian" (UTF-16's).
    for (const [name, bytes] of Object.entries({
      'dong.csv': '\r\n\r\n',
      'bom.csv': '\uFEFF',
      'utf16.csv': new Uint8Array([0xff, 0xfe]),
      'utf16be.csv': new Uint8Array([0xfe, 0xff]),
      'utf16-dong.csv': new Uint8Array([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00]),
    })) {
      expect(await said(name, bytes), name).to.deep.equal(blank);
    }
    // A workbook is binary: a line break is not a workbook, as from-xlsx says.
    expect(await said('dong.xlsx', '\n')).to.deep.equal([
      'không phải bảng tính .xlsx (hoặc tệp bị hỏng)',
      'not an .xlsx workbook (or the file is damaged)',
    ]);
    // A UTF-16 CSV with content, as Excel's "Unicode Text" saves it: what from-csv says of it.
    const utf16 = (text: string) => new Uint8Array([...`\uFEFF${text}`].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(await said('utf16-chi-so.csv', utf16('id,label,value\r\na,Ấp,1\r\n'))).to.deep.equal([
      'tệp không phải UTF-8: trong Excel chọn Lưu thành "CSV UTF-8 (Comma delimited)"; Google Sheets luôn xuất UTF-8',
      'the file is not UTF-8: in Excel use Save As "CSV UTF-8 (Comma delimited)"; Google Sheets always exports UTF-8',
    ]);
  });

  it('reads a file chosen again after it was fixed: the chooser opens empty, so the browser calls the same file a change', async () => {
    await choose(box, 'chi-so.csv', 'id,label,value\na,A,"97,27"\n');
    const input = box.querySelector<HTMLInputElement>('#file')!;
    // Opening the chooser (a click, a key, its label): a plain Event, so that no dialog opens here.
    input.dispatchEvent(new Event('click'));
    expect(input.files!.length, 'Chrome fires no change for the file it already holds').to.equal(0);
    const { result } = await choose(box, 'chi-so.csv', 'id,label,value\na,A,97.27\n');
    expect(result.ok && result.document.indicators[0].value).to.equal(97.27);
  });

  it('shows the file dropped last, even when one dropped before it finishes reading after it', async () => {
    const main = box.querySelector('main')!;
    const drop = (file: File) => {
      const event = new Event('drop', { cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: [file] } });
      box.querySelector('#drop')!.dispatchEvent(event);
    };
    // A large workbook takes longer to read than the small file dropped after it.
    const slow = new File(['id,label,value\ncu,Tệp cũ,1\n'], 'cu.csv');
    const read = slow.arrayBuffer.bind(slow);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    Object.defineProperty(slow, 'arrayBuffer', { value: () => gate.then(read) });
    drop(slow);
    const converted = oneEvent(main, 'sheet-converted');
    drop(new File(['id,label,value\nmoi,Tệp mới,2\n'], 'moi.csv'));
    await converted;
    const late: unknown[] = [];
    main.addEventListener('sheet-converted', (event) => late.push(event));
    release();
    await slow.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve));
    expect(late, 'the earlier file is not shown over the later one').to.have.length(0);
    expect(texts(box, '#preview figcaption code')).to.deep.equal(['moi']);
  });

  it('says a dropped folder, or a file removed since it was chosen, cannot be read', async () => {
    // What the browser gives for a folder dropped from the file manager: a File that cannot be read.
    const folder = new File([], 'So lieu 2024');
    Object.defineProperty(folder, 'arrayBuffer', {
      value: () => Promise.reject(new DOMException('A requested file could not be read.', 'NotReadableError')),
    });
    const read = oneEvent(box.querySelector('main')!, 'sheet-converted');
    const event = new Event('drop', { cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { files: [folder] } });
    box.querySelector('#drop')!.dispatchEvent(event);
    await read;
    expect(texts(box, '#problems li > span:not(.en)')).to.deep.equal([
      'không đọc được "So lieu 2024": có thể đó là thư mục, hoặc tệp đã bị xóa hay đổi tên sau khi chọn',
    ]);
    expect(texts(box, '#problems li > span.en')).to.deep.equal([
      '"So lieu 2024" cannot be read: it may be a folder, or the file was removed or renamed after it was chosen',
    ]);
    expect(box.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
  });

  it('takes a file dropped outside the drop zone, rather than let the browser open it in place of the page', async () => {
    const outside = (type: string, file?: File) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: file ? [file] : [], types: file ? ['Files'] : ['text/plain'] } });
      box.querySelector('h1')!.dispatchEvent(event);
      return event;
    };
    expect(outside('dragover', new File(['x'], 'x.csv')).defaultPrevented, 'dragover').to.equal(true);
    const read = oneEvent(box.querySelector('main')!, 'sheet-converted');
    const drop = outside('drop', new File(['id,label,value\nngoai,Thả ngoài,1\n'], 'ngoai.csv'));
    expect(drop.defaultPrevented, 'drop').to.equal(true);
    await read;
    expect(texts(box, '#preview figcaption code')).to.deep.equal(['ngoai']);
    // Text dragged from elsewhere is ignored: nothing navigates, the page stays as it was.
    expect(outside('drop').defaultPrevented).to.equal(true);
    expect(texts(box, '#preview figcaption code')).to.deep.equal(['ngoai']);
  });

  it('says a workbook named .csv is a workbook, not a CSV file that is not UTF-8', async () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value'],
          ['a', 'A', 1],
        ],
      },
    ]);
    await choose(box, 'chi-so.csv', book);
    expect(texts(box, '#problems li > span.en')).to.deep.equal([
      'this is an Excel workbook (.xlsx), though its name ends in .csv: rename it to end in .xlsx and choose it again',
    ]);
  });

  it('says a date cell past 31/12/9999 (a serial over 1e8) is a date out of range, at its cell, not "not a workbook"', async () => {
    const book = writeWorkbook([
      {
        name: 'indicators',
        rows: [
          ['id', 'label', 'value', 'as_of'],
          ['a', 'A', 1, { number: 2e8, format: 'day' }],
        ],
      },
    ]);
    await choose(box, 'ngay.xlsx', book);
    expect(texts(box, '#problems li > span.en')).to.deep.equal([
      'Cell D2 (as_of): the cell is formatted as a date but holds 200000000, a date out of the range Excel shows (up to 31/12/9999; Excel shows ####): type the date again',
    ]);
    expect(texts(box, '#check-summary .en')).to.deep.equal(['1 problem: no JSON yet.']);
  });

  describe('at its limits', function () {
    this.timeout(60_000);

    it(`draws the first ${MAX_CARDS} indicators, as a board does, and says how many more the feed holds`, async () => {
      const csv = ['id,label,value', ...Array.from({ length: 1_250 }, (_, i) => `m${i},Chỉ số ${i},${i}`)].join('\r\n');
      const { result } = await choose(box, 'nhieu.csv', csv);
      expect(result.ok).to.equal(true);
      expect(box.querySelector('#check-summary')!.textContent).to.contain('Hợp lệ: 1250 chỉ số');
      const codes = texts(box, '#preview figcaption code');
      expect(codes).to.have.length(MAX_CARDS);
      expect(codes[MAX_CARDS - 1]).to.equal(`m${MAX_CARDS - 1}`);
      const omitted = box.querySelector<HTMLElement>('#preview-omitted')!;
      expect(omitted.hidden).to.equal(false);
      expect(texts(box, '#preview-omitted > span')).to.deep.equal([
        `Còn 1.050 chỉ số có trong tệp nhưng không vẽ ở đây: như <dx-board>, bản xem trước chỉ vẽ ${MAX_CARDS} chỉ số đầu tiên.`,
        `1,050 more indicators are in the feed but not drawn here: like <dx-board>, the preview draws the first ${MAX_CARDS}.`,
      ]);
      expect(box.querySelector<HTMLButtonElement>('#download')!.disabled, 'the download holds all of them').to.equal(false);

      await choose(box, 'it.csv', 'id,label,value\r\na,A,1\r\n');
      expect(omitted.hidden).to.equal(true);
    });

    it(`lists the first ${SHOWN_PROBLEMS} problems and says how many more there are`, async () => {
      const csv = ['id,label,value', ...Array.from({ length: 1_234 }, (_, i) => `m${i},Chỉ số ${i},1${i % 10},5`)].join('\r\n');
      const { result } = await choose(box, 'hong.csv', csv);
      expect(result.ok).to.equal(false);
      const count = result.ok ? 0 : result.problems.length;
      expect(count).to.be.above(SHOWN_PROBLEMS);
      expect(box.querySelector('#check-summary')!.textContent).to.contain(`${count} lỗi`);
      const items = [...box.querySelectorAll('#problems > li')];
      expect(items).to.have.length(SHOWN_PROBLEMS + 1);
      expect([...items.at(-1)!.querySelectorAll('span')].map((s) => s.textContent)).to.deep.equal([
        `Còn ${(count - SHOWN_PROBLEMS).toLocaleString('vi')} lỗi nữa không liệt kê ở đây: sửa những lỗi trên rồi chọn lại tệp.`,
        `${(count - SHOWN_PROBLEMS).toLocaleString('en')} more problems are not listed here: fix those above and choose the file again.`,
      ]);

      await choose(box, 'it.csv', 'id,label,value\r\na,A,1,2\r\n');
      expect(box.querySelectorAll('#problems > li')).to.have.length(1);
    });

    it("refuses to offer a feed over the elements' 5 MB, naming the limit, as from-csv does", async () => {
      // 9,000 indicators with 600-character notes: valid to the format, about 6 MB as JSON.
      const csv = ['id,label,value,note', ...Array.from({ length: 9_000 }, (_, i) => `n${i},Ấp,${i},${'x'.repeat(600)}`)].join('\n');
      const { result } = await choose(box, 'lon.csv', csv);
      expect(result.ok).to.equal(false);
      expect(texts(box, '#problems li > span:not(.en)')).to.have.length(1);
      expect(texts(box, '#problems li > span:not(.en)')[0]).to.match(
        /^Tệp JSON: lớn \d\.\d MB, quá giới hạn 5 MB mà các phần tử tải từ src: hãy tách thành nhiều tệp$/,
      );
      expect(texts(box, '#problems li > span.en')[0]).to.match(/^The JSON: is \d\.\d MB, over the 5 MB the elements load from src/);
      expect(box.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
      expect(box.querySelector<HTMLAnchorElement>('#embed')!.hidden).to.equal(true);
      expect(sessionStorage.getItem(SHEET_HANDOFF)).to.equal(null);
      expect(box.querySelector('#preview')!.children).to.have.length(0);
    });

    it('refuses a 40 MB file by its size, without reading it', async () => {
      const before = sent();
      await choose(box, 'bang-40mb.csv', new Uint8Array(40 * 1024 * 1024));
      expect(texts(box, '#problems li > span:not(.en)')).to.deep.equal(['tệp lớn hơn giới hạn 10 MB của một bảng tính']);
      expect(texts(box, '#problems li > span.en')).to.deep.equal(['the file is larger than the spreadsheet limit of 10 MB']);
      expect(box.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
      expect(sent()).to.equal(before);
    });

    it('names the series sheet, the row and the indicator when a series is over its count', async () => {
      const series = [['id', 'asOf', 'value'], ...Array.from({ length: 5_001 }, (_, i) => ['b', `${1900 + (i % 200)}-01-01`, i])];
      const book = writeWorkbook([
        {
          name: 'indicators',
          rows: [
            ['id', 'label', 'value'],
            ['a', 'A', 1],
            ['b', 'B', 2],
          ],
        },
        { name: 'series', rows: series },
      ]);
      await choose(box, 'chuoi.xlsx', book);
      expect(texts(box, '#problems li > span:not(.en)')).to.deep.equal([
        'Trang series, ô A5002 (id): chỉ số "b" (dòng 3 trang indicators) có 5001 dòng ở trang này, quá giới hạn 5000; dòng này là dòng thứ 5001',
      ]);
    });
  });
});

describe('demo/builder.html#sheet', function () {
  this.timeout(20_000);
  afterEach(() => sessionStorage.removeItem(SHEET_HANDOFF));

  it('opens with the feed the sheet page left, as pasted JSON', async () => {
    const feed = { indicators: [{ id: 'tu-bang-tinh', label: 'Từ bảng tính', unit: '%', value: 41.5 }] };
    sessionStorage.setItem(SHEET_HANDOFF, JSON.stringify(feed));
    const frame = await openBuilder('#sheet');
    const page = frame.contentDocument!;
    expect(page.querySelector<HTMLInputElement>('input[name="mode"][value="json"]')!.checked).to.equal(true);
    expect(JSON.parse(page.querySelector<HTMLTextAreaElement>('#json')!.value)).to.deep.equal(feed);
    expect(page.querySelector<HTMLSelectElement>('#indicator')!.value).to.equal('tu-bang-tinh');
    expect(page.querySelector('a[href="./sheet.html"]'), 'the builder links the sheet page').to.exist;
    frame.remove();
  });
});
