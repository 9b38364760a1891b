import { css } from 'lit';

/** The buttons under a chart ("Xem tất cả", "Xem bảng"): the ranking's and the trend's. `--_button` is their height. */
export const buttonStyles = css`
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_link);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--dx-radius, 8px);
    min-height: var(--_button);
    padding: 4px 12px;
    cursor: pointer;
  }
  /* 44 px tall on touch screens (WCAG 2.5.5), compact with a mouse. */
  :host {
    --_button: 44px;
  }
  @media (pointer: fine) {
    :host {
      --_button: 32px;
    }
  }
  button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_link) 12%, transparent);
    font-weight: 600;
  }
  /* No use on paper. */
  @media print {
    button {
      display: none;
    }
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
