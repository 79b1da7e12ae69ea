/**
 * Fifty widgets on one page, all reading the same role's bundle, embedded the ways a page author
 * might paste the snippet. Per load: requests to the bundle URL and to the script, the time from
 * the bundle's (and the script's) arrival to every widget rendered with data, long tasks, and the
 * cumulative layout shift. The script and the data are held back a little by the server, as a
 * real network would, so the browser has a chance to paint before they arrive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { keepNamesShim } from '../../tests/e2e/helpers/browser.js';
import { serve } from '../../tests/e2e/helpers/server.js';

export const WIDGETS = 50;
export const SCRIPT_DELAY_MS = 150;
export const DATA_DELAY_MS = 250;

/** How the page loads the library, and (for the phone row) the viewport width; 1000 px when not given. */
export const embeddings: Record<string, { head: string; end: string; width?: number }> = {
  'classic `<script>` in `<head>` (recommended)': { head: '<script src="/cdn/role-hub.classic.js"></script>', end: '' },
  'the same on a 412 px wide phone': { head: '<script src="/cdn/role-hub.classic.js"></script>', end: '', width: 412 },
  'module `<script blocking="render">` in `<head>`': { head: '<script type="module" src="/cdn/role-hub.js" blocking="render"></script>', end: '' },
  'module `<script>` in `<head>`': { head: '<script type="module" src="/cdn/role-hub.js"></script>', end: '' },
  'classic `<script>` at the end of `<body>`': { head: '', end: '<script src="/cdn/role-hub.classic.js"></script>' },
};

function page(tags: string[], embedding: { head: string; end: string }): string {
  const prose = 'A paragraph of the host page: the widgets sit between the lines of a long article, and whatever is below a widget would move if the widget changed height.';
  const blocks = Array.from({ length: WIDGETS }, (_, i) => `<p>${prose}</p>\n<${tags[i % tags.length]} role="backend-engineer" data-bench></${tags[i % tags.length]}>`).join('\n');
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
${embedding.end}
</body>
</html>`;
}

export interface FiftyResult {
  bundleRequests: number;
  scriptRequests: number;
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

export async function runFifty(browser: Browser, root: string, tags: string[], name: string): Promise<FiftyResult> {
  const server = await serve({
    folders: { '/cdn/': join(root, 'dist') },
    pages: {
      '/measure.js': { body: readFileSync(new URL('./measure.js', import.meta.url), 'utf8') },
      '/blog.css': { body: 'body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 0 auto; padding: 16px; } h1 { font-size: 2rem; }' },
      '/page.html': { body: page(sectionTags(tags), embeddings[name]!) },
    },
    delay: [
      { match: /^\/cdn\/role-hub/, ms: SCRIPT_DELAY_MS },
      { match: /^\/cdn\/stats\//, ms: DATA_DELAY_MS },
    ],
  });
  const context = await browser.newContext({ viewport: { width: embeddings[name]!.width ?? 1000, height: 800 } });
  await context.addInitScript(keepNamesShim);
  const tab = await context.newPage();
  try {
    await tab.goto(`${server.origin}/page.html`);
    await tab.waitForFunction(() => (window as any).__bench.allRendered !== null, undefined, { timeout: 30_000 });
    // Give late shifts (and the last long task) a moment to be reported.
    await tab.waitForTimeout(500);
    const r = await tab.evaluate(() => {
      const b = (window as any).__bench;
      const end = (part: string) => performance.getEntriesByType('resource').find((e) => e.name.includes(part)) as PerformanceResourceTiming | undefined;
      return {
        allRendered: b.allRendered as number,
        data: end('/cdn/stats/backend-engineer.json')?.responseEnd ?? NaN,
        script: end('/cdn/role-hub')?.responseEnd ?? NaN,
        cls: b.cls as number,
        longTasks: b.longTasks as { duration: number }[],
        sources: [...new Set((b.shifts as { sources: string[] }[]).flatMap((s) => s.sources))] as string[],
      };
    });
    const count = (prefix: string) => [...server.requests].filter(([p]) => p.startsWith(prefix)).reduce((n, [, c]) => n + c, 0);
    return {
      bundleRequests: count('/cdn/stats/backend-engineer.json'),
      scriptRequests: count('/cdn/role-hub'),
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
