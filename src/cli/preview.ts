/// <reference types="node" />
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { firstCards, widgetFor } from '../board/choose.js';
import type { Locale } from '../format/messages.js';
import { formatNumber } from '../format/numbers.js';
import { MAX_CARDS } from '../spec/limits.js';
import { isObject, memberArea } from '../spec/rules.js';
import { isUrl, readInput, type Input } from './read.js';
import { systemReason } from './reasons.js';
import { say } from './strings.js';
import { unreadable } from './unreadable.js';
import { checkBytes, checkText } from './validate-command.js';

/**
 * `dx-widgets preview FEED.json`: a page on 127.0.0.1 that draws every indicator of the feed
 * with the element a portal would use, from the built embed bundle, so a data team sees what
 * readers will see before publishing. A file is read again on every request: edit, reload. A
 * URL or standard input (`-`) is read once, at start, and that copy is shown.
 *
 * The feed may be unpublished: the server listens on 127.0.0.1 only, sends no CORS header (so
 * no other page the user has open may read it), and answers only requests addressed to
 * 127.0.0.1 or localhost at its port (so a DNS-rebinding page cannot pose as it).
 */

export interface PreviewOptions {
  feed: string;
  /** The feed's bytes, read once, for a URL or standard input; a file is re-read instead. */
  snapshot?: Uint8Array;
  /** 0 picks a free port. */
  port: number;
  locale: Locale;
  /** The built `dx-widgets.js`. */
  widgets: URL;
}

const NO_CHOICES = new Map();

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The members of a document with the attributes that pick each one out of `/feed.json`. */
function members(document: unknown): { tag: string; id?: string; area?: string }[] {
  if (!isObject(document)) return [];
  const list = Array.isArray(document.indicators) ? document.indicators : Object.hasOwn(document, 'indicators') ? [] : [document];
  return list.filter(isObject).map((member) => {
    const area = memberArea(member, document);
    return {
      // The board's own choice, so the preview shows what a <dx-board> of the feed would.
      tag: `dx-${widgetFor(member, NO_CHOICES)}`,
      ...(typeof member.id === 'string' && { id: member.id }),
      ...(area && { area }),
    };
  });
}

/** The preview page for the feed as it is now: its bytes, as `validate` checks them, or a text. */
export function previewPage(feed: string | Uint8Array, file: string, locale: Locale, once = false): string {
  // The file's bytes as `validate` checks them (their encoding, their size); a text, as it is.
  const { errors, document } = typeof feed === 'string' ? checkText(feed) : checkBytes(feed);
  const items = members(document);
  const { shown, left } = firstCards(items);
  const sections = shown.map(({ tag, id, area }) => {
    const attributes = [`src="/feed.json"`, id && `indicator="${escape(id)}"`, area && `area="${escape(area)}"`].filter(Boolean).join(' ');
    const heading = `<code>${escape(id ?? '')}</code>${area ? ` · ${escape(area)}` : ''} · &lt;${tag}&gt;`;
    return `<section><h2>${heading}</h2>\n<${tag} ${attributes} data-preview></${tag}></section>`;
  });
  const problems = errors.length
    ? `<div class="errors"><p>${escape(say(locale, 'preview.errors', { count: errors.length }))}</p><ul>${errors
        .map(
          (e) =>
            `<li><code>${e.line ?? '?'}:${e.column ?? '?'}</code> ${escape(e.path || say(locale, 'root'))}: ${escape(e.message[locale])}</li>`,
        )
        .join('')}</ul></div>`
    : '';
  const other = locale === 'en' ? 'vi' : 'en';
  // Elements still being built are named on the page rather than left as blank space.
  const missing = JSON.stringify(say(locale, 'preview.missing', { tag: '{tag}' }));
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(say(locale, 'preview.title', { file }))}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 760px; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.3rem; } h2 { font-size: .85rem; font-weight: normal; color: #555; margin: 0 0 .5rem; }
  section { margin: 1.5rem 0; padding-top: 1rem; border-top: 1px solid #ddd; }
  .errors { background: #fff4f4; border: 1px solid #e0a0a0; padding: .5rem 1rem; }
  .missing { color: #a00; }
</style>
<script type="module">
  import '/dx-widgets.js';
  for (const element of document.querySelectorAll('[data-preview]')) {
    if (!customElements.get(element.localName)) {
      const note = document.createElement('p');
      note.className = 'missing';
      note.textContent = ${missing}.replace('{tag}', element.localName);
      element.after(note);
    }
  }
</script>
</head>
<body>
<h1>${escape(say(locale, 'preview.title', { file }))}</h1>
<p>${escape(say(locale, once ? 'preview.once' : 'preview.intro', { count: items.length }))} <a href="?lang=${other}" lang="${other}">${say(locale, 'preview.other')}</a></p>
${problems}
${sections.join('\n')}
${left ? `<p class="omitted">${escape(say(locale, 'preview.omitted', { count: formatNumber(left, locale), most: MAX_CARDS }))}</p>` : ''}
</body>
</html>
`;
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, head: boolean) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(head ? undefined : body);
}

/** Whether the request names this server as the browser reached it: 127.0.0.1 or localhost, and its port. */
function addressedHere(request: IncomingMessage, port: number): boolean {
  const host = (request.headers.host ?? '').toLowerCase();
  const names = ['127.0.0.1', 'localhost'];
  return names.some((name) => host === `${name}:${port}` || (port === 80 && host === name));
}

/** Starts the preview server; resolves once it listens (its address tells the port). */
export function startPreview(options: PreviewOptions): Promise<Server> {
  const file = isUrl(options.feed) || options.feed === '-' ? options.feed : basename(options.feed);
  const once = options.snapshot !== undefined;
  const feed = async (): Promise<Input> => (options.snapshot ? { ok: true, bytes: options.snapshot } : readInput(options.feed));
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const head = request.method === 'HEAD';
    if (!addressedHere(request, (server.address() as AddressInfo).port)) {
      return send(response, 403, 'text/plain; charset=utf-8', say(options.locale, 'preview.host'), head);
    }
    if (request.method !== 'GET' && !head) return send(response, 405, 'text/plain; charset=utf-8', 'GET only', head);
    try {
      if (url.pathname === '/feed.json' || url.pathname === '/' || url.pathname === '/index.html') {
        const input = await feed();
        if (!input.ok) {
          const detail = say(options.locale, 'preview.unreadable', { file, detail: input.reason[options.locale] });
          return send(response, 500, 'text/plain; charset=utf-8', detail, head);
        }
        if (url.pathname === '/feed.json') return send(response, 200, 'application/json; charset=utf-8', input.bytes, head);
        const lang = url.searchParams.get('lang');
        const locale: Locale = lang === 'en' || lang === 'vi' ? lang : options.locale;
        return send(response, 200, 'text/html; charset=utf-8', previewPage(input.bytes, file, locale, once), head);
      }
      if (url.pathname === '/dx-widgets.js') return await sendScript(fileURLToPath(options.widgets));
      // The bundle's chunks (the trend, polling, the PNG export, province names), which it
      // imports by relative URL: one plain file name in their folder, nothing else.
      const chunk = /^\/dx-widgets-chunks\/([\w-]+\.js)$/.exec(url.pathname);
      const chunkFile = chunk && join(dirname(fileURLToPath(options.widgets)), 'dx-widgets-chunks', chunk[1]);
      if (chunkFile && existsSync(chunkFile)) return await sendScript(chunkFile);
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found', head);
    } catch (e) {
      // Nothing above throws by design (readInput says why it cannot read): whatever does is said
      // as the command line says any error, rather than left to stop the server.
      const detail = say(options.locale, 'preview.unreadable', { file, detail: systemReason(e)[options.locale] });
      return send(response, 500, 'text/plain; charset=utf-8', detail, head);
    }

    /** A script of the package (the bundle, one of its chunks), or why it cannot be read, naming it rather than the feed. */
    async function sendScript(path: string) {
      try {
        return send(response, 200, 'text/javascript; charset=utf-8', await readFile(path), head);
      } catch (e) {
        const detail = say(options.locale, 'preview.unreadable', { file: path, detail: (await unreadable(path, e))[options.locale] });
        return send(response, 500, 'text/plain; charset=utf-8', detail, head);
      }
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
