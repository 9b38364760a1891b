import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

/*
 * Controls come from custom-elements.json (`npm run analyze`). Storybook maps the
 * manifest as it is, which for these elements gives poor controls; so it gets a copy
 * that is tidied for Storybook only:
 * - only public instance fields that have no attribute stay as "properties" (`data`);
 *   the others are already listed under their attribute, whose description says the
 *   property name when it differs (`as-of` → `asOf`);
 * - CSS parts are listed as `::part(name)`: Storybook keys every row by name, and the
 *   parts `label`, `target` and `note` would otherwise replace the attributes of the
 *   same names.
 * Then `controlsFromTypes` (below) picks each attribute's control from its type text.
 */

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  fieldName?: string;
  description?: string;
  [key: string]: unknown;
}
interface Declaration {
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

function forStorybook(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      decl.members = decl.members?.filter(
        (m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.attribute,
      );
      decl.attributes = decl.attributes?.map((a) =>
        a.fieldName && a.fieldName !== a.name
          ? { ...a, description: `${a.description ?? ''} Property: \`${a.fieldName}\`.`.trim() }
          : a,
      );
      decl.cssParts = decl.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
    }
  }
  return copy;
}

setCustomElementsManifest(forStorybook(manifest as unknown as Manifest));

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/** `'light' | 'dark' | undefined` → radio light/dark; `string | number` → text; else an object editor. */
function controlFor(typeText: string): Record<string, unknown> {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  const literals = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p));
  if (parts.length > 0 && literals.every(Boolean)) {
    const options = literals.map((m) => m![1] ?? m![2]);
    return { control: { type: options.length <= 5 ? 'radio' : 'select' }, options };
  }
  // Attributes are text: a number attribute takes "97.27" and, to show the error, "97,27".
  if (parts.some((p) => p === 'string' || p === 'number')) return { control: { type: 'text' }, type: { name: 'string' } };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' }, type: { name: 'boolean' } };
  return { control: { type: 'object' } };
}

/**
 * Runs after the manifest has been read into argTypes and before Storybook infers
 * controls: attributes get controls from their type text (unless a story set one);
 * events, CSS parts and custom properties are documented without a control.
 */
const controlsFromTypes: Enhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (argType.control !== undefined) continue;
    if (category === 'attributes' || category === 'properties') {
      const typeText = argType.table?.type?.summary;
      if (typeText) argTypes[name] = { ...argType, ...controlFor(typeText) };
    } else if (category === 'events' || category === 'css shadow parts' || category === 'css custom properties' || category === 'slots') {
      argTypes[name] = { ...argType, control: false };
    }
  }
  return argTypes;
};

const preview: Preview = {
  argTypesEnhancers: [controlsFromTypes],
  parameters: {
    controls: { expanded: true, sort: 'none' },
  },
};

export default preview;
