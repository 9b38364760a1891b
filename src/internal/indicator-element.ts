import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Indicator, ValidationError } from '../spec/types.js';
import type { Locale } from '../format/messages.js';
import { IndicatorController, type WidgetState } from '../feed/controller.js';
import { LangController } from './lang-controller.js';

/**
 * What every data-driven element shares: where its indicator comes from, the
 * attributes that override the document, its reflected `state`, and the reader's
 * language. Drawing is left to each element.
 *
 * @fires {IndicatorLoadDetail} dx-load - The indicator validated and is shown. `detail`: `{ indicator, document, changed }`.
 * @fires {IndicatorErrorDetail} dx-error - The input cannot be shown. `detail`: `{ errors, stale }`; each error has `path`, `code` and `message.vi`/`message.en`.
 */
export abstract class IndicatorElement extends LitElement {
  // `lang` stays the browser's own property; its attribute only needs to re-render.
  // Declared statically rather than with decorators: the decorator helpers cost the
  // reader ~0.6 kB gz in every bundle.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    indicator: {},
    area: {},
    refresh: {},
    timeout: {},
    loading: { reflect: true },
    value: {},
    label: {},
    unit: {},
    asOf: { attribute: 'as-of' },
    source: {},
    sourceUrl: { attribute: 'source-url' },
    approx: {},
    target: {},
    by: {},
    direction: {},
    note: {},
    theme: { reflect: true },
    state: { reflect: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The indicator document (one indicator or a collection) as an object or JSON text; wins over inline JSON and `src`. */
  declare data?: unknown;

  /** URL of a JSON document (one indicator or a collection), fetched once and shared by every element on the page. */
  declare src?: string;

  /** The `id` of the member to show, when the document is a collection. */
  declare indicator?: string;

  /** The `area.code` of the member to show, when several members share an id. */
  declare area?: string;

  /** Seconds between checks of `src` for new figures, 1 to 86400 (a day); without it the feed loads once. */
  declare refresh?: string | number;

  /** Seconds a request to `src` may take before it counts as failed, 1 to 120; 10 by default. */
  declare timeout?: string | number;

  /** `lazy` (default): fetch `src` when the element comes near the viewport; `eager`: at once. */
  declare loading?: 'lazy' | 'eager';

  /** The current figure; overrides the document. Digits with a decimal point (`97.27`); a comma is an error. */
  declare value?: string | number;

  /** What is measured; overrides the document's label. */
  declare label?: string;

  /** `%` for percentage points, or a word shown after the number (`thuê bao`) in every language; overrides the document's unit, which may give a word per language (`{ "vi": "thuê bao", "en": "subscribers" }`). */
  declare unit?: string;

  /** When the figure holds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; overrides the document. */
  declare asOf?: string;

  /** Name of the source shown in the attribution line; overrides the document. */
  declare source?: string;

  /** Link for the source name (http or https only); used with `source`. */
  declare sourceUrl?: string;

  /** The source's hedge: `about`, `over`, `under` or `nearly`; overrides the document. */
  declare approx?: 'about' | 'over' | 'under' | 'nearly';

  /** The target value; overrides the document's `target.value`. */
  declare target?: string | number;

  /** The target's deadline (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); overrides the document's `target.by`. */
  declare by?: string;

  /** `up` (higher is better) or `down` (lower is better); overrides the document's `direction`. */
  declare direction?: 'up' | 'down';

  /** A footnote under the figure; overrides the document. */
  declare note?: string;

  /** `light` or `dark`; without it the reader's system setting decides. */
  declare theme?: 'light' | 'dark';

  /** `loading`, `ready`, `stale` (older good figures shown after a failure) or `error`. Reflected; read-only in practice. */
  declare state: WidgetState;

  constructor() {
    super();
    this.state = 'loading';
  }

  /** The reader's language for this render. */
  protected locale: Locale = 'vi';

  /** Works the language out, and re-renders when the page's changes it (shared with the board). */
  private readonly lang$ = new LangController(this);

  /** Where the indicator comes from and how it stands. */
  protected readonly source$ = new IndicatorController(this, {
    // The element's properties carry the attribute names the overrides expect.
    attributes: () => this,
    check: (indicator) => this.check(indicator),
  });


  /** The element's own demands on a valid indicator, as errors. */
  protected check(_indicator: Indicator): ValidationError[] {
    return [];
  }

  /**
   * Saves the widget as a PNG at twice its size (for social posts on Zalo and Facebook),
   * with its label, figure and source, and resolves with the image. The drawing code is
   * loaded only when this is called.
   */
  async download(filename?: string): Promise<Blob> {
    const { downloadSnapshot } = await import('./snapshot.js');
    return downloadSnapshot(this, filename, this.source$.indicator?.id);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Server HTML (dx-widgets/ssr) on a page that loaded the plain bundle rather than the
   * hydrating one: draw afresh in place of the server's drawing, never a second copy beside it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.locale = this.lang$.resolve();
    this.source$.willUpdate(changed);
  }
}
