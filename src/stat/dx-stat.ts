import { define } from '../internal/define.js';
import { StatElement } from './stat.js';

define('dx-stat', StatElement);

declare global {
  interface HTMLElementTagNameMap {
    'dx-stat': StatElement;
  }
}

export { StatElement };
