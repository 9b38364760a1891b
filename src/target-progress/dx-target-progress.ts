import { TargetProgress } from './target-progress.js';
import { define } from '../internal/define.js';

define('dx-target-progress', TargetProgress);

declare global {
  interface HTMLElementTagNameMap {
    'dx-target-progress': TargetProgress;
  }
}

export { TargetProgress };
