/**
 * A host page with a hostile stylesheet — an odd root font size, `* { line-height: 3;
 * text-transform: uppercase; … }`, hidden SVG, padded lists and loud buttons — must leave the
 * widgets' inside layout as it is: every box in every shadow root keeps its size and place
 * (relative to its widget) compared with the same page without that stylesheet. The text size
 * the widgets sit in stays 16 px (the body's): they take the page's text size on purpose (every
 * size inside is in em, which tests/browser/documented-styling.test.ts checks), but nothing is in
 * rem, so the odd root size must not reach them.
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

/** What careless or theme CSS on a real site does to everything it can reach. */
const hostile = `
html { font-size: 37px !important; }
body { font-size: 16px; }
* {
  line-height: 3 !important;
  text-transform: uppercase !important;
  letter-spacing: 2px !important;
  word-spacing: 6px;
  box-sizing: content-box !important;
  font-weight: 800;
  font-style: italic;
  font-variant: small-caps;
  font-stretch: condensed;
  font-feature-settings: "smcp", "zero";
  font-kerning: none;
  text-align: right;
  direction: rtl;
  text-indent: 30px;
  text-shadow: 0 0 2px red;
  white-space: pre;
  word-break: break-all;
  hyphens: auto;
  tab-size: 20;
  text-decoration: underline;
  visibility: visible;
  cursor: crosshair;
  list-style: square inside;
  border-collapse: separate;
  border-spacing: 12px;
  caption-side: bottom;
  empty-cells: hide;
  quotes: "<<" ">>";
}
svg { display: none !important; }
svg * { fill: red !important; stroke-width: 9px !important; }
ul, ol { list-style: square; padding: 40px !important; margin: 30px !important; }
li { margin: 12px !important; display: inline !important; }
button { background: red !important; padding: 30px !important; border: 5px solid blue !important; font-size: 30px !important; }
a { display: block !important; padding: 10px; }
p, h1, h2, h3, h4, h5, h6 { margin: 50px !important; font-size: 44px !important; }
table, td, th { border: 4px solid; padding: 20px !important; }
details, summary { display: block !important; padding: 15px; }
span, strong, div, section { padding: 3px; }
`;

/** The same fixed frame for the widgets on both pages, so only the hostile sheet differs. */
const frame = `#widgets { display: block; width: 640px !important; padding: 0 !important; margin: 0 !important; }
#widgets > * { margin: 0 0 24px !important; padding: 0 !important; }`;

describe('hostile host CSS', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    const page = (sheet: string) => ({
      body: htmlPage(tags, {
        head: `<link rel="stylesheet" href="/${sheet}"><link rel="stylesheet" href="/frame.css"><script src="/cdn/role-hub.classic.js"></script>`,
        attrs: 'src="/cdn/stats/"',
      }),
    });
    server = await serve({
      folders: { '/cdn/': dist },
      pages: {
        '/hostile.css': { body: hostile },
        '/plain.css': { body: '' },
        '/frame.css': { body: frame },
        '/plain.html': page('plain.css'),
        '/hostile.html': page('hostile.css'),
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every box inside every widget keeps its size and place', async () => {
    const { page: plain, errors: e1 } = await openPage(browser);
    await plain.goto(`${server.origin}/plain.html`);
    const a = await settledWidgets(plain, tags);
    const { page: rude, errors: e2 } = await openPage(browser);
    await rude.goto(`${server.origin}/hostile.html`);
    const b = await settledWidgets(rude, tags);
    assert.deepEqual(
      b.map((w) => w.state),
      a.map((w) => w.state),
    );
    assert.ok(a.every((w) => w.state === 'ready'));
    // The hostile sheet is really applied to the page around the widgets.
    assert.equal(await rude.evaluate(() => getComputedStyle(document.body).textTransform), 'uppercase');

    const before = await boxes(plain, tags);
    const after = await boxes(rude, tags);
    assert.ok(Object.keys(before).length > tags.length * 5, 'the widgets have inner boxes to compare');
    const moved = movedBoxes(before, after);
    assert.deepEqual(moved, [], `boxes that moved or changed size:\n${moved.slice(0, 40).join('\n')}`);
    // The text a person reads is unchanged too (no uppercase leaking in, no lost words).
    assert.deepEqual(
      b.map((w) => w.text),
      a.map((w) => w.text),
    );
    assert.deepEqual([...e1, ...e2], []);
  });
});
