/**
 * Loading role-hub twice must be harmless: two script tags, the module and the classic build
 * together, or the one-file script next to an app that bundled its own npm copy. No error, no
 * warning (same version), each tag registered once, every element an instance of that one class,
 * rendered once, loading its data once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { buildNpmCopy } from './helpers/npm-copy.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { settledWidgets, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();

// Counts role-hub-load per element that fired it, from before any copy of the library runs.
const recorder = `
window.__loads = new Map();
document.addEventListener('role-hub-load', (e) => {
  const el = e.composedPath()[0];
  window.__loads.set(el, (window.__loads.get(el) || 0) + 1);
}, true);
`;

describe('loaded twice', () => {
  let browser: Browser;
  let server: TestServer;
  let npmDir: string;
  let oneDir: string;

  const module = '<script type="module" src="/cdn/role-hub.js"></script>';
  const moduleAgain = '<script type="module" src="/cdn/role-hub.js?copy=2"></script>';
  const classic = '<script src="/cdn/role-hub.classic.js"></script>';
  const cases: Record<string, (npm: string, one: string) => { head: string; body?: string }> = {
    'the module script twice (two URLs, so it really runs twice)': () => ({ head: module + moduleAgain }),
    'the classic script twice': () => ({ head: classic + classic }),
    'the classic script, then the module script': () => ({ head: classic + module }),
    'the module script, then the classic script at the end of the page': () => ({ head: module, body: classic }),
    'the classic script, then an app with its npm copy': (npm) => ({ head: classic + npm }),
    'an app with its npm copy, then the classic script at the end of the page': (npm) => ({ head: npm, body: classic }),
    'an app with its npm copy, then the module script': (npm) => ({ head: npm + module }),
    // Each copy defines some of the tags: two loaders, one request.
    'an app whose npm copy defines one element, then the module script': (_, one) => ({ head: one + module }),
  };

  before(async () => {
    requireBuilt('role-hub.js', 'role-hub.classic.js', 'lib/index.js', 'stats/backend-engineer.json');
    const npm = await buildNpmCopy('/app/');
    const one = await buildNpmCopy('/one/', {}, 'npm-one');
    npmDir = npm.outDir;
    oneDir = one.outDir;
    const pages: Record<string, { body: string }> = {
      '/record.js': { body: recorder },
    };
    Object.entries(cases).forEach(([, make], i) => {
      const { head, body } = make(npm.scripts, one.scripts);
      pages[`/case-${i}.html`] = {
        body: htmlPage(tags, {
          head: `<meta name="role-hub-src" content="/cdn/stats/"><script src="/record.js"></script>${head}`,
          wrap: (w) => `<div id="widgets">${w}</div>${body ?? ''}`,
        }),
      };
    });
    server = await serve({ folders: { '/cdn/': dist, '/app/': npmDir, '/one/': oneDir }, pages });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [npmDir, oneDir]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  Object.keys(cases).forEach((name, i) => {
    it(`${name}: each tag upgrades once`, async () => {
      const { page, errors, warnings } = await openPage(browser);
      server.requests.clear();
      await page.goto(`${server.origin}/case-${i}.html`);
      const widgets = await settledWidgets(page, tags);
      assert.deepEqual(
        widgets.map((w) => `${w.tag}: ${w.state}`),
        tags.map((t) => `${t}: ready`),
      );

      const report = await page.evaluate((tags) => {
        const loads = window.__loads;
        return tags.map((tag) => {
          const cls = customElements.get(tag);
          const els = [...document.querySelectorAll(tag)];
          return {
            tag,
            defined: typeof cls === 'function',
            sameClass: els.every((el) => el.constructor === cls && el instanceof (cls as CustomElementConstructor)),
            // One render: one shadow root holding one section wrapper.
            bases: els.map((el) => el.shadowRoot?.querySelectorAll('[part~="base"]').length ?? 0),
            loads: els.map((el) => loads.get(el) ?? 0),
          };
        });
      }, tags);
      for (const r of report) {
        assert.deepEqual(r, { tag: r.tag, defined: true, sameClass: true, bases: [1], loads: [1] }, `<${r.tag}>`);
      }
      // Whichever copy defined the elements, they share one loader: one request for the bundle.
      assert.equal(server.requests.get('/cdn/stats/backend-engineer.json'), 1);
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
      await page.close();
    });
  });
});
