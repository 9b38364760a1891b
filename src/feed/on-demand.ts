/**
 * A module fetched with `import()` on first need, once per page: code most pages never run (the
 * feed loader, the validator's words, the province registry) stays out of what every reader
 * downloads. `loaded()` is the module once it is here, `null` when it could not be loaded,
 * `undefined` before; `load()` starts the import, once, and resolves when the module is here or
 * has failed (then with `warning` on the console, and the caller does without it).
 */
export interface OnDemand<M> {
  loaded(): M | null | undefined;
  load(): Promise<unknown>;
}

export function onDemand<M>(importer: () => Promise<M>, warning: string): OnDemand<M> {
  let module: M | null | undefined;
  let loading: Promise<unknown> | undefined;
  return {
    loaded: () => module,
    load: () =>
      (loading ??= importer().then(
        (found) => (module = found),
        (error: unknown) => {
          module = null;
          console.warn(warning, error);
        },
      )),
  };
}
