/**
 * No shift: a blog post with every element (and `<salary-band by="seniority">`), the bundle held
 * back 800 ms, measured with a layout-shift observer in Chromium at 1000 px and on a 412 px phone.
 * Two ways of pasting: the classic script in `<head>` (the elements draw their final-size
 * placeholder before the first paint) and a deferred module with dist/role-hub-loading.css (which
 * reserves the same room with `:not(:defined)` until the module runs). Two bundles: the
 * seed-shaped sample and the real data-analyst bundle (seven seniority levels with pay).
 * The stylesheet's heights are also compared with the elements' own loading heights, so it cannot
 * drift from them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { keepNamesShim, launch } from './helpers/browser.js';
import { dist, repoRoot, requireBuilt } from './helpers/paths.js';
import { serve, type TestServer } from './helpers/server.js';
import { shippedTags } from './helpers/widgets.js';

const PROSE = '<p>A paragraph of the host article: whatever sits below a widget moves if the widget changes height.</p>';
const ways = {
  'classic script in head': '<script src="/cdn/role-hub.classic.js"></script>',
  'deferred module + loading stylesheet':
    '<link rel="stylesheet" href="/cdn/role-hub-loading.css"><script type="module" src="/cdn/role-hub.js"></script>',
};
const bundles = {
  'seed-shaped sample': { role: 'backend-engineer', src: '/cdn/stats/' },
  'real data-analyst': { role: 'data-analyst', src: '/real/' },
};
const widths = [1000, 412];

/** Every element once, and the by-seniority salary band, each after a paragraph. */
function widgets(role: string): string[] {
  return [...shippedTags().map((tag) => `<${tag} role="${role}"></${tag}>`), `<salary-band role="${role}" by="seniority"></salary-band>`];
}

function post(head: string, role: string, src: string): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blog post</title><meta name="role-hub-src" content="${src}">
<style>body { margin: 8px; font: 16px/1.6 Georgia, serif; } article { max-width: 720px; margin: 0 auto; }</style>
<script>
window.__cls = 0; window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) { window.__cls += e.value;
  window.__shifts.push(e.value.toFixed(4) + ' ' + (e.sources || []).map((s) => s.node && (s.node.localName || s.node.nodeName)).join(',')); } })
  .observe({ type: 'layout-shift', buffered: true });
</script>
${head}</head><body><article><h1>A blog post</h1>${widgets(role)
    .map((w) => `${PROSE}\n${w}`)
    .join('\n')}${PROSE}</article></body></html>`;
}

describe('no layout shift while the bundle is 800 ms away', () => {
  let browser: Browser;
  let server: TestServer;
  before(async () => {
    requireBuilt('role-hub.js', 'role-hub.classic.js', 'role-hub-loading.css', 'stats/backend-engineer.json');
    const pages: Record<string, { body: string }> = {};
    for (const [w, head] of Object.entries(ways))
      for (const [b, { role, src }] of Object.entries(bundles))
        pages[`/${encodeURIComponent(w)}/${encodeURIComponent(b)}.html`] = { body: post(head, role, src) };
    pages['/plain.html'] = { body: post('<link rel="stylesheet" href="/cdn/role-hub-loading.css">', 'data-analyst', '/real/') };
    server = await serve({
      folders: { '/cdn/': dist, '/real/': join(repoRoot, 'demo/real') },
      pages,
      delay: [
        { match: /\.json$/, ms: 800 },
        { match: /role-hub\.js$/, ms: 150 },
      ],
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [way] of Object.entries(ways)) {
    for (const [name] of Object.entries(bundles)) {
      for (const width of widths) {
        it(`${way}, ${name}, ${width} px: CLS ≤ 0.01`, async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.addInitScript(keepNamesShim);
          try {
            await page.goto(`${server.origin}/${encodeURIComponent(way)}/${encodeURIComponent(name)}.html`);
            // Until every widget, nested sections included, shows data; then a moment for late shifts.
            await page.waitForFunction(
              () => {
                const busy = (root: ShadowRoot | null): boolean =>
                  !root ||
                  !!root.querySelector('[part~="loading"]') ||
                  [...root.querySelectorAll('*')].some((c) => c.localName.includes('-') && busy(c.shadowRoot));
                const all = [...document.querySelectorAll('article > *')].filter((el) => el.localName.includes('-'));
                return all.length > 0 && all.every((el) => !busy(el.shadowRoot));
              },
              undefined,
              { timeout: 20_000 },
            );
            await page.waitForTimeout(300);
            const { cls, shifts } = await page.evaluate(() => ({
              cls: (window as unknown as { __cls: number }).__cls,
              shifts: (window as unknown as { __shifts: string[] }).__shifts,
            }));
            console.log(`# CLS ${cls.toFixed(4)}: ${way}, ${name}, ${width} px${shifts.length ? ` (${shifts.join('; ')})` : ''}`);
            assert.ok(cls <= 0.01, `CLS ${cls.toFixed(4)}: ${shifts.join('; ')}`);
          } finally {
            await page.close();
          }
        });
      }
    }
  }

  for (const width of widths) {
    it(`the loading stylesheet reserves each element's own loading height at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.addInitScript(keepNamesShim);
      try {
        await page.goto(`${server.origin}/plain.html`);
        const heights = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('article > *')]
              .filter((el) => el.localName.includes('-'))
              .map((el) => Math.round(el.getBoundingClientRect().height)),
          );
        const reserved = await heights();
        // Now the module defines them; the bundle is 800 ms away, so they show their loading state.
        await page.addScriptTag({ url: '/cdn/role-hub.js', type: 'module' });
        await page.waitForFunction(() =>
          [...document.querySelectorAll('article > *')].every(
            (el) => !el.localName.includes('-') || el.shadowRoot?.querySelector('[part~="loading"]'),
          ),
        );
        const loading = await heights();
        const tags = widgets('x').map((w) => w.slice(1, w.indexOf(' ')) + (w.includes('by=') ? '[by=seniority]' : ''));
        const report = tags.map((t, i) => `${t}: reserved ${reserved[i]} px, loading ${loading[i]} px`);
        console.log(`# ${width} px\n# ${report.join('\n# ')}`);
        tags.forEach((_tag, i) => assert.ok(Math.abs((reserved[i] ?? 0) - (loading[i] ?? 0)) <= 4, report[i]));
      } finally {
        await page.close();
      }
    });
  }
});
