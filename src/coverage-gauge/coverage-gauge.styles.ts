import { css } from 'lit';

export const gaugeStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: 8px 16px;
    text-align: center;
  }
  /* Beside the text once the column is wide enough for both (a desktop article). */
  @container (min-width: 440px) {
    .base {
      grid-template-columns: minmax(0, var(--dx-gauge-size, 240px)) minmax(0, 1fr);
      justify-items: stretch;
      align-items: center;
      text-align: start;
    }
  }
  @container (max-width: 439px) {
    .text {
      min-height: 5.75em;
    }
  }
  .dial {
    display: grid;
    width: 100%;
    max-width: var(--dx-gauge-size, 240px);
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
    font-size: clamp(1.375rem, 7cqi, 2.25rem);
  }
  .approx {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .no-figure .figure {
    color: var(--_muted);
    font-size: 1rem;
    font-weight: 600;
  }
  .text {
    display: grid;
    gap: 4px;
    width: 100%;
    min-width: 0;
    /* Room for a two-line label and the source line, kept while loading so nothing shifts. */
    min-height: 4.5em;
    align-content: start;
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
  }
`;
