/** Every element of `root`'s shadow tree, a board's cards' trees included. */
export const allIn = (root: ShadowRoot | Element, found: Element[] = []): Element[] => {
  for (const e of root.querySelectorAll('*')) {
    found.push(e);
    if (e.shadowRoot) allIn(e.shadowRoot, found);
  }
  return found;
};

/** Shown: not `display: none` nor `visibility: hidden`. */
export const visible = (e: Element): boolean => {
  const style = getComputedStyle(e);
  return style.display !== 'none' && style.visibility !== 'hidden';
};

/**
 * Each number in `host`'s drawn text that is broken over two lines ("405.1" over "23", "60" over
 * "%"): a number is its digits with their group and decimal separators and a % sign attached,
 * measured in each text node (Range.getClientRects: more than one line's box is a split).
 * `skip`: elements whose own text is not looked at.
 */
export function brokenFigures(host: Element, skip: (e: Element) => boolean = () => false): string[] {
  const broken: string[] = [];
  for (const e of allIn(host.shadowRoot!)) {
    if (!visible(e) || e instanceof SVGElement || skip(e)) continue;
    for (const node of e.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      for (const number of node.textContent!.matchAll(/\d(?:[\d.,]*\d)?%?/g)) {
        const range = document.createRange();
        range.setStart(node, number.index);
        range.setEnd(node, number.index + number[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) broken.push(`"${number[0]}" in "${node.textContent!.trim()}"`);
      }
    }
  }
  return broken;
}
