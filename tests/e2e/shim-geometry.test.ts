/**
 * The builds are made smaller in two ways a reader must never notice: d3-interpolate and d3-format
 * are replaced by numbers-only stand-ins (src/vendor/; in the one-file scripts and, with d3-scale
 * bundled, in the npm build), and the whitespace inside Lit's templates is collapsed. This draws the same page with dist/role-hub.classic.js and with an app
 * bundling role-hub's TypeScript source as written and the real d3 packages, and finds identical
 * SVG geometry, identical text, and every box inside every widget in the same place.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { buildNpmCopy } from './helpers/npm-copy.js';
import { dist, repoRoot, requireBuilt } from './helpers/paths.js';
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

/** Every element in every widget's shadow root: its box relative to its widget. */
function boxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate((tags) => {
    const out: Record<string, number[]> = {};
    const round = (n: number) => Math.round(n * 10) / 10;
    document.querySelectorAll(tags.join(',')).forEach((host, h) => {
      const origin = host.getBoundingClientRect();
      const walk = (root: ShadowRoot, path: string) => {
        [...root.querySelectorAll('*')].forEach((el, i) => {
          const r = el.getBoundingClientRect();
          const name = `${path} ${i}:${el.localName}`;
          out[name] = [round(r.left - origin.left), round(r.top - origin.top), round(r.width), round(r.height)];
          if (el.shadowRoot) walk(el.shadowRoot, name);
        });
      };
      if (host.shadowRoot) walk(host.shadowRoot, `${h}:${host.localName}`);
    });
    return out;
  }, tags);
}

describe('numeric d3 stand-ins and collapsed templates', () => {
  let browser: Browser;
  let server: TestServer;
  let npmDir: string;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'lib/index.js', 'stats/backend-engineer.json');
    // The source as written (no template collapsing) with the real d3 packages; they must be what
    // the app bundles, or this compares the stand-ins with themselves.
    const npm = await buildNpmCopy('/app/', { resolve: { alias: { 'role-hub': join(repoRoot, 'src/index.ts') } } });
    npmDir = npm.outDir;
    const app = readFileSync(join(npmDir, npm.scripts.match(/src="\/app\/([^"]+)"/)![1]!), 'utf8');
    assert.match(app, /interpolateRgb|rgb\(|d3-color|hsl/i, 'the app carries the real d3-interpolate');
    assert.match(app, /:host \{\s*\n\s*display: block;/, 'the app carries the templates as written');

    // Both group-by variants of the salary band, at two widths, plus one of everything.
    const markup = `${widgetsFor(tags, 'src="/cdn/stats/"')}
      <salary-band role="backend-engineer" src="/cdn/stats/" by="seniority"></salary-band>
      <div style="width: 300px">${widgetsFor(
        ['salary-band', 'skill-trend'].filter((t) => tags.includes(t)),
        'src="/cdn/stats/"',
      )}</div>`;
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

  it('dist/role-hub.classic.js draws what the source with the real d3 packages draws', async () => {
    const { page: a, errors: e1 } = await openPage(browser);
    await a.goto(`${server.origin}/shims.html`);
    const wa = await settledWidgets(a, tags);
    const { page: b, errors: e2 } = await openPage(browser);
    await b.goto(`${server.origin}/real-d3.html`);
    const wb = await settledWidgets(b, tags);
    assert.ok(wa.every((w) => w.state === 'ready') && wb.every((w) => w.state === 'ready'));
    // The npm copy must really be the one that drew page b.
    assert.equal(await b.evaluate(() => customElements.get('role-glance') === window.npmCopy?.RoleGlance), true);

    const ga = await svgGeometry(a);
    const gb = await svgGeometry(b);
    assert.ok(ga.length >= 10, `there are charts to compare (${ga.length} shapes)`);
    assert.deepEqual(ga, gb);
    assert.deepEqual(
      wa.map((w) => w.text),
      wb.map((w) => w.text),
    );
    const [ba, bb] = [await boxes(a), await boxes(b)];
    assert.ok(Object.keys(ba).length > tags.length * 5, 'the widgets have inner boxes to compare');
    const moved = Object.keys(ba).filter((k) => JSON.stringify(ba[k]) !== JSON.stringify(bb[k]));
    assert.deepEqual(
      moved.map((k) => `${k}: ${JSON.stringify(ba[k])} → ${JSON.stringify(bb[k])}`),
      [],
    );
    assert.deepEqual([...e1, ...e2], []);
  });
});
