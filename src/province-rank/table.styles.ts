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
  .table-row > :last-child {
    text-align: end;
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
`;
