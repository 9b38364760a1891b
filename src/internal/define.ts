/**
 * Registers an element once. The bundle may load twice on a page (two articles'
 * snippets, or the bundle beside the npm modules): the second registration is a
 * no-op rather than the DOMException `customElements.define` would throw.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
