import { readNumberAttribute } from '../data/attributes.js';
import { subscribe, type Listener } from '../data/loader.js';

/**
 * Follows an element's `src`, lazily: it subscribes to the shared loader only once the
 * element comes near the viewport (about two phone screens ahead), so an article with
 * widgets far below the fold costs no requests until the reader scrolls. An element
 * that has been near once (and is then moved in the DOM) follows at once.
 * Loaded with the first element that has a `src`.
 */

const NEAR_VIEWPORT = '1200px 0px';
const near = new WeakSet<Element>();

export interface FollowedHost extends Element {
  src?: string;
  refresh?: string | number;
  timeout?: string | number;
}

/** Starts following `host.src`; returns the function that stops (and aborts what is under way). */
export function follow(host: FollowedHost, listener: Listener): () => void {
  let stop: (() => void) | undefined;
  const start = () => {
    near.add(host);
    const seconds = (v: string | number | undefined) => readNumberAttribute(v, '', []);
    stop = subscribe(host.src!, listener, { refresh: seconds(host.refresh), timeout: seconds(host.timeout) });
  };
  if (near.has(host) || typeof IntersectionObserver !== 'function') {
    start();
    return () => stop?.();
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  observer.observe(host);
  return () => {
    observer.disconnect();
    stop?.();
  };
}
