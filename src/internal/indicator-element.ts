import type { PropertyDeclarations } from 'lit';

import { FeedController } from '../feed/controller.js';
import { attributeOverrides } from '../spec/attributes.js';
import { toNFC } from '../spec/nfc.js';
import { selectIndicator } from '../spec/rules.js';
import type { Indicator, Problem } from '../spec/types.js';
import { DxElement } from './dx-element.js';
import { targetOn } from './now.js';

/**
 * What every element that draws one indicator shares beyond the base: which member of a
 * collection it shows, and the attributes that override the document.
 *
 * @fires {IndicatorLoadDetail} dx-load - The indicator validated and is shown. `detail`: `{ indicator, document, changed }`.
 * @fires {IndicatorErrorDetail} dx-error - The input cannot be shown. `detail`: `{ errors, stale }`; each error has `path`, `code` and `message.vi`/`message.en`.
 */
export abstract class IndicatorElement extends DxElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    area: {},
    memberIndex: { state: true },
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
  };

  /** The `id` of the member to show, when the document is a collection. */
  declare indicator?: string;

  /**
   * The day deadlines are judged on, `YYYY-MM-DD` (internal/now.ts): every element that draws one
   * indicator declares it as a property with its own words. Here, of a list of dated targets,
   * the one due that day becomes the indicator's `target`.
   */
  declare now?: string;

  /** The `area.code` of the member to show, when several members share an id. */
  declare area?: string;

  /**
   * The position of the member to show: a board's card for a member with no id to pick it by.
   * @internal
   */
  declare memberIndex?: number;

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

  /** The target value; overrides the document's `target.value`, or replaces its list of targets with one. */
  declare target?: string | number;

  /** The target's deadline (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); overrides the document's `target.by`. With a list of targets, only beside `target`. */
  declare by?: string;

  /** `up` (higher is better) or `down` (lower is better); overrides the document's `direction`. */
  declare direction?: 'up' | 'down';

  /** A footnote under the figure; overrides the document. */
  declare note?: string;

  /** Where the indicator comes from and how it stands. */
  protected readonly feed$ = new FeedController<Indicator>(this, {
    which: () => [this.indicator, this.area, this.memberIndex],
    args: () => [
      this.value,
      this.label,
      this.unit,
      this.asOf,
      this.source,
      this.sourceUrl,
      this.approx,
      this.target,
      this.by,
      this.direction,
      this.note,
      this.now,
      ...this.checked(),
    ],
    // Attributes are text a page's editor typed: NFC like the document they override.
    // The element's properties carry the attribute names the overrides expect.
    overrides: (errors) => toNFC(attributeOverrides(this, errors)),
    read: (document, overrides) => {
      const picked = selectIndicator(
        document,
        { indicator: this.indicator || undefined, area: this.area || undefined, index: this.memberIndex },
        overrides,
      );
      // Of a plan's dated targets, `target` is the one due on the element's `now`, as it draws
      // it: the validator picked it on the reader's real today, and dx-load tells what is shown.
      // (The indicator is the validator's own new object.)
      if (picked.ok && picked.value.targets) picked.value.target = targetOn(picked.value, this.now);
      const errors = picked.ok ? this.check(picked.value) : [];
      return errors.length ? { ok: false, errors } : picked;
    },
  });

  /** The element's own demands on a valid indicator, as problems (the controller puts them in words). */
  protected check(_indicator: Indicator): Problem[] {
    return [];
  }

  /** The element's own properties that `check()` reads: a change checks the indicator again. */
  protected checked(): unknown[] {
    return [];
  }

  /**
   * Saves the widget as a PNG at twice its size (for social posts on Zalo and Facebook),
   * with its label, figure and source, and resolves with the image. The drawing code is
   * loaded only when this is called.
   */
  async download(filename?: string): Promise<Blob> {
    const { downloadSnapshot } = await import('./snapshot.js');
    return downloadSnapshot(this, filename, this.feed$.indicator?.id);
  }
}
