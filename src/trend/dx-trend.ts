import { Trend } from './trend.js';
import { define } from '../internal/define.js';

define('dx-trend', Trend);

declare global {
  interface HTMLElementTagNameMap {
    'dx-trend': Trend;
  }
}

export { Trend };
