// Writes a small .xlsx (SpreadsheetML, ECMA-376) the way Excel stores one: shared strings, cell
// styles whose number formats say "percent", "date" or "text", a fixed zip date so the same
// input gives the same bytes. Used by scripts/build-xlsx-template.js and the CLI tests.
import { strToU8, zipSync } from 'fflate';

/**
 * A cell: text, a number, null (empty), or an object:
 *   { number, format: 'percent' }           0.9727 shown as 97.27%
 *   { date: 'YYYY-MM-DD', format: 'year' | 'month' | 'day' }   a date cell shown as 2024, 12/2024, 31/12/2024
 *   { text, format: 'text' }                text in a cell formatted as Text (@)
 *   { error: '#N/A' }                       a formula error
 * @typedef {string | number | null | { number?: number, date?: string, text?: string, error?: string, format?: string }} Cell
 * @typedef {{ name: string, rows: Cell[][], widths?: number[] }} Sheet
 */

// cellXfs, in this order: 0 General, 1 0.00%, 2 yyyy, 3 mm/yyyy, 4 dd/mm/yyyy, 5 Text (@).
const STYLE = { percent: 1, year: 2, month: 3, day: 4, text: 5 };

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2024-12-31" → Excel's 1900-system serial (which counts a 29 February 1900). */
function serial(date) {
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days < 61 ? days - 1 : days;
}

function letters(index) {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * @param {Sheet[]} sheets
 * @returns {Uint8Array} the .xlsx bytes
 */
export function writeWorkbook(sheets) {
  const strings = [];
  const stringIndex = new Map();
  const shared = (text) => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return stringIndex.get(text);
  };
  const cellXml = (cell, ref) => {
    if (cell === null || cell === undefined || cell === '') return '';
    if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
    const s = STYLE[cell.format] ?? 0;
    if (cell.error !== undefined) return `<c r="${ref}" t="e"><f>NA()</f><v>${escape(cell.error)}</v></c>`;
    if (cell.text !== undefined) return `<c r="${ref}" s="${s}" t="s"><v>${shared(cell.text)}</v></c>`;
    if (cell.date !== undefined) return `<c r="${ref}" s="${s}"><v>${serial(cell.date)}</v></c>`;
    return `<c r="${ref}" s="${s}"><v>${cell.number}</v></c>`;
  };
  const sheetXml = ({ rows, widths }) => {
    const cols = widths
      ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const body = rows
      .map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => cellXml(cell, `${letters(c)}${r + 1}`)).join('')}</row>`)
      .join('');
    // The header row stays in view while scrolling.
    const pane =
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
    return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${pane}${cols}<sheetData>${body}</sheetData></worksheet>`;
  };
  const worksheets = sheets.map(sheetXml);
  const files = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy"/><numFmt numFmtId="165" formatCode="mm/yyyy"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ...Object.fromEntries(worksheets.map((xml, i) => [`xl/worksheets/sheet${i + 1}.xml`, xml])),
  };
  // sharedStrings last: the sheets above filled the table.
  files['xl/sharedStrings.xml'] =
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${escape(t)}</t></si>`).join('')}</sst>`;
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  // A fixed date: the template is committed, and regenerating it must give the same bytes.
  return zipSync(entries, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') });
}
