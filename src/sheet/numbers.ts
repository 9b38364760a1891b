/**
 * Numbers from a spreadsheet cell, read the way the sheet declares them and never guessed.
 *
 * Always read: plain digits with an optional decimal point, "97.27", "320000", "-3".
 * With `decimalComma` (Vietnamese writing, declared by `--decimal-comma`): "," is the decimal
 * mark and "." groups thousands in threes: "97,27", "320.000", "1.234,5". A dot that cannot be
 * grouping ("97.27", "0.5") is still the plain decimal point, in a column that writes no number
 * the Vietnamese way.
 * Without it, a comma ("97,27", "1,234") or a dot that could group thousands ("320.000",
 * "1.234": 1.234 or 1234?) is an error that says how to write it.
 * With it, one column must keep to one writing (see `writingOf`): "97.27" beside "1.234" is an
 * error, since the second would be 1234 only by a guess.
 */

export type NumberProblem = 'number.comma' | 'number.grouping' | 'number.exponent' | 'number.percent' | 'number.format';

export type NumberRead = { ok: true; value: number } | { ok: false; code: NumberProblem };

export interface NumberRules {
  /** The sheet writes "97,27" and "320.000". */
  decimalComma?: boolean;
  /** The indicator's unit is "%": a trailing "%" (Excel's percentage format) is allowed. */
  percent?: boolean;
}

const INTEGER = /^-?\d+$/;
const PLAIN = /^-?\d+\.\d+$/;
/** Could be thousands grouping: 1–3 digits (not a lone 0), then groups of three. */
const GROUPED = /^-?[1-9]\d{0,2}(\.\d{3})+$/;
const GROUPED_COMMA = /^-?[1-9]\d{0,2}(\.\d{3})+,\d+$/;
const COMMA = /^-?\d+,\d+$/;
const EXPONENT = /^-?\d+([.,]\d+)?e[+-]?\d+$/i;

const ok = (value: number): NumberRead => ({ ok: true, value });
const no = (code: NumberProblem): NumberRead => ({ ok: false, code });

export function readNumber(raw: string, rules: NumberRules = {}): NumberRead {
  let text = raw.trim();
  if (text.endsWith('%')) {
    if (!rules.percent) return no('number.percent');
    text = text.slice(0, -1).trimEnd();
  }
  if (INTEGER.test(text)) return ok(Number(text));
  if (EXPONENT.test(text)) return no('number.exponent');
  if (rules.decimalComma) {
    if (GROUPED.test(text)) return ok(Number(text.replaceAll('.', '')));
    if (GROUPED_COMMA.test(text)) return ok(Number(text.replaceAll('.', '').replace(',', '.')));
    if (COMMA.test(text)) return ok(Number(text.replace(',', '.')));
    return PLAIN.test(text) ? ok(Number(text)) : no('number.format');
  }
  if (text.includes(',')) return no('number.comma');
  if (GROUPED.test(text)) return no('number.grouping');
  return PLAIN.test(text) ? ok(Number(text)) : no('number.format');
}

/**
 * Which writing a cell commits to under `decimalComma`: "point" for a dot that cannot group
 * thousands ("97.27", "0.5", "1.2345"), "comma" for the Vietnamese forms ("97,27", "320.000",
 * "1.234", "1.234,5"), undefined for what reads the same either way (integers) or not at all.
 */
export function writingOf(raw: string): 'point' | 'comma' | undefined {
  const text = raw.trim().replace(/\s*%$/, '');
  if (GROUPED.test(text) || GROUPED_COMMA.test(text) || COMMA.test(text)) return 'comma';
  return PLAIN.test(text) ? 'point' : undefined;
}
