/**
 * Every element class, the data layer and the formatting helpers; registers every element, at
 * once (the script embed, src/dx-widgets.ts, fetches the rarer ones when a page first holds one).
 */
import './coverage-gauge/dx-coverage-gauge.js';
import './target-progress/dx-target-progress.js';
import './stat/dx-stat.js';
import './province-rank/dx-province-rank.js';
import './trend/dx-trend.js';
import './province-map/dx-province-map.js';
import './board/dx-board.js';

export { CoverageGauge } from './coverage-gauge/coverage-gauge.js';
export { TargetProgress } from './target-progress/target-progress.js';
export { StatElement } from './stat/stat.js';
export { ProvinceRank } from './province-rank/province-rank.js';
export { Trend } from './trend/trend.js';
export { ProvinceMap } from './province-map/province-map.js';
export { Board, type BoardLoadDetail, type BoardErrorDetail } from './board/board.js';
export * from './data/index.js';
export * from './format/index.js';
export type { WidgetState, IndicatorLoadDetail, IndicatorErrorDetail } from './feed/controller.js';
