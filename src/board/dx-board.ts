import { CARD_ELEMENTS } from '../internal/card-elements.js';
import { define } from '../internal/define.js';
import { loadOnUse } from '../internal/on-use.js';
import { Board } from './board.js';

define('dx-board', Board);
// A board with no element to draw its cards would be blank: each is fetched when first drawn.
loadOnUse(CARD_ELEMENTS, 'shadow');

declare global {
  interface HTMLElementTagNameMap {
    'dx-board': Board;
  }
}

export { Board };
