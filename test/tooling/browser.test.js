// Which Chromium the tests use (scripts/browser.js): CHROME_PATH wins when it names a file,
// and a wrong one is one clear message, never a silent fall-back to another browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { NO_BROWSER, resolveChromium } from '../../scripts/browser.js';

async function withChromePath(value, run) {
  const before = process.env.CHROME_PATH;
  process.env.CHROME_PATH = value;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = before;
  }
}

test('CHROME_PATH naming a file is used as it is', async () => {
  const found = await withChromePath(process.execPath, resolveChromium);
  assert.deepEqual(found, { executablePath: process.execPath, source: 'CHROME_PATH' });
});

test('CHROME_PATH naming nothing is an error that says what to do', async () => {
  await withChromePath('/nowhere/chrome', () =>
    assert.rejects(resolveChromium(), (e) => e.message.includes('/nowhere/chrome') && e.message.includes(NO_BROWSER)),
  );
});

test('without CHROME_PATH, a browser is found on this machine (installed, or the packaged one)', async () => {
  const found = await withChromePath('', resolveChromium);
  assert.ok(['installed', '@sparticuz/chromium'].includes(found.source), found.source);
});
