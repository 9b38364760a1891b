// The script embed as it would be with the ranking and the board in its main chunk (the trend
// stays a chunk): what `dist/dx-widgets.js` is measured against, to decide by the reader's time
// which elements are fetched on use (BENCHMARKS.md, "The script embed: one file or chunks").
import '../../src/dx-widgets.ts';
import '../../src/province-rank/dx-province-rank.ts';
import '../../src/board/dx-board.ts';
