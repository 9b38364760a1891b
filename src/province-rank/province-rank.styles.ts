import { css } from 'lit';

export const rankStyles = css`
  :host {
    /* The other bars and slots are the track's grey (3:1 on the card), the highlighted one the
       accent (3:1 on that grey, theme.styles.ts): it stands out from its neighbours by more
       than its hue, in both themes. */
    --_bar: var(--dx-bar, var(--_track));
  }
  /* From the first render, the height of a rank on its strip (what most articles have), kept
     whatever the state, so nothing below moves when the figures arrive: the label and the
     value line (1.4em a line), the rank line (1.25 × its size) with 2 px under it, the strip
     (24 px and its 1.05em scale), one benchmark (1.225em) and "Số liệu … · Nguồn: …"
     (1.1375em a line), the label and the source on two lines in a phone column (--_lines),
     with four 8 px gaps; under 340 px the value line with its comparison ("66%, thấp hơn trung
     bình cả nước (68,74%)") takes a line more (--_narrow). reserve.css has the same sums. A
     full ranking is taller: its bars follow its data. */
  .base {
    --_narrow: 0px;
    /* No goal line kept, or its lines and gap: see reserve="goal" below. */
    --_goal-room: 0px;
    position: relative;
    display: grid;
    gap: 8px;
    align-content: start;
    min-height: calc(
      2 * var(--dx-padding, 12px) + 3.675em + var(--_lines) * 2.5375em + var(--_narrow) + 58px + 1.25 * clamp(1.125rem, 5cqi, 1.5rem) +
        var(--_goal-room)
    );
  }
  @container (max-width: 339.98px) {
    .base {
      --_narrow: 1.4em;
    }
  }
  /* reserve="goal": the rank goal's line (1.4em a line) and its 8 px gap, with as many lines as
     the longest goal without a label of its own takes, two digits a number: "Mục tiêu: nhóm 15
     tỉnh, thành phố dẫn đầu vào ngày 30/09/2025 · còn cách mục tiêu 45 bậc", one more under
     682 px, under 360 px and under 267 px; "Goal: among the top 15 by 30 September 2025 · 45
     places short", one more under 474 px and under 261 px (measured in Roboto;
     test/hardening/box-heights.test.ts checks them). reserve="goals", a plan with goals after the one shown
     ("· sau đó còn 2 mục tiêu, đến ngày 30/09/2025"): one more under 1014, 527, 360, 281 and
     242 px; in English under 776, 413, 304 and 227 px. A shorter goal leaves its lines blank
     rather than let the page move. Only the document knows there is a goal: the page says so,
     as it says limit="N". reserve.css has the same sums. */
  :host([reserve~='goal']) .base {
    --_goal-room: calc(
      1.4em + 8px + clamp(0px, (682px - 100cqi) * 1e5, 1.4em) + clamp(0px, (360px - 100cqi) * 1e5, 1.4em) +
        clamp(0px, (267px - 100cqi) * 1e5, 1.4em)
    );
  }
  :host([reserve~='goal']) .base:lang(en) {
    --_goal-room: calc(
      1.4em + 8px + clamp(0px, (474px - 100cqi) * 1e5, 1.4em) + clamp(0px, (261px - 100cqi) * 1e5, 1.4em)
    );
  }
  :host([reserve~='goals']) .base {
    --_goal-room: calc(
      1.4em + 8px + clamp(0px, (1014px - 100cqi) * 1e5, 1.4em) + clamp(0px, (527px - 100cqi) * 1e5, 1.4em) +
        clamp(0px, (360px - 100cqi) * 1e5, 1.4em) + clamp(0px, (281px - 100cqi) * 1e5, 1.4em) +
        clamp(0px, (242px - 100cqi) * 1e5, 1.4em)
    );
  }
  :host([reserve~='goals']) .base:lang(en) {
    --_goal-room: calc(
      1.4em + 8px + clamp(0px, (776px - 100cqi) * 1e5, 1.4em) + clamp(0px, (413px - 100cqi) * 1e5, 1.4em) +
        clamp(0px, (304px - 100cqi) * 1e5, 1.4em) + clamp(0px, (227px - 100cqi) * 1e5, 1.4em)
    );
  }
  /* A full ranking with limit="N" is reserved too, where CSS can read the attribute (attr(),
     Chromium 133 and later): in place of the strip, N bars with the gap and the highlighted
     area under them (1.53125em a row) and the buttons, with one gap more. Under 440 px, one row
     more (--_lines is 2 there): a name too long for the name column there, "Bà Rịa - Vũng Tàu",
     takes two lines (.name below), and a ranking that draws it must not move what is below.
     Elsewhere it has the strip's room. A limit that is no number reserves no bars (the long
     name's line still). The room lasts while it is drawn: a card that draws fewer rows than N
     (limit="63" written for the 63 provinces, over the 34 there are since July 2025; a rank on
     its strip) or shows the table gives it back (.unreserved, set by the element, which knows
     what it drew), and is as tall as what it shows. A right limit keeps it, blank lines and
     all, so the page does not move (CLS 0). A limit too high moved the page once anyway, as the
     box could not know the areas were fewer; keeping N rows would leave them blank for good.
     Not the count drawn in --_bars: that needs a style on the host, which a strict
     Content-Security-Policy refuses, and would still keep a row for a highlighted area below the
     limit, which such a card cannot have. The table is the reader's
     doing: a shift within 500 ms of a click is no layout shift. */
  @supports (x: attr(x type(*))) {
    :host([limit]) {
      /* No more than the MAX_BARS (100) the chart draws. */
      --_bars: min(attr(limit type(<number>), -2), 100);
    }
    :host([limit]) .base:not(.unreserved) {
      min-height: calc(
        2 * var(--dx-padding, 12px) + 2.625em + var(--_lines) * 2.5375em + var(--_narrow) + 42px + var(--_button) +
          1.25 * clamp(1.125rem, 5cqi, 1.5rem) + (var(--_bars) + 1 + var(--_lines)) * 1.53125em + var(--_goal-room)
      );
    }
  }
  .summary {
    margin: 0;
    display: grid;
    gap: 2px;
  }
  [part~='rank'] {
    font-size: clamp(1.125rem, 5cqi, 1.5rem);
    line-height: 1.25;
  }
  [part~='value'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .benchmarks {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .key {
    display: inline-block;
    vertical-align: middle;
    width: 16px;
    height: 8px;
    margin-inline-end: 6px;
  }
  .goal {
    margin: 0;
  }
  .key line,
  .mark,
  .strip .goal {
    stroke: var(--_target);
    stroke-width: 2;
  }
  .dash-1 line,
  .mark.dash-1 {
    stroke-dasharray: 4 3;
  }
  .dash-2 line,
  .mark.dash-2 {
    stroke-dasharray: 1 3;
  }
  /* The chart: HTML rows of equal height, the bars in one SVG behind the bar column. */
  .chart {
    --_rank-w: 2.25em;
    --_name-w: clamp(5.5em, 34%, 12em);
    --_value-w: 4.75em;
    /* The value column: as the figures' length asks, and never narrower than their longest word. */
    --_value: max(var(--_value-w), var(--_word-w));
    position: relative;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* In a phone column the name takes what the bars can spare: 6.5em holds every province's
     name on one line but "Bà Rịa - Vũng Tàu", which takes two (5.5em cut twelve of the 63,
     "Hồ Chí Mi…" among them), as long as the bars keep 2.75em; beside long figures the name
     gives way, down to 5.5em. */
  @container (max-width: 300px) {
    .chart {
      --_rank-w: 1.75em;
      --_name-w: max(5.5em, min(6.5em, 100% - var(--_rank-w) - var(--_value) - 2.75em));
      --_value-w: 4.25em;
    }
  }
  .chart.wide {
    --_rank-w: 3.5em;
  }
  /* Longer figures (units, hedges): about 0.6em a character, never more than 40 % of the row. */
  .chart.values-1 {
    --_value-w: min(7em, 40%);
  }
  .chart.values-2 {
    --_value-w: min(9.5em, 40%);
  }
  .chart.values-3 {
    --_value-w: min(12em, 40%);
  }
  .chart.values-4 {
    --_value-w: min(14.5em, 40%);
  }
  /* A figure's words are never cut in two (.value): "405.123" split as "405.1" over "23" read as two
     numbers. Its widest word, a number above all, as drawn in the chart's font (measured:
     province-rank.templates.ts sets it on the chart as --_word-w), sets the least width of the
     column, however narrow the row: the name and the bar give way. */
  .row {
    position: relative;
    display: grid;
    /* Every column may give way: at a huge text size the row still fits its column. */
    grid-template-columns: minmax(0, var(--_rank-w)) minmax(0, var(--_name-w)) minmax(0, 1fr) minmax(0, var(--_value));
    align-items: center;
    min-height: 1.75em;
  }
  .row > * {
    /* As tall as the row: at the body's 1.4 the box clipped the stacked marks of Ẫ, Ễ, Ỗ. */
    line-height: 1.75;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Each bar fills 70 % of a one-line row, centred in its row however tall the row grows. */
  .row svg {
    width: 100%;
    height: 1.225em;
  }
  .rank {
    color: var(--_muted);
  }
  /* A name too long for its column ("Bà Rịa - Vũng Tàu" in a phone column) goes on to more
     lines, its row growing with it, rather than end in "…": a reader should not have to guess a
     province. Two in Roboto; three under a reader's text spacing (WCAG 1.4.12) or in a wider font
     (DejaVu Sans, a page's fallback on Linux) in a 240 px column, where figures with a unit leave
     the name its least 5.5em. A name longer still (a document's own) stops at three lines. */
  .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    padding-inline-end: 0.5em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* A figure longer than its column (a unit of several words, "khoảng 123.456.789.012 đồng" in a
     phone column) goes on to more lines, its row growing, rather than end in "…". */
  .value {
    text-align: end;
    white-space: normal;
    overflow-wrap: normal;
  }
  .row.highlight {
    font-weight: 700;
  }
  /* The benchmark lines where a row draws its own stretch of them (below: on paper, and under text
     too large for a row's one line, where it is given content): layers of a background as tall as
     the row, over its bar, in its bar column, at each line's place (province-rank.templates.ts,
     renderChart, sets them on the chart as --_stretches). 1 px wider each side than the column, so
     a 2 px line at 0 or 100 % is drawn whole, centred on its place, as the chart's. Out of the
     flow, it takes no cell from the row's others. A background, which a browser leaves off paper
     and forced colours take away, asks for its own (print-color-adjust, forced-color-adjust). */
  .row::after {
    position: absolute;
    grid-column: 3 / 4;
    inset: 0 -1px;
    background: var(--_stretches);
    background-repeat: repeat-y;
    print-color-adjust: exact;
    forced-color-adjust: none;
  }
  /* Text so large for its column that a row's rank, name, bar and figure cannot share a line
     (twice the size in a phone column, WCAG 1.4.4: 14.25em of the chart's text is 12.5em of the
     card's, with its padding): they left the bars no room at all, and cut a name like "Thái
     Nguyên" to "Thái Nguy…". The name takes a line of its own, over its bar (from the row's start) and figure; the
     benchmark lines are drawn in each row, beside the bars, not across the names. */
  @container (width < calc(12.5em + 24px)) {
    .row {
      grid-template-columns: minmax(0, var(--_rank-w)) minmax(0, 1fr) minmax(0, var(--_value));
      grid-template-areas: 'rank name name' 'bar bar value';
    }
    .row > :first-child {
      grid-area: rank;
    }
    .row > .name {
      grid-area: name;
    }
    .row > svg {
      grid-area: bar;
    }
    .row > .value {
      grid-area: value;
    }
    .plot {
      display: none;
    }
    .row::after {
      grid-area: bar;
      content: '';
    }
  }
  /* A long ranking printed breaks between its rows (table.styles.ts): the label, the rank and the
     goal stay on the page of its first rows. */
  @media print {
    .row {
      break-inside: avoid;
    }
    /* The benchmark lines, drawn on screen in one SVG the height of the chart, are on paper a
       stretch in each row, as tall as the row (two lines of a long name too): an SVG cannot be
       cut between two pages, and the chart's was pushed whole onto the page after the one its
       rows began on (its lines beside the wrong rows) and ran onto a page of its own. */
    .plot {
      display: none;
    }
    .row::after {
      content: '';
    }
    [part~='label'],
    .summary,
    .goal {
      break-after: avoid;
    }
    .summary {
      break-inside: avoid;
    }
    /* And at least three rows under them (after the plot, the chart's first child). */
    .chart > .row:nth-child(-n + 4) {
      break-before: avoid;
    }
  }
  .row.highlight .rank {
    color: var(--_text);
  }
  .gap .name {
    color: var(--_muted);
  }
  .plot {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_rank-w) + var(--_name-w));
    inset-inline-end: var(--_value);
  }
  svg {
    display: block;
    overflow: visible;
  }
  .plot svg,
  .strip svg {
    width: 100%;
    height: 100%;
  }
  .bar,
  .slot {
    fill: var(--_bar);
  }
  .bar.highlight,
  .slot.highlight {
    fill: var(--_accent);
  }
  .strip svg {
    height: 24px;
  }
  .track {
    fill: var(--_track);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.75em;
  }
  /* Forced colours (theme.styles.ts): the other bars and slots hollow, outlined in GrayText, the
     highlighted one filled with Highlight (.bar.highlight above): they differ in more than a
     colour the theme picks. */
  @media (forced-colors: active) {
    .bar,
    .slot,
    .track {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
