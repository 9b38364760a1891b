import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';

import { FeedController, type IndicatorErrorDetail, type IndicatorLoadDetail } from '../feed/controller.js';
import { inBoth, translate } from '../format/messages.js';
import { formatNumber } from '../format/numbers.js';
import { isolate } from '../format/text.js';
import { containerStyles } from '../internal/container.styles.js';
import { DxElement } from '../internal/dx-element.js';
import { nowText } from '../internal/now.js';
import { watchRoot } from '../internal/on-use.js';
import { renderMeta, renderStatus, textIn } from '../internal/templates.js';
import { themeStyles } from '../internal/theme.styles.js';
import { MAX_CARDS } from '../spec/limits.js';
import { isObject, memberArea, readCollection } from '../spec/rules.js';
import { upcomingTarget } from '../spec/targets.js';
import type { Collection, Problem } from '../spec/types.js';
import { BOARD_STRINGS } from './board.strings.js';
import { boardStyles } from './board.styles.js';
import { chooseMembers, firstCards, readWidgets, widgetFor, type WidgetKind } from './choose.js';

type Member = Record<string, unknown>;

/**
 * A member with a plan's list of dated targets, each of which the list's pick can read (a deadline
 * text or none): a list of anything else is its card's error, and stays as written.
 */
const isPlan = (m: unknown): m is Member & { target: { by?: string }[] } =>
  isObject(m) &&
  Array.isArray(m.target) &&
  m.target.length > 0 &&
  m.target.every((t) => isObject(t) && (t.by === undefined || typeof t.by === 'string'));

/**
 * A member as its card tells it on `today`: of a plan, the target due that day, the list beside it
 * (IndicatorElement), where the member as written holds the list alone. A copy: the cards read the document.
 */
const shownOn = (m: unknown, today: string): unknown =>
  isPlan(m) ? { ...m, targets: m.target, target: upcomingTarget(m.target, today).target } : m;

/**
 * A member as a card shows it: where it stands in the feed, its id when it has one to be picked
 * by, and the member itself ({} for a null or a number, which its card names as wrong).
 */
interface Card {
  at: number;
  id?: string;
  member: Member;
}

/**
 * `dx-load` from a board: `indicator` is the whole collection it draws, its members as written but
 * for a plan's list of dated targets, told as its card tells it: `targets` the list, `target` the
 * one due on the board's `now`.
 */
export type BoardLoadDetail = IndicatorLoadDetail<Collection>;
/** `dx-error` from a board: a card's error carries the card's `indicator`. */
export type BoardErrorDetail = IndicatorErrorDetail & { indicator?: string };

/**
 * A whole feed in one tag: every indicator of a collection drawn by the element that
 * fits it (a rank → `<dx-province-rank>`, a target → `<dx-target-progress>`, a
 * percentage → `<dx-coverage-gauge>`, anything else → `<dx-stat>`; a member's `"widget"`
 * or the `widgets` attribute may ask for another, e.g. `"trend"` or `"map"` for
 * `<dx-province-map>`), in a grid of one to three columns, under the collection's title,
 * area, date and source, said once.
 * The board loads the document once and hands it to its cards: no card fetches.
 * Its entry, `dx-widgets/board`, registers each card's element when the board first draws
 * one, so a page that imports the board alone downloads only the elements its feed needs.
 * The class alone (`dx-widgets/board/class`, for a tag of your own) registers nothing: define
 * the card elements too, or import `dx-widgets`.
 *
 * @summary Every indicator of a feed, each drawn by the element that fits it.
 *
 * @csspart base - Everything.
 * @csspart header - The title and the collection's area, date and source.
 * @csspart title - The collection's title.
 * @csspart meta - "Số liệu năm 2024 · Nguồn: …".
 * @csspart area - The collection's area, e.g. "Lai Châu", under the title.
 * @csspart grid - The cards.
 * @csspart error - The message shown in place when the feed cannot be shown.
 * @csspart stale - The mark shown when older figures stay on screen after a failure.
 * @csspart loading - "Đang tải…" / "Loading…", shown until the first figures arrive.
 * @csspart omitted - Under the cards, how many members were left out: a board draws at most 200.
 *
 * @cssprop [--dx-track=#89939f] - The cards' borders.
 * @cssprop [--dx-radius=8px] - The cards' corner radius.
 * @cssprop [--dx-text=#1b1f24] - Text (dark theme: #e6edf3).
 * @cssprop [--dx-muted=#555f6d] - Secondary text: area, dates, source (dark theme: #9da7b3).
 * @cssprop [--dx-accent=#047] - Accent, inherited by the cards (dark theme: #9cf).
 * @cssprop [--dx-target=#a34d00] - Target marks, inherited by the cards (dark theme: #f0883e).
 * @cssprop [--dx-good=#1a7f37] - A change for the better, inherited by the cards (dark theme: #3fb950).
 * @cssprop [--dx-bad=#b42318] - A change for the worse, inherited by the cards (dark theme: #ff7b72).
 * @cssprop [--dx-error=#b42318] - Error text (dark theme: #ff7b72).
 * @cssprop [--dx-link=#0a58a8] - The source link (dark theme: #79c0ff).
 * @cssprop [--dx-bg=transparent] - Background (dark theme: #161b22).
 * @cssprop [--dx-font=inherit] - Font family; the page's by default.
 * @cssprop [--dx-font-size=1rem] - Base text size.
 * @cssprop [--dx-padding=12px] - The cards' padding.
 *
 * @fires {BoardLoadDetail} dx-load - The feed validated and is drawn. `detail`: `{ indicator, document, changed }`, `indicator` being the collection.
 * @fires {BoardErrorDetail} dx-error - The feed, or one of its cards, cannot be shown. `detail`: `{ errors, stale }`, and `indicator` naming the card when it is one.
 */
export class Board extends DxElement<Collection> {
  static override styles = [themeStyles, containerStyles, boardStyles];

  static override properties: PropertyDeclarations = {
    include: {},
    exclude: {},
    widgets: {},
    now: {},
    notation: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** Ids to show, in this order (`"id1,id2"`); all members by default. Ids that leave no card are an error that names the feed's ids. */
  declare include?: string;

  /** Ids to leave out (`"id1,id2"`). */
  declare exclude?: string;

  /** Element per id, overriding the choice by content: `"id:stat, other:gauge"` (gauge, target, stat, rank, trend, map). */
  declare widgets?: string;

  /** Today as `YYYY-MM-DD` for the cards, which of a plan's goals is next (a target, a rank goal), so an article stays as written; `dx-load` tells each plan's target due that day. One that is not a day is an error in place, said once. */
  declare now?: string;

  /** `compact` for the stat cards: "320 nghìn", "1,5 triệu". */
  declare notation?: string;

  /** The title's heading level in the page's outline, 2 (default) to 6: under an article's own h2, say 3. */
  declare headingLevel?: string | number;

  /** The whole collection, loaded once for the board and handed to its cards. */
  protected readonly feed$ = new FeedController<Collection>(this, {
    args: () => [this.include, this.exclude, this.now],
    read: (document) => {
      const errors: Problem[] = [];
      const today = nowText(this.now, errors);
      // A `now` that is no day: said once, in place, where every card would say it.
      if (errors.length) return { ok: false, errors };
      const read = readCollection(document);
      if (!read.ok) return read;
      const collection = { ...read.value, members: read.value.members.map((m) => shownOn(m, today)) };
      const cards = this.cards(collection);
      if (cards.length) {
        this.drawn = cards;
        this.shownNow = this.now;
        return { ok: true, value: collection };
      }
      // An include or exclude that leaves no card is said, as any input that cannot be shown; the ids
      // (the first twenty) are the ones an editor could have meant.
      const ids = [...new Set(this.cards(collection, true).flatMap((card) => card.id ?? []))];
      const attribute = this.include?.trim() ? 'include' : 'exclude';
      const message = inBoth(BOARD_STRINGS, 'none', { attribute, ids: ids.slice(0, 20).join(', ') + (ids.length > 20 ? ', …' : '') });
      return { ok: false, errors: [{ path: attribute, code: 'board.none', message }] };
    },
  });

  /**
   * The cards of the last read that left some: an include or exclude that then leaves none is an
   * error, and the cards already drawn stay (stale) rather than go with it. Not looked up by the
   * collection: one read again the same (a new include) keeps the object on screen, and a WeakMap
   * by it drew the first include's cards for ever.
   */
  private drawn?: Card[];

  /**
   * The `now` the cards are drawn on: the board's, the last one that was a day. A wrong one is the
   * board's error, said once, and its cards stay as they were drawn (stale), not each in error.
   */
  private shownNow?: string;

  /**
   * The cards to draw, in order: `include`'s order when given, the feed's otherwise; every member
   * when `all`. A member with no id (or not an object) cannot be named by `include` or `exclude`,
   * and gets a card that says what is wrong with it, where it was left out without a word.
   */
  private cards(collection: Collection, all = false): Card[] {
    const cards = collection.members.map((m, at) => {
      const member = isObject(m) ? m : {};
      return { at, id: typeof member.id === 'string' ? member.id : undefined, member };
    });
    return all ? cards : chooseMembers(cards, this.include, this.exclude);
  }

  protected override firstUpdated(): void {
    // The embed bundle fetches a card's element (a ranking, a trend) when its tag first appears,
    // and the page's watch does not reach inside this shadow root.
    watchRoot(this.renderRoot as ShadowRoot);
  }

  override render(): TemplateResult {
    const collection = this.feed$.indicator;
    const busy = this.state === 'loading' ? 'true' : 'false';
    if (!collection) {
      return html`<div part="base" aria-busy=${busy}>
        ${renderStatus(this.feed$, this.locale)}
      </div>`;
    }
    const chosen = readWidgets(this.widgets);
    const { shown, left } = firstCards(this.drawn ?? this.cards(collection));
    return html`<section part="base" aria-busy=${busy} aria-labelledby=${collection.title ? 'title' : nothing}>
      ${this.renderHeader(collection)}${renderStatus(this.feed$, this.locale)}
      <div part="grid" class="grid" @dx-error=${this.cardError}>
        ${shown.map((card) => this.renderCard(card, widgetFor(card.member, chosen), collection))}
      </div>
      ${
        left > 0
          ? html`<p part="omitted">
            ${translate(BOARD_STRINGS, this.locale, 'omitted', { count: formatNumber(left, this.locale), most: MAX_CARDS })}
          </p>`
          : nothing
      }
    </section>`;
  }

  private renderHeader(collection: Collection): TemplateResult | typeof nothing {
    const { title, area } = collection;
    if (!title && !area && !collection.asOf && !collection.source) return nothing;
    return html`<header part="header">
      ${
        title
          ? html`<div part="title" id="title" role="heading" aria-level=${Math.min(6, Math.max(2, Number(this.headingLevel) || 2))}>
            ${textIn(title, this.locale)}
          </div>`
          : nothing
      }
      ${area?.name ? html`<div part="area">${isolate(area.name)}</div>` : nothing} ${renderMeta(collection, this.locale)}
    </header>`;
  }

  /** A card's dx-error stays inside the board's shadow root; the page hears it from the board, naming the card. */
  private readonly cardError = (event: Event) => {
    const card = event.target as HTMLElement;
    const detail = { ...(event as CustomEvent).detail, indicator: card.getAttribute('indicator') ?? undefined };
    this.dispatchEvent(new CustomEvent('dx-error', { bubbles: true, detail }));
  };

  /**
   * One card. It gets the whole document and picks its member itself, so its errors stay
   * in the card. Its own date and source line is hidden when the header already says it.
   */
  private renderCard({ at, id: given, member }: Card, kind: WidgetKind, collection: Collection): TemplateResult {
    const data = this.feed$.shownDocument;
    const id = given ?? nothing;
    // Without an id to pick it by, the card picks its member by position and names what is wrong.
    const index = given === undefined ? at : undefined;
    const code = memberArea(member, collection) ?? nothing;
    const shared = member.source === undefined && member.asOf === undefined ? 'shared' : '';
    const theme = this.theme ?? nothing;
    // Given to each card so that a change of the board's language reaches them at once: the one
    // its drawing is read in, so `vi-VN` stays `vi-VN` and a card under a French page says `vi`.
    const lang = this.readIn;
    const now = this.shownNow ?? nothing;
    switch (kind) {
      case 'coverage-gauge':
        return html`<dx-coverage-gauge class=${shared} lang=${lang} theme=${theme} indicator=${id} .memberIndex=${index} area=${code} now=${now} .data=${data}></dx-coverage-gauge>`;
      case 'target-progress':
        return html`<dx-target-progress class=${shared} lang=${lang} theme=${theme} indicator=${id} .memberIndex=${index} area=${code} now=${now} .data=${data}></dx-target-progress>`;
      case 'trend':
        return html`<dx-trend class=${shared} lang=${lang} theme=${theme} indicator=${id} .memberIndex=${index} area=${code} now=${now} .data=${data}></dx-trend>`;
      case 'province-map':
        return html`<dx-province-map class=${shared} lang=${lang} theme=${theme} indicator=${id} .memberIndex=${index} area=${code} now=${now} .data=${data}></dx-province-map>`;
      case 'province-rank':
        return html`<dx-province-rank class=${shared} lang=${lang} theme=${theme} indicator=${id} .memberIndex=${index} area=${code} now=${now} .data=${data}></dx-province-rank>`;
      default:
        return html`<dx-stat class=${shared} lang=${lang} theme=${theme} indicator=${id} .memberIndex=${index} area=${code} now=${now} notation=${this.notation ?? nothing} .data=${data}></dx-stat>`;
    }
  }
}
