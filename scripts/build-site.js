#!/usr/bin/env node
// `npm run build:site`: a static site a portal can host as it is, in site/, every internal
// link relative (it works from any folder, on any server, or opened from disk behind a
// plain file server):
//   site/index.html         the entry: links to the three below
//   site/demo/              the demo page and the embed builder (vite, base './')
//   site/dist/              the package's dist/ (the builder reads dist/integrity.json)
//   site/docs/**.html       docs/ rendered, the generated element reference included
// Run after `npm run build` (it copies dist/).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { marked } from 'marked';
import { build } from 'vite';

import { minifyLiterals } from './minify-literals.js';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'site');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (title, body, up) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · dx-widgets</title>
<style>body{font:16px/1.5 "Noto Sans",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
code,pre{font-family:"Noto Sans Mono",ui-monospace,monospace;font-size:.9em}pre{background:#f6f8fa;padding:.75rem;overflow:auto}
table{border-collapse:collapse;display:block;overflow:auto}th,td{border:1px solid #d8dee4;padding:.3rem .5rem;text-align:left;vertical-align:top}</style>
</head>
<body>
<nav><a href="${up}index.html">dx-widgets</a> · <a href="${up}demo/index.html">Demo</a> · <a href="${up}demo/builder.html">Builder</a> · <a href="${up}docs/elements/README.html">Elements</a></nav>
<main>
${body}
</main>
</body>
</html>
`;

/** A doc's markdown as HTML; relative `.md` links become `.html` (`README.md` → `README.html`). */
function renderDoc(markdown) {
  const html = marked.parse(markdown, { async: false });
  return html.replace(/href="(?![a-z]+:|#|\/)([^"#]*?)\.md(#[^"]*)?"/gi, (_, path, hash = '') => `href="${path}.html${hash}"`);
}

rmSync(site, { recursive: true, force: true });

// The demo and the builder.
await build({
  configFile: false,
  root: join(root, 'demo'),
  base: './',
  logLevel: 'warn',
  plugins: [minifyLiterals()],
  build: {
    outDir: join(site, 'demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { index: join(root, 'demo', 'index.html'), builder: join(root, 'demo', 'builder.html') } },
  },
});
// Fetched by URL at run time (`./data/…`), so not part of the bundle.
cpSync(join(root, 'demo', 'data'), join(site, 'demo', 'data'), { recursive: true });

// The package's files, as a portal would host them.
if (!existsSync(join(root, 'dist', 'integrity.json')))
  throw new Error('build:site: run npm run build first (dist/ is copied into the site)');
cpSync(join(root, 'dist'), join(site, 'dist'), { recursive: true });

// The docs, the element reference among them.
for (const file of readdirSync(join(root, 'docs'), { recursive: true })) {
  if (!file.endsWith('.md')) continue;
  const markdown = readFileSync(join(root, 'docs', file), 'utf8');
  const out = join(site, 'docs', file.replace(/\.md$/, '.html'));
  mkdirSync(dirname(out), { recursive: true });
  const title = /^# (.+)$/m.exec(markdown)?.[1].replace(/`/g, '') ?? file;
  const up = relative(dirname(out), site).split('\\').join('/');
  writeFileSync(out, page(title, renderDoc(markdown), up ? `${up}/` : ''));
}

writeFileSync(
  join(site, 'index.html'),
  page(
    'dx-widgets',
    `<h1>dx-widgets</h1>
<p>Số liệu chuyển đổi số trong bài viết · Digital-transformation statistics for provincial portals.</p>
<ul>
<li><a href="demo/index.html">Demo</a>: every element, with the Lai Châu 2024 figures</li>
<li><a href="demo/builder.html">Tạo mã nhúng / Embed builder</a></li>
<li><a href="docs/elements/README.html">Element reference</a> · <a href="docs/elements-guide.html">The elements in depth</a></li>
<li><a href="docs/embedding.html">Embedding</a> · <a href="docs/self-hosting.html">Self-hosting</a> · <a href="docs/feeds.html">Live feeds</a> · <a href="docs/frameworks.html">Frameworks</a> · <a href="docs/ssr.html">Server rendering</a> · <a href="docs/data-teams.html">Data teams</a> · <a href="docs/format.html">The format</a></li>
</ul>`,
    '',
  ),
);

// Relative links only: a root-absolute URL would break the site in any folder but the root.
const absolute = [];
for (const file of readdirSync(site, { recursive: true })) {
  if (!/\.(html|css|js)$/.test(file) || file.startsWith('dist')) continue;
  const text = readFileSync(join(site, file), 'utf8');
  for (const match of text.matchAll(/(?:href|src)="(\/[^"]*)"/g)) absolute.push(`${file}: ${match[1]}`);
}
if (absolute.length) {
  console.error(`build:site: links that are not relative:\n  ${absolute.join('\n  ')}`);
  process.exit(1);
}
console.log(`wrote ${relative(root, site)}/ (demo, builder, dist, docs)`);
