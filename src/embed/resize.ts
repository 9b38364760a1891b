/**
 * For the host page of iframe embeds (optional): sets each dx-widgets iframe's height
 * to what its page reports, so the widget never scrolls or leaves a gap. One tag per page:
 * `<script src="…/dist/embed-resize.js" async></script>`.
 */
addEventListener('message', (event: MessageEvent) => {
  const height = (event.data as Record<string, unknown> | null)?.['dx-embed-height'];
  if (typeof height !== 'number' || !(height > 0) || height > 20_000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    // Only the frame that sent it, whatever its address: several widgets may share a page.
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
