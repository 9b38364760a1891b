/**
 * The sheet page (demo/sheet.html): a data team chooses or drops a workbook or a CSV file, sees
 * every problem with its cell, every indicator drawn by the element the board would choose, and
 * downloads the feed or takes it to the builder. The file is read here, in the browser, by the
 * same conversion as `dx-widgets from-xlsx`/`from-csv` (src/sheet/); nothing is sent anywhere.
 * Everything written goes through `textContent`: a cell's text is never HTML.
 */
import '../src/dx-widgets.js';

import { firstCards, widgetFor } from '../src/board/choose.js';
import { both, say } from '../src/cli/strings.js';
import { formatNumber } from '../src/format/numbers.js';
import { isBlank } from '../src/sheet/blank.js';
import { csvToCollection, workbookToCollection } from '../src/sheet/controls.js';
import { feedText } from '../src/sheet/feed.js';
import { sheetBoth } from '../src/sheet/messages.js';
import { unknownWarning, type SheetDefaults, type SheetProblem, type SheetResult } from '../src/sheet/rows.js';
import { isWorkbookFile, LIMITS, readWorkbook } from '../src/sheet/xlsx.js';
import { MAX_CARDS } from '../src/spec/limits.js';
import { membersOf, SHEET_HANDOFF, standalone } from './builder-snippets.js';

type Text = { vi: string; en: string };

export interface Converted {
  result: SheetResult | { ok: false; problems: SheetProblem[]; unknown: SheetResult['unknown'] };
  /** The workbook's sheets, for the chooser (none for a CSV file). */
  sheets: string[];
  /** The sheet the indicators were read from. */
  sheet?: string;
  /** The download's name: the spreadsheet's, ending in .json. */
  feedName: string;
  /** The feed's text, as from-csv/from-xlsx write it, when the result is ok. */
  feedText?: string;
}

const fileProblem = (message: Text): Converted['result'] => ({ ok: false, problems: [{ code: 'file', message }], unknown: [] });

/** A spreadsheet's bytes → the feed or its problems, as the command line would convert it. */
export function convertFile(name: string, bytes: Uint8Array, options: SheetDefaults & { sheet?: string } = {}): Converted {
  const feedName = `${name.replace(/\.[^.]*$/, '') || 'feed'}.json`;
  const { result, sheets, sheet } = read(name, bytes, options);
  // The feed is written here, once: past the elements' 5 MB it is refused, as from-csv refuses it.
  const feed = result.ok ? feedText(result.document) : undefined;
  if (!feed?.ok)
    return { result: feed ? { ok: false, problems: [feed.problem], unknown: result.unknown } : result, sheets, sheet, feedName };
  return { result, sheets, sheet, feedName, feedText: feed.text };
}

function read(
  name: string,
  bytes: Uint8Array,
  options: SheetDefaults & { sheet?: string },
): Pick<Converted, 'result' | 'sheets' | 'sheet'> {
  if (bytes.length > LIMITS.fileBytes) return { result: tooLarge(), sheets: [] };
  // An empty or blank file is said to be empty, as the command line says it (src/cli/read.ts):
  // 0 bytes of any file; blank space or a lone byte-order mark, UTF-16's included, of a CSV.
  if (!bytes.length) return { result: fileProblem(both('read.empty')), sheets: [] };
  if (/\.csv$/i.test(name)) {
    if (isBlank(bytes)) return { result: fileProblem(both('read.blank')), sheets: [] };
    // A workbook named .csv is no CSV that is "not UTF-8": an .xlsx is said to be one; an .xls or
    // an encrypted workbook as the workbook reader says it.
    if (isWorkbookFile(bytes)) {
      const book = bytes[0] === 0x50 ? undefined : readWorkbook(bytes);
      return { result: fileProblem(book && !book.ok ? sheetBoth(book.code, book.params) : sheetBoth('sheet.workbook')), sheets: [] };
    }
    try {
      // TextDecoder drops the byte-order mark Excel writes, as from-csv does.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { result: csvToCollection(text, options), sheets: [] };
    } catch {
      return { result: fileProblem(both('csv.encoding')), sheets: [] };
    }
  }
  const book = readWorkbook(bytes, options.sheet);
  if (!book.ok) return { result: fileProblem(sheetBoth(book.code, book.params)), sheets: [] };
  return { result: workbookToCollection(book.tables, options), sheets: book.sheets, sheet: book.tables.indicators.name };
}

/** A spreadsheet over the workbook limit, CSV or not: said before a byte of it is read. */
const tooLarge = () => fileProblem(sheetBoth('xlsx.size', { megabytes: LIMITS.fileBytes / 1024 / 1024 }));

const unreadable = (name: string) =>
  fileProblem({
    vi: `không đọc được "${name}": có thể đó là thư mục, hoặc tệp đã bị xóa hay đổi tên sau khi chọn`,
    en: `"${name}" cannot be read: it may be a folder, or the file was removed or renamed after it was chosen`,
  });

/** Where a problem is, as the sheet shows it: "Ô D4 (value)", "Trang series, ô C3 (value)". */
export function placeOf(problem: SheetProblem, indicatorsSheet?: string): Text | undefined {
  const { sheet, row, column, letter } = problem;
  const other = sheet !== undefined && sheet !== indicatorsSheet;
  const lower = (text: string) => text[0].toLowerCase() + text.slice(1);
  const prefix = (vi: string, en: string): Text =>
    other ? { vi: `Trang ${sheet}, ${lower(vi)}`, en: `Sheet ${sheet}, ${lower(en)}` } : { vi, en };
  if (row !== undefined && column && letter) return prefix(`Ô ${letter}${row} (${column})`, `Cell ${letter}${row} (${column})`);
  if (row !== undefined && column)
    return prefix(`Dòng ${row}, cột ${column} (không có trong tệp)`, `Row ${row}, column ${column} (not in the file)`);
  if (row !== undefined) return prefix(`Dòng ${row}`, `Row ${row}`);
  if (problem.code === 'feed.size') return { vi: 'Tệp JSON', en: 'The JSON' };
  return problem.path ? { vi: problem.path, en: problem.path } : undefined;
}

/** A message in Vietnamese, then in English on its own line, after its place if it has one. */
function texts(item: Text, place?: Text): HTMLElement[] {
  const vi = document.createElement('span');
  vi.textContent = place ? `${place.vi}: ${item.vi}` : item.vi;
  const en = document.createElement('span');
  en.className = 'en';
  en.lang = 'en';
  en.textContent = place ? `${place.en}: ${item.en}` : item.en;
  return [vi, en];
}

/** Problems listed on the page; the CLI prints them all. */
export const SHOWN_PROBLEMS = 500;
/** A message about `count` things left out, the number written as each language writes it. */
const leftOut = (key: 'problems.omitted' | 'preview.omitted', count: number): Text => {
  const words = (locale: 'vi' | 'en') => say(locale, key, { count: formatNumber(count, locale), most: MAX_CARDS });
  return { vi: words('vi'), en: words('en') };
};

function line(item: Text, place?: Text): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...texts(item, place));
  return li;
}

/** Wires the page's controls inside `root` (the page's <main>), which fires `sheet-converted` after each reading. */
export function mountSheetPage(root: HTMLElement): void {
  const $ = <E extends Element>(id: string) => root.querySelector<E>(`#${id}`)!;
  const fileInput = $<HTMLInputElement>('file');
  const sheetSelect = $<HTMLSelectElement>('sheet');
  const decimalComma = $<HTMLInputElement>('decimal-comma');
  const summary = $<HTMLElement>('check-summary');
  const download = $<HTMLButtonElement>('download');
  const embed = $<HTMLAnchorElement>('embed');
  const status = $<HTMLElement>('action-status');
  let file: { name: string; bytes: Uint8Array } | undefined;
  let feed: { json: string; name: string } | undefined;
  let url: string | undefined;
  /** The file chosen or dropped last: one read before it that finishes after it is dropped. */
  let latest: File | undefined;

  function show(converted: Converted): void {
    const { result } = converted;
    $('sheet-field').toggleAttribute('hidden', converted.sheets.length < 2);
    if (converted.sheets.length) {
      sheetSelect.replaceChildren(...converted.sheets.map((name) => new Option(name, name, false, name === converted.sheet)));
    }
    const count = result.ok ? result.document.indicators.length : result.problems.length;
    summary.className = result.ok ? 'good' : 'bad';
    const [vi, en] = texts(
      result.ok
        ? { vi: `Hợp lệ: ${count} chỉ số.`, en: `Valid: ${count} indicator${count === 1 ? '' : 's'}.` }
        : { vi: `${count} lỗi: chưa tạo được tệp JSON.`, en: `${count} problem${count === 1 ? '' : 's'}: no JSON yet.` },
    );
    summary.replaceChildren(vi, ' ', en);
    // A sheet of 10,000 rows with a bad column has 10,000 problems: the first few hundred say
    // what to fix, and a list of them all would take the page seconds to draw.
    const problems = result.ok ? [] : result.problems;
    const unlisted = problems.length - SHOWN_PROBLEMS;
    $('problems').replaceChildren(
      ...problems.slice(0, SHOWN_PROBLEMS).map((p) => line(p.message, placeOf(p, converted.sheet))),
      ...(unlisted > 0 ? [line(leftOut('problems.omitted', unlisted))] : []),
    );
    $('warnings').replaceChildren(
      ...result.unknown.map((unknown) =>
        line(
          unknownWarning(unknown),
          unknown.sheet === undefined ? undefined : { vi: `Trang ${unknown.sheet}`, en: `Sheet ${unknown.sheet}` },
        ),
      ),
    );
    const preview = $('preview');
    feed = result.ok && converted.feedText !== undefined ? { json: converted.feedText, name: converted.feedName } : undefined;
    const { shown, left } = firstCards(result.ok ? membersOf(result.document) : []);
    preview.replaceChildren(...(result.ok ? shown.map((member) => card(member, result.document)) : []));
    const omitted = $<HTMLElement>('preview-omitted');
    omitted.hidden = left === 0;
    omitted.replaceChildren(...(left ? texts(leftOut('preview.omitted', left)) : []));
    download.disabled = !feed;
    embed.hidden = true;
    status.textContent = '';
    if (feed) {
      try {
        // The builder (same origin, same tab) reads it back from here: it works offline and holds a large feed.
        sessionStorage.setItem(SHEET_HANDOFF, feed.json);
        embed.hidden = false;
      } catch {
        status.textContent =
          'Tệp quá lớn để chuyển sang trang tạo mã: hãy tải tệp JSON. — Too large to hand to the builder: download the JSON.';
      }
    }
    root.dispatchEvent(new CustomEvent('sheet-converted', { detail: converted }));
  }

  function card(member: Record<string, unknown>, document_: unknown): HTMLElement {
    const kind = widgetFor(member, new Map());
    const figure = document.createElement('figure');
    const element = document.createElement(`dx-${kind}`) as HTMLElement & { data: unknown };
    element.setAttribute('loading', 'eager');
    element.data = standalone(member, document_);
    const caption = document.createElement('figcaption');
    const code = document.createElement('code');
    code.textContent = String(member.id);
    caption.append(code, ` · <dx-${kind}>`);
    figure.append(element, caption);
    return figure;
  }

  function convert(sheet?: string): void {
    if (!file) return;
    show(convertFile(file.name, file.bytes, { sheet, decimalComma: decimalComma.checked }));
  }

  async function take(chosen: File | undefined): Promise<void> {
    if (!chosen) return;
    latest = chosen;
    // A 4 GB file is refused by its size, not read into the tab's memory first.
    if (chosen.size > LIMITS.fileBytes) {
      file = undefined;
      show({ result: tooLarge(), sheets: [], feedName: '' });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await chosen.arrayBuffer());
    } catch {
      // A folder dropped from the file manager arrives as a File that cannot be read; so does a
      // file deleted or renamed between choosing it and reading it.
      if (chosen !== latest) return;
      file = undefined;
      show({ result: unreadable(chosen.name), sheets: [], feedName: '' });
      return;
    }
    if (chosen !== latest) return;
    file = { name: chosen.name, bytes };
    convert();
  }

  fileInput.addEventListener('change', () => void take(fileInput.files?.[0]));
  // The file chosen again once fixed in Excel is, to Chrome, no change: it fires none, and the
  // page would keep showing the old problems. The chooser is emptied as it opens instead.
  fileInput.addEventListener('click', () => (fileInput.value = ''));
  sheetSelect.addEventListener('change', () => convert(sheetSelect.value));
  decimalComma.addEventListener('change', () => convert($<HTMLElement>('sheet-field').hidden ? undefined : sheetSelect.value));
  $('sheet-form').addEventListener('submit', (event) => event.preventDefault());

  const drop = $<HTMLElement>('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    void take(event.dataTransfer?.files[0]);
  });

  // A file dropped anywhere else on the page is taken as well: the browser's own way with it
  // would open the file in the tab in place of the page (and whatever the page showed is lost).
  // Whatever else is dropped is ignored. Once this page is gone from the document, so are these.
  const page = root.ownerDocument;
  const outside = (event: DragEvent) => {
    if (!root.isConnected) {
      page.removeEventListener('dragover', outside);
      page.removeEventListener('drop', outside);
      return;
    }
    if (event.defaultPrevented) return;
    event.preventDefault();
    if (event.type === 'drop') void take(event.dataTransfer?.files[0]);
  };
  page.addEventListener('dragover', outside);
  page.addEventListener('drop', outside);

  download.addEventListener('click', () => {
    if (!feed) return;
    // One object URL at a time: the previous download's is released here, not on a timer.
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([feed.json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = feed.name;
    link.hidden = true;
    download.after(link);
    link.click();
    link.remove();
    status.textContent = `Đã tải ${feed.name} — Downloaded ${feed.name}`;
  });
}
