import { fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

import '../../src/coverage-gauge/dx-coverage-gauge.js';

import type { CoverageGauge } from '../../src/coverage-gauge/coverage-gauge.js';
import type { IndicatorErrorDetail } from '../../src/feed/controller.js';

/** The validator's words, as the page asks for them: `/src/spec/problems.ts`. */
export const WORDS = '/src/spec/problems.';

/** Watches this page's requests from now on (test/support/requests-plugin.js), failing those whose URL holds one of `fail`. */
export const watchRequests = (fail: string[] = []): Promise<unknown> => executeServerCommand('requests', { watch: true, fail });

/** Stops watching (and failing): the tab goes on to the next test file. */
export const stopWatching = (): Promise<unknown> => executeServerCommand('requests', { watch: false });

/**
 * For the `describe` it is called in: requests for `paths` fail (a chunk that cannot be loaded, the
 * reader offline), and the console's warnings are collected rather than printed. The list it
 * returns fills as they come.
 */
export function failingChunks(paths: string[]): unknown[][] {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  before(async () => {
    console.warn = (...args: unknown[]) => warnings.push(args);
    await watchRequests(paths);
  });
  after(async () => {
    console.warn = warn;
    await stopWatching();
  });
  return warnings;
}

/** How many requests this page made, since it began watching, whose URL holds `part`. */
export async function requested(part: string): Promise<number> {
  const urls = (await executeServerCommand('requests', {})) as string[];
  return urls.filter((url) => url.includes(part)).length;
}

/** A gauge given `data` it cannot show, once it has fired its dx-error: the element and the event's detail. */
export async function failingGauge(data: unknown): Promise<{ el: CoverageGauge; detail: IndicatorErrorDetail }> {
  const el = document.createElement('dx-coverage-gauge');
  el.data = data;
  const failed = oneEvent(el, 'dx-error');
  (await fixture(html`<div></div>`)).append(el);
  return { el, detail: (await failed).detail };
}
