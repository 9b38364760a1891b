import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import type { Trend } from '../../src/trend/trend.js';
import { part, settled } from '../support/helpers.js';

/*
 * Issue 20: "a story supports it". Storybook (stories/trend.stories.ts) imports the demo's JSON
 * as a module, which only a bundler reads: here the story file, as the test server serves it,
 * has that one import replaced with the document it names, its other imports made absolute,
 * and runs from a blob. Each story is then drawn as Storybook draws it: its decorators around
 * the meta's render of its args.
 */

type Story = { args: Record<string, unknown>; decorators?: Decorator[] };
type Decorator = (story: () => TemplateResult) => TemplateResult;
interface Stories {
  default: { render: (args: Record<string, unknown>) => TemplateResult; decorators: Decorator[] };
  [name: string]: unknown;
}

async function loadStories(): Promise<Stories> {
  const base = new URL('/stories/', location.href);
  const demo = await (await fetch('/demo/data/fibre-plan.json')).text();
  const code = (await (await fetch('/stories/trend.stories.ts')).text())
    .replace(/import (\w+) from ["'][^"']*fibre-plan\.json["'];?/, (_, name: string) => `const ${name} = ${demo};`)
    .replace(/(from |import )["'](\.\.?\/[^"']+)["']/g, (_, lead: string, path: string) => `${lead}"${new URL(path, base).href}"`);
  expect(code, 'the JSON import replaced').not.to.match(/\.json["']/);
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    return (await import(/* @vite-ignore */ url)) as Stories;
  } finally {
    URL.revokeObjectURL(url);
  }
}

describe('<dx-trend> stories', () => {
  it('draws every story ready, its chart named by a sentence', async function () {
    this.timeout(20000);
    const stories = await loadStories();
    const { render, decorators } = stories.default;
    const names = Object.keys(stories).filter((k) => k !== 'default');
    expect(names).to.include.members(['Plan', 'English', 'Count', 'Down', 'Monthly', 'Dark']);
    const drawn: Record<string, string> = {};
    for (const name of names) {
      const story = stories[name] as Story;
      // Storybook applies the story's decorators inside the meta's.
      const template = [...(story.decorators ?? []), ...decorators].reduce<() => TemplateResult>(
        (inner, decorate) => () => decorate(inner),
        () => render(story.args),
      )();
      const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
      const el = await settled(wrapper.querySelector<Trend>('dx-trend')!);
      expect(el.state, name).to.equal('ready');
      drawn[name] = part(el, '[part="chart"]').getAttribute('aria-label')!;
    }
    expect(drawn.Plan).to.match(/^tăng từ 55% năm 2019 lên 84,9% năm 2022; mục tiêu 90% năm 2023/);
    expect(drawn.English).to.match(/^rose from 55% in 2019 to 84.9% in 2022; target 90%/);
    expect(drawn.Count).to.match(/^tăng từ 250\.000 thuê bao năm 2021 lên gần 320\.000 thuê bao năm 2024/);
    expect(drawn.Down).to.match(/^giảm từ 55% năm 2021 xuống 30% năm 2024; mục tiêu 10%/);
    expect(drawn.Monthly).to.match(/^tăng từ 31% tháng 01\/2024 lên 48% tháng 12\/2024/);
  });
});
