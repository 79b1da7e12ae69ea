/**
 * The one-file scripts replace d3-interpolate and d3-format with numbers-only stand-ins
 * (src/vendor/) to stay small. This proves the swap changes nothing a reader sees: the same page
 * drawn by dist/role-hub.js and by an app bundling the npm build with the real d3 packages has
 * identical SVG geometry and identical text in every element.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { buildNpmCopy } from './helpers/npm-copy.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage, widgetsFor } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { settledWidgets, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();
const geometry = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'transform', 'viewBox'];

/** Every SVG shape in every widget, as tag and geometry attributes, in document order. */
function svgGeometry(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ tags, geometry }) => {
      const out: string[] = [];
      const walk = (root: ShadowRoot, path: string) => {
        for (const el of root.querySelectorAll('*')) {
          if (el instanceof SVGElement) {
            const attrs = geometry.filter((a) => el.hasAttribute(a)).map((a) => `${a}=${el.getAttribute(a)}`);
            if (attrs.length) out.push(`${path} ${el.localName} ${attrs.join(' ')}`);
          }
          if (el.shadowRoot) walk(el.shadowRoot, `${path}>${el.localName}`);
        }
      };
      for (const host of document.querySelectorAll(tags.join(','))) if (host.shadowRoot) walk(host.shadowRoot, host.localName);
      return out;
    },
    { tags, geometry },
  );
}

describe('numeric d3 stand-ins', () => {
  let browser: Browser;
  let server: TestServer;
  let npmDir: string;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'lib/index.js', 'stats/backend-engineer.json');
    // The real d3 packages must be what the npm copy bundles, or this compares the stand-ins with themselves.
    const npm = await buildNpmCopy('/app/');
    npmDir = npm.outDir;
    const app = readFileSync(join(npmDir, npm.scripts.match(/src="\/app\/([^"]+)"/)![1]!), 'utf8');
    assert.match(app, /interpolateRgb|rgb\(|d3-color|hsl/i, 'the npm copy carries the real d3-interpolate');

    // Both group-by variants of the salary band, at two widths, plus one of everything.
    const markup = `${widgetsFor(tags, 'src="/cdn/stats/"')}
      <salary-band role="backend-engineer" src="/cdn/stats/" by="seniority"></salary-band>
      <div style="width: 300px">${widgetsFor(['salary-band', 'skill-trend'].filter((t) => tags.includes(t)), 'src="/cdn/stats/"')}</div>`;
    const page = (script: string) => ({ body: htmlPage([], { head: script, wrap: () => `<div id="widgets">${markup}</div>` }) });
    server = await serve({
      folders: { '/cdn/': dist, '/app/': npmDir },
      pages: { '/shims.html': page('<script src="/cdn/role-hub.classic.js"></script>'), '/real-d3.html': page(npm.scripts) },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (npmDir) await rm(npmDir, { recursive: true, force: true });
  });

  it('charts from dist/role-hub.classic.js match charts built with the real d3 packages', async () => {
    const { page: a, errors: e1 } = await openPage(browser);
    await a.goto(`${server.origin}/shims.html`);
    const wa = await settledWidgets(a, tags);
    const { page: b, errors: e2 } = await openPage(browser);
    await b.goto(`${server.origin}/real-d3.html`);
    const wb = await settledWidgets(b, tags);
    assert.ok(wa.every((w) => w.state === 'ready') && wb.every((w) => w.state === 'ready'));
    // The npm copy must really be the one that drew page b.
    assert.equal(await b.evaluate(() => customElements.get('role-glance') === (window as any).npmCopy?.RoleGlance), true);

    const ga = await svgGeometry(a);
    const gb = await svgGeometry(b);
    assert.ok(ga.length >= 10, `there are charts to compare (${ga.length} shapes)`);
    assert.deepEqual(ga, gb);
    assert.deepEqual(wa.map((w) => w.text), wb.map((w) => w.text));
    assert.deepEqual([...e1, ...e2], []);
  });
});
