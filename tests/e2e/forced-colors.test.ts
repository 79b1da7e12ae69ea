/**
 * Windows High Contrast and similar modes (`forced-colors: active`) replace a page's colours with
 * the reader's system colours. Chart marks drawn as SVG fills must stay visible there: every bar,
 * band, box and mark in every widget must be painted in a colour other than the page background,
 * and text must take the system text colour. With a theme too: its own colours there would be a
 * white median on a white canvas, so every mark takes the system colours whatever the theme.
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
const THEMES = ['light', 'dark', 'auto'] as const;

/** Each element, a mark in it, the property that paints it, and the system colour it must take. */
const THEMED_MARKS: Array<[string, string, 'fill' | 'stroke', string]> = [
  ['salary-band', '.box', 'fill', 'Highlight'],
  ['salary-band', '.median', 'stroke', 'CanvasText'],
  ['salary-band', '.band', 'fill', 'CanvasText'],
  ['skill-trend', '.spark', 'stroke', 'Highlight'],
  ['skill-trend', '.spark-dot', 'stroke', 'Highlight'],
  ['skill-ranking', '.fill', 'fill', 'Highlight'],
  ['seniority-breakdown', '.fill', 'fill', 'Highlight'],
];
const themedTags = [...new Set(THEMED_MARKS.map(([tag]) => tag))];

/** The system colours as the page's browser resolves them now (run in the page). */
function systemColours(names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const probe = document.createElement('span');
      probe.style.color = name;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return [name, value];
    }),
  );
}

describe('forced colors', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    const body = htmlPage(tags, { head: '<script src="/cdn/role-hub.classic.js"></script>', attrs: 'src="/cdn/stats/"' });
    const head = '<script src="/cdn/role-hub.classic.js"></script>';
    const themed = Object.fromEntries(
      THEMES.map((theme) => [`/${theme}.html`, { body: htmlPage(themedTags, { head, attrs: `src="/cdn/stats/" theme="${theme}"` }) }]),
    );
    server = await serve({
      folders: { '/cdn/': dist },
      pages: { '/index.html': { body }, '/plain.html': { body: htmlPage(themedTags, { head, attrs: 'src="/cdn/stats/"' }) }, ...themed },
    });
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
    const system = await page.evaluate(systemColours, ['Canvas', 'CanvasText']);
    const report = await page.evaluate(
      ([tags, canvas, canvasText]) => {
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
      },
      [tags, system.Canvas!, system.CanvasText!] as const,
    );
    assert.ok(report.marks > 20, `the page draws chart marks (${report.marks})`);
    assert.deepEqual(report.invisible, [], 'chart marks painted in the background colour');
    assert.deepEqual(report.wrongText, [], 'headings not in the system text colour');
    assert.deepEqual(errors, []);
    await page.close();
  });
  for (const theme of ['plain', ...THEMES]) {
    it(`paints every themed mark in its system colour${theme === 'plain' ? ' without a theme' : ` with theme="${theme}"`}`, async () => {
      const { page, errors } = await openPage(browser);
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${server.origin}/${theme}.html`);
      await settledWidgets(page, themedTags);
      const system = await page.evaluate(systemColours, ['Highlight', 'CanvasText']);
      const wrong = await page.evaluate(
        ([marks, system]) =>
          marks.flatMap(([tag, selector, property, colour]) => {
            const mark = document.querySelector(tag)!.shadowRoot!.querySelector(selector);
            const painted = mark ? getComputedStyle(mark)[property] : 'no such mark';
            return painted === system[colour] ? [] : [`${tag} ${selector} ${property}: ${painted}, not ${colour}`];
          }),
        [THEMED_MARKS, system] as const,
      );
      assert.deepEqual(wrong, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
