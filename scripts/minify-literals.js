// Squeezes the whitespace out of lit's html`` and css`` templates in our sources
// (~0.5 kB gz of the reader's download). Used by vite.config.ts and the size budget.
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * lit's templates in one of our sources, squeezed; null when it has none. Shared with the
 * server renderer's build (scripts/build-ssr.js): hydration needs the same text on both sides.
 * @param {string} code
 * @param {string} fileName
 */
export async function minifySource(code, fileName) {
  if (!/\b(html|css|svg)`/.test(code)) return null;
  return (await minifyHTMLLiterals(code, { fileName })) ?? null;
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
