import { define } from '../internal/define.js';
import { Board } from './board.js';

define('dx-board', Board);

declare global {
  interface HTMLElementTagNameMap {
    'dx-board': Board;
  }
}

export { Board };
