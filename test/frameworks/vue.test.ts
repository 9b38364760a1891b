// The Vue 3 example of docs/frameworks.md, checked in Vue itself: templates compiled in the
// page by Vue's browser build, the dx-* tags declared custom elements, `data` bound as a
// property, dx-load and dx-error heard with @.
import { expect, oneEvent } from '@open-wc/testing';
import { createApp, nextTick, shallowRef, type App } from 'vue/dist/vue.esm-browser.js';

import '../../src/coverage-gauge/dx-coverage-gauge.js';
import '../../src/stat/dx-stat.js';

import { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail, IndicatorLoadDetail } from '../../src/feed/controller.js';
import { define } from '../../src/internal/define.js';
import type { StatElement } from '../../src/stat/stat.js';
import { FIBRE } from '../support/documents.js';
import { figureText as figure, part, settled } from '../support/helpers.js';

describe('Vue 3', () => {
  let container: HTMLElement;
  let app: App | undefined;
  let warnings: unknown[][];
  const originalWarn = console.warn;

  /** Mounts a component the way docs/frameworks.md says: dx-* tags are custom elements. */
  function mount(component: object): void {
    app = createApp(component);
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('dx-');
    app.mount(container);
  }
  const rendered = <E extends Element>(tag: string) => container.querySelector(tag) as E;

  beforeEach(() => {
    warnings = [];
    // Vue's development build warns through console.warn (e.g. "Failed to resolve component");
    // afterEach fails the test on any warning it did not expect, and prints it.
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    console.warn = originalWarn;
    expect(warnings.map((args) => String(args[0]))).to.deep.equal([]);
  });

  it('renders <dx-coverage-gauge :data.prop="doc" …> from a runtime-compiled template, hearing @dx-load', async () => {
    const loads: IndicatorLoadDetail[] = [];
    const doc = shallowRef<object>(FIBRE);
    mount({
      setup: () => ({ doc, onLoad: (event: CustomEvent<IndicatorLoadDetail>) => loads.push(event.detail) }),
      template: `<dx-coverage-gauge :data.prop="doc" @dx-load="onLoad"></dx-coverage-gauge>`,
    });
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.data).to.equal(FIBRE);
    expect(gauge.hasAttribute('data')).to.equal(false);
    expect(figure(gauge)).to.equal('41,5%');
    expect(loads).to.have.length(1);
    expect(loads[0].indicator.value).to.equal(41.5);
    await expect(gauge).to.be.accessible();
  });

  it('takes plain attributes in the template: `indicator` picks a member of a collection, `lang="en"` writes English', async () => {
    const feed = await (await fetch('/feed/lai-chau-2024.json?case=vue-attributes')).json();
    mount({
      setup: () => ({ feed: shallowRef(feed) }),
      template: `<dx-coverage-gauge :data.prop="feed" indicator="wired-internet-coverage" lang="en"></dx-coverage-gauge>`,
    });
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.indicator).to.equal('wired-internet-coverage');
    expect(figure(gauge)).to.equal('80.2%');
    expect(part(gauge, '[part="meta"]').textContent).to.contain('Source: ');
  });

  it('redraws the figure when the bound document is replaced, reactively', async () => {
    const doc = shallowRef<object>(FIBRE);
    const loads: number[] = [];
    mount({
      setup: () => ({ doc, onLoad: (event: CustomEvent<IndicatorLoadDetail>) => loads.push(event.detail.indicator.value!) }),
      template: `<dx-coverage-gauge :data.prop="doc" @dx-load="onLoad"></dx-coverage-gauge>`,
    });
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    const reloaded = oneEvent(gauge, 'dx-load');
    doc.value = { ...FIBRE, value: 45.25 };
    await nextTick();
    await reloaded;
    expect(rendered('dx-coverage-gauge')).to.equal(gauge);
    expect(figure(gauge)).to.equal('45,25%');
    expect(loads).to.deep.equal([41.5, 45.25]);
  });

  it('fires @dx-error on bad data, and the element shows what is wrong', async () => {
    const errors: IndicatorErrorDetail[] = [];
    mount({
      setup: () => ({
        doc: shallowRef({ ...FIBRE, value: 120 }),
        onError: (event: CustomEvent<IndicatorErrorDetail>) => errors.push(event.detail),
      }),
      template: `<dx-coverage-gauge :data.prop="doc" @dx-error="onError"></dx-coverage-gauge>`,
    });
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.state).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0].errors.map((e) => e.path)).to.deep.equal(['value']);
    expect(part(gauge, '[part="error"]').textContent).to.contain('0 đến 100');
    await expect(gauge).to.be.accessible();
  });

  it('sets `data` as a property even without .prop once the element is registered (Vue checks `data in el`)', async () => {
    mount({
      setup: () => ({ doc: shallowRef(FIBRE) }),
      template: `<dx-coverage-gauge :data="doc"></dx-coverage-gauge>`,
    });
    const gauge = await settled(rendered<CoverageGauge>('dx-coverage-gauge'));
    expect(gauge.data).to.equal(FIBRE);
    expect(figure(gauge)).to.equal('41,5%');
  });

  it('renders <dx-stat> from the same kind of binding', async () => {
    mount({
      setup: () => ({ stat: shallowRef({ label: 'Thuê bao điện thoại thông minh', unit: 'thuê bao', value: 320000, asOf: '2024' }) }),
      template: `<dx-stat :data.prop="stat"></dx-stat>`,
    });
    const stat = await settled(rendered<StatElement>('dx-stat'));
    expect(figure(stat)).to.equal('320.000 thuê bao');
  });

  it('binds `data` with .prop even before the element is registered: the element draws it on upgrade', async () => {
    mount({
      setup: () => ({ doc: shallowRef(FIBRE) }),
      template: `<dx-vue-late-gauge :data.prop="doc"></dx-vue-late-gauge>`,
    });
    const late = rendered<CoverageGauge>('dx-vue-late-gauge');
    expect(late.hasAttribute('data')).to.equal(false);
    define('dx-vue-late-gauge', class extends CoverageGauge {});
    await settled(late);
    expect(figure(late)).to.equal('41,5%');
  });

  it('without .prop, sets an unregistered element only an attribute: "[object Object]", lost on upgrade', async () => {
    mount({
      setup: () => ({ doc: shallowRef(FIBRE) }),
      template: `<dx-vue-late-attribute :data="doc"></dx-vue-late-attribute>`,
    });
    const late = rendered<CoverageGauge>('dx-vue-late-attribute');
    expect(late.getAttribute('data')).to.equal('[object Object]');
    define('dx-vue-late-attribute', class extends CoverageGauge {});
    await settled(late);
    expect(late.data).to.equal(undefined);
    expect(late.state).to.equal('error');
  });

  it('without isCustomElement, warns "Failed to resolve component" for a dx-* tag not registered when the template compiles', async () => {
    // Vue's in-page compiler treats tags already in customElements as custom elements by itself;
    // templates compiled ahead of time (Vite, .vue files) cannot see the page, so the option is needed there.
    app = createApp({
      template: `<div><dx-coverage-gauge value="50" unit="%" label="Một nửa"></dx-coverage-gauge><dx-vue-unregistered></dx-vue-unregistered></div>`,
    });
    app.mount(container);
    await nextTick();
    const unresolved = warnings.map((args) => String(args[0]).match(/Failed to resolve component: ([\w-]+)/)?.[1]);
    expect(unresolved).to.deep.equal(['dx-vue-unregistered']);
    expect(figure(await settled(rendered<CoverageGauge>('dx-coverage-gauge')))).to.equal('50%');
    warnings = [];
  });
});
