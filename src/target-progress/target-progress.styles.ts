import { css } from 'lit';

export const progressStyles = css`
  /* Inside a paragraph: as tall as its line, as wide as its words. Size containment
     would shrink an inline-block to nothing, so the container query is dropped. */
  :host([variant='inline']) {
    display: inline-block;
    container-type: normal;
    font-size: var(--dx-font-size, inherit);
    line-height: inherit;
    vertical-align: baseline;
  }
  /* A problem is said in words after the figures, which can be longer than what is left of
     the line: as text it flows on with the sentence, where a box would drop to a line of its own. */
  :host([variant='inline'][state='error']),
  :host([variant='inline'][state='stale']) {
    display: inline;
  }
  /* From the first render, the height of a typical target, kept whatever the state, so
     nothing below moves when the figures arrive: the label (1.4em a line), the figure line,
     the bar (16 px), the gap and deadline lines (0.875em × 1.4, 2 px apart) and "Số liệu … ·
     Nguồn: …" (0.8125em × 1.4), each of the label and the last two on two lines in a phone
     column (--_lines), with the grid's four 6 px gaps and a pixel for the figure and status
     sharing a baseline. Under 320 px the status goes under the figure ("chưa đủ số liệu để
     đánh giá" beside "60%/100%": its 1.225em and the 2 px gap, less that pixel): --_status.
     The gap and deadline lines ("Còn 40 điểm %", "Mục tiêu 100% đến hết năm 2024 · quá hạn 2
     tháng") take three lines under 350 px, and two, not one, up to 600 px ("2.27 percentage
     points beyond the target" beside "Target 95% by the end of 2024 · 3 months left"):
     --_deadline. A target with more to say grows; one with less keeps the room. */
  .block {
    --_status: 0px;
    --_deadline: 0px;
    display: grid;
    gap: 6px;
    align-content: start;
    min-height: calc(
      2 * var(--dx-padding, 12px) + var(--_lines) * (3.7625em + 2px) + var(--_status) + var(--_deadline) + 39px +
        1.2 * clamp(1.25rem, 6cqi, 1.75rem)
    );
  }
  @container (max-width: 349.98px) {
    .block {
      --_deadline: 1.225em;
    }
  }
  @container (max-width: 319.98px) {
    .block {
      --_status: calc(1.225em + 1px);
    }
  }
  @container (min-width: 440px) and (max-width: 599.98px) {
    .block {
      --_deadline: calc(1.225em + 2px);
    }
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 2px 12px;
  }
  .figure {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .block .figure {
    font-size: clamp(1.25rem, 6cqi, 1.75rem);
    line-height: 1.2;
  }
  .status {
    color: var(--_status);
    font-weight: 600;
  }
  .figure.nofigure {
    color: var(--_muted);
  }
  .block .status {
    font-size: 0.875em;
  }
  /* The colour repeats what the words say; it never says it alone. */
  .status::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: currentColor;
    print-color-adjust: exact;
  }
  .achieved,
  .ontrack {
    --_status: var(--_good);
  }
  .behind {
    --_status: var(--_target);
  }
  .overdue {
    --_status: var(--_error);
  }
  .unknown,
  .open,
  .nofigure {
    --_status: var(--_muted);
  }
  .drawing {
    display: block;
    width: 100%;
    height: 16px;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_accent);
  }
  /* The pace, outlined in the fill's colour on the track: where it ends meets the track at
     3:1 (the accent's contrast with it). A paler fill (the accent at 30%, before) was 1.4:1
     against the track in the light theme, and 2.2:1 against the fill. */
  .projection {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .projection,
  .value-mark,
  .target-gap,
  .target-mark {
    vector-effect: non-scaling-stroke;
  }
  /* 2 px of the card's colour on either side of the target mark where it crosses the bar. */
  .target-gap {
    stroke: var(--_card);
    stroke-width: 7;
  }
  .value-mark {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .target-mark {
    stroke: var(--_target);
    stroke-width: 3;
  }
  .lines {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 2px 12px;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  [part~='baseline'] {
    margin-top: -4px;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  [part~='projection'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Not the card's padding: on a light page none ("…đánh giá, còn" must not become "…đánh giá ,
     còn"); dark, a chip 0.2em wider than its words and no taller than its line, or it paints
     over the lines around it. */
  .inline {
    padding: 0;
    border-radius: 4px;
  }
  :host([theme='dark']) .inline {
    padding: 0 0.2em;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .inline {
      padding: 0 0.2em;
    }
  }
  .inline .bar {
    display: inline-block;
    width: 3em;
    margin-inline-end: 0.35em;
  }
  .inline .drawing {
    height: 0.75em;
  }
  /* Forced colours (theme.styles.ts): the scale hollow, outlined, so the value's Highlight needs
     no contrast with GrayText; the status dot, a background the browser would paint over, in the text's colour. */
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: GrayText;
      vector-effect: non-scaling-stroke;
    }
    .status::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    /* Inside a sentence, no card's border around its words. */
    .inline {
      border: 0;
    }
  }
`;
