import { define } from '../internal/define.js';
import { Trend } from './trend.js';

define('dx-trend', Trend);

declare global {
  interface HTMLElementTagNameMap {
    'dx-trend': Trend;
  }
}

export { Trend };
