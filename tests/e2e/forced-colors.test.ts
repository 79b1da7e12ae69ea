/**
 * Windows High Contrast and similar modes (`forced-colors: active`) replace a page's colours with
 * the reader's system colours. Chart marks drawn as SVG fills must stay visible there: every bar,
 * band, box and mark in every widget must be painted in a colour other than the page background,
 * and text must take the system text colour.
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

describe('forced colors', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    const body = htmlPage(tags, { head: '<script src="/cdn/role-hub.classic.js"></script>', attrs: 'src="/cdn/stats/"' });
    server = await serve({ folders: { '/cdn/': dist }, pages: { '/index.html': { body } } });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps every chart mark visible against the background and text in the system colour', async () => {
    const { page, errors } = await openPage(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${server.origin}/index.html`);
    await settledWidgets(page, tags);
    const report = await page.evaluate((tags) => {
      // The system colours as this browser resolves them.
      const system = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = name;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      const canvas = system('Canvas');
      const canvasText = system('CanvasText');
      const invisible: string[] = [];
      let marks = 0;
      const wrongText: string[] = [];
      for (const host of document.querySelectorAll(tags.join(','))) {
        const root = host.shadowRoot!;
        for (const shape of root.querySelectorAll('svg rect, svg circle, svg path, svg line, svg polyline')) {
          const style = getComputedStyle(shape);
          const paint = style.fill !== 'none' ? style.fill : style.stroke;
          // A shape painted in nothing at all (a hit area, say) draws nothing to lose, and a bar's track
          // is its unfilled part, the background on purpose.
          if ((style.fill === 'none' && style.stroke === 'none') || style.visibility === 'hidden' || style.display === 'none') continue;
          if (shape.classList.contains('track')) continue;
          marks++;
          if (paint === canvas || /rgba\(\d+, \d+, \d+, 0\)/.test(paint))
            invisible.push(`${host.localName} ${shape.localName}.${shape.getAttribute('class') ?? ''}: ${paint}`);
        }
        const heading = root.querySelector('[part~="heading"]');
        if (heading && getComputedStyle(heading).color !== canvasText)
          wrongText.push(`${host.localName}: ${getComputedStyle(heading).color}`);
      }
      return { marks, invisible, wrongText };
    }, tags);
    assert.ok(report.marks > 20, `the page draws chart marks (${report.marks})`);
    assert.deepEqual(report.invisible, [], 'chart marks painted in the background colour');
    assert.deepEqual(report.wrongText, [], 'headings not in the system text colour');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
