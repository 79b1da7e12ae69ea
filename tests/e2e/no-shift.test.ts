/**
 * No shift: a blog post with every element between its paragraphs does not move while the
 * elements load, however the snippet is pasted (issue 12, "No shift"; issue 13, "Deferred module
 * without shift").
 *
 * The post carries every shipped tag and `<salary-band by="seniority">`, the bundle is held back
 * 800 ms by the server, and the page is read at 1000 px and at a 412 px phone width, on the
 * seed-shaped bundle (backend-engineer) and on the real data-analyst bundle (seven seniority
 * levels with pay). Two ways of pasting: the classic script in `<head>`, and a deferred module with
 * the loading stylesheet (dist/role-hub-loading.css) in `<head>`, the module 600 ms late so the
 * browser paints the undefined elements before it runs.
 *
 * CLS is the browser's own (layout-shift entries without recent input), but a post is far longer
 * than a screen and Chromium only scores what is in the viewport. So the post is read through
 * windows: one 800 px iframe per screenful, each scrolled to its screenful before the first paint,
 * all loading at once. A window's score is the sum of all its shifts (no session windows, so never
 * less than its CLS), and a case's CLS is the worst window's: the reader parked in the worst place.
 *
 * The loading stylesheet can drift from the elements without any shift test noticing on one page,
 * so each tag's `:not(:defined)` height is also compared with its defined loading height at both
 * widths, on both roles.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { keepNamesShim, launch } from './helpers/browser.js';
import { dist, repoRoot, requireBuilt } from './helpers/paths.js';
import { serve, type ServeOptions, type TestServer } from './helpers/server.js';
import { shippedTags } from './helpers/widgets.js';

const DATA_DELAY_MS = 800;
// Long enough that a busy machine still paints the page before the module arrives.
const SCRIPT_DELAY_MS = 600;
/** Each window's height: a laptop's or a phone's screenful. */
const WINDOW_HEIGHT = 800;
const MAX_CLS = 0.01;
/**
 * How far (px) a tag's `:not(:defined)` height may be from its defined loading height: Chromium
 * does not count a move under 3 px as a layout shift.
 */
const DRIFT_PX = 3;

const WIDTHS = [1000, 412] as const;
/**
 * The widths whose reserved heights are checked: those above, and 560 px, where the post's column
 * (528 px, 29.3em of its 18 px text) is too narrow for two related-role cards side by side. There
 * only the tags listed are held: the hub's table of heights is not yet right at that width.
 */
const RESERVED_WIDTHS = [1000, 560, 412] as const;
const ONLY_AT: Partial<Record<number, string[]>> = { 560: ['related-roles'] };

interface BundleSet {
  name: string;
  role: string;
  /** The stats folder as the page names it in `<meta name="role-hub-src">`. */
  stats: string;
}
const BUNDLES: BundleSet[] = [
  { name: 'seed-shaped', role: 'backend-engineer', stats: '/cdn/stats/' },
  { name: 'real data-analyst', role: 'data-analyst', stats: '/real/' },
];

const WAYS = {
  classic: '<script src="/cdn/role-hub.classic.js"></script>',
  module: '<link rel="stylesheet" href="/cdn/role-hub-loading.css">\n<script type="module" src="/cdn/role-hub.js"></script>',
} as const;
type Way = keyof typeof WAYS;

/** Every shipped tag in turn, then the by-seniority salary band; an id names each in the shift sources. */
function widgetList(): { id: string; open: string; tag: string }[] {
  const list = shippedTags().map((tag) => ({ id: tag, open: `<${tag}`, tag }));
  list.push({ id: 'salary-band-by-seniority', open: '<salary-band by="seniority"', tag: 'salary-band' });
  return list;
}

const PROSE = [
  'Most people who move into this work do it from a neighbouring role, one skill at a time. The figures below come from real listings, counted the same way for every role, so you can compare before you commit a year to learning.',
  'Read the numbers as a map rather than a promise: listings say what employers ask for, not what every team needs, and the pay they state is the pay they chose to state.',
];

/**
 * Runs first in every article: records the page's layout shifts (buffered, so none is missed)
 * with the light-DOM nodes that moved, and says when every widget (nested ones included) shows
 * data, then waits a little for late shifts.
 */
const RECORDER = `
window.__noShift = { shifts: [], done: false, definedAt: null, firstPaint: null, notReady: [] };
customElements.whenDefined('salary-band').then(() => (window.__noShift.definedAt = performance.now()));
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    const name = (n) => !n ? '?' : n.nodeType === 1 ? n.localName + (n.id ? '#' + n.id : '') : n.parentElement ? 'text in ' + name(n.parentElement) : n.nodeName;
    const rect = (r) => Math.round(r.y) + '+' + Math.round(r.height);
    window.__noShift.shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources || []).map((s) => name(s.node) + ' ' + rect(s.previousRect) + ' → ' + rect(s.currentRect)) });
  }
}).observe({ type: 'layout-shift', buffered: true });
(function watch() {
  const busy = (el) => !el.shadowRoot || !!el.shadowRoot.querySelector('[part~="loading"]') || [...el.shadowRoot.querySelectorAll('*')].some((c) => c.localName.includes('-') && busy(c));
  const widgets = [...document.querySelectorAll('[data-widget]')];
  if (document.readyState !== 'loading' && widgets.length > 0 && !widgets.some(busy)) {
    // Errors and empty states have other heights: the shifts only mean something if all show data.
    const state = (el) => el.shadowRoot.querySelector('[part~="error"], [part~="empty"]') ? [el.localName] : [...el.shadowRoot.querySelectorAll('*')].filter((c) => c.shadowRoot).flatMap(state);
    window.__noShift.notReady = widgets.flatMap(state);
    window.__noShift.firstPaint = performance.getEntriesByName('first-paint')[0]?.startTime ?? null;
    setTimeout(() => (window.__noShift.done = true), 500);
    return;
  }
  requestAnimationFrame(watch);
})();`;

/** A blog post: a heading, paragraphs, and the widgets between them; `?window=k` scrolls to screenful k before the first paint. */
function article(set: BundleSet, head: string): string {
  const blocks = widgetList()
    .map((w, i) => `<p id="p${i + 1}">${PROSE[i % 2]}</p>\n${w.open} id="${w.id}" role="${set.role}" data-widget></${w.tag}>`)
    .join('\n');
  return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How I became a ${set.role.replace(/-/g, ' ')}</title>
<script>${RECORDER}</script>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 0 auto; padding: 16px; } h1 { font-size: 2rem; }</style>
<meta name="role-hub-src" content="${set.stats}">
${head}
</head>
<body>
<h1>How I became a ${set.role.replace(/-/g, ' ')}</h1>
${blocks}
<p id="end">Thanks for reading. Questions and corrections are welcome by email.</p>
<script>scrollTo(0, (Number(new URLSearchParams(location.search).get('window')) || 0) * innerHeight);</script>
</body>
</html>`;
}

/**
 * The top page: one window (iframe) per screenful, stacked, all in view so none is throttled. Each
 * window loads the post from its own origin (port): the browser's six connections per origin
 * would otherwise queue the windows' delayed requests behind each other.
 */
function windowsPage(origins: string[], path: string): string {
  const frames = origins.map((origin, k) => `<iframe src="${origin}${path}?window=${k}" title="window ${k}"></iframe>`).join('\n');
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>windows</title>
<style>body { margin: 0; } iframe { display: block; width: 100%; height: ${WINDOW_HEIGHT}px; border: 0; }</style></head>
<body>${frames}</body></html>`;
}

interface Shift {
  value: number;
  at: number;
  sources: string[];
}

/** What a window recorded: its shifts, when the elements were defined and first painted, and any widget not showing data. */
interface WindowRecord {
  shifts: Shift[];
  definedAt: number | null;
  firstPaint: number | null;
  notReady: string[];
}

/** Host heights (px), keyed by widget id, as laid out now. */
function hostHeights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-widget]')].map((el) => [el.id, el.getBoundingClientRect().height])),
  );
}

/** Waits until every widget is defined and has rendered its loading state (the data is held back). */
async function loadingRendered(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-widget]')].every(
      (el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part~="loading"]'),
    ),
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('no shift: a blog post with every element and a slow bundle', () => {
  let browser: Browser;
  let options: ServeOptions;
  /** The first serves the top pages and the height checks; window k of a post is read from servers[k]. */
  const servers: TestServer[] = [];
  const origin = () => servers[0]!.origin;
  /** The origins of n servers, started as needed. */
  async function origins(n: number): Promise<string[]> {
    while (servers.length < n) servers.push(await serve(options));
    return servers.slice(0, n).map((s) => s.origin);
  }
  let page: Page;
  /** The loading layout's height of the whole post, per width and role: how many windows to read. */
  const postHeight = new Map<string, number>();
  const cls: { bundle: string; width: number; way: Way; cls: number; worst: number; windows: number }[] = [];

  before(async () => {
    requireBuilt('role-hub.js', 'role-hub.classic.js', 'role-hub-loading.css', 'stats/backend-engineer.json');
    const pages: Record<string, { body: string }> = {};
    for (const set of BUNDLES) {
      for (const [way, head] of Object.entries(WAYS)) pages[`/${set.role}/${way}.html`] = { body: article(set, head) };
      // The data is held back long enough to measure (then 404s): the elements stay in their loading state.
      pages[`/${set.role}/loading.html`] = { body: article({ ...set, stats: '/never/' }, WAYS.classic) };
      // No script at all: the elements stay undefined, sized by the loading stylesheet alone.
      pages[`/${set.role}/undefined.html`] = { body: article(set, '<link rel="stylesheet" href="/cdn/role-hub-loading.css">') };
    }
    options = {
      folders: { '/cdn/': dist, '/real/': join(repoRoot, 'demo/real') },
      pages,
      delay: [
        { match: /^\/cdn\/role-hub[\w.]*\.js$/, ms: SCRIPT_DELAY_MS },
        { match: /^\/(cdn\/stats|real)\//, ms: DATA_DELAY_MS },
        { match: /^\/never\//, ms: 5_000 },
      ],
    };
    servers.push(await serve(options));
    browser = await launch();
    page = await browser.newPage();
    await page.addInitScript(keepNamesShim);
    // The skeletons' pulse would repaint a dozen posts every frame (software rendering, a very tall
    // viewport) and slow everything down; with reduced motion they hold still and nothing else changes.
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  after(async () => {
    if (cls.length) {
      console.log(`\nCLS, worst ${WINDOW_HEIGHT} px window (and the top window), bundle delayed ${DATA_DELAY_MS} ms:`);
      for (const c of cls)
        console.log(
          `  ${c.bundle.padEnd(18)} ${String(c.width).padStart(4)} px  ${c.way.padEnd(8)} ${c.worst.toFixed(4)} (top ${c.cls.toFixed(4)}, ${c.windows} windows)`,
        );
    }
    await page?.close();
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  it('ships the loading stylesheet through package.json "exports"', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    assert.equal(pkg.exports['./role-hub-loading.css'], './dist/role-hub-loading.css');
    assert.ok(existsSync(join(dist, 'role-hub-loading.css')));
  });

  for (const width of RESERVED_WIDTHS) {
    it(`at ${width} px, each tag's :not(:defined) height is its loading height (±${DRIFT_PX} px) on both roles`, async () => {
      await page.setViewportSize({ width, height: WINDOW_HEIGHT });
      const rows: string[] = [];
      const drifts: string[] = [];
      await page.goto(`${origin()}/${BUNDLES[0]!.role}/undefined.html`);
      const reserved = await hostHeights(page);
      const loading: Record<string, number>[] = [];
      for (const set of BUNDLES) {
        await page.goto(`${origin()}/${set.role}/loading.html`);
        await loadingRendered(page);
        loading.push(await hostHeights(page));
        postHeight.set(`${width} ${set.role}`, await page.evaluate(() => document.documentElement.scrollHeight));
      }
      const font = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      const only = ONLY_AT[width];
      if (only) console.log(`at ${width} px only ${only.join(', ')} held; the others' heights at this width are not yet right`);
      for (const [id, css] of Object.entries(reserved)) {
        if (only && !only.includes(id)) continue;
        const measured = loading.map((l) => l[id]!);
        rows.push(
          `  ${id.padEnd(26)} stylesheet ${(css / font).toFixed(2).padStart(6)} em   loading ${measured.map((h) => (h / font).toFixed(2).padStart(6)).join(' / ')} em`,
        );
        measured.forEach((h, i) => {
          if (Math.abs(h - css) > DRIFT_PX)
            drifts.push(`${id} on ${BUNDLES[i]!.role}: stylesheet ${css.toFixed(1)} px, loading ${h.toFixed(1)} px`);
        });
      }
      console.log(`loading heights at ${width} px (${font} px font; roles ${BUNDLES.map((b) => b.role).join(' / ')}):\n${rows.join('\n')}`);
      assert.deepEqual(drifts, []);
    });
  }

  for (const set of BUNDLES) {
    for (const width of WIDTHS) {
      for (const way of Object.keys(WAYS) as Way[]) {
        it(`${set.name} bundle, ${width} px, ${way}: CLS ≤ ${MAX_CLS} in every window`, async () => {
          const height = postHeight.get(`${width} ${set.role}`) ?? WINDOW_HEIGHT * 20;
          const count = Math.ceil(height / WINDOW_HEIGHT);
          const top = `/${set.role}/${way}-windows.html`;
          servers[0]!.page(top, { body: windowsPage(await origins(count), `/${set.role}/${way}.html`) });
          await page.setViewportSize({ width, height: WINDOW_HEIGHT * count });
          await page.goto(`${origin()}${top}`);
          const frames = page.frames().filter((f) => f !== page.mainFrame());
          assert.equal(frames.length, count);
          const windows: WindowRecord[] = [];
          for (const frame of frames) windows.push(await recordOf(frame));
          const scores = windows.map((w) => w.shifts.reduce((s, e) => s + e.value, 0));
          const worst = Math.max(...scores);
          cls.push({ bundle: set.name, width, way, cls: scores[0]!, worst, windows: count });

          assert.deepEqual(
            windows.flatMap((w) => w.notReady),
            [],
            'every widget shows data',
          );
          // The case is the one it claims: the module way paints the undefined elements (sized by
          // the stylesheet alone) before the module defines them; the classic way defines them first.
          const { definedAt, firstPaint } = windows[0]!;
          assert.ok(definedAt !== null && firstPaint !== null, `defined at ${definedAt}, first paint at ${firstPaint}`);
          if (way === 'module')
            assert.ok(firstPaint < definedAt, `first paint (${firstPaint} ms) before the module defines the elements (${definedAt} ms)`);
          else
            assert.ok(
              definedAt < firstPaint,
              `the classic script defines the elements (${definedAt} ms) before the first paint (${firstPaint} ms)`,
            );

          const moved = windows.flatMap((w, k) =>
            w.shifts.map((s) => `window ${k} at ${s.at} ms: ${s.value.toFixed(4)} ${s.sources.join('; ')}`),
          );
          assert.ok(worst <= MAX_CLS, `CLS ${worst.toFixed(4)} in window ${scores.indexOf(worst)}; shifts:\n${moved.join('\n')}`);
        });
      }
    }
  }
});

/** What a window recorded, once every widget in it is settled and late shifts had their chance. */
async function recordOf(frame: Frame): Promise<WindowRecord> {
  await frame.waitForFunction(() => (window as unknown as { __noShift: { done: boolean } }).__noShift.done, undefined, { timeout: 30_000 });
  return frame.evaluate(() => (window as unknown as { __noShift: WindowRecord }).__noShift);
}
