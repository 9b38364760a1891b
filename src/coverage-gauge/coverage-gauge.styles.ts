import { css } from 'lit';

import { wordLengths } from '../internal/word-lengths.js';

export const gaugeStyles = css`
  /* Beside the text where the column has room for both (520 px, an article on a tablet or a
     desktop), above it where not: a wrapping row, not a container query, which would cost
     every gauge its own style recalculation (BENCHMARKS.md). The text asks for 240 px: in a
     narrower one, a provincial label and source outgrow the drawing's height. */
  .base {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 8px 16px;
  }
  .dial {
    display: grid;
    flex: 0 1 var(--dx-gauge-size, 240px);
    min-width: 0;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .track,
  .value {
    fill: none;
    stroke-linecap: round;
  }
  .track {
    stroke: var(--_track);
  }
  .value {
    stroke: var(--_accent);
    /* The first show sweeps in from zero; later values move from the old one. */
    animation: dx-sweep 0.7s cubic-bezier(0.33, 1, 0.68, 1);
    transition: stroke-dashoffset 0.7s cubic-bezier(0.33, 1, 0.68, 1);
  }
  @keyframes dx-sweep {
    from {
      stroke-dashoffset: 100;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .value {
      animation: none;
      transition: none;
    }
  }
  /* 1.5 units of the card's colour on either side of the target mark (1.8 px in a 240 px
     drawing), 2.25 on either side of a band mark, as long as the track is wide (coverage-gauge.ts). */
  .mark-gap {
    stroke: var(--_card);
    stroke-width: 6;
  }
  .target-mark {
    stroke: var(--_target);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .band-mark {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .figure {
    align-self: end;
    justify-self: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .ring .figure {
    align-self: center;
  }
  .number {
    /* As the drawing grows with a phone's width, so does the figure: on a phone the viewport
       is about the column. On a wider screen it takes the largest size, which still fits the
       drawing of a 240 px column (a container query would size it by the column exactly, at
       a style recalculation per gauge). */
    --_size: clamp(1.375rem, 7vw, 2.25rem);
    /* Never larger than lets its longest word (n4: 4 characters, … n20: 20 and more) stand
       whole between the arc's ends, 78 % of the drawing: a reader's large text (WCAG 1.4.4)
       with wider spacing (1.4.12) made "97,27%" 56 px high, wider than a 190 px drawing, cut
       in two. A character 0.6em wide (a bold digit, 0.55–0.6em) and a reader's letter spacing,
       0.12em of the card's text (em here), which a page's style sheet sets on the host; the
       drawing as wide as the column, a board's card (its --_column, board.styles.ts) or else
       the nearest size container or the viewport, less the card's padding and border, up to
       its largest size. */
    font-size: min(
      var(--_size),
      (0.78 * min(var(--_column, 100cqi) - 2 * var(--dx-padding, 12px) - 2px, var(--dx-gauge-size, 240px)) / var(--_n, 3) - 0.12em) / 0.6
    );
  }
  /* A longer figure, a count and its unit, smaller by its length (chars8: 8–11 characters, chars12: to
     15, chars16: to 19, chars20: more), so that it stays between the arc's ends (78 % of the drawing, 168 px in a 240 px
     column; a digit 0.56em wide) and no number breaks over the arc. A percentage keeps its size. */
  .chars8 {
    --_size: 1.375rem;
  }
  .chars12 {
    --_size: 1.25rem;
  }
  .chars16 {
    --_size: 1rem;
  }
  .chars20 {
    --_size: 0.8125rem;
  }
  ${wordLengths}
  .approx {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .no-figure .number {
    color: var(--_muted);
    --_size: 1rem;
    font-weight: 600;
  }
  /* "chưa có số liệu" between the arc's ends, which leave 78 % of the drawing's width: in a
     column under the 240 px minimum it wraps there rather than run over them. */
  .no-figure .figure {
    max-width: 70%;
    text-align: center;
  }
  .text {
    display: grid;
    flex: 1 1 240px;
    /* Where the gauge is sized by its content (a flex row, a float, a table cell), its label's
       length must not set its width: each asks for the drawing's width only. */
    contain: inline-size;
    gap: 4px;
    min-width: 0;
    /* Kept while loading, so nothing below moves when the figures arrive: room for a two-line
       label, a count or target line and a two-line source line, as in a 250 px column. */
    min-height: 7em;
    align-content: start;
  }
  /* With low or high, the band's line ("mức cao", 1.4em and the 4 px gap): the attributes are
     known before the figures arrive (reserve.css has the same). */
  :host([low]) .text,
  :host([high]) .text {
    min-height: calc(8.4em + 4px);
  }
  [part~='target'] {
    color: var(--_text);
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    width: 3px;
    height: 0.9em;
    margin-inline-end: 6px;
    vertical-align: -0.1em;
    background: var(--_target);
    border-radius: 2px;
    print-color-adjust: exact;
  }
  /* Forced colours (theme.styles.ts): the scale a third of the value's width, which Highlight
     may not stand out from in colour; the target's key a background, which the browser would paint over. */
  @media (forced-colors: active) {
    .track {
      stroke-width: 6;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
