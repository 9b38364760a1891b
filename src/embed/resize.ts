/**
 * For the host page of iframe embeds (optional): sets each dx-widgets iframe's height
 * to what its page reports, so the widget never scrolls or leaves a gap. One tag per page:
 * `<script src="…/dist/embed-resize.js" async></script>`.
 *
 * The frame reports its height whenever it changes (`{"dx-embed-height": px}`). A script that
 * arrives after those reports (async, slow, added later by a CMS) asks for them again
 * (`{"dx-embed-ask": 1}`): once at start, of every frame on the page, and of each frame as
 * it loads, so frames a CMS adds later are asked too. Only dx-widgets frames (an address whose
 * path ends in embed.html, or in /embed or /embed/ where a host serves it there) are asked, and
 * only the one that answers is resized: another page's frame (an advert) that posts a height is
 * left as its page set it. Another page at a path ending in /embed (Google Maps' `/maps/embed`)
 * is asked too, a message it does not read, and is resized only if it posts a dx-widgets height.
 */

/** Taller than any widget (a 100-bar ranking is about 2,700 px); past it a report is ignored. */
const MAX_HEIGHT = 20_000;

/** The height a frame reports, or undefined for anything that is not a plain, sensible report. */
function reportedHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !Object.prototype.hasOwnProperty.call(data, 'dx-embed-height')) return undefined;
  const height = (data as Record<string, unknown>)['dx-embed-height'];
  return typeof height === 'number' && height > 0 && height <= MAX_HEIGHT ? Math.ceil(height) : undefined;
}

/**
 * The path of a dx-widgets embed: its file, `…/embed.html`, or the pretty address a host serves
 * it at, `…/embed` or `…/embed/`. The last segment of the path, whole: not `/embedded`,
 * `/my-embed` or `/embed.html.evil`, and never the query or hash (`?next=/embed`).
 */
const EMBED_PATH = /\/(?:embed\.html|embed\/?)$/i;

/**
 * The origin of `frame`'s address when it is a dx-widgets embed, as every snippet writes it (the
 * builder's, docs/embedding.md's, self-hosted ones): `…/embed.html?widget=…`, from a CDN or the
 * portal's own server, or `…/embed?widget=…` where that server serves the page at a pretty
 * address. Undefined for any other frame (an advert, a video, a map, a srcdoc): a page of
 * another kind that posts a height is not made that tall.
 */
function embedOrigin(frame: HTMLIFrameElement): string | undefined {
  let url: URL;
  try {
    url = new URL(frame.src);
  } catch {
    return undefined;
  }
  return /^https?:$/.test(url.protocol) && EMBED_PATH.test(url.pathname) ? url.origin : undefined;
}

addEventListener('message', (event: MessageEvent) => {
  const height = reportedHeight(event.data);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll('iframe')) {
    // Only the frame that sent it, whatever its address: several widgets may share a page. And
    // only an embed, whose page is from its address's origin (not a frame navigated elsewhere).
    if (frame.contentWindow === event.source && embedOrigin(frame) === event.origin) frame.style.height = `${height}px`;
  }
});

/** Asks an embed frame for its height; other frames are not asked. */
function ask(frame: HTMLIFrameElement): void {
  const origin = embedOrigin(frame);
  // Addressed to the embed's origin: a frame that is now elsewhere does not receive it.
  if (origin) frame.contentWindow?.postMessage({ 'dx-embed-ask': 1 }, origin);
}

document.querySelectorAll('iframe').forEach(ask);
// `load` does not bubble, but a capturing listener on the document sees every iframe's,
// including frames added after this script ran and frames that were still loading.
document.addEventListener('load', (event) => event.target instanceof HTMLIFrameElement && ask(event.target), true);
