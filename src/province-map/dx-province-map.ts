import { define } from '../internal/define.js';
import { ProvinceMap } from './province-map.js';

define('dx-province-map', ProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'dx-province-map': ProvinceMap;
  }
}

export { ProvinceMap };
