/**
 * Elements fetched when their tag first appears, for the script embed (`dist/dx-widgets.js`):
 * a page of gauges does not download the ranking's, the board's or the trend's code. The
 * bundle names each such tag with the import that registers it (`loadOnUse`); this module
 * looks for them once at start and then watches the page with one MutationObserver, which
 * also watches the shadow roots handed to `watchRoot` (a board's cards), since the page's
 * observer does not see inside them. Once every listed tag has been met it stops watching.
 *
 * Nothing is listed unless the embed bundle or the board's entry lists it: for the other
 * per-element npm entries `watchRoot` does nothing, and the application registers what it uses.
 */

/** An import that registers one element, e.g. `() => import('./province-rank/dx-province-rank.js')`. */
export type Register = () => Promise<unknown>;

/** The tags not yet met, each with the import that registers it. */
const waiting = new Map<string, Register>();
/** Imports started and not yet arrived: the watch goes on until they have, in case one fails. */
let pending = 0;
let observer: MutationObserver | undefined;

/** Stops watching once every listed tag has been met and its element has arrived. */
const done = () => !waiting.size && !pending && observer?.disconnect();

/** Starts the imports for the listed tags that `node` is, or holds. */
function scan(node: Element | Document | ShadowRoot): void {
  const selector = [...waiting.keys()].join(',');
  const isElement = node instanceof Element;
  if (!selector || !((isElement && node.matches(selector)) || node.querySelector(selector))) return;
  for (const [tag, register] of waiting) {
    if ((isElement && node.localName === tag) || node.querySelector(tag)) {
      waiting.delete(tag);
      // Defined meanwhile by other means (the element's npm module): nothing to fetch.
      if (customElements.get(tag)) continue;
      // A chunk that failed to arrive (the reader went offline) is tried again by the next such
      // tag in a watched root: the page, or the boards' shadow roots, still watched meanwhile.
      pending += 1;
      register().then(
        () => {
          pending -= 1;
          done();
        },
        () => {
          pending -= 1;
          waiting.set(tag, register);
        },
      );
    }
  }
  done();
}

/** Watches `root` (the document, or a shadow root) for listed tags, after looking at what it holds now. */
function watch(root: Document | ShadowRoot): void {
  if (!waiting.size && !pending) return;
  observer ??= new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  scan(root);
  if (waiting.size || pending) observer.observe(root, { childList: true, subtree: true });
}

/**
 * Registers each tag of `table` when the page first holds one: at once for the tags already
 * in the document (a module script runs after the page is parsed), later for tags added later.
 * A tag already defined (the page also loaded its npm module) is not fetched again. With
 * `where: 'shadow'` only the shadow roots handed to `watchRoot` are watched: the board's entry
 * registers its cards' elements, not tags the page holds outside a board.
 */
export function loadOnUse(table: Record<string, Register>, where: 'page' | 'shadow' = 'page'): void {
  if (typeof document === 'undefined') return;
  for (const [tag, register] of Object.entries(table)) if (!customElements.get(tag)) waiting.set(tag, register);
  if (where === 'page') watch(document);
}

/** Watches a shadow root whose content may hold listed tags: a board calls it for its cards. */
export function watchRoot(root: ShadowRoot): void {
  watch(root);
}
