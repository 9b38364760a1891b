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

import { CARD_ELEMENTS } from './internal/card-elements.js';
import { loadOnUse } from './internal/on-use.js';

// The ranking, the trend and the map from the cards' table (the others are in the bundle).
loadOnUse({ ...CARD_ELEMENTS, 'dx-board': () => import('./board/dx-board.js') });
