import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

/** An attribute binding from a story arg: absent when the arg is unset or cleared in the controls. */
export const attr = (v: unknown) => (v === undefined || v === null || v === '' ? nothing : String(v));

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
