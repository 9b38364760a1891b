// A command for browser tests (`executeServerCommand('requests', …)`): watches the page's own
// requests through the browser, its cache off (so every module the page loads is seen, even one
// that an earlier test file in the same tab loaded), and makes those whose URL holds one of
// `fail` fail, as a reader's do when the network drops after the page's first scripts arrived.
//   { watch: true, fail?: string[] }  starts watching (and failing); returns true
//   { watch: false }                   stops, before the tab moves on to the next test file
//   {}                                 the URLs requested since watching began, in order
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function requestsPlugin() {
  /** By test session: the URLs its page requested, and the listener that sees them. */
  const watching = new Map();
  return {
    name: 'dx-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'requests') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`the requests command needs puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const watched = watching.get(session.id);
      if (payload?.watch === undefined) return watched?.urls ?? [];
      if (watched) {
        page.off('request', watched.listener);
        watching.delete(session.id);
        await page.setRequestInterception(false);
        await page.setCacheEnabled(true);
      }
      if (!payload.watch) return true;
      const urls = [];
      const fail = payload.fail ?? [];
      const listener = (request) => {
        if (request.isInterceptResolutionHandled()) return;
        urls.push(request.url());
        if (fail.some((part) => request.url().includes(part))) void request.abort('internetdisconnected');
        else void request.continue();
      };
      watching.set(session.id, { urls, listener });
      await page.setCacheEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', listener);
      return true;
    },
  };
}
