import { css } from 'lit';

/*
 * Colours for better and worse (a change, a status against a target), for the elements
 * that judge figures; the gauge does not, so it does not carry them. Always paired with
 * words or arrows, never colour alone. Contrast ≥ 5:1 on white and on #161b22.
 */
export const statusStyles = css`
  :host {
    --_good: var(--dx-good, #1a7f37);
    --_bad: var(--dx-bad, #b42318);
  }
  /* Not on paper (white, no backgrounds): see theme.styles.ts. */
  @media not print {
    :host([theme='dark']) {
      --_good: var(--dx-good, #3fb950);
      --_bad: var(--dx-bad, #ff7b72);
    }
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_good: var(--dx-good, #3fb950);
      --_bad: var(--dx-bad, #ff7b72);
    }
  }
`;
