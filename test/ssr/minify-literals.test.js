// The build's template minifier (scripts/minify-literals.js), used by the bundle and the server
// renderer alike: what it squeezes out of css`` and what it must leave alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { minifySource } from '../../scripts/minify-literals.js';

const minified = async (template) =>
  (await minifySource(`import { css, html } from 'lit';\nexport const t = ${template};\n`, 'x.ts'))?.code;

describe('minifySource', () => {
  it('writes no space after a comma in clamp(), color-mix() or a var() fallback, which clean-css leaves', async () => {
    const code = await minified(
      'css`\n  :host {\n    --_bar: var(--dx-bar, color-mix(in srgb, var(--_muted) 70%, transparent));\n    font-size: clamp(1.125rem, 5cqi, 1.5rem);\n  }\n`',
    );
    assert.match(code, /--_bar:var\(--dx-bar,color-mix\(in srgb,var\(--_muted\) 70%,transparent\)\)/);
    assert.match(code, /font-size:clamp\(1\.125rem,5cqi,1\.5rem\)/);
  });

  it('keeps a comma and its space inside a string, and reads past an apostrophe in a comment', async () => {
    const code = await minified("css`\n  /* the drawing's height */\n  .a { content: 'x, y'; margin: var(--a, 1px); }\n`");
    assert.match(code, /content:'x, y'/);
    assert.match(code, /margin:var\(--a,1px\)/);
  });

  it('squeezes a css`` of declarations only (a fragment written into rules), which clean-css cannot read, without a warning', async (t) => {
    const warned = t.mock.method(console, 'warn', () => {});
    const code = await minified('css`\n  /* dark */\n  --_bg: var(--dx-bg, #161b22);\n  color-scheme: dark;\n`');
    assert.match(code, /css`--_bg:var\(--dx-bg,#161b22\);color-scheme:dark`/);
    assert.equal(warned.mock.callCount(), 0);
    // A rule that takes the fragment is minified as before, the fragment's place kept.
    assert.match(await minified('css`\n  :host([theme="dark"]) {\n    ${dark}\n  }\n`'), /css`:host\(\[theme=dark\]\)\{\$\{dark\}\}`/);
  });

  it('takes a fragment for declarations only when each is `name: value`: a selector fragment keeps its spaces', async (t) => {
    t.mock.method(console, 'warn', () => {});
    for (const selector of ['.row :first-child', 'a:hover :focus']) {
      // Left as written (null: nothing to change), never joined into another selector.
      const code = (await minified(`css\`${selector}\``)) ?? selector;
      assert.match(code, new RegExp(selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  });

  it('leaves the text of html`` templates as it was', async () => {
    const code = await minified('html`\n  <p title="a, b">\n    1, 2\n  </p>\n`');
    assert.match(code, /<p title="a, b">1, 2<\/p>/);
  });
});
