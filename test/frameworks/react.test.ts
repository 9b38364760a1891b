// The React 19 example of docs/frameworks.md, checked in React itself (react-dom/client,
// development build). Written with createElement rather than JSX so that it runs as it is;
// `<dx-coverage-gauge data={doc} ondx-load={f} />` in JSX compiles to exactly these calls.
//
// React ships CommonJS only: web-test-runner.config.js turns react, react-dom and scheduler
// into modules. Those modules have a default export only (no named ones), hence
// `React.createElement` and `ReactDOMClient.createRoot` below.
import { expect, oneEvent } from '@open-wc/testing';
// @ts-expect-error -- @types/react is not installed; the few calls used are typed by ReactApi below.
import ReactModule from 'react';
// @ts-expect-error -- @types/react-dom is not installed; typed by ReactDomClientApi below.
import ReactDomClientModule from 'react-dom/client';
// @ts-expect-error -- @types/react-dom is not installed; typed by ReactDomServerApi below.
import ReactDomServerModule from 'react-dom/server.browser';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/stat/dx-stat.js';

import { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import { define } from '../../src/internal/define.js';
import type { StatElement } from '../../src/stat/stat.js';
import { FIBRE } from '../support/documents.js';
import { figureText as figure, freshFeed, part, settled } from '../support/helpers.js';

type Props = Record<string, unknown> | null;
interface ReactApi {
  version: string;
  createElement(type: string, props?: Props, ...children: unknown[]): unknown;
  act(callback: () => void | Promise<void>): Promise<void>;
}
interface Root {
  render(node: unknown): void;
  unmount(): void;
}
interface ReactDomClientApi {
  createRoot(container: Element): Root;
}
interface ReactDomServerApi {
  renderToString(node: unknown): string;
}
const React = ReactModule as ReactApi;
const { createRoot } = ReactDomClientModule as ReactDomClientApi;
const { renderToString } = ReactDomServerModule as ReactDomServerApi;
const h = React.createElement;

describe('React 19', () => {
  let container: HTMLElement;
  let root: Root;
  let consoleErrors: unknown[][];
  let pageErrors: ErrorEvent[];
  const originalError = console.error;
  const onPageError = (event: ErrorEvent) => pageErrors.push(event);

  /** Renders (or re-renders) `node` into the test's root, as an app would, and waits for React. */
  const render = (node: unknown) => React.act(async () => root.render(node));
  const rendered = <E extends Element>(tag: string) => container.querySelector(tag) as E;

  before(() => {
    // Tells React that `act` is in use, as test setups for React do.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });

  beforeEach(() => {
    consoleErrors = [];
    pageErrors = [];
    // React reports its warnings (unknown props, bad handlers, act misuse) through console.error;
    // afterEach fails the test on any, and prints them.
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
    };
    window.addEventListener('error', onPageError);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await React.act(async () => root.unmount());
    container.remove();
    window.removeEventListener('error', onPageError);
    console.error = originalError;
    expect(consoleErrors.map((args) => String(args[0]))).to.deep.equal([]);
    expect(pageErrors.map((event) => event.message)).to.deep.equal([]);
  });

  it('is React 19, whose react-dom sets properties and adds listeners on custom elements', () => {
    expect(React.version).to.match(/^19\./);
  });

  it('passes an object to the `data` property, not a "[object Object]" attribute', async () => {
    await render(h('dx-coverage-gauge', { data: FIBRE }));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.data).to.equal(FIBRE);
    expect(gauge.hasAttribute('data')).to.equal(false);
    expect(gauge.state).to.equal('ready');
    expect(figure(gauge)).to.equal('41,5%');
    expect(part(gauge, '[part="count"]').textContent).to.equal('43.391/104.563 hộ');
    await expect(gauge).to.be.accessible();
  });

  it('can only set an attribute when the element is not yet registered: `data` arrives as "[object Object]" and is lost', async () => {
    // React 19 decides per prop whether the element has a property of that name; before the
    // element's module has run it has none. Hence: import the element before rendering it.
    await render(h('dx-late-gauge', { data: FIBRE }));
    const late = rendered<CoverageGauge>('dx-late-gauge');
    expect(late.getAttribute('data')).to.equal('[object Object]');
    define('dx-late-gauge', class extends CoverageGauge {});
    await settled(late);
    expect(late.data).to.equal(undefined);
    expect(late.state).to.equal('error');
  });

  it('calls `ondx-load` (the prop is "on" + the event name, lower case, with its dash) with the event', async () => {
    const loads: CustomEvent<IndicatorLoadDetail>[] = [];
    await render(h('dx-coverage-gauge', { data: FIBRE, 'ondx-load': (event: CustomEvent<IndicatorLoadDetail>) => loads.push(event) }));
    await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(loads).to.have.length(1);
    expect(loads[0].type).to.equal('dx-load');
    expect(loads[0].detail.indicator.value).to.equal(41.5);
    expect(loads[0].detail.document).to.equal(FIBRE);
  });

  it('does not call a camel-case `onDxLoad`: React 19 would listen for an event named "DxLoad"', async () => {
    const calls: Event[] = [];
    await render(h('dx-coverage-gauge', { data: FIBRE, onDxLoad: (event: Event) => calls.push(event) }));
    await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(calls).to.deep.equal([]);
  });

  it('gives `indicator` and `lang` to the element: a member of a collection, in English', async () => {
    const feed = await (await fetch(freshFeed())).json();
    await render(h('dx-coverage-gauge', { data: feed, indicator: 'wired-internet-coverage', lang: 'en' }));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.getAttribute('lang')).to.equal('en');
    expect(figure(gauge)).to.equal('80.2%');
    expect(part(gauge, '[part="meta"]').textContent).to.contain('Source: ');
  });

  it('follows a feed given as `src` with `indicator`, like the HTML snippet', async () => {
    await render(h('dx-coverage-gauge', { src: freshFeed(), indicator: 'mobile-coverage-villages' }));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.state).to.equal('ready');
    expect(figure(gauge)).to.equal('97,27%');
  });

  it('redraws the figure when a re-render passes new data, with one dx-load per change', async () => {
    const loads: IndicatorLoadDetail[] = [];
    const onLoad = (event: CustomEvent<IndicatorLoadDetail>) => loads.push(event.detail);
    await render(h('dx-coverage-gauge', { data: FIBRE, 'ondx-load': onLoad }));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(figure(gauge)).to.equal('41,5%');

    const next = { ...FIBRE, value: 45.25 };
    const reloaded = oneEvent(gauge, 'dx-load');
    await render(h('dx-coverage-gauge', { data: next, 'ondx-load': onLoad }));
    await reloaded;
    expect(rendered('dx-coverage-gauge')).to.equal(gauge);
    expect(figure(gauge)).to.equal('45,25%');
    expect(loads.map((detail) => [detail.indicator.value, detail.changed])).to.deep.equal([
      [41.5, true],
      [45.25, true],
    ]);
  });

  it('swaps a handler that changes between renders instead of adding a second listener', async () => {
    const calls: string[] = [];
    await render(h('dx-coverage-gauge', { data: FIBRE, 'ondx-load': () => calls.push('first') }));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    const reloaded = oneEvent(gauge, 'dx-load');
    await render(h('dx-coverage-gauge', { data: { ...FIBRE, value: 50 }, 'ondx-load': () => calls.push('second') }));
    await reloaded;
    expect(calls).to.deep.equal(['first', 'second']);
  });

  it('calls `ondx-error` with the broken field when the data cannot be shown', async () => {
    const errors: IndicatorErrorDetail[] = [];
    await render(
      h('dx-coverage-gauge', {
        data: { ...FIBRE, value: 120 },
        'ondx-error': (event: CustomEvent<IndicatorErrorDetail>) => errors.push(event.detail),
      }),
    );
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.state).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0].errors.map((e) => e.path)).to.deep.equal(['value']);
    expect(errors[0].errors[0].message.en).to.contain('0 to 100');
    await expect(gauge).to.be.accessible();
  });

  it('renders <dx-stat> from a `data` object beside a gauge, each with its own figure', async () => {
    await render(
      h(
        'section',
        null,
        h('dx-stat', { key: 'stat', data: { label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, asOf: '2024' } }),
        h('dx-coverage-gauge', { key: 'gauge', data: FIBRE }),
      ),
    );
    const stat = await settled(rendered<StatElement>('dx-stat'));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(figure(stat)).to.equal('320.000 thuê bao');
    expect(figure(gauge)).to.equal('41,5%');
    await expect(stat).to.be.accessible();
  });

  it('writes only strings and numbers when React renders on the server: `data` and the handlers are left out', () => {
    const markup = renderToString(
      h('dx-coverage-gauge', { data: FIBRE, indicator: 'households-fiber-broadband', lang: 'en', value: 41.5, 'ondx-load': () => {} }),
    );
    expect(markup).to.equal('<dx-coverage-gauge indicator="households-fiber-broadband" lang="en" value="41.5"></dx-coverage-gauge>');
  });

  it('unmounts cleanly: the element leaves the page, no errors, and no more events reach the handler', async () => {
    const calls: string[] = [];
    await render(h('dx-coverage-gauge', { data: FIBRE, 'ondx-load': () => calls.push('load'), 'ondx-error': () => calls.push('error') }));
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(calls).to.deep.equal(['load']);
    await React.act(async () => root.unmount());
    expect(gauge.isConnected).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    // A fresh root for afterEach, which unmounts whatever is there.
    root = createRoot(container);
    expect(calls).to.deep.equal(['load']);
  });
});
