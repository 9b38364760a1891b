import { css } from 'lit';

export const boardStyles = css`
  /* No frame of its own in the light theme (--_bg is transparent): the cards are the boxes. Dark,
     it keeps the card colour and its padding, as every element does: on a white page (most news
     sites, whatever the phone's setting) its title and status lines were light text on white. */
  [part~='base'] {
    --_inset: 0px;
    padding: var(--_inset);
    /* Printed, the board breaks between its cards, each kept whole (theme.styles.ts): kept whole
       itself, a board that fits a page was pushed onto the next, the page above it left blank
       below the article's first lines. Its header stays with the cards after it. */
    break-inside: auto;
  }
  /* Not on paper, where the dark theme is not drawn (theme.styles.ts). */
  @media not print {
    :host([theme='dark']) [part~='base'] {
      --_inset: var(--dx-padding, 12px);
    }
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) [part~='base'] {
      --_inset: var(--dx-padding, 12px);
    }
  }
  header {
    margin-block-end: 12px;
    break-after: avoid;
  }
  [part~='title'] {
    margin: 0;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* One column on a phone, two in an article, three on a wide page. */
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    /* A card's width, for a card that is no size container: the gauge sizes its figure by it
       (coverage-gauge.styles.ts), where its own 100cqi would be the board's width. */
    --_column: calc(100cqi - 2 * var(--_inset));
  }
  @container (min-width: 560px) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      --_column: calc((100cqi - 2 * var(--_inset) - 12px) / 2);
    }
  }
  @container (min-width: 900px) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      --_column: calc((100cqi - 2 * var(--_inset) - 24px) / 3);
    }
  }
  .grid > * {
    border: 1px solid var(--_track);
    border-radius: var(--dx-radius, 8px);
  }
  [part~='omitted'] {
    margin: 12px 0 0;
    font-size: 0.875em;
  }
  /* The collection's date and source stand once in the header, not in every card. */
  .shared::part(meta) {
    display: none;
  }
  /* A card has its figures from its first render (the board hands them over), so it needs
     none of the room a lone widget keeps for late data, with its source line. */
  .grid > *::part(base) {
    min-height: 0;
  }
  /* Forced colours: each card framed once, by its border above, not by its own (theme.styles.ts) too. */
  @media (forced-colors: active) {
    [part~='base'],
    .grid > *::part(base) {
      border: 0;
    }
  }
`;
