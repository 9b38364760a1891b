import { unsafeCSS } from 'lit';

/**
 * The length each of `wordLength`'s classes (templates.ts) stands for, as `--_n`: `.n4 { --_n: 4 }`
 * to `.n20`, for the gauge's and the stat's big figure. Written by a loop (66 bytes, not 200),
 * in a module of its own: the build does not minify the CSS of a file that calls unsafeCSS.
 */
export const wordLengths = unsafeCSS(Array.from({ length: 17 }, (_, i) => `.n${i + 4}{--_n:${i + 4}}`).join(''));
