import { css } from 'lit';

/*
 * The host as a size container, for elements whose layout and type follow their column
 * (@container, cqi). The gauge and the trend do without: a container costs every element its
 * own style recalculation inside layout (BENCHMARKS.md), and a page may hold a hundred gauges
 * (the trend reserves its lines with padding percentages instead, trend.styles.ts).
 */
export const containerStyles = css`
  :host {
    container-type: inline-size;
    /* Size containment gives the host no width of its own: in a flex row, a table cell or a
       float it would shrink to nothing. This is the width it asks for there. */
    contain-intrinsic-inline-size: 320px;
  }
  /* The lines a label or a source line takes in a typical card: two in a phone column, one
     from 440 px. The loading boxes (the elements' min-heights, and reserve.css) count them. */
  [part~='base'] {
    --_lines: 2;
  }
  @container (min-width: 440px) {
    [part~='base'] {
      --_lines: 1;
    }
  }
`;
