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
  viteFinal: (config) => ({
    ...config,
    // Storybook's renderer imports lit/directive-helpers.js, which the dev server would otherwise
    // serve unbundled beside the pre-bundled lit: two copies of lit-html, and Lit's
    // "multiple versions" warning on every story.
    optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'] },
    // Storybook's own preview and docs chunks are about 1 MB; that is expected, not a warning.
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
