#!/usr/bin/env node
/**
 * Fails when the committed custom-elements.json no longer matches the source:
 * regenerates the manifest with `npm run analyze:manifest -- --outdir <temp dir>` (the same
 * analyzer, options and config as `npm run analyze`) and compares the two; then fails when
 * the element reference (docs/elements/*.md) differs from what the manifest makes.
 *
 *   node scripts/check-manifest.js   (npm run analyze:check)
 *
 * Exit 0: up to date. Exit 1: out of date, missing, or the analyzer failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { elementDocs } from './build-element-docs.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const committedPath = join(root, 'custom-elements.json');
const OUT_OF_DATE = 'custom-elements.json is out of date: run npm run analyze';

/** Up to `limit` JSON paths where `a` and `b` differ, e.g. `modules[2].declarations[0].attributes`. */
function differences(a, b, path = '', found = [], limit = 10) {
  if (found.length >= limit) return found;
  if (Object.is(a, b)) return found;
  const isObj = (v) => v !== null && typeof v === 'object';
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) {
    found.push(path || '(root)');
    return found;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const sub = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    differences(a[key], b[key], sub, found, limit);
    if (found.length >= limit) break;
  }
  return found;
}

/** A readable name for a path into the manifest: the module's source path where there is one. */
function describe(path, manifest) {
  const m = /^modules\[(\d+)\]/.exec(path);
  const mod = m && manifest?.modules?.[Number(m[1])];
  return mod?.path ? `${path} (${mod.path})` : path;
}

if (!existsSync(committedPath)) {
  console.error(`custom-elements.json is missing: run npm run analyze`);
  process.exit(1);
}

const outdir = mkdtempSync(join(tmpdir(), 'dx-cem-'));
let status = 0;
try {
  // The analyzer joins --outdir onto the working directory, so it must be relative.
  const relOutdir = relative(root, outdir);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', '--silent', 'analyze:manifest', '--', '--outdir', relOutdir, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const generatedPath = join(outdir, 'custom-elements.json');
  if (run.error || run.status !== 0 || !existsSync(generatedPath)) {
    console.error('check-manifest: could not regenerate the manifest (npm run analyze failed).');
    if (run.error) console.error(String(run.error));
    if (run.stdout) console.error(run.stdout.trim());
    if (run.stderr) console.error(run.stderr.trim());
    status = 1;
  } else {
    const generatedText = readFileSync(generatedPath, 'utf8');
    const committedText = readFileSync(committedPath, 'utf8');
    if (generatedText !== committedText) {
      let committed;
      try {
        committed = JSON.parse(committedText);
      } catch {
        committed = undefined;
      }
      const generated = JSON.parse(generatedText);
      const paths = committed === undefined ? ['(committed file is not valid JSON)'] : differences(committed, generated);
      // Same data, different formatting (e.g. a formatter ran over it) still counts:
      // the file must be exactly what the analyzer writes.
      if (paths.length === 0) paths.push('(formatting only)');
      console.error(OUT_OF_DATE);
      console.error('First differences:');
      for (const p of paths) console.error(`  ${describe(p, generated)}`);
      status = 1;
    } else {
      console.log('custom-elements.json is up to date.');
    }
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

if (status === 0) {
  const docs = join(root, 'docs', 'elements');
  const expected = elementDocs();
  const present = existsSync(docs) ? readdirSync(docs) : [];
  const stale = [
    ...Object.keys(expected).filter((name) => !present.includes(name) || readFileSync(join(docs, name), 'utf8') !== expected[name]),
    ...present.filter((name) => !(name in expected)),
  ];
  if (stale.length) {
    console.error(`docs/elements is out of date (${stale.join(', ')}): run npm run analyze`);
    status = 1;
  } else {
    console.log('docs/elements is up to date.');
  }
}
process.exit(status);
