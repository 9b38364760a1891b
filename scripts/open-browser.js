// Whether `npm start` can show the demo in a browser. Vite opens one through the `open` package,
// which on Linux runs xdg-open: on a server, in a container or over SSH there is none, or no
// display for it, and Vite then prints the spawn error's stack trace, which reads like a failed
// start although the server runs. There the demo's address is printed instead (vite.config.ts).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * @param {Record<string, string | undefined>} [env]
 * @param {string} [platform]
 * @param {(path: string) => boolean} [exists]
 * @returns {boolean}
 */
export function canOpenBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  // Vite reads BROWSER itself: "none" opens nothing; a browser or a script named there is the user's choice.
  if (env.BROWSER) return env.BROWSER.toLowerCase() !== 'none';
  if (platform === 'darwin' || platform === 'win32') return true;
  // WSL (which sets WSL_DISTRO_NAME in its shells): Vite's opener starts Windows' default browser
  // through PowerShell, with no Linux display needed, WSLg or not.
  if (env.WSL_DISTRO_NAME) return true;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && exists(join(dir, 'xdg-open')));
}
