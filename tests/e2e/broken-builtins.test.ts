/**
 * A host page that broke a built-in before the classic script loads: it removed `Intl`, swapped in
 * a partial polyfill that throws, an older Promise without `finally`, a stylesheet shim whose
 * `adoptedStyleSheets` throws, or took away what loading needs. Nothing is thrown into the page. Where the browser can
 * still do the work another way, every element shows the same words and figures at the same
 * height as on an untouched page; where it cannot load at all, every element says so.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { settledWidgets, shippedTags, type Readout } from './helpers/widgets.js';

const tags = shippedTags();

const throwing = 'function () { throw new Error("broken by the page"); }';

/** What the page does before the script, by what a reader would call it. */
const stillShown: Record<string, string> = {
  'removes Intl': 'delete globalThis.Intl;',
  'replaces Intl.NumberFormat and Intl.DateTimeFormat with constructors that throw': `Intl.NumberFormat = ${throwing}; Intl.DateTimeFormat = ${throwing};`,
  'removes Promise.prototype.finally': 'delete Promise.prototype.finally;',
  'replaces requestIdleCallback with a function that throws': `window.requestIdleCallback = ${throwing};`,
  'removes ResizeObserver and matchMedia': 'delete window.ResizeObserver; delete window.matchMedia;',
  'makes setting adoptedStyleSheets throw': `Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', { get() { return []; }, set: ${throwing} });`,
};

const cannotLoad: Record<string, string> = {
  'removes fetch': 'delete window.fetch;',
  'removes AbortController': 'delete window.AbortController;',
  'replaces JSON.parse with a function that throws': `JSON.parse = ${throwing};`,
};

const pathOf = (i: number) => `/broken-${i}.html`;
const cases = [...Object.entries(stillShown), ...Object.entries(cannotLoad)];

/** Each top-level widget's border-box height, in document order. */
const heights = (page: Page) =>
  page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => el.getBoundingClientRect().height), tags);

describe('a page that broke built-ins before the script', () => {
  let server: TestServer;
  let browser: Browser;
  let untouched: { widgets: Readout[]; heights: number[] };

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    const page = (breakage: string) => ({
      body: htmlPage(tags, {
        head: `<script>${breakage}</script><script src="/cdn/role-hub.classic.js"></script>`,
        attrs: 'src="/cdn/stats/"',
      }),
    });
    server = await serve({
      folders: { '/cdn/': dist },
      pages: Object.fromEntries([['/untouched.html', page('')], ...cases.map(([, breakage], i) => [pathOf(i), page(breakage)])]),
    });
    browser = await launch();
    const { page: p, errors } = await openPage(browser);
    await p.goto(`${server.origin}/untouched.html`);
    untouched = { widgets: await settledWidgets(p, tags), heights: await heights(p) };
    assert.deepEqual(errors, []);
    assert.deepEqual(
      untouched.widgets.filter((w) => w.state !== 'ready').map((w) => w.tag),
      [],
      'every widget is ready on the untouched page',
    );
    await p.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  cases.forEach(([what], i) => {
    const shown = what in stillShown;
    it(`${shown ? 'shows the same figures' : 'says the stats could not be had'} when the page ${what}`, async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${server.origin}${pathOf(i)}`);
      const widgets = await settledWidgets(page, tags);
      assert.equal(widgets.length, tags.length);
      if (shown) {
        for (const [k, w] of widgets.entries()) {
          assert.equal(w.state, 'ready', `<${w.tag}> is ${w.state}: ${w.text.slice(0, 120)}`);
          assert.equal(w.text, untouched.widgets[k]?.text, `<${w.tag}> reads as on the untouched page`);
        }
        // The same height: the styles applied, and the charts found their width.
        assert.deepEqual(await heights(page), untouched.heights);
      } else {
        for (const w of widgets) {
          assert.equal(w.state, 'error', `<${w.tag}> is ${w.state}: ${w.text.slice(0, 120)}`);
          assert.match(w.text, /stats could not be (loaded|read|shown)/, `<${w.tag}> says what happened`);
        }
      }
      assert.deepEqual(errors, [], 'nothing is thrown into the page');
      await page.close();
    });
  });
});
