import { define } from '../internal/define.js';
import { ProvinceRank } from './province-rank.js';

define('dx-province-rank', ProvinceRank);

declare global {
  interface HTMLElementTagNameMap {
    'dx-province-rank': ProvinceRank;
  }
}

export { ProvinceRank };
