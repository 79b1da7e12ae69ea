/**
 * Fifty widgets on one page, all reading the same role's bundle, embedded the ways a page author
 * might paste the snippet — and, for comparison, the same article with fifty Chart.js bar charts
 * drawn from the same bundle. Per load: requests to the bundle URL and to the script, the time
 * from navigation start (and from the bundle's and the script's arrival) to every widget rendered
 * with data, long tasks, and the cumulative layout shift. The script and the data are held back a
 * little by the server, as a real network would, so the browser has a chance to paint before they
 * arrive; both sides get the same delays and the same order (script, then data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { keepNamesShim } from '../../tests/e2e/helpers/browser.js';
import { serve, type Page, type TestServer } from '../../tests/e2e/helpers/server.js';

export const WIDGETS = 50;
export const SCRIPT_DELAY_MS = 150;
export const DATA_DELAY_MS = 250;

export interface Embedding {
  /** Markup for `<head>` and for the end of `<body>`. */
  head: string;
  end?: string;
  /** Viewport width; 1000 px when not given. */
  width?: number;
  /** A dist/ file the embedding needs (measured only when the build made it). */
  needs?: string;
  /** The markup of widget i; role-hub's elements in turn when not given. */
  widget?: (i: number) => string;
}

const classic = '<script src="/cdn/role-hub.classic.js"></script>';
const module = '<script type="module" src="/cdn/role-hub.js"></script>';

/** The two ways of pasting the README's snippet, by name, as the tables print them. */
export const CLASSIC = 'classic `<script>` in `<head>` (recommended)';
export const MODULE = 'module `<script>` in `<head>`';
export const CHART_JS = 'Chart.js: 50 bar charts, module `<script>` in `<head>`';

export const embeddings: Record<string, Embedding> = {
  [CLASSIC]: { head: classic },
  'the same on a 412 px wide phone': { head: classic, width: 412 },
  'module `<script blocking="render">` in `<head>`': { head: '<script type="module" src="/cdn/role-hub.js" blocking="render"></script>' },
  [MODULE]: { head: module },
  // The stylesheet reserves each element's loading height before the module defines it.
  'module + loading stylesheet': {
    head: `<link rel="stylesheet" href="/cdn/role-hub-loading.css">\n${module}`,
    needs: 'role-hub-loading.css',
  },
  'classic `<script>` at the end of `<body>`': { head: '', end: classic },
  // Chart.js as a page author would use it: import the library, fetch the data, draw every chart.
  // The canvases have their size in the markup and are blocks already (Chart.js makes an inline
  // canvas a block, which would move the text below), so the page never shifts.
  [CHART_JS]: {
    head: `<script type="module">
import '/cdn/chart.js';
const { pay } = await (await fetch('/cdn/stats/backend-engineer.json')).json();
for (const canvas of document.querySelectorAll('canvas[data-chart]')) window.drawSalaryBandChart(canvas, pay, 'en-US');
window.__bench.allRendered = performance.now();
</script>`,
    widget: () =>
      '<canvas data-chart width="600" height="120" style="display:block" role="img" aria-label="Backend engineer pay"></canvas>',
  },
};

/** Whether the build made what the embedding needs. */
export const available = (root: string, e: Embedding): boolean => !e.needs || existsSync(join(root, 'dist', e.needs));

function page(tags: string[], embedding: Embedding): string {
  const prose =
    'A paragraph of the host page: the widgets sit between the lines of a long article, and whatever is below a widget would move if the widget changed height.';
  const widget =
    embedding.widget ?? ((i: number) => `<${tags[i % tags.length]} role="backend-engineer" data-bench></${tags[i % tags.length]}>`);
  const blocks = Array.from({ length: WIDGETS }, (_, i) => `<p>${prose}</p>\n${widget(i)}`).join('\n');
  return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fifty role-hub widgets</title>
<script src="/measure.js"></script>
<link rel="stylesheet" href="/blog.css">
<meta name="role-hub-src" content="/cdn/stats/">
${embedding.head}
</head>
<body>
<h1>How to become a backend engineer</h1>
${blocks}
<footer><p>The end of the article.</p></footer>
${embedding.end ?? ''}
</body>
</html>`;
}

export interface FiftyResult {
  bundleRequests: number;
  scriptRequests: number;
  /** From navigation start (the page's time origin). */
  navigationToRendered: number;
  dataToRendered: number;
  scriptToRendered: number;
  longTasks: number;
  longTaskMs: number;
  cls: number;
  shiftSources: string[];
}

/** The widgets on the page: every section element in turn; <role-hub> (a whole page of sections) is left out. */
export function sectionTags(tags: string[]): string[] {
  return tags.filter((t) => t !== 'role-hub');
}

/** The library's (or Chart.js's) script, not the loading stylesheet served beside it. */
const SCRIPT_PATH = /^\/cdn\/(role-hub|chart)[\w.-]*\.js$/;

/**
 * The server for one embedding: /page.html is the article, /blank.html an empty page on the same
 * origin. `chartJs` is the Chart.js bundle (served as /cdn/chart.js), needed by the Chart.js page.
 */
export function fiftyServer(root: string, tags: string[], name: string, chartJs = ''): Promise<TestServer> {
  const pages: Record<string, Page> = {
    '/measure.js': { body: readFileSync(new URL('./measure.js', import.meta.url), 'utf8') },
    '/blog.css': {
      body: 'body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 0 auto; padding: 16px; } h1 { font-size: 2rem; }',
    },
    '/page.html': { body: page(sectionTags(tags), embeddings[name]!) },
    '/blank.html': { body: '<!doctype html><title>blank</title>' },
  };
  if (chartJs) pages['/cdn/chart.js'] = { body: chartJs };
  return serve({
    folders: { '/cdn/': join(root, 'dist') },
    pages,
    delay: [
      { match: /^\/cdn\/(role-hub|chart)/, ms: SCRIPT_DELAY_MS },
      { match: /^\/cdn\/stats\//, ms: DATA_DELAY_MS },
    ],
  });
}

export async function runFifty(browser: Browser, root: string, tags: string[], name: string, chartJs = ''): Promise<FiftyResult> {
  const server = await fiftyServer(root, tags, name, chartJs);
  const context = await browser.newContext({ viewport: { width: embeddings[name]!.width ?? 1000, height: 800 } });
  await context.addInitScript(keepNamesShim);
  const tab = await context.newPage();
  try {
    await tab.goto(`${server.origin}/page.html`);
    await tab.waitForFunction(() => window.__bench.allRendered !== null, undefined, { timeout: 30_000 });
    // Give late shifts (and the last long task) a moment to be reported.
    await tab.waitForTimeout(500);
    const r = await tab.evaluate((scriptPattern) => {
      const b = window.__bench;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const end = (test: (path: string) => boolean) => resources.find((e) => test(new URL(e.name).pathname))?.responseEnd ?? NaN;
      return {
        allRendered: b.allRendered as number,
        data: end((p) => p === '/cdn/stats/backend-engineer.json'),
        script: end((p) => new RegExp(scriptPattern).test(p)),
        cls: b.cls as number,
        longTasks: b.longTasks as { duration: number }[],
        sources: [...new Set((b.shifts as { sources: string[] }[]).flatMap((s) => s.sources))] as string[],
      };
    }, SCRIPT_PATH.source);
    const count = (test: (path: string) => boolean) => [...server.requests].filter(([p]) => test(p)).reduce((n, [, c]) => n + c, 0);
    return {
      bundleRequests: count((p) => p.startsWith('/cdn/stats/backend-engineer.json')),
      scriptRequests: count((p) => SCRIPT_PATH.test(p)),
      navigationToRendered: r.allRendered,
      dataToRendered: r.allRendered - r.data,
      scriptToRendered: r.allRendered - r.script,
      longTasks: r.longTasks.length,
      longTaskMs: r.longTasks.reduce((s, t) => s + t.duration, 0),
      cls: r.cls,
      shiftSources: r.sources,
    };
  } finally {
    await context.close();
    await server.close();
  }
}
