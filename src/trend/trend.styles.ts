import { css } from 'lit';

export const trendStyles = css`
  /* The width the column gives, not the drawing's: in a flex row, a table cell or a float the
     trend asks for 320 px. Size containment, but not a size container (@container): a
     container recalculates its own styles inside layout, a quarter of a page of trends'
     layout (BENCHMARKS.md); the one answer it gave, how many lines to reserve, is below. */
  :host {
    contain: inline-size;
    contain-intrinsic-inline-size: 320px;
  }
  /* The card and the reserve share one grid cell: the card is at least as tall as the reserve. */
  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .frame > * {
    grid-area: 1 / 1;
  }
  /* The height a typical trend takes, kept from the first render whatever the state, so
     nothing below moves when the figures arrive: the label (1.4em a line), the 220 px
     drawing, the key's two lines (0.875em × 1.4 each), the button (--_button) and the source
     line (0.8125em × 1.4), with the grid's four 6 px gaps; the label and the source on two
     lines each in a column narrower than 440 px, one from 440 px. Padding percentages are of
     the width, as in dx-widgets.css: the min() is 0 under 440 px, one line of each above.
     The key's two lines at every width: the loading box cannot know whether a pace comes, nor
     how long its words are ("theo tốc độ hiện nay: 1.250.000 thuê bao tháng 06/2025" takes
     two lines up to 400 px, an English month's to 445), and the key holds no more (below).
     A trend with more to say (a note) grows. A label of one line under 440 px (most English
     ones: "Households with fibre broadband") leaves its second line blank, ~22 px at the card's
     foot: kept, as the box knows neither the label nor its length before the figures come
     ("Households with fixed fibre broadband, Lai Chau province" takes two under 440 px), and
     closing the gap when they come would move everything below it (issue 20: CLS 0 first). */
  .reserve {
    padding-top: calc(
      2 * var(--dx-padding, 12px) + 2 * 2.5375em + 2.45em + 244px + var(--_button) -
        min(2.5375em, max(0px, (100% - 440px + 0.01px) * 100000))
    );
  }
  .base {
    display: grid;
    gap: 6px;
    align-content: start;
  }
  .plot {
    position: relative;
    height: 220px;
    min-width: 0;
  }
  /* Placed left to right, as time runs: in a right-to-left page, text-anchor="start" meant
     a label's right end, and the labels ran off the drawing's right edge. */
  svg {
    direction: ltr;
    display: block;
    width: 100%;
    height: 220px;
    font-size: 0.75em;
    fill: var(--_muted);
  }
  /* Grid lines only guide the eye (the figures are labelled and in the table): the track's
     colour, lighter, in either theme. At its full 3:1 a grid outweighed the line. */
  .grid {
    stroke: var(--_track);
    stroke-width: 1;
    stroke-opacity: 0.4;
  }
  /* The value axis: a line a tick, right-aligned to the plot's left edge. */
  .y-ticks {
    position: absolute;
    left: 0;
    font-size: 0.75em;
    color: var(--_muted);
    white-space: pre;
    text-align: right;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
    /* The line grows in from its start, once; not under reduced motion. */
    animation: dx-draw 0.8s cubic-bezier(0.33, 1, 0.68, 1);
  }
  @keyframes dx-draw {
    from {
      stroke-dashoffset: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .line {
      animation: none;
    }
  }
  .dot {
    fill: var(--_accent);
  }
  .projection {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 5 4;
  }
  .projected {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .target {
    fill: var(--_bg);
    stroke: var(--_target);
    stroke-width: 2.5;
  }
  .benchmark {
    stroke: var(--_muted);
    stroke-dasharray: 2 3;
  }
  .label {
    fill: var(--_text);
    font-weight: 600;
  }
  /* A label left no place clear of the lines (a jagged series, a long count in a narrow column)
     stands on a halo of the card's colour, drawn under its letters: the line is hidden where it
     passes behind them, not struck through them. --dx-bg where the page sets it, else Canvas,
     the page's colour in the card's colour scheme: white under the light theme's clear card,
     near-black under the dark one's (within 1.1:1 of #161b22, test/trend/labels.test.ts). */
  .over {
    paint-order: stroke;
    stroke: var(--dx-bg, Canvas);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  /* At most the two lines the box keeps for it, whatever a unit's length (the format allows
     10,000 characters): a longer pace ends in "…" rather than push the page down; the chart's
     sentence says it whole, and so does the table (the pace after its target). Two lines hold
     every pace of our examples' units from 250 px. */
  [part~='key'] {
    font-size: 0.875em;
    min-height: 1.4em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .dash {
    display: inline-block;
    width: 1.5em;
    margin-inline-end: 6px;
    vertical-align: 0.3em;
    border-top: 2px dashed var(--_accent);
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .table-wrap {
    max-height: 220px;
    overflow: auto;
  }
  [role='table'] {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* Date and figure: the figure set flush right, the rows lined up without a table's layout. */
  .table-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 8px;
    padding: 2px 4px;
    border-bottom: 1px solid var(--_track);
  }
  .table-row > :last-child {
    text-align: end;
  }
  .head {
    font-weight: 600;
  }
  /* Forced colours (theme.styles.ts): the pace's key in the line's Highlight (a border the browser
     would paint in the text's colour); a label's halo in Canvas, not a page's --dx-bg. */
  @media (forced-colors: active) {
    .dash {
      forced-color-adjust: none;
    }
    .over {
      stroke: Canvas;
    }
  }
`;
