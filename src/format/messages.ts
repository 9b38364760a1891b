/**
 * Every string a reader or an author sees, in Vietnamese and English, from one table.
 * Entries with `{name}` holes are filled by `message()`.
 */
export type Locale = 'vi' | 'en';

const vi = {
  // Validation: what is wrong with a field. The path is put in front by the validator.
  'json': 'không phải JSON hợp lệ ({detail})',
  'type.object': 'phải là đối tượng { … }',
  'type.array': 'phải là danh sách [ … ]',
  'type.string': 'phải là chuỗi văn bản',
  'type.number': 'phải là số',
  'type.integer': 'phải là số nguyên từ 1 trở lên',
  'type.text': 'phải là chuỗi hoặc { "vi": …, "en": … }',
  'required': 'bắt buộc phải có',
  'empty': 'không được để trống',
  'pattern.id': 'chỉ gồm a–z, 0–9 và dấu -',
  'pattern.date': 'phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
  'pattern.url': 'chỉ nhận địa chỉ http:// hoặc https://',
  'enum': 'phải là một trong: {values}',
  'range.percent': 'là phần trăm, phải từ 0 đến 100 (đang là {value})',
  'range.negative': 'không được âm',
  'range.positive': 'phải lớn hơn 0',
  'count.part': 'part ({part}) không được lớn hơn whole ({whole})',
  'rank.position': 'position ({position}) không được lớn hơn of ({of})',
  'series.order': 'phải xếp từ cũ đến mới, không trùng ({asOf} sau {previous})',
  'value.required': 'cần có value (trừ khi có rank, areas hoặc target)',
  'indicators.empty': 'danh sách chỉ số đang trống',
  'indicator.duplicate': 'trùng id "{id}" cho cùng địa bàn với indicators[{other}]',
  'indicator.unknown': 'không có chỉ số "{id}"; có: {ids}',
  'indicator.choose': 'có nhiều chỉ số, hãy chọn indicator="…"; có: {ids}',
  'area.unknown': 'chỉ số "{id}" không có địa bàn "{area}"; có: {areas}',
  'area.choose': 'chỉ số "{id}" có nhiều địa bàn, hãy chọn area="…"; có: {areas}',
  'attr.number': '"{raw}" không phải số; dùng dấu chấm thập phân, ví dụ 97.27',
  'load': 'không tải được {url} ({detail})',
  'load.timeout': 'quá {seconds} giây',
  'nodata': 'chưa có số liệu: cần data, JSON trong thẻ, src hoặc value',
  'gauge.unit': 'đơn vị "{unit}" không phải %, nên cần thuộc tính max',
  'gauge.range': '{value} nằm ngoài khoảng {min}–{max} của đồng hồ',

  // What readers see.
  'approx.about': 'khoảng',
  'approx.over': 'trên',
  'approx.under': 'dưới',
  'approx.nearly': 'gần',
  'asOf.year': 'năm {year}',
  'asOf.label': 'Số liệu {date}',
  'source': 'Nguồn: ',
  'target': 'Mục tiêu {value}',
  'target.by': 'Mục tiêu {value} đến {by}',
  'band.low': 'mức thấp',
  'band.middle': 'mức trung bình',
  'band.high': 'mức cao',
  'loading': 'Đang tải số liệu…',
  'noFigure': 'chưa có số liệu',
  'error.title': 'Không hiển thị được số liệu',
  'stale': 'Số liệu có thể chưa cập nhật',
  'stale.since': 'Số liệu có thể chưa cập nhật (lần cập nhật cuối {time})',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'json': 'is not valid JSON ({detail})',
  'type.object': 'must be an object { … }',
  'type.array': 'must be a list [ … ]',
  'type.string': 'must be text',
  'type.number': 'must be a number',
  'type.integer': 'must be a whole number from 1 up',
  'type.text': 'must be text or { "vi": …, "en": … }',
  'required': 'is required',
  'empty': 'must not be empty',
  'pattern.id': 'may hold only a–z, 0–9 and -',
  'pattern.date': 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  'pattern.url': 'must be an http:// or https:// address',
  'enum': 'must be one of: {values}',
  'range.percent': 'is a percentage, must be 0 to 100 (it is {value})',
  'range.negative': 'must not be negative',
  'range.positive': 'must be greater than 0',
  'count.part': 'part ({part}) must not exceed whole ({whole})',
  'rank.position': 'position ({position}) must not exceed of ({of})',
  'series.order': 'must run oldest first, no repeats ({asOf} after {previous})',
  'value.required': 'value is required (unless rank, areas or target is given)',
  'indicators.empty': 'the list of indicators is empty',
  'indicator.duplicate': 'repeats id "{id}" for the same area as indicators[{other}]',
  'indicator.unknown': 'there is no indicator "{id}"; available: {ids}',
  'indicator.choose': 'several indicators, choose one with indicator="…"; available: {ids}',
  'area.unknown': 'indicator "{id}" has no area "{area}"; available: {areas}',
  'area.choose': 'indicator "{id}" has several areas, choose one with area="…"; available: {areas}',
  'attr.number': '"{raw}" is not a number; use a decimal point, e.g. 97.27',
  'load': 'could not load {url} ({detail})',
  'load.timeout': 'over {seconds} seconds',
  'nodata': 'no figures: give data, inline JSON, src or value',
  'gauge.unit': 'the unit "{unit}" is not %, so a max attribute is needed',
  'gauge.range': '{value} is outside the gauge range {min}–{max}',

  'approx.about': 'about',
  'approx.over': 'over',
  'approx.under': 'under',
  'approx.nearly': 'nearly',
  'asOf.year': '{year}',
  'asOf.label': 'Data as of {date}',
  'source': 'Source: ',
  'target': 'Target {value}',
  'target.by': 'Target {value} by {by}',
  'band.low': 'low range',
  'band.middle': 'middle range',
  'band.high': 'high range',
  'loading': 'Loading figures…',
  'noFigure': 'no figure yet',
  'error.title': 'The figures cannot be shown',
  'stale': 'Figures may be out of date',
  'stale.since': 'Figures may be out of date (last updated {time})',
};

const TABLE: Record<Locale, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

/** The text for `key` in `locale`, with `{name}` holes filled from `params`. */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = TABLE[locale][key];
  return params ? text.replace(/\{(\w+)\}/g, (hole, name: string) => String(params[name] ?? hole)) : text;
}

/** The same message in both languages, as validation errors carry it. */
export function bilingual(key: MessageKey, params?: MessageParams): { vi: string; en: string } {
  return { vi: message('vi', key, params), en: message('en', key, params) };
}
