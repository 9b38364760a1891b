// Squeezes the whitespace out of lit's html`` and css`` templates in our sources
// (~0.5 kB gz of the reader's download). Used by vite.config.ts and the size budget.
import { minifyHTMLLiterals } from 'minify-literals';

/** @returns {import('vite').Plugin} */
export function minifyLiterals() {
  return {
    name: 'dx-minify-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
