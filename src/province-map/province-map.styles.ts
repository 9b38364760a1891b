import { css } from 'lit';

/*
 * The five shades. Each has 3:1 against the card (WCAG 1.4.11) and gives its label 4.5:1
 * (1.4.3), in both themes; test/province-map/colours.test.ts computes the ratios, and
 * neighbouring shades differ by about 1.55:1 in luminance (five shades within 3:1 of white
 * leave no more: 3:1 between neighbours would need 81:1 in all, and 21:1 is the most there is).
 * Light: teal to deep violet, darker for better figures; dark: violet to yellow, brighter for
 * better, as viridis runs. Luminance alone orders them, so readers with any colour-vision
 * deficiency see the same order.
 */

/** The dark theme's shades and inks, for the attribute and for the system setting: one fragment, written into both (as theme.styles.ts). */
const dark = css`
  --_map-0: var(--dx-map-1, #5f61ae);
  --_map-1: var(--dx-map-2, #008dc4);
  --_map-2: var(--dx-map-3, #00b5ad);
  --_map-3: var(--dx-map-4, #7dd881);
  --_map-4: var(--dx-map-5, #ffee5f);
  --_on-0: #ffffff;
  --_on: #0d1117;
  --_ring-in: #0d1117;
  --_paper: var(--_bg);
`;

export const mapStyles = css`
  :host {
    --_tile: 2em;
    --_map-0: var(--dx-map-1, #0ea49d);
    --_map-1: var(--dx-map-2, #007d96);
    --_map-2: var(--dx-map-3, #175a84);
    --_map-3: var(--dx-map-4, #273666);
    --_map-4: var(--dx-map-5, #1c0d38);
    --_on-0: #1b1f24;
    --_on: #ffffff;
    --_ring-in: #ffffff;
    /* What the sticky caption stands on: the card, else the page's own colour. */
    --_paper: var(--dx-bg, Canvas);
  }
  /* Not on paper (white, no backgrounds): see theme.styles.ts. */
  @media not print {
    :host([theme='dark']) {
      ${dark}
    }
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  /* From the first render, the height of a map with its highlighted unit, kept whatever the
     state, so nothing below moves when the figures arrive. In a phone column (under 440 px)
     everything stacks: the label and the highlighted unit (1.4em a line each), the map, the
     caption (2 × 1.225em), the legend's three rows (3 × 1.225em and 2 × 2 px), one benchmark
     (1.225em), the button and the source line (1.1375em a line), with seven 8 px gaps; the
     label, the highlighted unit and the source take two lines each there (--_lines). From
     440 px the words stand beside the map, which is taller than they are: the label, the map,
     the button, the source line and three gaps. The map is 6 tiles wide and 20 high, a tile
     2em, narrower in a column too narrow for 6. At a reader's larger text the legend's keys and
     the caption's hint take more lines in the same column (--_keys, --_hint) and the button is
     taller: the box keeps them (test/province-map/large-text.test.ts). reserve.css has the same
     sums at 16 px text.
     The map's box holds either era's grid (20 × 6 and 17 × 5 cells; test/province-map checks
     these are the largest): the same box whatever the figures' date, the smaller grid drawn
     larger in it. Written as numbers, not read from the layouts: the CSS then minifies. */
  .base {
    --_map-h: calc(min(100cqi - 2 * var(--dx-padding, 12px), 6 * var(--_tile)) * 20 / 6);
    /* Under 300 px, or 13.85em and 48 px, the hatched key's words ("chưa có số liệu") take two lines
       in the legend's half column: one line more, reserved whether or not a unit lacks a figure, as
       nothing says so before the figures come; under 10.2em and 48 px (a reader's large text) the
       numbers' keys ("60–70%") two lines too, one more. Measured in Roboto. */
    --_keys: calc(
      clamp(0px, (max(300px, 13.85em + 48px) - 100cqi) * 1e5, 1.225em) + clamp(0px, (10.2em + 48px - 100cqi) * 1e5, 1.225em)
    );
    /* The caption's hint, "Chạm một ô hoặc dùng phím mũi tên để xem số liệu.", kept two lines:
       three under 11.75em and 10 px, four under 7.6em and 10 px, five under 6.4em and 10 px (a 240 px
       card at 200 % text: four). In English three under 10em and 25 px, four under 6.25em and 25 px. */
    --_hint: calc(
      clamp(0px, (11.75em + 10px - 100cqi) * 1e5, 1.225em) + clamp(0px, (7.6em + 10px - 100cqi) * 1e5, 1.225em) +
        clamp(0px, (6.4em + 10px - 100cqi) * 1e5, 1.225em)
    );
    /* No goal line kept, or its lines and gap: see reserve="goal" below. */
    --_goal-room: 0px;
    display: grid;
    /* One column that never grows past the card: the words beside the map wrap in it. */
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
    align-content: start;
    /* The button as tall as its line and padding at a reader's large text (49 px at 200 %). */
    min-height: calc(
      2 * var(--dx-padding, 12px) + var(--_lines) * 3.9375em + 7.35em + 60px + var(--_keys) + var(--_hint) + var(--_map-h) +
        max(var(--_button), 1.225em + 10px) + var(--_goal-room)
    );
  }
  .base:lang(en) {
    /* "no data" stays on one line: a key's words take two lines under 300 px, or 10.2em and 48 px. */
    --_keys: max(clamp(0px, (300px - 100cqi) * 1e5, 1.225em), clamp(0px, (10.2em + 48px - 100cqi) * 1e5, 1.225em));
    --_hint: calc(clamp(0px, (10em + 25px - 100cqi) * 1e5, 1.225em) + clamp(0px, (6.25em + 25px - 100cqi) * 1e5, 1.225em));
  }
  /* reserve="goal": under 440 px the rank goal stands above the map across the column (1.4em a
     line and its 8 px gap), and the longest goal without a label of its own, two digits a number,
     "Mục tiêu: nhóm 15 tỉnh, thành phố dẫn đầu vào ngày 30/09/2025 · còn cách mục tiêu 45 bậc",
     takes two lines there, three under 360 px and four under 267 px; "Goal: among the top 15 by
     30 September 2025 · 45 places short", two, three under 261 px. reserve="goals", a plan with
     goals after the one shown: three lines, and one more under 360, 281 and 242 px; in English
     two, and one more under 413, 304 and 227 px (measured in Roboto;
     test/hardening/box-heights.test.ts checks them). From 440 px it stands beside the map, which is taller
     than the words (by 330 px and more): the min-height keeps no room for it. Only the document
     knows there is a goal: the page says so, as the ranking's does. reserve.css has the same sums. */
  :host([reserve~='goal']) .base {
    --_goal-room: calc(
      2.8em + 8px + clamp(0px, (360px - 100cqi) * 1e5, 1.4em) + clamp(0px, (267px - 100cqi) * 1e5, 1.4em)
    );
  }
  :host([reserve~='goal']) .base:lang(en) {
    --_goal-room: calc(2.8em + 8px + clamp(0px, (261px - 100cqi) * 1e5, 1.4em));
  }
  :host([reserve~='goals']) .base {
    --_goal-room: calc(
      4.2em + 8px + clamp(0px, (360px - 100cqi) * 1e5, 1.4em) + clamp(0px, (281px - 100cqi) * 1e5, 1.4em) +
        clamp(0px, (242px - 100cqi) * 1e5, 1.4em)
    );
  }
  :host([reserve~='goals']) .base:lang(en) {
    --_goal-room: calc(
      2.8em + 8px + clamp(0px, (413px - 100cqi) * 1e5, 1.4em) + clamp(0px, (304px - 100cqi) * 1e5, 1.4em) +
        clamp(0px, (227px - 100cqi) * 1e5, 1.4em)
    );
  }
  /* Under 240 px, or 10.5em of the card's text, the keys stand one a line (the legend below): six
     rows, three lines and three 2 px gaps more than three rows; under 7.25em and 24 px the hatched
     key's words take two lines there. In English they take one. */
  @container (max-width: 239.98px) or (max-width: 10.5em) {
    .base {
      --_keys: calc(3.675em + 6px + clamp(0px, (7.25em + 24px - 100cqi) * 1e5, 1.225em));
    }
    .base:lang(en) {
      --_keys: calc(3.675em + 6px);
    }
  }
  @container (min-width: 440px) {
    .base {
      min-height: calc(
        2 * var(--dx-padding, 12px) + var(--_lines) * 2.5375em + 24px + var(--_map-h) + max(var(--_button), 1.225em + 10px)
      );
    }
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
    align-content: start;
  }
  /* Stacked, the words beside the map join the column; the highlighted unit comes first. */
  .side {
    display: contents;
  }
  .highlight,
  .goal {
    order: -1;
  }
  /* The map's column as wide as the map: an auto one took the width that the map, stretched to a
     row of taller words, claimed through its aspect ratio (316 px of 416), and the words ran out of the row. */
  @container (min-width: 440px) {
    .body {
      grid-template-columns: min(100%, 6 * var(--_tile)) minmax(0, 1fr);
      column-gap: 16px;
    }
    .side {
      display: grid;
      gap: 8px;
      align-content: start;
    }
  }
  .highlight,
  .goal,
  .caption {
    margin: 0;
  }
  .highlight {
    font-weight: 700;
  }
  /* Two lines always, so a longer name does not move what is below. */
  .caption {
    font-size: 0.875em;
    min-height: 2.8em;
  }
  /* Where the words stand under the map (a phone), the caption stays at the foot of the screen
     while the map is in view, so a tapped tile is named where the reader looks (the arrow keys
     scroll a tile that would fall under it to the middle of the screen). Where they stand
     beside the map, they all stay in view beside it. */
  @container (max-width: 439.98px) {
    .caption {
      position: sticky;
      bottom: 0;
      background: var(--_paper);
      box-shadow: 0 -6px 0 var(--_paper);
    }
  }
  @container (min-width: 440px) {
    .side {
      position: sticky;
      top: 0;
      align-self: start;
    }
  }
  .map {
    justify-self: center;
    width: min(100%, 6 * var(--_tile));
    aspect-ratio: 6 / 20;
  }
  .map svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .tile {
    cursor: pointer;
    outline: none;
    animation: dx-fade 0.4s ease-out;
  }
  @keyframes dx-fade {
    from {
      opacity: 0;
    }
  }
  .fill {
    transition: fill 0.4s;
  }
  @media (prefers-reduced-motion: reduce) {
    .tile {
      animation: none;
    }
    .fill {
      transition: none;
    }
  }
  /* A reader's letter- and word-spacing (WCAG 1.4.12) is inherited in CSS px, which the tiles'
     user units scale about sixfold: 0.12em made "TNi" 30 px wide in its 32 px tile, over "ĐNa"
     and cut off at the map's edge. A tile's two or three letters stay together; its name, in the
     caption and the table, takes the reader's spacing. */
  .tile text {
    letter-spacing: 0;
    word-spacing: 0;
    font-size: 3.2px;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
    fill: var(--_on);
  }
  /* Four letters (BRVT, HậG) fit the tile a size smaller. */
  .tile text.long {
    font-size: 2.6px;
  }
  /* A class's shade, named once for its tiles and its legend swatch. */
  .s0 {
    --_shade: var(--_map-0);
  }
  .s1 {
    --_shade: var(--_map-1);
  }
  .s2 {
    --_shade: var(--_map-2);
  }
  .s3 {
    --_shade: var(--_map-3);
  }
  .s4 {
    --_shade: var(--_map-4);
  }
  /* A tile without a figure keeps its hatch (the fill attribute), which CSS would override. */
  .tile:not(.none) .fill {
    fill: var(--_shade);
  }
  .s0 text {
    fill: var(--_on-0);
  }
  /* No figure: hatched, outlined in the muted text colour (3:1 against the card), labelled in the text colour. */
  .none .fill {
    stroke: var(--_muted);
    stroke-width: 0.35;
  }
  .none text {
    fill: var(--_text);
  }
  .hatch {
    stroke: var(--_muted);
    stroke-opacity: 0.45;
    stroke-width: 0.35;
  }
  /* The highlighted unit: a ring in the text colour in the gap around its tile. The tile the
     caption speaks of: a ring in the accent colour with one in the card's colour inside it, which
     stands out on the lightest and the darkest tile alike. */
  .ring {
    fill: none;
    pointer-events: none;
    stroke-width: 0.8;
  }
  .ring.hl {
    stroke: var(--_text);
  }
  .ring.sel {
    stroke: var(--_accent);
  }
  .ring.in {
    stroke: var(--_ring-in);
    stroke-width: 0.5;
  }
  .legend,
  .benchmarks {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 2px 12px;
    font-variant-numeric: tabular-nums;
  }
  /* One key a line beside the map (from 440 px) and in a column under 240 px, where half of it
     held no more than "60–" of "60–70%" and put a benchmark's ◆ on a line of its own; and in a
     column under 10.5em of the card's text (a reader's text at 150 % in 240 px, at 200 % in
     320 px), where a key's numbers, kept whole, and its ◆ ran out of the card (263 px of 240). */
  @container (min-width: 440px) or (max-width: 239.98px) or (max-width: 10.5em) {
    .legend {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  .swatch {
    flex: none;
    width: 1.25em;
    height: 1em;
    border-radius: 2px;
    background: var(--_shade);
    print-color-adjust: exact;
  }
  .swatch.none {
    border: 1px solid var(--_muted);
    background: repeating-linear-gradient(-45deg, color-mix(in srgb, var(--_muted) 45%, transparent) 0 1px, transparent 1px 4px);
  }
  .benchmarks {
    color: var(--_muted);
  }
  .mark {
    color: var(--_text);
  }
  .missing {
    margin: 0;
    font-size: 0.875em;
  }
  /* Forced colours (theme.styles.ts): the five shades stay, as five classes need five colours and
     a system palette has no five that keep an order; every tile is outlined in CanvasText, so a
     shade near the theme's Canvas still shows its tile, and the legend's swatches keep their shades
     (backgrounds the browser would paint over) inside a CanvasText border. The caption and the
     table give every figure in words. The rings around a tile: the text's colour and Canvas. */
  @media (forced-colors: active) {
    :host([theme]),
    :host(:not([theme])) {
      --_ring-in: Canvas;
      --_paper: Canvas;
    }
    .fill {
      stroke: CanvasText;
      stroke-width: 0.25;
    }
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
`;
