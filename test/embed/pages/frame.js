// A stand-in for a framed page, as test/embed/embed.test.ts needs one: `?mode=` says what it does.
// Served as embed.html (a page at a dx-widgets embed's address) and as advert.html (another page).
const mode = new URLSearchParams(location.search).get('mode');
if (mode === 'liar') {
  for (const height of ['300', -5, 0, 1e9, Infinity, NaN, [400], { 'dx-embed-height': 500 }])
    parent.postMessage({ 'dx-embed-height': height }, '*');
  parent.postMessage({ 'dx-embed-height': 123.2 }, '*');
}
// A plain, sensible height, as a dx-widgets frame would report it.
if (mode === 'tall') parent.postMessage({ 'dx-embed-height': 19_999 }, '*');
// Tells its page what it was asked.
if (mode === 'echo')
  addEventListener('message', (e) => e.source === parent && parent.postMessage({ asked: e.data, from: location.pathname }, '*'));
