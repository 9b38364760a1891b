/**
 * `@font-face` rules for `family`: Roboto from npm (as every test's font, web-test-runner.config.js)
 * drawn 25 % larger than its size says (`size-adjust`, as a page matches a fallback font to its
 * own), its line's height kept as Roboto's. Its labels come within 3 % of DejaVu Sans's widths
 * (the fallback a page gets where its font is missing, on Linux), its bold figures 0.7 em a
 * character: wider than the trend's 0.6 em estimate. Each family has its own URLs, so a family
 * not yet used loads when a test first draws with it (a font that arrives late).
 */
export const wideFontFaces = (family: string): string =>
  ['400', '600']
    .flatMap((weight) =>
      ['latin', 'vietnamese'].map(
        (subset) => `@font-face {
          font-family: '${family}';
          font-weight: ${weight};
          src: url(/node_modules/@fontsource/roboto/files/roboto-${subset}-${weight}-normal.woff2?${family.replace(/ /g, '-')}) format('woff2');
          size-adjust: 125%;
          /* Roboto's ascent and descent (0.928 and 0.244 em), scaled back: only the widths change. */
          ascent-override: 74.22%;
          descent-override: 19.53%;
          line-gap-override: 0%;
        }`,
      ),
    )
    .join('\n');
