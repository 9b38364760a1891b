// A feed server inside the test run, able to fail on demand.
//   GET  /feed/<fixture>.json[?anything]  serves test/fixtures/<fixture>.json (query makes a fresh URL)
//   POST /feed-script/<key>               body: [{ status, body, delay, headers, etag, cors }], served in order
//   GET  /feed-script/<key>               to later GETs (the last entry repeats); with `etag`, a request
//                                         whose If-None-Match matches gets 304 Not Modified. Made here,
//                                         not posted: `pad: N` (a valid indicator with N more bytes in an
//                                         unknown field), `chunked: true` (sent in pieces, without
//                                         Content-Length), `hang: true` (starts a body and never ends it)
//   GET  /feed-hits?url=<path and query>  how many GETs that URL received, and how many got 304
//   GET  /csp/page.html                   a page under the strictest policy a portal may set, which
//                                         runs test/csp/csp-page.ts (no inline script or style)
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const hits = new Map();
const notModified = new Map();
const scripts = new Map();

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return text;
}

/** Koa middleware for web-test-runner's `middleware` option (runs before static files). */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export async function feedServer(ctx, next) {
  const { path } = ctx;
  if (path === '/csp/page.html') {
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.type = 'text/html';
    ctx.body =
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>' +
      '<script type="module" src="/test/csp/csp-page.ts"></script></head><body><main></main></body></html>';
    return;
  }
  if (path === '/feed-hits') {
    ctx.body = JSON.stringify({ hits: hits.get(ctx.query.url) ?? 0, notModified: notModified.get(ctx.query.url) ?? 0 });
    ctx.type = 'application/json';
    return;
  }
  if (path.startsWith('/feed-script/')) {
    const key = path.slice('/feed-script/'.length);
    if (ctx.method === 'POST') {
      scripts.set(key, JSON.parse(await readBody(ctx)));
      ctx.status = 204;
      return;
    }
    hits.set(ctx.url, (hits.get(ctx.url) ?? 0) + 1);
    const queue = scripts.get(key) ?? [{ status: 404 }];
    const step = queue.length > 1 ? queue.shift() : queue[0];
    if (step.delay) await wait(step.delay);
    // What a portal's server sends for a public feed read from other origins.
    if (step.cors) ctx.set('Access-Control-Allow-Origin', '*');
    if (step.etag) {
      ctx.set('ETag', step.etag);
      ctx.set('Cache-Control', 'no-cache');
      if (ctx.get('If-None-Match') === step.etag) {
        notModified.set(ctx.url, (notModified.get(ctx.url) ?? 0) + 1);
        ctx.status = 304;
        return;
      }
    }
    ctx.status = step.status ?? 200;
    for (const [name, value] of Object.entries(step.headers ?? {})) ctx.set(name, value);
    if (step.hang) {
      // Headers and the start of a document, then nothing until the reader gives up.
      const stream = new Readable({ read() {} });
      stream.push('{"label": "');
      ctx.req.on('close', () => stream.destroy());
      ctx.type = 'application/json';
      ctx.body = stream;
      return;
    }
    const body = step.pad ? JSON.stringify({ label: 'Lớn', unit: '%', value: 50, pad: 'x'.repeat(step.pad) }) : step.body;
    if (body !== undefined) {
      ctx.type = 'application/json';
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      // A stream has no length to announce: the reader must count what arrives.
      ctx.body = step.chunked ? Readable.from(text.match(/[^]{1,65536}/g) ?? []) : text;
    }
    return;
  }
  if (path.startsWith('/feed/')) {
    hits.set(ctx.url, (hits.get(ctx.url) ?? 0) + 1);
    const name = path.slice('/feed/'.length).replace(/[^a-z0-9.-]/gi, '');
    try {
      ctx.body = await readFile(fixtures + name, 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
    return;
  }
  return next();
}
