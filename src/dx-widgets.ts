/**
 * Registers every element: the entry of the embed bundle `dist/dx-widgets.js`. The feed
 * loader comes with it (embeds follow feeds: no extra round trip before the first request);
 * polling, PNG export and province names stay in chunks beside it, fetched when used.
 */
import './feed/follower.js';
import './coverage-gauge/dx-coverage-gauge.js';
import './target-progress/dx-target-progress.js';
import './stat/dx-stat.js';
import './province-rank/dx-province-rank.js';
import './board/dx-board.js';
// <dx-trend> is registered when the page first holds one: its chart (~10 kB gz) is a chunk beside the bundle.
import './trend/on-use.js';
// <dx-province-map> likewise: its tiles, layouts and scale are a chunk beside the bundle (src/province-map/on-use.ts).
import './province-map/on-use.js';
