import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';

/**
 * Rows a long table draws at a time, one task each: 10,000 rows at once held the page for
 * ~0.9 s after "Xem bảng" (bench/run.js), a 1,000-point trend's table ~90 ms; far longer on a
 * cheap phone.
 */
export const ROW_BLOCK = 100;

/**
 * How many rows of a shown table are drawn so far: the first block at once, then a block more
 * per task until `total()`, so pressing "Xem bảng" never holds the page. It drives itself: it
 * stops while the element is out of the page and goes on when it is back. `restart()` when the
 * rows change or the table is shown again.
 */
export class RowBlocks implements ReactiveController {
  drawn = ROW_BLOCK;
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** Rows the shown table holds; 0 while it is hidden. */
  private readonly total: () => number;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & HTMLElement, total: () => number) {
    this.host = host;
    this.total = total;
    host.addController(this);
  }

  /** From the first block again: other rows, or the table shown anew. */
  restart(): void {
    this.drawn = ROW_BLOCK;
  }

  hostUpdated(): void {
    if (this.drawn < this.total() && this.host.isConnected) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.drawn += ROW_BLOCK;
        this.host.requestUpdate();
      });
    }
  }

  /** Back in the page with a table half drawn: go on drawing it. */
  hostConnected(): void {
    if (this.drawn < this.total()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The first `drawn` of `rows`, a row group per block, each drawn once while `rows` stays the same
 * array (keep it: a new array each render would draw every block again each task). A full block
 * out of view skips layout (`rowBlockStyles`), which is why these tables are ARIA roles on a grid
 * of rows, not a `<table>`: table boxes cannot skip it, and every block added relaid all the rows
 * before it.
 */
export function renderBlocks<T>(rows: readonly T[], drawn: number, row: (item: T) => TemplateResult): unknown[] {
  const blocks: unknown[] = [];
  for (let start = 0; start < Math.min(drawn, rows.length); start += ROW_BLOCK) {
    const end = Math.min(start + ROW_BLOCK, drawn, rows.length);
    const full = end - start === ROW_BLOCK;
    blocks.push(
      guard(
        [rows, start, end],
        () => html`<div role="rowgroup" class="rows ${full ? 'block' : ''}">${rows.slice(start, end).map(row)}</div>`,
      ),
    );
  }
  return blocks;
}

/** A full block out of view is not laid out until it scrolls near (about 100 rows of one line). */
export const rowBlockStyles = css`
  .block {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(100 * 1.7em);
  }
`;
