import type { StorybookConfig } from '@storybook/web-components-vite';

// Designers preview every element here; the static build is also smoke-tested in CI
// (tests/e2e/storybook.test.ts), so keep it free of anything that needs the network.
// Stories import the elements from src/; package.json's `sideEffects` lists the src/ define
// modules, so the bundler keeps their registrations.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own preview and docs chunks are about 1 MB; that is expected, not a warning.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1500 } }),
};

export default config;
