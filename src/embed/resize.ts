/**
 * For the host page of iframe embeds (optional): sets each dx-widgets iframe's height
 * to what its page reports, so the widget never scrolls or leaves a gap. One tag per page:
 * `<script src="…/dist/embed-resize.js" async></script>`.
 *
 * The frame reports its height whenever it changes (`{"dx-embed-height": px}`). A script that
 * arrives after those reports (async, slow, added later by a CMS) asks for them again
 * (`{"dx-embed-ask": 1}`): once at start, of every frame on the page, and of each frame as
 * it loads, so frames a CMS adds later are asked too. Asking costs nothing: only a
 * dx-widgets frame answers, and only the frame that answers is resized.
 */

/** Taller than any widget (a 100-bar ranking is about 2,700 px); past it a report is ignored. */
const MAX_HEIGHT = 20_000;

/** The height a frame reports, or undefined for anything that is not a plain, sensible report. */
function reportedHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !Object.prototype.hasOwnProperty.call(data, 'dx-embed-height')) return undefined;
  const height = (data as Record<string, unknown>)['dx-embed-height'];
  return typeof height === 'number' && height > 0 && height <= MAX_HEIGHT ? Math.ceil(height) : undefined;
}

addEventListener('message', (event: MessageEvent) => {
  const height = reportedHeight(event.data);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll('iframe')) {
    // Only the frame that sent it, whatever its address: several widgets may share a page.
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});

/** Asks a frame for its height; a frame of another kind ignores the message. */
function ask(frame: HTMLIFrameElement): void {
  frame.contentWindow?.postMessage({ 'dx-embed-ask': 1 }, '*');
}

document.querySelectorAll('iframe').forEach(ask);
// `load` does not bubble, but a capturing listener on the document sees every iframe's,
// including frames added after this script ran and frames that were still loading.
document.addEventListener('load', (event) => event.target instanceof HTMLIFrameElement && ask(event.target), true);
