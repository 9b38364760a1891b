import { inBoth, translate, type Locale, type MessageParams, type StringTable } from '../format/messages.js';

/**
 * What the sheet conversion says about workbooks and their extra sheets, [vi, en], shared by
 * `dx-widgets from-xlsx` and demo/sheet.html. The CSV rules' messages stay in src/cli/strings.ts.
 */
const TABLE = {
  'xlsx.size': ['tệp lớn hơn giới hạn {megabytes} MB của một bảng tính', 'the file is larger than the spreadsheet limit of {megabytes} MB'],
  'xlsx.unzipped': [
    'bảng tính giải nén ra quá {megabytes} MB hoặc quá {entries} phần: không đọc',
    'the workbook unpacks to more than {megabytes} MB or {entries} parts: not read',
  ],
  'xlsx.cells': [
    'trang {sheet} trải ra hơn {cells} ô, kể cả các ô trống trước giá trị cuối của mỗi dòng: hãy xóa các giá trị lạc ở xa bên phải bảng',
    'the sheet {sheet} spreads over more than {cells} cells, counting the empty ones before the last value of each row: delete the stray values far to the right of the table',
  ],
  'xlsx.encrypted': [
    'bảng tính có mật khẩu: trong Excel chọn File → Info → Protect Workbook → Encrypt with Password, xóa mật khẩu rồi lưu lại',
    'the workbook is password-protected: in Excel choose File → Info → Protect Workbook → Encrypt with Password, clear the password and save again',
  ],
  'xlsx.legacy': [
    'đây là tệp Excel 97–2003 (.xls): mở bằng Excel và lưu thành "Excel Workbook (*.xlsx)"',
    'this is an Excel 97–2003 file (.xls): open it in Excel and save it as "Excel Workbook (*.xlsx)"',
  ],
  'xlsx.notWorkbook': ['không phải bảng tính .xlsx (hoặc tệp bị hỏng)', 'not an .xlsx workbook (or the file is damaged)'],
  'xlsx.strings': [
    'ô {cell} của trang {sheet} trỏ tới một đoạn chữ mà bảng tính không có (trong xl/sharedStrings.xml): tệp bị hỏng; mở bằng Excel rồi lưu lại',
    'the cell {cell} of the sheet {sheet} refers to a text the workbook does not hold (in xl/sharedStrings.xml): the file is damaged; open it in Excel and save it again',
  ],
  'xlsx.sheet': ['không có trang "{sheet}"; các trang: {sheets}', 'there is no sheet "{sheet}"; the sheets: {sheets}'],
  'sheet.header': [
    'dòng tiêu đề thiếu cột: {missing}. Các cột của dòng tiêu đề: {found}',
    'the header row lacks columns: {missing}. The columns it has: {found}',
  ],
  'sheet.merged': [
    'các ô {ref} được gộp nên chỉ ô đầu có giá trị: bỏ gộp (Home → Merge & Center) và điền giá trị vào từng ô',
    'the cells {ref} are merged, so only the first holds a value: unmerge them (Home → Merge & Center) and fill in each cell',
  ],
  'sheet.error': ['ô có lỗi công thức {raw}', 'the cell holds the formula error {raw}'],
  // A workbook written by a program that does not compute (a script, some exporters) keeps a formula without its result.
  'sheet.formula': [
    'ô có công thức ={raw} nhưng chưa có giá trị đã tính: mở tệp bằng Excel rồi lưu lại',
    'the cell holds the formula ={raw} but no computed value: open the file in Excel and save it again',
  ],
  'sheet.date': ['"{raw}" là ngày tháng, không phải số', '"{raw}" is a date, not a number'],
  'sheet.dateRange': [
    'ô định dạng ngày tháng nhưng giữ số {raw}, ngoài các ngày Excel hiển thị được (tới 31/12/9999, Excel hiện ####): hãy nhập lại ngày',
    'the cell is formatted as a date but holds {raw}, a date out of the range Excel shows (up to 31/12/9999; Excel shows ####): type the date again',
  ],
  'sheet.workbook': [
    'đây là bảng tính Excel (.xlsx) dù tên tệp kết thúc bằng .csv: hãy đổi tên cho kết thúc bằng .xlsx rồi chọn lại',
    'this is an Excel workbook (.xlsx), though its name ends in .csv: rename it to end in .xlsx and choose it again',
  ],
  'sheet.noId': ['không có chỉ số nào có id "{id}" trong trang {sheet}', 'no indicator on the sheet {sheet} has the id "{id}"'],
  // A list's limit (MAX_ITEMS) said where the rows are: on the extra sheet, at the first row past it.
  'sheet.items': [
    'chỉ số "{id}" (dòng {row} trang {sheet}) có {count} dòng ở trang này, quá giới hạn {most}; dòng này là dòng thứ {next}',
    'the indicator "{id}" (row {row} of the sheet {sheet}) has {count} rows on this sheet, over the limit of {most}; this is row number {next} of them',
  ],
  'sheet.rows': [
    'có {count} dòng chỉ số, quá giới hạn {most} của một tệp số liệu; dòng này là dòng thứ {next}: hãy chia thành nhiều tệp',
    'there are {count} indicator rows, over the limit of {most} in one feed; this is row number {next} of them: split them into several files',
  ],
  'sheet.twoIds': [
    'id "{id}" có ở nhiều dòng của trang {sheet}: không rõ gắn vào dòng nào',
    'the id "{id}" is on several rows of the sheet {sheet}: which one is meant is unclear',
  ],
} satisfies StringTable;

export type SheetKey = keyof typeof TABLE;

export const sheetSay = (locale: Locale, key: SheetKey, params?: MessageParams): string => translate(TABLE, locale, key, params);
export const sheetBoth = (key: SheetKey, params?: MessageParams): { vi: string; en: string } => inBoth(TABLE, key, params);

// A cell or a column name in a message, cut as every message quotes a reader's text.
export { clip, QUOTE_MAX } from '../spec/messages.js';
