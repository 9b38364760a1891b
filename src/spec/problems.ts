/**
 * The validator's messages: what is wrong with a field, in Vietnamese and English side by
 * side ([vi, en]). The validator puts the path in front, and finds each problem as its code
 * (rules.ts): these words are a table of their own, which an element loads only when it has
 * a problem to show (feed/controller.ts) and tools get with the validator (validate.ts).
 */
import type { StringTable } from './messages.js';

export const PROBLEMS = {
  json: ['không phải JSON hợp lệ (dòng {line}, cột {column})', 'is not valid JSON (line {line}, column {column})'],
  // Where the browser does not say where (Safari): its words are English, so said in the English message alone.
  'json.unplaced': ['không phải JSON hợp lệ', 'is not valid JSON ({detail})'],
  // Nested past MAX_DEPTH (limits.ts), found before the text is parsed: where the limit was passed.
  'json.depth': ['lồng quá {max} tầng (dòng {line}, cột {column})', 'is nested over {max} levels deep (line {line}, column {column})'],
  // A file saved as UTF-16 (Notepad's and Excel's "Unicode"), read as UTF-8 (nesting.ts): in the command line's words for a file not UTF-8.
  'json.utf16': [
    'là UTF-16, không phải UTF-8; hãy lưu tệp với bảng mã UTF-8',
    'is UTF-16, not UTF-8; save the file with the UTF-8 encoding',
  ],
  // UTF-32, told as UTF-16 is: named as what it is, with the same advice.
  'json.utf32': [
    'là UTF-32, không phải UTF-8; hãy lưu tệp với bảng mã UTF-8',
    'is UTF-32, not UTF-8; save the file with the UTF-8 encoding',
  ],
  'type.object': ['phải là đối tượng { … }', 'must be an object { … }'],
  'type.array': ['phải là danh sách [ … ]', 'must be a list [ … ]'],
  'type.string': ['phải là chuỗi văn bản', 'must be text'],
  'type.number': ['phải là số', 'must be a number'],
  'type.integer': ['phải là số nguyên từ 1 trở lên', 'must be a whole number from 1 up'],
  'type.text': ['phải là chuỗi hoặc { "vi": …, "en": … }', 'must be text or { "vi": …, "en": … }'],
  required: ['bắt buộc phải có', 'is required'],
  empty: ['không được để trống', 'must not be empty'],
  'pattern.id': ['chỉ gồm a–z, 0–9 và dấu -', 'may hold only a–z, 0–9 and -'],
  'pattern.date': ['phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD', 'must be YYYY, YYYY-MM or YYYY-MM-DD'],
  'date.year': ['phải trong các năm 1900–2100 ({date})', 'must be within the years 1900–2100 ({date})'],
  'date.real': ['không phải ngày có thật ({date})', 'is not a real date ({date})'],
  'text.bidi': ['có ký tự điều khiển hướng chữ {controls}: hãy xoá', 'holds bidi controls {controls}: remove them'],
  depth: ['lồng quá {max} tầng', 'is nested over {max} levels deep'],
  'pattern.url': ['chỉ nhận địa chỉ http:// hoặc https://', 'must be an http:// or https:// address'],
  enum: ['phải là một trong: {values}', 'must be one of: {values}'],
  'range.percent': ['là phần trăm, phải từ 0 đến 100 (đang là {value})', 'is a percentage, must be 0 to 100 (it is {value})'],
  'range.negative': ['không được âm', 'must not be negative'],
  'range.positive': ['phải lớn hơn 0', 'must be greater than 0'],
  'range.seconds': ['phải từ {least} đến {most} giây', 'must be {least} to {most} seconds'],
  'limit.text': ['dài {length} ký tự, quá giới hạn {most}', 'is {length} characters long, over the limit of {most}'],
  'limit.items': ['có {count} mục, quá giới hạn {most}', 'has {count} entries, over the limit of {most}'],
  'count.part': ['part ({part}) không được lớn hơn whole ({whole})', 'part ({part}) must not exceed whole ({whole})'],
  'rank.position': ['position ({position}) không được lớn hơn of ({of})', 'position ({position}) must not exceed of ({of})'],
  'rank.top': ['top ({top}) không được lớn hơn of ({of})', 'top ({top}) must not exceed of ({of})'],
  'rank.place': ['bắt buộc phải có, trừ khi rank có target (mục tiêu)', 'is required unless rank has a target (a goal)'],
  'series.order': [
    'phải xếp từ cũ đến mới, không trùng ({asOf} sau {previous})',
    'must run oldest first, no repeats ({asOf} after {previous})',
  ],
  'target.order': [
    'phải xếp theo hạn, sớm trước, không trùng ({by} sau {previous})',
    'must run earliest deadline first, no repeats ({by} after {previous})',
  ],
  'value.required': ['cần value (hoặc rank, areas, target)', 'needs value (or rank, areas, target)'],
  'indicator.duplicate': [
    'trùng id "{id}" cho cùng địa bàn với indicators[{other}]',
    'repeats id "{id}" for the same area as indicators[{other}]',
  ],
  'indicator.unknown': ['không có chỉ số "{id}"; có: {ids}', 'no indicator "{id}"; there are: {ids}'],
  'indicator.choose': ['có nhiều chỉ số, cần indicator="…"; có: {ids}', 'several indicators: set indicator="…"; there are: {ids}'],
  'area.unknown': ['"{id}" không có địa bàn "{area}"; có: {areas}', '"{id}" has no area "{area}"; there are: {areas}'],
  'area.choose': ['"{id}" có nhiều địa bàn, cần area="…"; có: {areas}', '"{id}" has several areas: set area="…"; there are: {areas}'],
  'attr.number': [
    '"{raw}" không phải số; dùng dấu chấm thập phân, ví dụ 97.27',
    '"{raw}" is not a number; use a decimal point, e.g. 97.27',
  ],
  'attr.targets': [
    'tài liệu có danh sách mục tiêu: thêm cả target="…" để thay bằng một mục tiêu, hoặc bỏ thuộc tính này',
    'the document has a list of targets: add target="…" too, to replace it with one goal, or remove this attribute',
  ],
  nodata: ['chưa có số liệu: cần data, JSON trong thẻ, src hoặc value', 'no figures: give data, inline JSON, src or value'],
  'unit.percent': ['chỉ là "%" khi mọi ngôn ngữ đều là "%"', 'may be "%" only where every language is "%"'],
} satisfies StringTable;

/** What a validation error's `code` can be (elements add codes of their own). */
export type ProblemKey = keyof typeof PROBLEMS;
