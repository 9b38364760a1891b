import { expect, oneEvent, waitUntil } from '@open-wc/testing';

/** The builder page as an editor works it, for its tests (builder.test.ts, builder-snippets.test.ts). */

/** An editor's choice in one of the builder's lists, as made with the mouse. */
export function choose(page: Document, id: string, value: string): void {
  const select = page.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** `text` pasted in the JSON tab, once the builder has read it. */
export async function pasteJson(page: Document, text: string): Promise<void> {
  const mode = page.querySelector<HTMLInputElement>('input[name="mode"][value="json"]')!;
  mode.checked = true;
  mode.dispatchEvent(new Event('change', { bubbles: true }));
  const json = page.querySelector<HTMLTextAreaElement>('#json')!;
  json.value = text;
  const read = new Promise((resolve) => new MutationObserver(resolve).observe(page.querySelector('#check-summary')!, { childList: true }));
  json.dispatchEvent(new Event('input', { bubbles: true }));
  await read;
}

type Axe = { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

/** What axe finds wrong on the builder's page in `frame` as it stands, one line a rule. */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const page = frame.contentDocument!;
  const win = frame.contentWindow as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = page.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = oneEvent(script, 'load');
    page.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(page);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/**
 * `texts` typed into the field `id` one after another, as keys are pressed, and what the builder
 * makes of them: the last reaches the preview's attribute of that name and the script snippet,
 * with one preview drawn anew for them all, and leaving the field draws nothing more.
 */
export async function expectAppliedAsTyped(page: Document, id: string, texts: string[]): Promise<void> {
  const previewBox = page.querySelector('#preview')!;
  // Each preview drawn anew is one change of the box's children, counted when it is made.
  let drawn = 0;
  const observer = new MutationObserver((records) => (drawn += records.length));
  observer.observe(previewBox, { childList: true });
  const draws = () => (drawn += observer.takeRecords().length);
  const field = page.querySelector<HTMLInputElement>(`#${id}`)!;
  for (const text of texts) {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const last = texts[texts.length - 1];
  await waitUntil(() => previewBox.firstElementChild?.getAttribute(id) === last, `${id} reached the preview`);
  expect(page.querySelector('#script-snippet')!.textContent).to.contain(` ${id}="${last}"`);
  expect(draws(), 'one new preview for what was typed').to.equal(1);
  field.dispatchEvent(new Event('change', { bubbles: true }));
  expect(draws(), 'leaving the field').to.equal(1);
  observer.disconnect();
}
