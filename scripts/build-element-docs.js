#!/usr/bin/env node
// The element reference, docs/elements/<tag>.md (and an index, docs/elements/README.md),
// written from custom-elements.json: what the JSDoc says (`@summary @csspart @cssprop
// @fires`, the properties' one-line comments) is what the reference says.
// `npm run analyze` runs it after the analyzer; scripts/check-manifest.js fails when the
// committed pages differ from what this writes; test/docs/documented.test.ts fails when an
// element renders a part or reads a `--dx-*` property the JSDoc does not name.
//
//   node scripts/build-element-docs.js [OUTDIR]   (default docs/elements)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const GENERATED =
  '<!-- Generated from custom-elements.json by scripts/build-element-docs.js: edit the JSDoc in src/, then npm run analyze. -->';

/** Text for a table cell: one line, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '');

/** A markdown table, or nothing when there are no rows. */
function table(heading, columns, rows) {
  if (!rows.length) return [];
  return [
    `## ${heading}`,
    '',
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

/** The page for one element declaration. */
function page(declaration, entry) {
  const attributes = declaration.attributes ?? [];
  const byField = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const publicFields = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && m.description,
  );
  const methods = (declaration.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && m.description,
  );
  const tag = declaration.tagName;
  return [
    GENERATED,
    '',
    `# \`<${tag}>\``,
    '',
    declaration.summary ?? '',
    '',
    declaration.description ?? '',
    '',
    '```js',
    `import 'dx-widgets/${entry}'; // registers <${tag}>; the class alone: 'dx-widgets/${entry}/class'`,
    '```',
    '',
    ...table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
    ...table(
      'Properties only',
      ['Property', 'Type', 'Description'],
      publicFields.filter((f) => !byField.has(f.name)).map((f) => [code(f.name), code(f.type?.text), cell(f.description)]),
    ),
    ...table(
      'Methods',
      ['Method', 'Returns', 'Description'],
      methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
        code(m.return?.type?.text),
        cell(m.description),
      ]),
    ),
    ...table(
      'Events',
      ['Event', 'Detail', 'Description'],
      (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    ...table(
      'CSS parts',
      ['Part', 'Description'],
      (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...table(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (declaration.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
    ...table(
      'Custom states',
      ['State', 'Description'],
      (declaration.cssStates ?? []).map((s) => [code(`:state(${s.name})`), cell(s.description)]),
    ),
    ...table(
      'Slots',
      ['Slot', 'Description'],
      (declaration.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
    ),
    'See also: [all elements](README.md), [the elements in depth](../elements-guide.md), [the indicator format](../format.md).',
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * One page per element and the index, by file name, from the committed manifest.
 * @returns {Record<string, string>}
 */
export function elementDocs() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const files = {};
  const index = [GENERATED, '', '# Element reference', '', '| Element | What it shows |', '| --- | --- |'];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      // `dist/coverage-gauge/coverage-gauge.js` → the package entry `dx-widgets/coverage-gauge`.
      const entry = mod.path.split('/')[1];
      files[`${declaration.tagName}.md`] = page(declaration, entry);
      index.push(`| [\`<${declaration.tagName}>\`](${declaration.tagName}.md) | ${cell(declaration.summary)} |`);
    }
  }
  files['README.md'] = `${index.join('\n')}\n`;
  return files;
}

/**
 * Writes the pages into `outdir`, emptied first so a removed element leaves no page behind.
 * @param {string} [outdir]
 */
export function writeElementDocs(outdir = join(root, 'docs', 'elements')) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const files = elementDocs();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outdir, name), text);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const files = writeElementDocs(outdir);
  console.log(`wrote ${Object.keys(files).length} pages to ${outdir ?? 'docs/elements'}`);
}
