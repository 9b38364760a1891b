// What editors and framework tooling read: custom-elements.json, named by package.json's
// `customElements`. Checked against the registered elements themselves, so an attribute or
// property added to an element without reaching the manifest fails here.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

import '../../src/index.js';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
}
interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  attributes?: (Described & { fieldName?: string })[];
  members?: (Described & { kind: string; privacy?: string; static?: boolean })[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  schemaVersion: string;
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const TAGS = ['dx-coverage-gauge', 'dx-target-progress', 'dx-stat', 'dx-province-rank', 'dx-province-map', 'dx-board'];

describe('custom-elements.json, for editors and frameworks', () => {
  let manifest: Manifest;
  const declaration = (tag: string): Declaration => {
    const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    if (!found) throw new Error(`no declaration for <${tag}> in custom-elements.json`);
    return found;
  };
  const elementClass = (tag: string) => customElements.get(tag) as unknown as typeof LitElement;

  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });

  it('is the file package.json names in `customElements`, and is exported', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { customElements: string; exports: Record<string, string> };
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
    expect(manifest.schemaVersion).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('names modules by the JavaScript that ships in dist/, and only the ones a consumer can import', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, string | Record<string, string>> };
    const entries = Object.values(pkg.exports).map((target) => (typeof target === 'string' ? target : (target.default ?? target.node)));
    const superclasses = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .map((d) => (d as { superclass?: { module?: string } }).superclass?.module);
    for (const { path, exports = [] } of manifest.modules) {
      expect(path, path).to.match(/^dist\/.*\.js$/);
      expect(entries.includes(`./${path}`) || superclasses.includes(path), `${path} is neither a package entry nor a base class`).to.equal(
        true,
      );
      for (const e of exports) expect(e.declaration.module ?? path, `${path} export ${e.name}`).to.match(/^dist\/.*\.js$/);
    }
    expect(manifest.modules.map((m) => m.path)).to.not.include('dist/internal/templates.js');
  });

  it('declares every element the bundle registers, with a summary and a definition export naming its tag', () => {
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.exist;
      const d = declaration(tag);
      expect(d.customElement, tag).to.equal(true);
      expect(d.summary, tag).to.be.a('string').and.not.empty;
      expect(d.description, tag).to.be.a('string').and.not.empty;
      expect(definitions.find((e) => e.name === tag)?.declaration.name, tag).to.equal(d.name);
    }
  });

  it('documents every attribute each element observes, with a description and a type', () => {
    for (const tag of TAGS) {
      const attributes = new Map((declaration(tag).attributes ?? []).map((a) => [a.name, a]));
      for (const name of elementClass(tag).observedAttributes) {
        const attribute = attributes.get(name);
        expect(attribute, `<${tag} ${name}> missing from the manifest`).to.exist;
        expect(attribute!.description, `<${tag} ${name}> description`).to.be.a('string').and.not.empty;
        expect(attribute!.type?.text, `<${tag} ${name}> type`).to.be.a('string').and.not.empty;
      }
    }
  });

  it('lists every reactive property as a public field, `data` (property only) included, and no internal state', () => {
    for (const tag of TAGS) {
      const fields = new Map(
        (declaration(tag).members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
          .map((m) => [m.name, m]),
      );
      for (const [name, options] of elementClass(tag).elementProperties) {
        // Lit's `state: true`: what the element keeps for itself (a table shown, rows drawn), no API.
        if (options.state) {
          expect(fields.has(String(name)), `${tag}.${String(name)} is internal`).to.equal(false);
          expect(
            declaration(tag).attributes?.some((a) => a.fieldName === name),
            `${tag}.${String(name)} has no attribute`,
          ).to.equal(false);
          continue;
        }
        expect(fields.has(String(name)), `${tag}.${String(name)} missing from the manifest`).to.equal(true);
        expect(fields.get(String(name))!.description, `${tag}.${String(name)} description`).to.be.a('string').and.not.empty;
      }
      const data = declaration(tag).attributes?.find((a) => a.fieldName === 'data');
      expect(data, `${tag}: data has no attribute`).to.equal(undefined);
    }
  });

  it('describes the dx-load and dx-error events, every CSS part and every CSS custom property', () => {
    for (const tag of TAGS) {
      const d = declaration(tag);
      expect((d.events ?? []).map((e) => e.name).sort(), tag).to.deep.equal(['dx-error', 'dx-load']);
      for (const list of [d.events, d.cssParts, d.cssProperties]) {
        expect(list, tag).to.be.an('array').and.not.empty;
        for (const item of list!) expect(item.description, `${tag} ${item.name}`).to.be.a('string').and.not.empty;
      }
    }
  });
});
