import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** The reflected `state` is shown, never set. */
const NOT_ATTRIBUTES = new Set(['state']);

/**
 * Every story arg as the attribute of the same name (`as-of`, `source-url`): set when it has a
 * value, removed when it is unset or cleared in the controls. One place for what each story's
 * render would otherwise list attribute by attribute.
 */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    for (const [name, value] of Object.entries(args)) {
      // Handlers and objects (Storybook's actions, `data`) are never attributes.
      if (NOT_ATTRIBUTES.has(name) || typeof value === 'function' || (typeof value === 'object' && value !== null)) continue;
      if (value === undefined || value === null || value === '') part.element.removeAttribute(name);
      else part.element.setAttribute(name, String(value));
    }
    return nothing;
  }
}
export const attributes = directive(AttributesDirective);

/**
 * A column of the given width on a Vietnamese page (Storybook's own frame is `lang="en"`,
 * which would turn every story English).
 */
export const column =
  (maxWidth: number): Decorator =>
  (story) =>
    html`<div lang="vi" style="max-width: ${maxWidth}px">${story()}</div>`;

/** The dark page a `theme="dark"` widget is meant to sit on. */
export const darkPage: Decorator = (story) => html`<div style="background: #0d1117; padding: 16px">${story()}</div>`;
