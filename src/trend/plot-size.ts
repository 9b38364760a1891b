import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The drawing's width, axis text size, a character's width and the letter- and word-spacing its
 * text inherits, in px: what its ticks and labels are placed for (a reader's spacing, WCAG
 * 1.4.12, widens them; so does a wide font).
 */
export interface Size {
  width: number;
  fontSize: number;
  /** 0.6 em, or more in a font whose figures are wider (`charWidth` below). */
  charWidth: number;
  letterSpacing: number;
  wordSpacing: number;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

// One observer for every trend on the page: a chart's width decides its ticks and labels.
let observer: ResizeObserver | undefined;
const sizes = new WeakMap<Element, PlotSize>();
/** Trends connected and not yet measured: measured together, in one layout, before the first draws. */
const unmeasured = new Set<PlotSize>();
let pen: CanvasRenderingContext2D | null | undefined;

/**
 * A character's width in `font` (the labels' bold, at the axis text's size): 0.6 em, or the
 * average of its figures' ("0123456789%") where they are wider. Placed for 0.6 em, "84,9%" in
 * DejaVu Sans (a page's fallback on Linux where its font is missing), 16 % wider, touched
 * "Cả nước 86%" beside it at 240 px; in Arial (measured as Liberation Sans, its metric twin),
 * 14 %. Figures are what labels are mostly made of, and letters run narrower than them: a label
 * of words is placed a little wide. In Roboto, narrower than 0.6 em, nothing moves. Measured on
 * a canvas, which lays out nothing, at each read: a font still loading is measured in its
 * fallback, and the trend's ticks, resized when it comes, have it read again. Not kept by font:
 * a width kept so outlived the font's load (test/trend/font.test.ts), and setting a font the
 * canvas has had costs ~2 µs (Chromium keeps it parsed), what a map's look-up would save.
 */
function charWidth(font: string, fontSize: number): number {
  pen ??= document.createElement('canvas').getContext('2d');
  if (pen) pen.font = font;
  return Math.max(fontSize * 0.6, (pen?.measureText('0123456789%').width ?? 0) / 11);
}

/**
 * The size a trend draws for, known before its first drawing so that it draws once. A width
 * known only from a ResizeObserver's first report, after the first render, drew every chart
 * twice (BENCHMARKS.md). So the first trend about to draw reads every waiting trend's plot at
 * once: where a trend has drawn nothing yet, a bare `.base > .plot`, styled as the real one
 * (the page's `::part(base)` included), stands in while it is read. One forced layout for a
 * page of charts; afterwards the observer redraws a chart whose column changes.
 */
export class PlotSize implements ReactiveController {
  /** A phone column until measured (and while hidden). */
  size: Size = { width: 320, fontSize: 12, charWidth: 7.2, letterSpacing: 0, wordSpacing: 0 };
  readonly host: Host;
  /** The time axis's ticks, observed too (below). */
  private ticks?: Element;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    observer ??= new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const size = sizes.get(target);
        // A tick's box is redrawn by the redraw it asks for: asked in the next frame, not inside
        // this report, which would end in "ResizeObserver loop completed with undelivered notifications".
        if (target === size?.host) size.read(true);
        else if (size) requestAnimationFrame(() => size.read(true));
      }
    });
    sizes.set(this.host, this);
    unmeasured.add(this);
    observer.observe(this.host);
    // Moved elsewhere in the page: its ticks, drawn, watched again.
    this.hostUpdated();
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    observer?.unobserve(this.host);
    if (this.ticks) observer?.unobserve(this.ticks);
    this.ticks = undefined;
  }

  /**
   * The time axis's ticks are watched as well: their box widens with a letter-spacing set after
   * the chart was drawn (a reader's text-spacing bookmarklet, WCAG 1.4.12), where the card's
   * own size may not change, and the labels placed for the narrower text ran out of the card.
   */
  hostUpdated(): void {
    const ticks = this.host.renderRoot.querySelector('.x-ticks');
    if (!observer || !ticks || ticks === this.ticks) return;
    if (this.ticks) observer.unobserve(this.ticks);
    sizes.set(ticks, this);
    observer.observe((this.ticks = ticks));
  }

  /** The size to draw for: on the first call, measured together with every other waiting trend. */
  current(): Size {
    if (unmeasured.has(this)) measureWaiting();
    return this.size;
  }

  /** Reads the drawn plot; `redraw` asks for a render when the size changed. */
  read(redraw: boolean, plot = this.host.renderRoot.querySelector<HTMLElement>('.plot')): void {
    unmeasured.delete(this);
    const width = plot?.clientWidth;
    // Hidden, or gone from the page (its style then holds no font): nothing to draw for.
    if (!plot || !width) return;
    // Read with the font, in the same style: no layout more (the canvas lays out nothing). "normal" is 0.
    const style = getComputedStyle(plot);
    const fontSize = parseFloat(style.fontSize) * 0.75;
    const size = {
      width,
      fontSize,
      charWidth: charWidth(`600 ${fontSize}px ${style.fontFamily}`, fontSize),
      letterSpacing: parseFloat(style.letterSpacing) || 0,
      wordSpacing: parseFloat(style.wordSpacing) || 0,
    };
    const { size: was } = this;
    if ((Object.keys(size) as (keyof Size)[]).some((k) => size[k] !== was[k])) {
      this.size = size;
      if (redraw) this.host.requestUpdate();
    }
  }
}

/** Every waiting trend's size, read after one layout: every stand-in is placed before any is read. */
function measureWaiting(): void {
  const plots = [...unmeasured].map((size) => {
    const root = size.host.renderRoot;
    const drawn = root.querySelector<HTMLElement>('.plot');
    if (drawn) return { size, plot: drawn };
    const standIn = root.appendChild(document.createElement('div'));
    standIn.className = 'base';
    standIn.setAttribute('part', 'base');
    const plot = standIn.appendChild(document.createElement('div'));
    plot.className = 'plot';
    return { size, plot, standIn };
  });
  for (const { size, plot } of plots) size.read(false, plot);
  for (const { standIn } of plots) standIn?.remove();
}
