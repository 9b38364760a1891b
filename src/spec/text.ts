/**
 * The format's rules for text, shared by the validator (which refuses what they forbid) and
 * everything that draws document text (which isolates it). Imports nothing.
 */

/**
 * Text with something to read in it: not empty, not only spaces, and not only characters
 * that draw nothing (zero-width spaces and joiners, U+2060, U+FEFF and other format or
 * control characters, the Hangul fillers), which would show an empty label.
 */
export const NOT_BLANK = /[^\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/u;

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms) and the RLM mark. */
const RTL = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Document text as it is set beside our words and figures: isolated (bidi), so that nothing
 * in it can reorder what stands next to it. "Hà Nội\u202e" before "thứ 12/63" drew "36/21";
 * a Hebrew label before ": 79,13%" drew the figure first. Text that can do neither (no
 * right-to-left letter, no control) comes back as it is: Vietnamese and English text is
 * unchanged, in the page and in what is copied. Other text is wrapped in FIRST STRONG ISOLATE
 * … POP DIRECTIONAL ISOLATE (U+2068 … U+2069), the plain-text form of `<bdi>`, which works
 * where markup cannot go: inside a sentence of ours, an attribute, SVG, an ARIA text. The
 * validator refuses embedding, override and isolate controls in the format's text; any that
 * reach here another way (an id quoted in an error message) are dropped, as a stray U+2069
 * would close the isolate early.
 */
export function isolate(text: string): string {
  const bare = text.replace(BIDI_CONTROLS, '');
  return bare === text && !RTL.test(text) ? text : `\u2068${bare}\u2069`;
}

/**
 * Whether a unit, as written in a document, makes the indicator a percentage: `"%"`, or an
 * object whose `vi` is `"%"` (the validator holds its other languages to `"%"` too).
 */
export function isPercentUnit(unit: unknown): boolean {
  return unit === '%' || (typeof unit === 'object' && unit !== null && (unit as { vi?: unknown }).vi === '%');
}
