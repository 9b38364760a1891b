/**
 * A module fetched with `import()` on first need: code most pages never run (the feed loader,
 * the validator's words, the poller) stays out of what every reader downloads. `loaded()` is the
 * module once it is here, `null` when the last try failed, `undefined` before; `load()` starts
 * the import and resolves when the module is here or the try has failed (then the caller does
 * without it, and the console is told once).
 *
 * A failure is not kept: the next `load()` (the next poll, the network back, another `src`)
 * tries again. Browsers keep a failed module fetch for the page's life (whatwg/html#6768), so a
 * try after a failure asks for the same file under a fragment of its own, from the address the
 * browser's error names (Chromium and Firefox name it); the server sees the same URL.
 */
export interface OnDemand<M> {
  loaded(): M | null | undefined;
  load(): Promise<unknown>;
}

export function onDemand<M>(importer: () => Promise<M>, warning: string): OnDemand<M> {
  let module: M | null | undefined;
  let loading: Promise<unknown> | undefined;
  /** Where the failed tries asked for the module, and how many there were. */
  let at: string | undefined;
  let failures = 0;
  return {
    loaded: () => module,
    load: () =>
      (loading ??= (at ? (import(/* @vite-ignore */ /* webpackIgnore: true */ `${at}#${failures}`) as Promise<M>) : importer()).then(
        (found) => (module = found),
        (error: unknown) => {
          module = null;
          loading = undefined;
          at = /https?:\/\/[^\s#]+/.exec(String(error))?.[0] ?? at;
          if (!failures++) console.warn(warning, error);
        },
      )),
  };
}
