import { subscribe, type FollowOptions, type Listener } from './loader.js';

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

/** One observer for every waiting element of the page, and what each starts when it comes near. */
let observer: IntersectionObserver | undefined;
const waiting = new WeakMap<Element, () => void>();

function stopWaiting(host: Element): void {
  waiting.delete(host);
  observer?.unobserve(host);
}

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
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const begin = entry.isIntersecting ? waiting.get(entry.target) : undefined;
        if (!begin) continue;
        stopWaiting(entry.target);
        begin();
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  waiting.set(host, start);
  observer.observe(host);
  return () => {
    stopWaiting(host);
    stop?.();
  };
}
