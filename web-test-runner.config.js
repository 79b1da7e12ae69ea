// Browser tests: real headless Chromium (Debian's /usr/bin/chromium), TypeScript through esbuild.
import net from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

// The dev server passes `host: undefined` to listen(), which binds every interface.
// Test pages must be served on the loopback address only, so default the host here.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1');
  } else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined && !args[0].host) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[0] === 'number' && args[1] === undefined) {
    args[1] = '127.0.0.1';
  }
  return listen.apply(this, args);
};

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `executeServerCommand('bring-to-front')`: makes the calling test's page the visible tab. Two test
 * pages run at once as tabs of one window, and the one behind is hidden: it draws no frames, so its
 * CSS transitions (theme="auto" hears the page's scheme through one) wait until it is shown.
 */
const bringToFront = {
  name: 'bring-to-front',
  async executeCommand({ command, session }) {
    if (command !== 'bring-to-front') return undefined;
    await session.browser.getPage(session.id).bringToFront();
    return true;
  },
};

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  hostname: '127.0.0.1',
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // a11ySnapshot: what a screen reader is given, from Chromium's accessibility tree.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', json: true }), bringToFront, a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // Two test pages run at once: keep the one behind from being throttled further; a test
          // that needs frames brings its page to the front (see bringToFront).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // A fixed time zone and locale so dates and numbers render the same everywhere.
  // UPDATE_SNAPSHOTS=1 lets the chart snapshot test rewrite its files (tests/browser/snapshots/).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><script>window.updateSnapshots = ${process.env.UPDATE_SNAPSHOTS === '1'};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
