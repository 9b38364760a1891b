/**
 * Registers every element: the entry of the embed bundle `dist/dx-widgets.js`. The gauge, the
 * target and the stat, the elements most articles hold, are in the bundle; the rarer or
 * heavier ones are chunks beside it, fetched when the page first holds their tag (the round
 * trip against the bytes, measured: BENCHMARKS.md). The feed loader comes with it (embeds
 * follow feeds: no extra round trip before the first request); polling, PNG export, province
 * names and the validator's words (for a problem to show, which a published page never has)
 * stay in chunks too, fetched when used.
 */
import './feed/follower.js';
import './coverage-gauge/dx-coverage-gauge.js';
import './target-progress/dx-target-progress.js';
import './stat/dx-stat.js';

import { loadOnUse } from './internal/on-use.js';

loadOnUse({
  'dx-province-rank': () => import('./province-rank/dx-province-rank.js'),
  'dx-board': () => import('./board/dx-board.js'),
  'dx-trend': () => import('./trend/dx-trend.js'),
  'dx-province-map': () => import('./province-map/dx-province-map.js'),
});
