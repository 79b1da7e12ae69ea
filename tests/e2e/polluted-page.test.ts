/**
 * A host page whose older scripts run first and add enumerable keys to Object.prototype (bundle
 * field names and `toJSON` among them) and enumerable methods to Array.prototype, before the
 * classic script loads: every element still renders, the FAQ's JSON-LD included.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { settledWidgets, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();

const pollution = `<script>
for (const key of ['median', 'skills', 'listings', 'pay', 'n', 'count', 'name', 'weeks', 'market', 'role']) {
  Object.defineProperty(Object.prototype, key, { value: 'polluted', enumerable: true, configurable: true, writable: true });
}
Object.defineProperty(Object.prototype, 'toJSON', { value: function () { return 'polluted'; }, enumerable: true, configurable: true, writable: true });
Object.defineProperty(Array.prototype, 'unique', { value: function () { return 'polluted'; }, enumerable: true, configurable: true, writable: true });
</script>`;

describe('a page with polluted prototypes before the script', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    server = await serve({
      folders: { '/cdn/': dist },
      pages: {
        '/polluted.html': {
          body: htmlPage(tags, {
            head: `${pollution}<script src="/cdn/role-hub.classic.js"></script>`,
            attrs: 'src="/cdn/stats/" emit-schema',
          }),
        },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every element with its figures and no polluted value', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/polluted.html`);
    const widgets = await settledWidgets(page, tags);
    assert.equal(widgets.length, tags.length);
    assert.deepEqual(
      widgets.filter((w) => w.state !== 'ready').map((w) => `${w.tag}: ${w.state} ${w.text.slice(0, 120)}`),
      [],
    );
    for (const w of widgets) assert.ok(!w.text.includes('polluted'), `${w.tag} shows a polluted value`);
    const jsonLd = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    );
    assert.ok(jsonLd.length > 0);
    for (const text of jsonLd) assert.equal(JSON.parse(text)['@type'], 'FAQPage');
    assert.deepEqual(errors, []);
  });
});
