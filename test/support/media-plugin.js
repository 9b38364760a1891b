// A command for browser tests (`executeServerCommand('media', …)`): the page's media features,
// forced colours among them. @web/test-runner-commands' emulateMedia takes `forcedColors`, but
// under puppeteer (our chromeLauncher) it passes on only the colour scheme and reduced motion.
// Puppeteer's emulateMediaFeatures refuses `forced-colors`: the command speaks to the page's own
// DevTools session, which sets the features given and clears the others, so each call says all it wants:
//   { forcedColors?: 'active' | 'none', colorScheme?: 'light' | 'dark' }   ({} clears them all)
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaPlugin() {
  return {
    name: 'dx-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`the media command needs puppeteer, not ${session.browser.type}`);
      const features = [];
      if (payload?.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
      if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      // Through the page's own DevTools session, which puppeteer's emulation uses too.
      await session.browser.getPage(session.id)._client().send('Emulation.setEmulatedMedia', { media: '', features });
      return true;
    },
  };
}
