/**
 * The blogger's path: a plain HTML page that loads the built script (module or classic) and shows
 * every element with the shipped sample data, found by `src`, by `<meta name="role-hub-src">`, or
 * in the `stats/` folder beside the script itself.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { footerStart, glanceSentences, sampleBundle, settledWidgets, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();

describe('script tag', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuilt('role-hub.js', 'role-hub.classic.js', 'stats/backend-engineer.json');
    const module = '<script type="module" src="/cdn/role-hub.js"></script>';
    const classic = '<script src="/cdn/role-hub.classic.js"></script>';
    server = await serve({
      // /cdn/ is dist/ as a CDN would serve the package; pages live elsewhere so that only the
      // script's own folder can explain where `stats/` was found.
      folders: { '/cdn/': dist },
      pages: {
        '/pages/module-meta.html': { body: htmlPage(tags, { head: `<meta name="role-hub-src" content="/cdn/stats/">${module}` }) },
        '/pages/module-src.html': { body: htmlPage(tags, { head: module, attrs: 'src="/cdn/stats/"' }) },
        '/pages/module-beside.html': { body: htmlPage(tags, { head: module }) },
        '/pages/classic-src.html': { body: htmlPage(tags, { head: classic, attrs: 'src="/cdn/stats"' }) },
        '/pages/classic-meta.html': { body: htmlPage(tags, { head: `<meta name="role-hub-src" content="/cdn/stats/">${classic}` }) },
        '/pages/classic-beside.html': { body: htmlPage(tags, { head: classic }) },
        // Pasted at the end of a post, after the elements: they upgrade when the script runs.
        '/pages/classic-after.html': {
          body: htmlPage(tags, { body: '', wrap: (w) => `<article><p>Post text.</p>${w}</article>${classic}` }),
        },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of ['module-meta', 'module-src', 'module-beside', 'classic-src', 'classic-meta', 'classic-beside', 'classic-after']) {
    it(`${name}: every element shows the backend-engineer sample data`, async () => {
      const bundle = sampleBundle();
      const { page, errors } = await openPage(browser);
      server.requests.clear();
      await page.goto(`${server.origin}/pages/${name}.html`);
      const widgets = await settledWidgets(page, tags);

      assert.deepEqual(
        widgets.map((w) => `${w.tag}: ${w.state}`),
        tags.map((t) => `${t}: ready`),
        `states: ${JSON.stringify(widgets.map((w) => ({ tag: w.tag, state: w.state, text: w.text.slice(0, 160) })))}`,
      );
      for (const w of widgets) {
        if (w.tag === 'role-hub') assert.match(w.text, new RegExp(bundle.role.title), 'role-hub shows the role title');
        else assert.ok(w.text.includes(footerStart(bundle)), `${w.tag} shows "${footerStart(bundle)}…", got: ${w.text}`);
      }
      const glance = widgets.find((w) => w.tag === 'role-glance');
      if (glance)
        for (const sentence of glanceSentences(bundle))
          assert.ok(glance.text.includes(sentence), `role-glance reads "${sentence}"; got: ${glance.text}`);

      // One request for the bundle however many elements ask, and the script once.
      assert.equal(server.requests.get('/cdn/stats/backend-engineer.json'), 1);
      const scripts = [...server.requests].filter(([path]) => path.startsWith('/cdn/role-hub'));
      assert.deepEqual(
        scripts.map(([, n]) => n),
        [1],
      );
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('a page that declares no charset, served without one', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuilt('role-hub.js', 'role-hub.classic.js', 'stats/backend-engineer.json');
    // A classic script takes the page's encoding when neither names one: windows-1252 here.
    server = await serve({
      folders: { '/cdn/': dist },
      pages: {
        '/plain/role-hub.classic.js': { body: readFileSync(join(dist, 'role-hub.classic.js'), 'utf8'), type: 'text/javascript' },
        '/plain/post.html': {
          body: '<!doctype html><html lang="en"><head><script src="/plain/role-hub.classic.js"></script></head><body><salary-band role="backend-engineer" src="/cdn/stats/"></salary-band></body></html>',
          type: 'text/html',
        },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the one-file scripts are ASCII, so no page encoding can misread them', () => {
    for (const file of ['role-hub.js', 'role-hub.classic.js']) {
      const text = readFileSync(join(dist, file), 'utf8');
      assert.deepEqual([...new Set(text.match(/[^\0-\x7f]/g) ?? [])], [], `dist/${file} holds characters beyond ASCII`);
    }
  });

  it('shows a range dash as a dash, not as "â€“"', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/plain/post.html`);
    assert.equal(await page.evaluate(() => document.characterSet), 'windows-1252');
    const [band] = await settledWidgets(page, ['salary-band']);
    assert.equal(band?.state, 'ready');
    assert.match(band.text, /Middle half of [\d,]+ yearly salaries ?: \$[\d,]+ – \$[\d,]+/);
    assert.doesNotMatch(band.text, /â€/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
