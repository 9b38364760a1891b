import { StatElement } from './stat.js';
import { define } from '../internal/define.js';

define('dx-stat', StatElement);

declare global {
  interface HTMLElementTagNameMap {
    'dx-stat': StatElement;
  }
}

export { StatElement };
