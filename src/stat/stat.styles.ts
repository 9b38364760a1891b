import { css } from 'lit';

import { wordLengths } from '../internal/word-lengths.js';

/*
 * Good and bad change use the shared --_good / --_bad (status.styles.ts). Colour is never
 * alone: the arrow and the sign show the direction, and the sentence for assistive
 * technology says "tăng"/"giảm" (WCAG 1.4.1).
 */
export const statStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 8px 20px;
    /* Kept while loading so nothing below moves: the label and figure (.main), a gap, and
       "Số liệu … · Nguồn: …" (0.8125em × line-height 1.4 a line), which a provincial
       department's name wraps to two lines on a phone (reserve.css has the same sums). */
    min-height: calc(5.5em + 8px + var(--_lines) * 1.1375em + 2 * var(--dx-padding, 12px));
  }
  /* The sparkline beside the figure once the column is an article's width, in at most half of
     it: 15rem of twice the text size (WCAG 1.4.4) left the figure 76 px of a 600 px card. */
  @container (min-width: 440px) {
    .base.with-spark {
      grid-template-columns: minmax(0, 1fr) minmax(0, min(15rem, 50% - 10px));
      --_room: (100cqi - 2 * var(--dx-padding, 12px) - 20px) / 2;
    }
    .spark {
      align-self: end;
    }
  }
  .main,
  .summary,
  .target,
  .foot {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .main {
    align-content: start;
    /* A two-line label and the figure. */
    min-height: 5.5em;
  }
  .foot {
    grid-column: 1 / -1;
  }
  .figure {
    font-weight: 700;
    line-height: 1.15;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  .number {
    /* Never larger than lets its longest word (n4: 4 characters, … n20: 20 and more) stand whole
       on its line: a reader's large text (WCAG 1.4.4) with wider spacing (1.4.12) made "320.000"
       56 px high, wider than a 240 px card, cut in two. A character 0.6em wide (a bold digit,
       0.55–0.6em) and a reader's letter spacing, 0.12em of the card's text (em here), which a
       page's style sheet sets on the host; the room the card's width less its padding, or half
       of it beside the sparkline. */
    font-size: min(clamp(1.75rem, 9cqi, 2.75rem), ((var(--_room, 100cqi - 2 * var(--dx-padding, 12px))) / var(--_n, 3) - 0.12em) / 0.6);
  }
  ${wordLengths}
  .approx,
  .unit {
    font-size: 1.0625rem;
    font-weight: 600;
  }
  [part~='count'],
  .target {
    font-size: 0.875em;
  }
  .change {
    font-size: 0.875em;
    font-weight: 600;
  }
  .good {
    color: var(--_good);
  }
  .bad {
    color: var(--_bad);
  }
  .flat {
    color: var(--_muted);
  }
  .progress {
    display: block;
    width: 100%;
    height: 6px;
    /* The target's tick stands 3 px out of the line, into the gaps around it. */
    overflow: visible;
  }
  .target-mark {
    stroke: var(--_target);
    stroke-width: 2;
  }
  /* Where the tick crosses the line, 2 px of the card's colour beside it, inside the line's
     round end (clipped to it: past the end lies the card): the target's colour against the
     track or the part done is under 3:1 (theme.styles.ts). */
  .target-gap {
    stroke: var(--_card);
    stroke-width: 6;
  }
  .track {
    fill: var(--_track);
  }
  .done,
  .fill {
    fill: var(--_accent);
  }
  .fill {
    fill-opacity: 0.12;
  }
  .spark svg {
    display: block;
    width: 100%;
    height: 48px;
    overflow: visible;
  }
  .line,
  .end {
    fill: none;
    stroke: var(--_accent);
    stroke-linecap: round;
    stroke-linejoin: round;
    /* Stays 2 px (the dot 7 px, round) however far the drawing is stretched. */
    vector-effect: non-scaling-stroke;
  }
  .line {
    stroke-width: 2;
  }
  .end {
    stroke-width: 7;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.75em;
  }
  /* Forced colours (theme.styles.ts): the target's scale hollow, outlined, as the target's. */
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
