// Squeezes the whitespace out of lit's html`` and css`` templates in our sources
// (~0.5 kB gz of the reader's download). Used by vite.config.ts and the size budget.
import { minifyHTMLLiterals } from 'minify-literals';
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
 * lit's templates in one of our sources, squeezed; null when it has none. Shared with the
 * server renderer's build (scripts/build-ssr.js): hydration needs the same text on both sides.
 * @param {string} code
 * @param {string} fileName
 */
export async function minifySource(code, fileName) {
  if (!/\b(html|css|svg)`/.test(code)) return null;
  return (await minifyHTMLLiterals(code, { fileName, parseLiterals: parseSqueezed })) ?? null;
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
