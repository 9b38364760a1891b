import { subscribe, type FollowOptions, type Listener } from '../data/loader.js';

/**
 * Follows an element's `src`, lazily: it subscribes to the shared loader only once the
 * element comes near the viewport (about two phone screens ahead), so an article with
 * widgets far below the fold costs no requests until the reader scrolls. An element
 * that has been near once (and is then moved in the DOM), or says `loading="eager"`,
 * follows at once.
 * Loaded with the first element that has a `src`.
 */

const NEAR_VIEWPORT = '1200px 0px';
const near = new WeakSet<Element>();

/** Starts following `src` for `host`; returns the function that stops (and aborts what is under way). */
export function follow(host: Element, src: string, listener: Listener, options: FollowOptions): () => void {
  let stop: (() => void) | undefined;
  const start = () => {
    near.add(host);
    stop = subscribe(src, listener, options);
  };
  if (near.has(host) || host.getAttribute('loading') === 'eager' || typeof IntersectionObserver !== 'function') {
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
