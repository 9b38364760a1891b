// `npm start` opens the demo only where a browser can be opened (scripts/open-browser.js): where
// none can, Vite's attempt printed a stack trace that read like a failed start.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { canOpenBrowser } from '../../scripts/open-browser.js';

const bin = '/usr/bin';
const withOpener = (path) => path === join(bin, 'xdg-open');
const nothing = () => false;

test('a Linux machine with no display (a server, a container, SSH) opens nothing', () => {
  assert.equal(canOpenBrowser({ PATH: bin }, 'linux', withOpener), false);
});

test('a Linux display without xdg-open opens nothing', () => {
  assert.equal(canOpenBrowser({ PATH: bin, DISPLAY: ':0' }, 'linux', nothing), false);
});

test('a Linux desktop, X11 or Wayland, with xdg-open on its PATH opens the demo', () => {
  assert.equal(canOpenBrowser({ PATH: bin, DISPLAY: ':0' }, 'linux', withOpener), true);
  assert.equal(canOpenBrowser({ PATH: bin, WAYLAND_DISPLAY: 'wayland-0' }, 'linux', withOpener), true);
});

test('WSL, with WSLg or without (no display), opens the Windows browser', () => {
  assert.equal(canOpenBrowser({ PATH: bin, WSL_DISTRO_NAME: 'Ubuntu' }, 'linux', nothing), true);
});

test('macOS and Windows always have an opener', () => {
  assert.equal(canOpenBrowser({}, 'darwin', nothing), true);
  assert.equal(canOpenBrowser({}, 'win32', nothing), true);
});

test('BROWSER decides when set, as Vite reads it: none opens nothing, a name is tried', () => {
  assert.equal(canOpenBrowser({ BROWSER: 'none', DISPLAY: ':0', PATH: bin }, 'linux', withOpener), false);
  assert.equal(canOpenBrowser({ BROWSER: 'firefox' }, 'linux', nothing), true);
});
