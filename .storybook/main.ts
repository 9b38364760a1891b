import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the elements, built offline: no addons beyond what ships in
 * `storybook` itself (controls, actions, viewport, backgrounds), no telemetry.
 * Controls come from `custom-elements.json` (see preview.ts): run `npm run analyze`
 * after changing an element's API.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: [],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The test fixtures double as the feed for the `src` stories: /fixtures/lai-chau-2024.json.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  // Storybook reads vite.config.ts (its `build` section is dropped); its dev-server
  // setting opens /demo/, which has no place here.
  viteFinal: (config) => ({ ...config, server: { ...config.server, open: false } }),
};

export default config;
