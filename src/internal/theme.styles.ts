import { css } from 'lit';

/*
 * Colour tokens. Every element reads `--_*` internally; the public `--dx-*` custom
 * properties override them from the page. Defaults meet WCAG 1.4.3 (text 4.5:1) and
 * 1.4.11 (graphics 3:1) in both themes: light text #1b1f24 on white 16:1, muted #555f6d
 * 6.4:1; dark text #e6edf3 on #161b22 14:1, muted #9da7b3 7:1.
 * Card, track and accent are three steps of at least 3:1, as each meets the other two in a
 * drawing: the track (a gauge's, a bar's; the ranking's other bars) shows the whole scale on
 * the card, and the accent (the value) ends on the track. Light: track #89939f 3.1:1 on white,
 * accent #047 3.2:1 on the track (10:1 on white); dark: track #667 3.07:1 on #161b22, accent
 * #9cf 3.3:1 on the track (10:1 on the card). The paler track before (#d8dee4, 1.4:1) hid
 * where the scale ends from low-vision readers, and a 3:1 track leaves no brighter blue 3:1
 * from it on white. Target and band marks overhang the track: their ends stand on the card
 * (5.8:1 and more). Where a target mark crosses the track or the value, it is drawn on a strip
 * of the theme's card colour (--_card: white, dark #161b22), as target #a34d00 against track
 * #89939f is 1.9:1 (dark #f0883e on #667 2.2:1), and the value as close: the mark meets the
 * strip (5.6:1) and the strip meets the track (3:1). Not --dx-bg: a page that blends the card
 * into itself sets it transparent (the strip would vanish), and a page's opaque card colour
 * differs from the theme's by no more than a hair's notch past the track's edge.
 * test/internal/graphics-contrast.test.ts measures every pair as drawn.
 */

/** The dark theme's tokens; not `light-dark()`, which older Android WebViews lack (a custom property holding it fails silently). */
const dark = css`
  --_bg: var(--dx-bg, #161b22);
  --_card: #161b22;
  --_text: var(--dx-text, #e6edf3);
  --_muted: var(--dx-muted, #9da7b3);
  --_accent: var(--dx-accent, #9cf);
  --_track: var(--dx-track, #667);
  --_target: var(--dx-target, #f0883e);
  --_error: var(--dx-error, #ff7b72);
  --_link: var(--dx-link, #79c0ff);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    --_bg: var(--dx-bg, transparent);
    --_card: #fff;
    --_text: var(--dx-text, #1b1f24);
    --_muted: var(--dx-muted, #555f6d);
    --_accent: var(--dx-accent, #047);
    --_track: var(--dx-track, #89939f);
    --_target: var(--dx-target, #a34d00);
    --_error: var(--dx-error, #b42318);
    --_link: var(--dx-link, #0a58a8);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_text);
    font-family: var(--dx-font, inherit);
    font-size: var(--dx-font-size, 1rem);
    line-height: 1.4;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* The dark tokens, for the attribute and for the system setting (a media query cannot
     join a selector list): one fragment, written into both. Not on paper, which is white and
     gets no backgrounds by default: the dark theme's pale marks (#9cf) would all but vanish
     there (browsers already print the system's dark setting light). */
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
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    /* A long unbroken word in a feed (an address, a unit) must wrap, not widen the card. */
    overflow-wrap: anywhere;
    background: var(--_bg);
    border-radius: var(--dx-radius, 8px);
    padding: var(--dx-padding, 12px);
    /* Printed, a card stays on one page where it fits (a board's cards each). The keys and dots
       drawn as backgrounds, which a browser leaves off paper by default, ask for theirs each
       (print-color-adjust: exact), not the card: inherited, it would stop the browser darkening
       a page's light --dx-text for white paper (#e6edf3 printed at 1.2:1). */
    break-inside: avoid;
  }
  [part~='label'] {
    font-weight: 600;
  }
  [part~='meta'],
  [part~='note'],
  [part~='stale'],
  [part~='loading'] {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  [part~='meta'] a {
    color: var(--_link);
  }
  [part~='error'] {
    color: var(--_error);
    font-size: 0.875em;
  }
  [part~='error'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='stale']::before {
    content: '⚠ ';
    color: var(--_target);
  }
  /* Forced colours (Windows contrast themes): the browser paints text, borders and backgrounds
     in the reader's system colours, but not SVG, and a mark drawn as a background (a legend key,
     a status dot) becomes the page. So the tokens become system colours, which every drawing
     reads and keeps (forced-color-adjust: none, in case a browser would flatten its fills to
     one colour): the value Highlight, the scale GrayText, targets, benchmarks and bands
     CanvasText, gaps Canvas. Highlight and GrayText are not 3:1 apart in every theme (1.2:1 in
     Chromium's light one), so each element draws its scale thinner or hollow where the value
     meets it. The card, whose colour is gone, keeps a border. Whatever the theme attribute says:
     the reader's theme decides. Text, links and buttons the browser colours itself. An element's
     own marks drawn as backgrounds: in its styles. */
  @media (forced-colors: active) {
    :host([theme]),
    :host(:not([theme])) {
      --_bg: Canvas;
      --_card: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_accent: Highlight;
      --_track: GrayText;
      --_target: CanvasText;
    }
    [part~='base'] {
      border: 1px solid;
    }
    svg {
      forced-color-adjust: none;
    }
  }
  /* A number never cut in two across lines (templates.ts, wholeFigures). */
  .figure-word {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
