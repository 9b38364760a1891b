import type { ReactiveControllerHost } from 'lit';

import { eraForCodes, eraOf, isEra, type Era } from '../data/provinces/era.js';
import { onDemand } from '../feed/on-demand.js';
import type { Locale } from '../format/messages.js';

/**
 * Names for areas that come with a code only, from the province registry. The registry
 * is fetched with `import()` the first time a name is missing, so a page whose documents
 * name their areas never downloads it; one copy serves every element on the page.
 */
type Registry = typeof import('../data/provinces/index.js');

const registry = onDemand<Registry>(
  () => import('../data/provinces/index.js'),
  // The ranking's and the map's: both name their areas from it.
  'dx-widgets: the province registry could not be loaded; areas without a name are shown by their code or tile label.',
);

/** A document's own name for an area, or none when it is blank (a spreadsheet's empty cell): then the registry names it. */
export const givenName = (name?: string): string | undefined => (name?.trim() ? name : undefined);

/** The registry once it is here; `undefined` before, `null` when it could not be loaded (then codes are shown). */
export const loadedRegistry = (): Registry | null | undefined => registry.loaded();

/** Starts loading the registry (once per page); resolves when it is here or has failed. */
export const loadRegistry = (): Promise<unknown> => registry.load();

/**
 * The registry as one element that names areas from it (the ranking, the map) waits for it.
 * `get()` gives it for a render: `undefined` while it is on its way (asking for it, once), and
 * the element renders again when it arrives. Until then `pending` holds it, for the element's
 * `waiting()`, so that `updateComplete` waits for the names too.
 */
export class RegistryWait {
  pending?: Promise<unknown>;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  get(): Registry | null | undefined {
    const found = loadedRegistry();
    if (found === undefined) {
      this.pending ??= loadRegistry().then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
    }
    return found;
  }
}

/**
 * The registry's names for `codes` in the reader's language, read in the era the element
 * or the document's date gives (see `eraOf`; when neither says, `eraForCodes`). A code the
 * era does not know is left out, with one console warning for all of them, which names the
 * calling element (`caller`, its tag: the ranking and the map both ask): the caller shows it
 * by its code. Nothing is re-mapped between eras.
 */
export function registryNames(
  codes: readonly string[],
  era: string | undefined,
  asOf: string | undefined,
  locale: Locale,
  from: Registry,
  caller: string,
): Map<string, string> {
  const chosen: Era = isEra(era) ? era : (eraOf(asOf) ?? eraForCodes(codes, (code, era) => from.province(code, era) !== undefined));
  const names = new Map<string, string>();
  const unknown: string[] = [];
  for (const code of codes) {
    const name = from.provinceName(code, chosen, locale);
    if (name === undefined) unknown.push(code);
    else names.set(code, name);
  }
  if (unknown.length) {
    const other: Era = chosen === '63' ? '34' : '63';
    const hint = unknown.every((code) => from.province(code, other))
      ? ` They are units of the ${other}-unit era: set era="${other}" or as-of if that is meant.`
      : '';
    const list = unknown.slice(0, 10).join(', ') + (unknown.length > 10 ? ', …' : '');
    console.warn(
      `<${caller}>: ${unknown.length} area code(s) unknown among the ${chosen} provincial units${asOf ? ` (as of ${asOf})` : ''}: ${list}; shown by their code (give areas[].name).${hint}`,
    );
  }
  return names;
}
