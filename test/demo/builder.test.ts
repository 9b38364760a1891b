import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { frameHeight } from '../../demo/builder-snippets.js';
import { CARD_ELEMENTS } from '../../src/internal/card-elements.js';
import { NAMED_63 } from '../support/documents.js';
import { openBuilder, scriptFeed } from '../support/helpers.js';
import { axeViolations, choose, expectAppliedAsTyped, pasteJson } from './builder-page.js';

/**
 * The builder as an editor types in it: a field applied as it is typed, and the work one
 * keystroke costs with a feed of the 63 provinces (test/demo/builder-snippets.test.ts has the
 * snippets and the rest of the page).
 */

/** The 63 provinces' ranks, one member each, as a ministry's feed has them. */
const PROVINCES = {
  format: 1,
  title: 'Chỉ số chuyển đổi số của 63 tỉnh, thành phố',
  asOf: '2024',
  indicators: NAMED_63.map(({ code, name, value }, i) => ({
    id: `dti-${code}`,
    label: `Chỉ số DTI — ${name}`,
    unit: '%',
    value,
    area: { code, name },
    rank: { position: i + 1, of: 63 },
  })),
};

type Drawn = HTMLElement & { state: string };

describe('demo/builder.html, as it is typed in', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  /** One keystroke's worth: the field's whole text after it, and its input event. */
  const type = (input: HTMLInputElement, text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  /**
   * Counts the calls of each element's check() on an element never shown: the builder asking
   * whether a widget can draw a member. A preview checks what it draws itself, also when it
   * finishes an update after it was replaced: those are told apart as elements once in #preview.
   */
  function countChecks(win: Window): { readonly count: number; reset(): void; restore(): void } {
    let count = 0;
    const previewed = new WeakSet<Node>();
    const seen = (records: MutationRecord[]) => records.forEach((record) => record.addedNodes.forEach((node) => previewed.add(node)));
    const observer = new (win as unknown as typeof globalThis).MutationObserver(seen);
    observer.observe(win.document.getElementById('preview')!, { childList: true });
    const restores: (() => void)[] = [() => observer.disconnect()];
    for (const tag of [...Object.keys(CARD_ELEMENTS), 'dx-board']) {
      const proto = (win.customElements.get(tag) as unknown as { prototype: Record<string, unknown> } | undefined)?.prototype;
      if (!proto) continue;
      const own = Object.getOwnPropertyDescriptor(proto, 'check');
      const check = proto.check as (this: HTMLElement, ...args: unknown[]) => unknown;
      proto.check = function (this: HTMLElement, ...args: unknown[]) {
        seen(observer.takeRecords());
        if (!previewed.has(this)) count++;
        return check.apply(this, args);
      };
      restores.push(() => (own ? Object.defineProperty(proto, 'check', own) : delete proto.check));
    }
    return {
      get count() {
        return count;
      },
      reset: () => (count = 0),
      restore: () => restores.forEach((restore) => restore()),
    };
  }

  /** The builder with the trend chosen, drawing the Lai Châu feed's adults with a smartphone (a percentage). */
  async function openTrend(): Promise<Document> {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    choose(page, 'widget', 'trend');
    choose(page, 'indicator', 'adults-with-smartphone');
    return page;
  }

  it('checks which members a widget can draw when the feed or the widget changes, not on every edit of another field', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    const checks = countChecks(frame.contentWindow!);
    try {
      await pasteJson(page, JSON.stringify(PROVINCES));
      expect(checks.count, 'the feed read: each member checked').to.be.at.least(63);
      checks.reset();
      choose(page, 'widget', 'province-rank');
      expect(checks.count, 'another widget: each member checked for it').to.equal(63);
      checks.reset();
      // Every other field: nothing checked again.
      choose(page, 'lang', 'en');
      expect(page.querySelector('#indicator option')!.textContent, 'the picker in English').to.contain('dti-01');
      choose(page, 'theme', 'dark');
      choose(page, 'indicator', 'dti-06');
      const limit = page.querySelector<HTMLInputElement>('#limit')!;
      for (const typed of ['1', '10']) type(limit, typed);
      limit.dispatchEvent(new Event('change', { bubbles: true }));
      const code = page.querySelector('#script-snippet')!.textContent!;
      expect(code).to.contain('<dx-province-rank lang="en" theme="dark">');
      expect(code).to.contain('"id": "dti-06"');
      expect(checks.count, 'checks for picking and typing in other fields').to.equal(0);
      // Back to a widget already asked about, with the same feed: its verdicts still hold.
      choose(page, 'widget', 'coverage-gauge');
      choose(page, 'widget', 'province-rank');
      expect(checks.count, 'checks for widgets already asked about').to.equal(0);
      // The trend's top, typed: at most the one member shown, asked whether the trend takes it.
      choose(page, 'widget', 'trend');
      expect(checks.count, 'a widget not asked about yet: each member').to.equal(63);
      checks.reset();
      const yMax = page.querySelector<HTMLInputElement>('#y-max')!;
      for (const typed of ['9', '90']) type(yMax, typed);
      await waitUntil(() => page.querySelector('#preview dx-trend')?.getAttribute('y-max') === '90', 'the top reached the preview');
      expect(checks.count, 'checks for the typed top: the member shown, once').to.equal(1);
    } finally {
      checks.restore();
    }
  });

  it('applies the trend’s top as it is typed, once typing pauses, drawing the preview once', async () => {
    const page = await openTrend();
    await expectAppliedAsTyped(page, 'y-max', ['8', '80']);
  });

  it('says clearly why a top it cannot take is not applied, and keeps the last good preview and its code', async () => {
    const page = await openTrend();
    const yMax = page.querySelector<HTMLInputElement>('#y-max')!;
    type(yMax, '80');
    await waitUntil(() => page.querySelector('#preview dx-trend')?.getAttribute('y-max') === '80', 'the top reached the preview');
    const good = page.querySelector('#preview dx-trend') as Drawn;
    await waitUntil(() => good.state === 'ready', 'the preview drew the trend');
    const problem = page.querySelector<HTMLElement>('#y-max-problem')!;
    const said = () => problem.innerText.trim();
    expect(said()).to.equal('');
    expect(yMax.getAttribute('aria-invalid')).to.equal(null);
    // A percentage's axis ends at 100 at most: said by the field, in both languages, and not applied.
    type(yMax, '150');
    await waitUntil(() => said() !== '', 'the field says why');
    expect(said()).to.contain('150');
    expect(said()).to.contain('0 đến 100');
    expect(said()).to.contain('0 to 100');
    expect(said()).to.contain('80');
    expect(yMax.getAttribute('aria-invalid')).to.equal('true');
    expect(yMax.getAttribute('aria-describedby')!.split(' ')).to.include('y-max-problem');
    expect(page.querySelector('#preview dx-trend'), 'the same preview').to.equal(good);
    expect(good.state).to.equal('ready');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(' y-max="80"');
    expect(page.querySelector('#element-errors')!.textContent).to.equal('');
    expect(await axeViolations(frame), 'axe, with the field saying why').to.deep.equal([]);
    // Another choice meanwhile keeps the good top too.
    choose(page, 'theme', 'dark');
    expect(page.querySelector('#preview dx-trend')!.getAttribute('y-max')).to.equal('80');
    // Mended: applied, and the field says nothing more.
    type(yMax, '90');
    await waitUntil(() => page.querySelector('#preview dx-trend')?.getAttribute('y-max') === '90', 'the mended top reached the preview');
    expect(said()).to.equal('');
    expect(yMax.hasAttribute('aria-invalid')).to.equal(false);
    // Text that is no number yet, typed as an editor types it ("90e"): the field holds no value, and says so.
    yMax.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    expect(yMax.validity.badInput, 'the browser holds "90e"').to.equal(true);
    await waitUntil(() => said() !== '', 'the field says why');
    expect(said()).to.contain('không phải một số');
    expect(said()).to.contain('is not a number');
    expect(said()).to.contain('90');
    expect(page.querySelector('#preview dx-trend')!.getAttribute('y-max')).to.equal('90');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(' y-max="90"');
  });

  it('writes reserve="goal" for a rank with a goal, so the loading box keeps its lines, "goals" for a plan, and nothing without', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    choose(page, 'widget', 'province-rank');
    const rank = { label: 'Chỉ số DTI', unit: '%', asOf: '2024', value: 82, area: { code: '06', name: 'Bắc Kạn' } };
    await pasteJson(page, JSON.stringify({ ...rank, rank: { position: 18, of: 63, target: { top: 15, by: '2025' } } }));
    expect(page.querySelector('#preview dx-province-rank')!.getAttribute('reserve')).to.equal('goal');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain('<dx-province-rank lang="vi" reserve="goal">');
    // A plan whose goal shown has one after it: a line more.
    const plan = [
      { top: 20, by: '2020' },
      { top: 15, by: '2098' },
      { top: 10, by: '2099' },
    ];
    await pasteJson(page, JSON.stringify({ ...rank, rank: { position: 18, of: 63, target: plan } }));
    expect(page.querySelector('#preview dx-province-rank')!.getAttribute('reserve')).to.equal('goals');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain('<dx-province-rank lang="vi" reserve="goals">');
    await pasteJson(page, JSON.stringify({ ...rank, rank: { position: 18, of: 63 } }));
    expect(page.querySelector('#preview dx-province-rank')!.hasAttribute('reserve')).to.equal(false);
    expect(page.querySelector('#script-snippet')!.textContent).not.to.contain('reserve');
    // Another widget has no such attribute.
    await pasteJson(page, JSON.stringify({ ...rank, rank: { position: 18, of: 63, target: { top: 15, by: '2025' } } }));
    choose(page, 'widget', 'stat');
    expect(page.querySelector('#script-snippet')!.textContent).not.to.contain('reserve');
  });

  it('says an address that answers with an empty file, blank space or a lone byte order mark is empty, not broken JSON', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    for (const body of ['', ' \n', '\uFEFF']) {
      const src = new URL(await scriptFeed(`builder-empty-${Math.random()}`, [{ body }]), location.href).href;
      const url = page.querySelector<HTMLInputElement>('#url')!;
      url.value = src;
      url.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(
        () => page.querySelector('#errors')!.textContent!.includes('tệp rỗng'),
        `an empty answer (${JSON.stringify(body)}) said empty`,
      );
      expect(page.querySelector('#errors')!.textContent).to.contain('The address answered with an empty file (HTTP 200).');
      expect(page.querySelector('#errors')!.textContent).not.to.contain('JSON');
    }
  });

  it('writes reserve="goal" for a map with a rank goal into both embeds, and the iframe’s height with the goal’s lines', async () => {
    frame = await openBuilder();
    const page = frame.contentDocument!;
    choose(page, 'widget', 'province-map');
    const map = { label: 'Chỉ số DTI', unit: '%', asOf: '2024', area: { code: '06', name: 'Bắc Kạn' }, areas: NAMED_63 };
    const goal = { position: 18, of: 63, target: { top: 15, by: '2025' } };
    // Published, so the builder writes the iframe too.
    const publish = async (body: unknown) => {
      const src = new URL(await scriptFeed(`builder-map-goal-${Math.random()}`, [{ body }]), location.href).href;
      const url = page.querySelector<HTMLInputElement>('#url')!;
      url.value = src;
      url.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => page.querySelector('#script-snippet')!.textContent!.includes(src), 'the address reached the snippet');
      await waitUntil(
        () => (page.querySelector('#preview dx-province-map') as Drawn | null)?.state === 'ready',
        'the preview drew the map',
      );
      return src;
    };
    const src = await publish({ ...map, rank: goal });
    expect(page.querySelector('#preview dx-province-map')!.getAttribute('reserve')).to.equal('goal');
    expect(page.querySelector('#script-snippet')!.textContent).to.contain(`<dx-province-map src="${src}" lang="vi" reserve="goal">`);
    const iframe = page.querySelector('#iframe-snippet')!.textContent!;
    expect(iframe).to.contain('embed.html?widget=province-map&amp;');
    expect(iframe).to.contain('&amp;reserve=goal');
    const withGoal = frameHeight({ widget: 'province-map', lang: 'vi', theme: 'auto', options: { reserve: 'goal' } });
    expect(withGoal).to.be.above(frameHeight({ widget: 'province-map', lang: 'vi', theme: 'auto', options: {} }));
    expect(iframe).to.contain(` height="${withGoal}"`);
    // Without a goal, neither embed keeps its room.
    await publish(map);
    expect(page.querySelector('#preview dx-province-map')!.hasAttribute('reserve')).to.equal(false);
    expect(page.querySelector('#script-snippet')!.textContent).not.to.contain('reserve');
    expect(page.querySelector('#iframe-snippet')!.textContent).not.to.contain('reserve');
  });
});
