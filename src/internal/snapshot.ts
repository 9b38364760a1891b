/**
 * A widget as a PNG, for social posts (Zalo, Facebook): its shadow root cloned into
 * an SVG `<foreignObject>` with its own stylesheets, drawn onto a canvas at twice its
 * CSS size over an opaque background. No network and no dependencies: the page's
 * system fonts are used, web fonts are not embedded.
 */

const SCALE = 2;
const HOST = 'dx-snapshot-host';
// What the host passes on to its shadow tree, or what a page may set on it.
const HOST_PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'color',
  'color-scheme',
  'direction',
  'padding',
  'border',
];
// Text styles the page may set through ::part(), or that the element inherits.
const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color'];
// The snapshot is one frame: the gauge's sweep would otherwise be caught at its start.
const STILL = '*,*::before,*::after{animation:none!important;transition:none!important}';

/** `:host` and `:host(x)` as a class on the wrapper that stands in for the host. */
export function hostless(css: string): string {
  let out = '';
  let i = 0;
  for (let at = css.indexOf(':host', i); at >= 0; at = css.indexOf(':host', i)) {
    out += css.slice(i, at) + '.' + HOST;
    i = at + 5;
    if (css[i] !== '(') continue;
    let depth = 1;
    let j = i + 1;
    for (; j < css.length && depth; j++) depth += css[j] === '(' ? 1 : css[j] === ')' ? -1 : 0;
    out += css.slice(i + 1, j - 1);
    i = j;
  }
  return out + css.slice(i);
}

const opaque = (colour: string) => colour !== '' && !/^transparent$|^rgba\(.*,\s*0\)$/.test(colour);

/** The card's background, else the first opaque one behind it, else white. */
function backgroundOf(element: HTMLElement): string {
  const card = element.shadowRoot?.querySelector('[part~="base"]');
  const layers: Element[] = card ? [card] : [];
  for (let e: Element | null = element; e; e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null) layers.push(e);
  return layers.map((e) => getComputedStyle(e).backgroundColor).find(opaque) ?? '#ffffff';
}

/** Copies computed text styles from each original element onto its clone. */
function inlineText(original: Element, clone: Element): void {
  if (original instanceof HTMLElement && clone instanceof HTMLElement) {
    const style = getComputedStyle(original);
    for (const name of TEXT_PROPS) clone.style.setProperty(name, style.getPropertyValue(name));
  }
  for (let i = 0; i < original.children.length; i++) inlineText(original.children[i], clone.children[i]);
}

/** The element's rendered shadow tree as an SVG document `scale` times its size. */
function svgOf(element: HTMLElement, width: number, height: number): string {
  const root = element.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const css = hostless(sheets.join('\n'));
  const host = getComputedStyle(element);
  const wrapper = document.createElement('div');
  for (const { name, value } of element.attributes) if (name !== 'style' && name !== 'id') wrapper.setAttribute(name, value);
  wrapper.className = HOST;
  wrapper.lang = (element.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang;
  for (const name of new Set(css.match(/--[\w-]+/g))) wrapper.style.setProperty(name, host.getPropertyValue(name));
  for (const name of HOST_PROPS) wrapper.style.setProperty(name, host.getPropertyValue(name));
  wrapper.style.cssText += `;width:${width}px;height:${height}px;margin:0;overflow:hidden`;
  const style = document.createElement('style');
  style.textContent = `${css}\n${STILL}`;
  wrapper.append(style);
  for (const node of root.childNodes) {
    const clone = node.cloneNode(true);
    if (node instanceof Element) inlineText(node, clone as Element);
    // Where a browser cannot adopt stylesheets, lit writes <style> elements instead.
    if (clone instanceof HTMLStyleElement) clone.textContent = hostless(clone.textContent ?? '');
    wrapper.append(clone);
  }
  // Lit's markers are comments; XML needs none of them.
  const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const object = document.createElementNS(ns, 'foreignObject');
  svg.setAttribute('width', String(Math.round(width * SCALE)));
  svg.setAttribute('height', String(Math.round(height * SCALE)));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  object.setAttribute('width', '100%');
  object.setAttribute('height', '100%');
  object.append(wrapper);
  svg.append(object);
  return new XMLSerializer().serializeToString(svg);
}

async function draw(url: string, width: number, height: number, background: string): Promise<Blob> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const context = canvas.getContext('2d')!;
  // White first, so a half-transparent card still gives an opaque image.
  for (const fill of ['#ffffff', background]) {
    context.fillStyle = fill;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    // toBlob throws a SecurityError synchronously on a tainted canvas.
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

/** The element as it looks now, as a PNG at twice its CSS size, without saving it. */
export async function snapshot(element: HTMLElement): Promise<Blob> {
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const { width, height } = element.getBoundingClientRect();
  if (!element.shadowRoot || !width || !height) throw new Error(`<${element.localName}> has nothing to draw`);
  const svg = svgOf(element, width, height);
  const background = backgroundOf(element);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    return await draw(url, width, height, background);
  } catch (error) {
    // Browsers that taint a canvas for a blob: SVG may still accept a data: URL.
    if ((error as Error).name !== 'SecurityError') throw error;
    return draw(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width, height, background);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Renders the element to a PNG, saves it as `filename`, and resolves with the image. Without
 * a name: the tag and the id of the indicator shown, `dx-coverage-gauge-mobile-coverage-villages.png`.
 */
export async function downloadSnapshot(element: HTMLElement, filename?: string, id?: string): Promise<Blob> {
  const blob = await snapshot(element);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.download = filename || `${element.localName}-${(id || 'chi-so').replace(/[^\w-]+/g, '-')}.png`;
  link.href = url;
  // In the document so the click is seen like any other (and can be stopped by a test).
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns; give the save time to start.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return blob;
}
