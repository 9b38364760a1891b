import { define } from '../internal/define.js';
import { TargetProgress } from './target-progress.js';

define('dx-target-progress', TargetProgress);

declare global {
  interface HTMLElementTagNameMap {
    'dx-target-progress': TargetProgress;
  }
}

export { TargetProgress };
