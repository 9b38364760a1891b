// Squeezes the whitespace out of lit's html`` and css`` templates in our sources
// (~0.5 kB gz of the reader's download). Used by vite.config.ts and the size budget.
// magic-string: minify-literals' own dependency, the class it edits a source with.
import MagicString from 'magic-string';
import { defaultShouldMinifyCSS, minifyHTMLLiterals } from 'minify-literals';
import { parseLiterals } from 'parse-literals';

/**
 * clean-css keeps the space after a comma in clamp(), color-mix() and a var() fallback
 * (`var(--dx-bg, transparent)`); CSS never needs it outside a string. Squeezed here, so that
 * the sources can stay readable. Comments are passed over whole: an apostrophe in one is no
 * string.
 * @param {string} css
 */
export const squeezeCommas = (css) => css.replace(/(\/\*[\s\S]*?\*\/|'[^']*'|"[^"]*")|,\s+/g, (match, kept) => kept ?? ',');

/**
 * The templates as minify-literals finds them, each css`` part's commas squeezed before
 * clean-css sees it (the parts keep their places, so the source map still holds).
 * @type {typeof parseLiterals}
 */
const parseSqueezed = (source, options) =>
  parseLiterals(source, options).map((template) =>
    template.tag?.toLowerCase().includes('css')
      ? { ...template, parts: template.parts.map((part) => ({ ...part, text: squeezeCommas(part.text) })) }
      : template,
  );

/**
 * A css`` of declarations only, with no expression: a fragment written into rules elsewhere (the
 * dark theme's tokens, src/internal/theme.styles.ts). clean-css reads whole style sheets, so it
 * would warn and keep such a fragment as written; it is squeezed here instead: no comment, no
 * space around a colon or a semicolon, no last semicolon. One with a quote is left to clean-css.
 * @param {{ tag?: string, parts: { text: string }[] }} template
 */
const isDeclarations = (template) =>
  defaultShouldMinifyCSS(template) &&
  template.parts.length === 1 &&
  !/[{}'"]/.test(template.parts[0].text) &&
  // Each `name: value` with one colon, the name against it: a selector fragment
  // (".row :first-child", "a:hover :focus") is not one, and squeezing would join what a space parts.
  template.parts[0].text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(';')
    .every((declaration) => !declaration.trim() || /^\s*(--[\w-]+|[a-z][a-z-]*):[^:]+$/.test(declaration));

/** @param {string} text */
export const squeezeDeclarations = (text) =>
  squeezeCommas(text.replace(/\/\*[\s\S]*?\*\//g, ''))
    .replace(/\s*([:;])\s*/g, '$1')
    .trim()
    .replace(/;$/, '');

/**
 * The source to edit, its fragments of declarations already squeezed: minify-literals makes its
 * own edits in the same MagicString, so the source map holds for both.
 * @param {string} source
 */
function withDeclarationsSqueezed(source) {
  const edited = new MagicString(source);
  for (const template of parseLiterals(source).filter(isDeclarations)) {
    const [part] = template.parts;
    if (part.start < part.end) edited.overwrite(part.start, part.end, squeezeDeclarations(part.text));
  }
  return edited;
}

/**
 * lit's templates in one of our sources, squeezed; null when it has none. Shared with the
 * server renderer's build (scripts/build-ssr.js): hydration needs the same text on both sides.
 * @param {string} code
 * @param {string} fileName
 */
export async function minifySource(code, fileName) {
  if (!/\b(html|css|svg)`/.test(code)) return null;
  const options = {
    fileName,
    parseLiterals: parseSqueezed,
    shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && !isDeclarations(template),
    MagicString: withDeclarationsSqueezed,
  };
  return (await minifyHTMLLiterals(code, options)) ?? null;
}

/** @returns {import('vite').Plugin} */
export function minifyLiterals() {
  return {
    name: 'dx-minify-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = await minifySource(code, id);
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
