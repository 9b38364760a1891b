/**
 * The embed builder: an editor picks a widget, gives the data (a URL or pasted
 * JSON), sees it checked and previewed, and copies a snippet. Everything the page
 * writes goes through `textContent`, so it runs under a strict CSP (no inline
 * scripts or styles) and no pasted text is ever parsed as HTML.
 */
import '../src/dx-widgets.js';
// The bundle registers the ranking, the trend, the map and the board when a page holds one; the
// builder offers them from the start (WIDGETS below lists only what is registered by then).
import '../src/province-rank/dx-province-rank.js';
import '../src/trend/dx-trend.js';
import '../src/province-map/dx-province-map.js';
import '../src/board/dx-board.js';

import type { IndicatorErrorDetail } from '../src/feed/controller.js';
import { DEFAULT_TIMEOUT, readCapped } from '../src/feed/loader.js';
import type { Locale } from '../src/format/index.js';
import type { IndicatorElement } from '../src/internal/indicator-element.js';
import { MAX_FEED_BYTES } from '../src/spec/limits.js';
import { worded } from '../src/spec/messages.js';
import { PROBLEMS } from '../src/spec/problems.js';
import { depthProblem } from '../src/spec/rules.js';
import { NOT_BLANK } from '../src/spec/text.js';
import type { Problem as Found, Indicator, ValidationError } from '../src/spec/types.js';
import { parseJson, selectIndicator, validateDocument } from '../src/spec/validate.js';
import {
  areaOf,
  boardCards,
  fieldText,
  goalReserve,
  iframeSnippet,
  isCollection,
  membersOf,
  rankingLimit,
  scriptSnippet,
  SHEET_HANDOFF,
  standalone,
  STYLESHEET,
  type Choice,
  type Integrity,
} from './builder-snippets.js';

/** The widgets the builder offers, when the bundle registered them. */
const WIDGETS = [
  ['coverage-gauge', 'Đồng hồ tỷ lệ', 'coverage gauge'],
  ['target-progress', 'Tiến độ mục tiêu', 'target progress'],
  ['stat', 'Con số nổi bật', 'stat'],
  ['province-rank', 'Xếp hạng tỉnh', 'province rank'],
  ['trend', 'Xu hướng theo thời gian', 'trend'],
  ['province-map', 'Bản đồ tỉnh, thành phố', 'province map'],
  ['board', 'Bảng tổng hợp, mọi chỉ số của tệp', 'board, every indicator of the feed'],
].filter(([name]) => customElements.get(`dx-${name}`));

const EXAMPLE = { url: './data/lai-chau-2024.json', indicator: 'mobile-coverage-villages' };

/**
 * The build's `integrity` hashes, from `dist/` beside the demo (the development server and
 * the static site alike). Missing before the first build: the snippets then carry none.
 */
let integrity: Integrity = {};
fetch(new URL('../dist/integrity.json', location.href))
  .then((response) => (response.ok ? response.json() : {}))
  .then((hashes: Integrity) => {
    integrity = hashes;
    if (!$('iframe-block').hidden) $('iframe-snippet').textContent = iframeSnippet(previewed, integrity);
  })
  .catch(() => {});

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const form = $<HTMLFormElement>('builder');
const widget = $<HTMLSelectElement>('widget');
const urlInput = $<HTMLInputElement>('url');
const jsonInput = $<HTMLTextAreaElement>('json');
const indicatorSelect = $<HTMLSelectElement>('indicator');
const areaSelect = $<HTMLSelectElement>('area');
const preview = $('preview');
const membersBox = $('members');

type Problem = Pick<ValidationError, 'path' | 'message'>;

$('css-link').textContent = STYLESHEET;

/** The document being edited, once read, and what is wrong with it. */
let raw: unknown;
let problems: Problem[] = [];
let request: AbortController | undefined;
/** The indicator the editor last picked, kept while a document is being fixed. */
let wantedIndicator = EXAMPLE.indicator;
/** The feed has members, and the widget chosen can draw none of them. */
let noneDrawn = false;
/** The ids the editor left off the board, kept while a document is being fixed or reread. */
const leftOff = new Set<string>();

const say = (vi: string, en: string): Problem => ({ path: '', message: { vi, en } });
const mode = () => (form.elements.namedItem('mode') as RadioNodeList).value as 'url' | 'json';
const lang = () => $<HTMLSelectElement>('lang').value as Locale;
const isBoard = () => widget.value === 'board';

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

for (const [name, vi, en] of WIDGETS) widget.append(option(name, `${vi} — ${en} (dx-${name})`));

// --- Reading and checking the data -------------------------------------------

function showProblems(list: HTMLElement, items: Problem[]): void {
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const path = document.createElement('code');
      path.textContent = item.path || '(cả tài liệu / whole document)';
      const vi = document.createElement('span');
      vi.textContent = item.message.vi;
      const en = document.createElement('span');
      en.className = 'en';
      en.lang = 'en';
      en.textContent = item.message.en;
      li.append(path, ' ', vi, en);
      return li;
    }),
  );
}

/** Takes a new document (or the reason there is none), checks it and lists its members. */
function accept(doc: unknown, failures: Problem[] = []): void {
  raw = doc;
  problems = failures;
  if (!failures.length) {
    const result = validateDocument(raw);
    if (!result.ok) problems = result.errors;
  }
  const summary = $('check-summary');
  const count = membersOf(raw).length;
  summary.className = problems.length ? 'bad' : 'good';
  summary.textContent = problems.length
    ? `${problems.length} lỗi — ${problems.length} ${problems.length === 1 ? 'error' : 'errors'}`
    : `Hợp lệ: ${count} chỉ số — Valid: ${count} ${count === 1 ? 'indicator' : 'indicators'}`;
  showProblems($('errors'), problems);
  listIndicators();
  update();
}

/**
 * The data address typed, resolved against this page, or why it cannot be one. What the check
 * reads and what the snippets write both come from here: an address refused (empty, which would
 * resolve to this page, or `javascript:`, `data:`) never reaches a snippet.
 */
function address(): URL | Problem {
  const text = urlInput.value.trim();
  if (!text) return say('Chưa có địa chỉ tệp số liệu.', 'No data address yet.');
  let url: URL;
  try {
    url = new URL(text, location.href);
  } catch {
    return say('Địa chỉ không hợp lệ.', 'Not a valid address.');
  }
  return /^https?:$/.test(url.protocol) ? url : say('Chỉ dùng địa chỉ http hoặc https.', 'Only http and https addresses.');
}

const FEED_MB = MAX_FEED_BYTES / 1024 / 1024;

/** Why there is no code while an address loads (the check says "Đang tải…"). */
const LOADING = say('Đang tải tệp số liệu…', 'Loading the data file…');

async function readUrl(): Promise<void> {
  request?.abort();
  const url = address();
  if (!(url instanceof URL)) return accept(undefined, [url]);
  request = new AbortController();
  // Until it answers, the page says so, and offers no code of the address before it.
  raw = undefined;
  problems = [LOADING];
  $('check-summary').className = '';
  $('check-summary').textContent = 'Đang tải… — Loading…';
  showProblems($('errors'), []);
  // Nothing to hide before the first check.
  if (previewed) showOutput(problems);
  // As long as the elements wait for a feed (their default `timeout`), then said, not waited on for ever.
  const controller = request;
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), DEFAULT_TIMEOUT * 1000);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok)
      return accept(undefined, [say(`Không tải được tệp (HTTP ${response.status}).`, `The file did not load (HTTP ${response.status}).`)]);
    const text = await readCapped(response);
    if (text === undefined)
      return accept(undefined, [
        say(
          `Tệp lớn hơn ${FEED_MB} MB, giới hạn các phần tử tải được: không đọc. Hãy chia thành nhiều tệp nhỏ hơn.`,
          `The file is larger than ${FEED_MB} MB, the most the elements load: not read. Split it into smaller files.`,
        ),
      ]);
    // Told by its byte order mark: UTF-16 or UTF-32, whatever follows it.
    if (typeof text === 'object') return accept(undefined, [worded(text, PROBLEMS)]);
    // As the elements say it (an empty file, blank space, a lone byte order mark), not as JSON broken at line 1.
    if (!NOT_BLANK.test(text))
      return accept(undefined, [
        say(`Địa chỉ trả về tệp rỗng (HTTP ${response.status}).`, `The address answered with an empty file (HTTP ${response.status}).`),
      ]);
    const parsed = parseJson(text);
    return parsed.ok ? accept(parsed.value) : accept(undefined, parsed.errors);
  } catch (error) {
    if ((error as Error).name === 'TimeoutError')
      return accept(undefined, [
        say(
          `Tệp không tải xong trong ${DEFAULT_TIMEOUT} giây (thời gian các phần tử chờ): máy chủ quá chậm hoặc không trả lời.`,
          `The file did not load within ${DEFAULT_TIMEOUT} seconds (as long as the elements wait): the server is too slow or does not answer.`,
        ),
      ]);
    if ((error as Error).name === 'AbortError') return;
    // Usually CORS: the reader's browser will refuse the same address.
    accept(undefined, [
      say(
        'Không tải được tệp: mạng lỗi hoặc máy chủ không cho phép trang khác đọc (CORS).',
        'The file did not load: a network error, or the server does not allow other sites to read it (CORS).',
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function readJson(): void {
  const text = jsonInput.value;
  if (!text.trim()) return accept(undefined, [say('Chưa dán nội dung JSON.', 'No JSON pasted yet.')]);
  const parsed = parseJson(text);
  if (parsed.ok) accept(parsed.value);
  else accept(undefined, parsed.errors);
}

const read = () => (mode() === 'url' ? readUrl() : readJson());

// --- Indicator and area -------------------------------------------------------

function listIndicators(): void {
  const members = membersOf(raw);
  const ids = [...new Set(members.map((m) => (typeof m.id === 'string' ? m.id : '')))];
  listMembers();
  // A board draws the whole feed: the picker says so, and why, rather than offer one member.
  const board = isBoard();
  noneDrawn = false;
  $('indicator-board').hidden = !board;
  if (board) indicatorSelect.setAttribute('aria-describedby', 'indicator-board');
  else indicatorSelect.removeAttribute('aria-describedby');
  if (board) {
    indicatorSelect.replaceChildren(option('', `Cả tệp: ${members.length} chỉ số — the whole feed`));
    indicatorSelect.disabled = true;
  } else if (!isCollection(raw)) {
    const only = members[0];
    indicatorSelect.replaceChildren(
      option('', only ? `${typeof only.id === 'string' ? only.id : '—'} — ${fieldText(only.label, lang())}` : '—'),
    );
    indicatorSelect.disabled = true;
  } else {
    // Only the members this widget can draw: the first of them when the one wanted is not. Grouped
    // by id once: a scan of the feed per id took seconds for a feed of 10,000 members.
    const byId = new Map<unknown, typeof members>();
    for (const m of members) {
      const same = byId.get(m.id);
      if (same) same.push(m);
      else byId.set(m.id, [m]);
    }
    const drawn = ids.filter((id) => id && byId.get(id)!.some((m) => drawable(widget.value, m)));
    indicatorSelect.replaceChildren(...drawn.map((id) => option(id, `${id} — ${fieldText(byId.get(id)![0].label, lang())}`)));
    indicatorSelect.disabled = drawn.length === 0;
    if (drawn.includes(wantedIndicator)) indicatorSelect.value = wantedIndicator;
    // None: the picker says so, and the preview and the snippets say why (update).
    noneDrawn = ids.some(Boolean) && !drawn.length;
    if (noneDrawn) indicatorSelect.replaceChildren(option('', 'Không có — none'));
  }
  $('indicator-none').hidden = !noneDrawn;
  if (noneDrawn) indicatorSelect.setAttribute('aria-describedby', 'indicator-none');
  listAreas();
}

const NONE_DRAWN = say(
  'Loại thẻ này không vẽ được chỉ số nào của tệp: chọn loại thẻ khác.',
  'This widget can draw none of the feed’s indicators: choose another widget.',
);
{
  const en = document.createElement('span');
  en.className = 'en';
  en.lang = 'en';
  en.textContent = NONE_DRAWN.message.en;
  $('indicator-none').append(NONE_DRAWN.message.vi, ' ', en);
}

/** One idle element of each kind, to ask what it can draw. */
const judges = new Map<string, { check(indicator: Indicator): unknown[] }>();
/**
 * Each member's verdict by widget, asked once: a feed read anew is new members, so only a new
 * feed or a widget not yet asked about checks again. Every other field leaves them be (a change
 * of language asked every member again: 63 validations for a feed of the 63 provinces).
 */
const verdicts = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether the widget draws this member: the element's own check (a target for the target's
 * progress, areas for the map, a percentage for the gauge…), the one its preview would fail on,
 * so the builder and the element cannot disagree. A member the format refuses stays offered:
 * the check above lists why, and the preview says it again.
 */
function drawable(name: string, member: Record<string, unknown>): boolean {
  let known = verdicts.get(member);
  if (!known) verdicts.set(member, (known = new Map()));
  let verdict = known.get(name);
  if (verdict === undefined) known.set(name, (verdict = checkMember(name, member)));
  return verdict;
}

function checkMember(name: string, member: Record<string, unknown>): boolean {
  const picked = selectIndicator(standalone(member, raw));
  if (!picked.ok) return true;
  let judge = judges.get(name);
  if (!judge) judges.set(name, (judge = document.createElement(`dx-${name}`) as never));
  return judge.check(picked.value).length === 0;
}

/** The board's members as ticks, by id, in the feed's order: those it draws (at most MAX_CARDS). */
function listMembers(): void {
  const ids = new Map<string, unknown>();
  for (const member of boardCards(raw).shown) if (typeof member.id === 'string' && !ids.has(member.id)) ids.set(member.id, member.label);
  membersBox.replaceChildren(
    ...[...ids].map(([id, label]) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'member';
      box.value = id;
      box.checked = !leftOff.has(id);
      const text = document.createElement('span');
      text.textContent = `${id} — ${fieldText(label, lang())}`;
      const row = document.createElement('label');
      row.append(box, text);
      return row;
    }),
  );
}

function listAreas(): void {
  const wanted = areaSelect.value;
  const matches = isCollection(raw) && !isBoard() ? membersOf(raw).filter((m) => m.id === indicatorSelect.value) : [];
  const areas = matches.map((m) => areaOf(m, raw)).filter((a) => a.code !== undefined);
  $('area-field').hidden = areas.length < 2;
  areaSelect.replaceChildren(...areas.map((a) => option(a.code!, a.name ? `${a.code} — ${a.name}` : a.code!)));
  if (areas.some((a) => a.code === wanted)) areaSelect.value = wanted;
}

/** The member the editor picked, if the document has it. */
function pickedMember(): Record<string, unknown> | undefined {
  if (!isCollection(raw)) return membersOf(raw)[0];
  const area = $('area-field').hidden ? undefined : areaSelect.value;
  return membersOf(raw).find((m) => m.id === indicatorSelect.value && (area === undefined || areaOf(m, raw).code === area));
}

// --- The trend's top, typed ----------------------------------------------------

const yMaxInput = $<HTMLInputElement>('y-max');
/** The top the preview and the snippets have: the last the trend took, kept while the field holds one it cannot. */
let yMaxApplied = '';
/** An idle trend, to ask whether it takes a top for the member shown (its preview would refuse what it refuses). */
let yMaxJudge: { yMax?: string; check(indicator: Indicator): Found[] } | undefined;
/** The last answer, for the member and the text asked about: a keystroke asks once. */
let yMaxAsked: { member?: object; text: string; refused?: Problem } | undefined;

/** Why the trend cannot take `text` as the top of `member`'s axis (past 100 for a percentage, below 0 for a count), if it cannot. */
function refusedTop(text: string, member: Record<string, unknown> | undefined): Problem | undefined {
  if (!text || !member) return undefined;
  if (yMaxAsked?.member === member && yMaxAsked.text === text) return yMaxAsked.refused;
  const picked = selectIndicator(standalone(member, raw));
  const judge = (yMaxJudge ??= document.createElement('dx-trend') as never);
  judge.yMax = text;
  // A member the format refuses: the check above says why, whatever the top.
  const found = picked.ok ? judge.check(picked.value).find((problem) => problem.path === 'y-max') : undefined;
  yMaxAsked = { member, text, refused: found && worded(found, PROBLEMS) };
  return yMaxAsked.refused;
}

/** Why the field's text is not applied: it is no number yet ("1e", "-"), or the trend cannot take it. */
function yMaxProblem(member: Record<string, unknown> | undefined): Problem | undefined {
  if (yMaxInput.validity.badInput) return say('không phải một số', 'is not a number');
  return refusedTop(yMaxInput.value.trim(), member);
}

/** The top to write for `member`: the field's when the trend takes it, else the last it took (none if it cannot take that either). */
function trendTop(member: Record<string, unknown> | undefined): string {
  if (!yMaxProblem(member)) yMaxApplied = yMaxInput.value.trim();
  else if (refusedTop(yMaxApplied, member)) yMaxApplied = '';
  return yMaxApplied;
}

/** Under the field, while it holds a top not applied: why, and what the preview and the code keep instead. */
function sayYMax(): void {
  const box = $('y-max-problem');
  const problem = widget.value === 'trend' ? yMaxProblem(pickedMember()) : undefined;
  if (problem) yMaxInput.setAttribute('aria-invalid', 'true');
  else yMaxInput.removeAttribute('aria-invalid');
  if (!problem) return box.replaceChildren();
  const vi = `Chưa áp dụng: đỉnh trục ${problem.message.vi}. Xem trước và mã nhúng giữ ${yMaxApplied ? `đỉnh trục ${yMaxApplied}` : 'đỉnh trục tự động'}.`;
  const en = document.createElement('span');
  en.className = 'en';
  en.lang = 'en';
  en.textContent = `Not applied: the top ${problem.message.en}. The preview and the code keep ${yMaxApplied ? `the top at ${yMaxApplied}` : 'the automatic top'}.`;
  box.replaceChildren(vi, ' ', en);
}

// --- The choice, the preview and the snippets ---------------------------------

function currentChoice(): Choice {
  const name = widget.value;
  const options: Record<string, string> = {};
  const shape = $<HTMLSelectElement>('shape').value;
  const variant = $<HTMLSelectElement>('variant').value;
  if (name === 'coverage-gauge' && shape !== 'semicircle') options.shape = shape;
  if (name === 'target-progress' && variant !== 'block') options.variant = variant;
  const member = pickedMember();
  const shown = member && standalone(member, raw);
  const limit = rankingLimit($<HTMLInputElement>('limit').value, shown);
  if (name === 'province-rank' && limit) options.limit = limit;
  const reserve = goalReserve(shown);
  if ((name === 'province-rank' || name === 'province-map') && reserve) options.reserve = reserve;
  const yMax = name === 'trend' ? trendTop(member) : '';
  if (yMax) options['y-max'] = yMax;
  const theme = $<HTMLSelectElement>('theme').value as Choice['theme'];
  const choice: Choice =
    name === 'board'
      ? { widget: name, lang: lang(), theme, options: boardOptions(), document: raw }
      : { widget: name, lang: lang(), theme, options, shown };
  if (name !== 'board' && isCollection(raw) && indicatorSelect.value) choice.indicator = indicatorSelect.value;
  if (!$('area-field').hidden) choice.area = areaSelect.value;
  if (mode() === 'url') {
    // An address refused is reported by the check above; the snippet keeps no src.
    const url = address();
    if (url instanceof URL) choice.src = url.href;
  } else {
    // A board carries the whole document pasted; any other widget, its one member.
    choice.inline = (name === 'board' ? raw : shown) ?? jsonInput.value;
  }
  return choice;
}

/**
 * The board's attributes: `include` for the members ticked when some are not (all ticked, the
 * whole feed, as it grows), `exclude` for all of them when none is, and a heading level past h2.
 */
function boardOptions(): Record<string, string> {
  const options: Record<string, string> = {};
  const boxes = [...membersBox.querySelectorAll<HTMLInputElement>('input')];
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  if (!ticked.length && boxes.length) options.exclude = boxes.map((box) => box.value).join(',');
  else if (ticked.length < boxes.length) options.include = ticked.join(',');
  const level = $<HTMLSelectElement>('heading-level').value;
  if (level !== '2') options['heading-level'] = level;
  return options;
}

function renderPreview(choice: Choice): void {
  const element = document.createElement(`dx-${choice.widget}`) as IndicatorElement;
  // The preview is the point of the page: load at once, wherever the layout puts it.
  element.setAttribute('loading', 'eager');
  element.setAttribute('lang', choice.lang);
  if (choice.theme !== 'auto') element.setAttribute('theme', choice.theme);
  for (const [name, value] of Object.entries(choice.options)) element.setAttribute(name, value);
  if (choice.src !== undefined) {
    if (choice.indicator) element.setAttribute('indicator', choice.indicator);
    if (choice.area) element.setAttribute('area', choice.area);
    element.setAttribute('src', choice.src);
  } else {
    element.data = choice.inline;
  }
  showProblems($('element-errors'), []);
  preview.replaceChildren(element);
}

// The element's own objections (target-progress without a target, a figure out of range).
preview.addEventListener('dx-error', (event) => {
  // No document read (a bad address, a 404, JSON that does not parse): the check above says why,
  // and whatever the element adds ("no figures", its own word for the same 404) is that again.
  if (raw === undefined) return showProblems($('element-errors'), []);
  const { errors } = (event as CustomEvent<IndicatorErrorDetail>).detail;
  showOutput(errors);
  // Listed once: what the check above already says is not repeated under the preview.
  const known = new Set(problems.map((p) => `${p.path}\u0000${p.message.vi}`));
  showProblems(
    $('element-errors'),
    errors.filter((e) => !known.has(`${e.path}\u0000${e.message.vi}`)),
  );
});
preview.addEventListener('dx-load', () => {
  showProblems($('element-errors'), []);
  showOutput([]);
});

function update(): void {
  const name = widget.value;
  $('shape-field').hidden = name !== 'coverage-gauge';
  $('variant-field').hidden = name !== 'target-progress';
  $('limit-field').hidden = name !== 'province-rank';
  $('y-max-field').hidden = name !== 'trend';
  $('members-field').hidden = name !== 'board';
  $('heading-field').hidden = name !== 'board';
  $('url-field').hidden = mode() !== 'url';
  $('json-field').hidden = mode() !== 'json';
  previewed = currentChoice();
  sayYMax();
  if (noneDrawn) {
    // Nothing of the feed to draw: no element to object in its own words, so the page says why.
    preview.replaceChildren();
    showProblems($('element-errors'), [NONE_DRAWN]);
  } else {
    renderPreview(previewed);
  }
  // No document (the check above says why) or none of it to draw: nothing that would work to copy.
  // Nor data nested past what every element reads (64 levels), which JSON.stringify cannot write
  // thousands deep. Otherwise the element's verdict (dx-error, dx-load) decides.
  const tooDeep = typeof previewed.inline === 'object' && depthProblem(previewed.inline) !== undefined;
  showOutput(raw === undefined || tooDeep ? problems : noneDrawn ? [NONE_DRAWN] : []);
}

/** The choice previewed, which the snippets write. */
let previewed: Choice;
/** Why the preview draws nothing, if it does not: then no snippet or image is offered. */
let broken: Problem[] = [];

/**
 * The snippets and the image button for the choice previewed. While the preview shows an error,
 * the code would show the same on the reader's page: the problems are said instead, and nothing
 * can be copied or saved.
 */
function showOutput(problems: Problem[]): void {
  broken = problems;
  const ok = !broken.length;
  for (const box of ['script-broken', 'iframe-broken']) $(box).hidden = ok;
  showProblems($('script-broken').querySelector('ul')!, broken);
  $('script-block').hidden = !ok;
  $<HTMLButtonElement>('script-copy').disabled = !ok;
  $('script-snippet').textContent = ok ? scriptSnippet(previewed) : '';
  const framed = previewed.src !== undefined;
  $('iframe-needs-url').hidden = framed;
  $('iframe-broken').hidden ||= !framed;
  $('iframe-block').hidden = !framed || !ok;
  $<HTMLButtonElement>('iframe-copy').disabled = !framed || !ok;
  $('iframe-snippet').textContent = framed && ok ? iframeSnippet(previewed, integrity) : '';
  updatePng();
}

/** The image button: off, and why, for a board (it has no download() of its own) or a preview in error. */
function updatePng(busy = false): void {
  const png = $<HTMLButtonElement>('png');
  const why = isBoard() ? 'png-board' : broken.length ? 'png-broken' : undefined;
  png.disabled = busy || why !== undefined;
  for (const id of ['png-board', 'png-broken']) $(id).hidden = id !== why;
  if (why) png.setAttribute('aria-describedby', why);
  else png.removeAttribute('aria-describedby');
}

// --- Copy and download ----------------------------------------------------------

function flash(status: HTMLElement, text: string): void {
  status.textContent = text;
  setTimeout(() => {
    if (status.textContent === text) status.textContent = '';
  }, 4000);
}

async function copy(id: string): Promise<void> {
  const code = $(id);
  const status = document.querySelector<HTMLElement>(`[data-status="${id}"]`)!;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    flash(status, 'Đã chép — Copied');
  } catch {
    // No clipboard access (an http page, an old browser): select the code for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    flash(status, 'Đã chọn mã: nhấn Ctrl+C để chép — Selected: press Ctrl+C to copy');
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => copy(button.dataset.copy!));
}

$('png').addEventListener('click', async () => {
  const status = $('png-status');
  const element = preview.firstElementChild as IndicatorElement | null;
  if (!element || typeof element.download !== 'function') return;
  updatePng(true);
  try {
    await element.download();
    flash(status, 'Đã tạo ảnh — Saved');
  } catch (error) {
    flash(status, `Không tạo được ảnh — Could not save: ${(error as Error).message}`);
  } finally {
    updatePng();
  }
});

// --- Wiring ---------------------------------------------------------------------

/** `run`, once typing has paused for `ms`; each field its own timer, so one never cancels another's. */
function debounced(run: () => void, ms: number): (() => void) & { now(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    clearTimeout(timer);
    run();
  };
  return Object.assign(
    () => {
      clearTimeout(timer);
      timer = setTimeout(now, ms);
    },
    { now },
  );
}

/**
 * A field applied as it is typed: once typing pauses, and only when it changes what is written
 * ("1" on the way to "12", or "12" again on leaving the field, draws nothing anew). What it cannot
 * take changes nothing written: the field says why (sayYMax), the last good preview stays.
 */
const appliedAsTyped = (attribute: string) =>
  debounced(() => {
    if ((currentChoice().options[attribute] ?? null) !== preview.firstElementChild?.getAttribute(attribute)) update();
    else sayYMax();
  }, 300);

const limitInput = $<HTMLInputElement>('limit');
/** The ranking's limit and the trend's top, applied as typed. */
const applyLimit = appliedAsTyped('limit');
const applyYMax = appliedAsTyped('y-max');

urlInput.addEventListener('input', debounced(read, 500));
jsonInput.addEventListener('input', debounced(read, 300));
limitInput.addEventListener('input', applyLimit);
yMaxInput.addEventListener('input', applyYMax);
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === urlInput || target === jsonInput) return;
  if (target === limitInput) return applyLimit.now();
  if (target === yMaxInput) return applyYMax.now();
  if (target instanceof HTMLInputElement && target.name === 'mode') return void read();
  if (target === indicatorSelect) {
    wantedIndicator = indicatorSelect.value;
    listAreas();
  }
  if (target instanceof HTMLInputElement && target.name === 'member') {
    if (target.checked) leftOff.delete(target.value);
    else leftOff.add(target.value);
  }
  if (target.id === 'lang' || target === widget) listIndicators();
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

// A feed made on the sheet page (demo/sheet.html opens builder.html#sheet): pasted JSON.
const handed = location.hash === '#sheet' ? sessionStorage.getItem(SHEET_HANDOFF) : null;
if (handed) {
  (form.elements.namedItem('mode') as RadioNodeList).value = 'json';
  jsonInput.value = handed;
  wantedIndicator = '';
}
// The Lai Châu example, as a URL and, for the JSON tab, as text.
urlInput.value = new URL(EXAMPLE.url, location.href).href;
fetch(urlInput.value)
  .then((response) => response.json())
  .then((example) => {
    if (!jsonInput.value) jsonInput.value = JSON.stringify(example, null, 2);
  })
  .catch(() => undefined);
void read();
