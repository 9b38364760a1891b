/**
 * Custom Elements Manifest analyzer config: `npx cem analyze --litelement` (or
 * `npm run analyze`) writes `custom-elements.json` at the repository root.
 *
 * Elements are registered through the `define(name, Class)` helper from
 * `src/internal/define.ts` rather than `customElements.define`, which the analyzer
 * does not recognise; the `defineHelperPlugin` below records those calls as
 * `custom-element-definition` exports so the class gets its `tagName`, and drops the
 * bogus definition the analyzer reads from the helper's own body
 * (`customElements.define(name, element)`). `tidyPlugin` then fills in what the
 * source cannot say in JSDoc and makes module references point at real modules;
 * `shippedPathsPlugin` last keeps the modules a consumer can import and names them by
 * the JavaScript in `dist/` (a consumer cannot import `src/*.ts`).
 *
 * Editor data (VS Code, JetBrains, JSX types) is made from the committed manifest by
 * `scripts/build-editor-data.js` during `npm run build`, not here: it is build output.
 */
import { readFileSync } from 'node:fs';

/** Names of the registration helpers whose calls mean `customElements.define(tag, Class)`. */
const DEFINE_HELPERS = new Set(['define']);

/**
 * Records `define('dx-tag', Class)` calls as custom element definitions, in the
 * module that makes the call, exactly as the analyzer does for `customElements.define`.
 * Only calls whose first argument is a string literal with a dash and whose second is
 * an identifier count, so any other `define(...)` call is left alone.
 */
function defineHelperPlugin() {
  return {
    name: 'dx-widgets:define-helper',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || !DEFINE_HELPERS.has(callee.text)) return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !tag.text.includes('-') || !ts.isIdentifier(klass)) return;
      const tagName = tag.text;
      const className = klass.text;
      const exportsList = (moduleDoc.exports ??= []);
      if (exportsList.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)) return;

      // Where the class comes from: an import in this module, or this module itself.
      let modulePath = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (!named || !ts.isNamedImports(named)) continue;
        if (named.elements.some((el) => el.name.text === className)) {
          modulePath = resolveSpecifier(moduleDoc.path, statement.moduleSpecifier.text);
          break;
        }
      }

      exportsList.push({
        kind: 'custom-element-definition',
        name: tagName,
        declaration: { name: className, module: modulePath },
      });
    },
  };
}

/**
 * Lit's internal reactive state (`static properties = { open: { state: true } }`) has no
 * attribute and is no API, but the analyzer (0.11) reads every static property as an
 * attribute: those it lists are dropped here, by class and name, as the source declares them,
 * in the class and in those that inherit it. A member whose JSDoc says `@internal` (public only
 * so that another of our elements can set it: a board's card's `memberIndex`) goes altogether.
 */
function internalStatePlugin() {
  const internal = new Set();
  const hidden = new Set();
  return {
    name: 'dx-widgets:internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) {
          hidden.add(`${node.name.text}.${member.name.getText()}`);
        }
      }
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !member.initializer) continue;
        if (!ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          const options = ts.isPropertyAssignment(property) ? property.initializer : undefined;
          const isState =
            options &&
            ts.isObjectLiteralExpression(options) &&
            options.properties.some(
              (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
          if (isState) internal.add(`${node.name.text}.${property.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          // Declared here, or in the class it is inherited from.
          const key = (entry) => `${entry.inheritedFrom?.name ?? decl.name}.${entry.fieldName ?? entry.name}`;
          const isInternal = (entry) => internal.has(key(entry)) || hidden.has(key(entry));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !isInternal(a));
          if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(key(m)));
          for (const member of decl.members ?? []) if (isInternal(member)) delete member.attribute;
        }
      }
    },
  };
}

/** A valid custom element name: lower-case, starts with a letter, contains a dash. */
const isTagName = (name) => typeof name === 'string' && /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);

/**
 * After the analyzer has linked tags and applied inheritance:
 * - removes `custom-element-definition` exports whose "tag" is not a tag name (the
 *   `define` helper's own `customElements.define(name, element)`);
 * - describes the `lang` attribute, observed through `observedAttributes` (no JSDoc there);
 * - rewrites module references written as import specifiers (`./x.js`,
 *   `/src/x.js`, `src/x.js`) to the module paths in this manifest (`src/x.ts`).
 */
function tidyPlugin() {
  return {
    name: 'dx-widgets:tidy',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads files in parallel, so its module order varies from run to run:
      // by path, the file is the same for the same source (and the CI check can compare it).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const modules = customElementsManifest.modules;
      const paths = new Set(modules.map((m) => m.path));
      const fix = (from, ref) => {
        if (!ref?.module) return;
        const spec = ref.module;
        const candidates = [
          spec.startsWith('.') ? resolveSpecifier(from, spec) : undefined,
          spec.replace(/^\//, '').replace(/\.js$/, '.ts'),
        ];
        const found = candidates.find((c) => c && paths.has(c));
        if (found) ref.module = found;
      };
      for (const mod of modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || isTagName(e.name));
        for (const e of mod.exports) fix(mod.path, e.declaration);
        for (const decl of mod.declarations ?? []) {
          fix(mod.path, decl.superclass);
          for (const list of [decl.members, decl.attributes, decl.events]) {
            for (const item of list ?? []) fix(mod.path, item.inheritedFrom);
          }
          for (const attr of decl.attributes ?? []) {
            if (attr.name === 'lang' && !attr.description) {
              attr.description =
                "The reader's language: `en` (or `en-*`) for English, Vietnamese otherwise. " +
                "Without it the nearest ancestor's `lang` (through shadow roots) or the page's decides.";
              attr.type ??= { text: 'string | undefined' };
              // HTMLElement's own `lang` property: named, so generated JSX types can say `Element["lang"]`.
              attr.fieldName ??= 'lang';
            }
          }
        }
      }
    },
  };
}

/**
 * Keeps the modules that ship as a package entry (package.json `exports`) and the base
 * classes their elements inherit from, and renames every module and reference from
 * `src/x.ts` to the built `dist/x.js`. Helpers (`src/internal/templates.ts`, the validator's
 * pieces, …) stay out: they are implementation, reachable by no import a consumer can write.
 */
function shippedPathsPlugin() {
  return {
    name: 'dx-widgets:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
      const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
      const entries = new Set(
        Object.values(pkg.exports)
          .map((target) => (typeof target === 'string' ? target : (target.default ?? target.node)))
          .filter((target) => typeof target === 'string' && target.endsWith('.js'))
          .map((target) => target.replace(/^\.\//, '')),
      );
      const modules = customElementsManifest.modules;
      const keep = new Set(modules.filter((m) => entries.has(toDist(m.path))).map((m) => m.path));
      // An element's superclass stays, so `superclass` and `inheritedFrom` name a listed module.
      for (const mod of modules.filter((m) => keep.has(m.path))) {
        for (const decl of mod.declarations ?? []) if (decl.superclass?.module) keep.add(decl.superclass.module);
      }
      customElementsManifest.modules = modules.filter((m) => keep.has(m.path));
      const rename = (ref) => {
        if (ref?.module?.startsWith('src/')) ref.module = toDist(ref.module);
      };
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const e of mod.exports ?? []) rename(e.declaration);
        for (const decl of mod.declarations ?? []) {
          rename(decl.superclass);
          for (const list of [decl.members, decl.attributes, decl.events]) {
            for (const item of list ?? []) rename(item.inheritedFrom);
          }
        }
      }
    },
  };
}

/** `src/a/b.ts` + `./c.js` → `src/a/c.ts`, as the analyzer names modules (by source path). */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/cli/**',
    'src/sheet/**',
    'src/ssr/**',
    'src/embed/**',
    'src/**/*.test.ts',
    'test/**',
    'stories/**',
    'demo/**',
  ],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; never let the analyzer rewrite it
  // (with `--outdir` elsewhere it would point `customElements` there).
  packagejson: false,
  plugins: [defineHelperPlugin(), internalStatePlugin(), tidyPlugin(), shippedPathsPlugin()],
};
