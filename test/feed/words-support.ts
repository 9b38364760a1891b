import { executeServerCommand } from '@web/test-runner-commands';

/** The validator's words, as the page asks for them: `/src/spec/problems.ts`. */
export const WORDS = '/src/spec/problems.';

/** Watches this page's requests from now on (test/support/requests-plugin.js), failing those whose URL holds one of `fail`. */
export const watchRequests = (fail: string[] = []): Promise<unknown> => executeServerCommand('requests', { watch: true, fail });

/** Stops watching (and failing): the tab goes on to the next test file. */
export const stopWatching = (): Promise<unknown> => executeServerCommand('requests', { watch: false });

/** How many requests this page made, since it began watching, whose URL holds `part`. */
export async function requested(part: string): Promise<number> {
  const urls = (await executeServerCommand('requests', {})) as string[];
  return urls.filter((url) => url.includes(part)).length;
}
