import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

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
const attributes = directive(AttributesDirective);

/** The args every element's stories share; each story file adds its element's own attributes. */
export interface ElementArgs {
  data?: unknown;
  src?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  /** Reflected by the element (`loading`, `ready`, `stale`, `error`); shown, never set. */
  state?: string;
  onDxLoad?: (event: Event) => void;
  onDxError?: (event: Event) => void;
}

/**
 * The render of the element `tag`'s stories: every arg as its attribute, `data` as the property,
 * the events to Storybook's actions, and what `children` gives inside it (the inline-JSON story).
 */
export function renderElement<A extends ElementArgs>(tag: `dx-${string}`, children?: (args: A) => unknown): (args: A) => TemplateResult {
  // One of the package's own tag names, never an arg: static, so that lit can bind the element's parts.
  const name = unsafeStatic(tag);
  return (args) =>
    staticHtml`<${name} ${attributes(args)} .data=${args.data} @dx-load=${args.onDxLoad} @dx-error=${args.onDxError}>${children?.(args) ?? nothing}</${name}>`;
}

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
