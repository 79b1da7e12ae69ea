/**
 * Pages a blog platform makes: one without a doctype (quirks mode), a post in vertical text, and
 * the post printed. The widgets keep their layout in the first, run left to right in the second,
 * and print legibly, a row and its n together, in the third.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { boxes, movedBoxes } from './helpers/boxes.js';
import { launch, openPage } from './helpers/browser.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { settledWidgets, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();
const head = `<style>body { font-size: 20px } #widgets { width: 640px }</style><script src="/cdn/role-hub.classic.js"></script>`;

describe("a blog platform's pages", () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    const standards = htmlPage(tags, { head, attrs: 'src="/cdn/stats/"' });
    server = await serve({
      folders: { '/cdn/': dist },
      pages: {
        '/standards.html': { body: standards },
        '/quirks.html': { body: standards.replace(/^<!doctype html>\n/, '') },
        '/vertical.html': {
          body: htmlPage(tags, {
            head,
            attrs: 'src="/cdn/stats/"',
            wrap: (w) => `<div style="writing-mode: vertical-rl; height: 2000px">${w}</div>`,
          }),
        },
        '/dark.html': { body: htmlPage(tags, { head, attrs: 'src="/cdn/stats/" theme="dark"' }) },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('without a doctype, every box inside every widget is where it is with one (tables follow the text size too)', async () => {
    const { page: standard, errors: e1 } = await openPage(browser);
    await standard.goto(`${server.origin}/standards.html`);
    const a = await settledWidgets(standard, tags);
    const { page: quirks, errors: e2 } = await openPage(browser);
    await quirks.goto(`${server.origin}/quirks.html`);
    const b = await settledWidgets(quirks, tags);
    assert.equal(await quirks.evaluate(() => document.compatMode), 'BackCompat');
    assert.ok(a.every((w) => w.state === 'ready') && b.every((w) => w.state === 'ready'));
    const moved = movedBoxes(await boxes(standard, tags), await boxes(quirks, tags));
    assert.deepEqual(moved, [], `boxes that moved or changed size:\n${moved.slice(0, 40).join('\n')}`);
    assert.deepEqual([...e1, ...e2], []);
  });

  it('in a post of vertical text, every widget runs left to right and draws no chart 0 px wide', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/vertical.html`);
    const widgets = await settledWidgets(page, tags);
    assert.ok(widgets.every((w) => w.state === 'ready'));
    const report = await page.evaluate((tags) => {
      const out: string[] = [];
      const walk = (root: ShadowRoot, name: string) => {
        for (const el of root.querySelectorAll('*')) {
          if (getComputedStyle(el).writingMode !== 'horizontal-tb')
            out.push(`${name} ${el.localName}: ${getComputedStyle(el).writingMode}`);
          if (el.localName === 'svg' && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width === 0)
            out.push(`${name} svg: 0 px wide`);
          if (el.shadowRoot) walk(el.shadowRoot, `${name} ${el.localName}`);
        }
      };
      for (const host of document.querySelectorAll(tags.join(','))) if (host.shadowRoot) walk(host.shadowRoot, host.localName);
      return out;
    }, tags);
    assert.deepEqual(report.slice(0, 20), []);
    assert.deepEqual(errors, []);
  });

  it('printed, a dark card prints in its light colours, and rows, cards and charts are kept whole', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/dark.html`);
    assert.ok((await settledWidgets(page, tags)).every((w) => w.state === 'ready'));
    const read = () =>
      page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const root = document.querySelector(tag)?.shadowRoot;
            const text = root?.querySelector('.root');
            const rows = [...(root?.querySelectorAll('li, tr, figure, .card') ?? [])];
            return {
              tag,
              text: text ? getComputedStyle(text).color : null,
              whole: rows.every((row) => getComputedStyle(row).breakInside === 'avoid'),
            };
          }),
        tags,
      );
    // On screen, the dark card's light text (#e6edf3).
    assert.ok((await read()).every((w) => w.text === 'rgb(230, 237, 243)'));
    await page.emulateMedia({ media: 'print' });
    // On paper, the light card's dark text (#1f2328, 15.8:1 on white).
    assert.deepEqual(
      await read(),
      tags.map((tag) => ({ tag, text: 'rgb(31, 35, 40)', whole: true })),
    );
    assert.deepEqual(errors, []);
  });
});
