import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

// Designers preview every element here; the static build is also smoke-tested in CI
// (tests/e2e/storybook.test.ts), so keep it free of anything that needs the network.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/**
 * Stories import the elements from src/, and a bare `import '…/define.js'` only registers a tag.
 * package.json's `sideEffects` describes the published dist/ files, so without this the bundler
 * would treat the src/ define modules as side-effect free and drop them from the static build.
 */
const keepDefineModules: Plugin = {
  name: 'role-hub-keep-define-modules',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/(^|\/)(define|index)(\.[jt]s)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && /\/src\/(components\/[^/]+\/define|index)\.ts$/.test(resolved.id)) {
      return { ...resolved, moduleSideEffects: true };
    }
    return resolved;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) => ({ ...config, plugins: [keepDefineModules, ...(config.plugins ?? [])] }),
};

export default config;
