/** Registers every element: the entry of the self-contained embed bundle `dist/dx-widgets.js`. */
import './coverage-gauge/dx-coverage-gauge.js';
import './target-progress/dx-target-progress.js';
import './stat/dx-stat.js';
