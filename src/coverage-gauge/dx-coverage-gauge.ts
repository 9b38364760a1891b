import { define } from '../internal/define.js';
import { CoverageGauge } from './coverage-gauge.js';

define('dx-coverage-gauge', CoverageGauge);

declare global {
  interface HTMLElementTagNameMap {
    'dx-coverage-gauge': CoverageGauge;
  }
}

export { CoverageGauge };
