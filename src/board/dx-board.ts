import { Board } from './board.js';
import { define } from '../internal/define.js';

define('dx-board', Board);

declare global {
  interface HTMLElementTagNameMap {
    'dx-board': Board;
  }
}

export { Board };
