import { css } from 'lit';

/**
 * The ranking's table (src/province-rank/province-rank.templates.ts, `renderTable`) and the row of
 * buttons above it: `<dx-province-rank>`'s and `<dx-province-map>`'s.
 */
export const tableStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .table-wrap.shown {
    max-height: 28em;
    overflow: auto;
  }
  [role='table'] {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* Rank, name, value: the rank column is fixed and the value is set flush right, so the
     columns line up without a shared table layout. */
  .table-row {
    display: grid;
    grid-template-columns: 4.5em minmax(0, 1fr) auto;
    gap: 8px;
    padding: 2px 0;
    border-bottom: 1px solid var(--_track);
  }
  /* A figure's words are never cut in two ("405.1" over "23"): the column is as wide as the longest. */
  .table-row > :last-child {
    text-align: end;
    overflow-wrap: normal;
  }
  .head {
    font-weight: 600;
  }
  .gap > * {
    grid-column: 1 / -1;
  }
  .table-row.highlight {
    font-weight: 700;
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  /* On paper a card stays whole on a page (theme.styles.ts), but a ranking of more rows than a page
     holds (.long: past 30, province-rank.templates.ts) was pushed whole onto the next page, the
     page it should have begun on left blank. Such a card breaks between its rows, never inside
     one, its headers kept with the rows they head. A shown table prints all its rows: its
     scrolling box would print the first 28em of them and no more. */
  @media print {
    [part~='base']:has(.long) {
      break-inside: auto;
    }
    .table-wrap.shown {
      max-height: none;
      overflow: visible;
    }
    .table-row {
      break-inside: avoid;
    }
    [role='rowgroup']:has(.head) {
      break-after: avoid;
    }
  }
`;
