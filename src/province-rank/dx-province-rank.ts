import { ProvinceRank } from './province-rank.js';
import { define } from '../internal/define.js';

define('dx-province-rank', ProvinceRank);

declare global {
  interface HTMLElementTagNameMap {
    'dx-province-rank': ProvinceRank;
  }
}

export { ProvinceRank };
