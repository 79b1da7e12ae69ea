/**
 * Lighthouse on what a blogger would publish: a post with one `<role-hub role="data-analyst">` on
 * the real data-analyst bundle (demo/real/), the classic script in `<head>` as the README
 * recommends. Lighthouse's defaults are the phone the issue measures with: mobile screen, simulated
 * slow 4G and 4× CPU slowdown. Each run gets a fresh Chromium, so no run warms the next one's caches.
 * Served on 127.0.0.1 only.
 */
import { join } from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { keepNamesShim } from '../../tests/e2e/helpers/browser.js';
import { serve } from '../../tests/e2e/helpers/server.js';
import { settledWidgets } from '../../tests/e2e/helpers/widgets.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbt: number;
  lcp: number;
  cls: number;
  /** Audits that did not pass outside performance (id and first element), so a score under 1 says why. */
  failed: string[];
  warnings: string[];
}

const post = (script: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What a data analyst earns, and the skills that pay</title>
<meta name="description" content="A short post on the data analyst job market: pay, skills and seniority from this year's listings.">
<meta name="role-hub-src" content="/stats/">
${script}
<style>body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 0 auto; padding: 1rem; color: #1f2328; } a { color: #0b57d0; }</style>
</head>
<body>
<header><p><a href="/">A blog about data work</a></p></header>
<main>
<article>
<h1>What a data analyst earns, and the skills that pay</h1>
<p>Thinking of becoming a data analyst? Here is the market as the listings show it: what the job pays, which skills employers ask for, and how the jobs split by seniority.</p>
<role-hub role="data-analyst"></role-hub>
<p>The figures come from public job listings; the widget above shows where they are from and when they were gathered.</p>
</article>
</main>
<footer><p>Written by a blogger. <a href="/about">About this blog</a></p></footer>
</body>
</html>`;

const passed = (score: number | null, mode: string) => (mode !== 'binary' && mode !== 'numeric' ? true : score === 1);

/** One Lighthouse run per call, on a fresh Chromium. */
async function runOnce(url: string): Promise<LighthouseRun> {
  const chrome = await launchChrome({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits, runtimeError, runWarnings } = result.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    const failed = CATEGORIES.filter((c) => c !== 'performance')
      .flatMap((c) => categories[c]!.auditRefs.map((r) => audits[r.id]!))
      .filter((a) => !passed(a.score, a.scoreDisplayMode))
      .map((a) => {
        // The first offending element, when the audit names one, says where to look.
        const node = (a.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items?.[0]?.node?.snippet;
        return node ? `${a.id} ${node}` : a.id;
      });
    return {
      performance: categories.performance!.score ?? NaN,
      accessibility: categories.accessibility!.score ?? NaN,
      bestPractices: categories['best-practices']!.score ?? NaN,
      seo: categories.seo!.score ?? NaN,
      tbt: audits['total-blocking-time']!.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']!.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']!.numericValue ?? NaN,
      failed: [...new Set(failed)],
      warnings: runWarnings.map(String),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * What the post shows once settled, as "state × count" (e.g. "ready × 10"): scores of a page whose
 * widget shows an error would measure the wrong thing, so the bench prints this beside them.
 */
async function settledStates(browser: Browser, url: string, tags: string[]): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(keepNamesShim);
  try {
    const tab = await context.newPage();
    await tab.goto(url);
    const counts = new Map<string, number>();
    for (const w of await settledWidgets(tab, tags)) counts.set(w.state, (counts.get(w.state) ?? 0) + 1);
    return [...counts].map(([state, n]) => `${state} × ${n}`).join(', ');
  } finally {
    await context.close();
  }
}

export async function lighthouseRuns(
  root: string,
  runs: number,
  browser: Browser,
  tags: string[],
): Promise<{ runs: LighthouseRun[]; states: string }> {
  const server = await serve({
    folders: { '/cdn/': join(root, 'dist'), '/stats/': join(root, 'demo/real') },
    pages: {
      '/': { body: post('<script src="/cdn/role-hub.classic.js"></script>') },
      '/about': {
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>About</title></head><body><p>About this blog.</p></body></html>',
      },
      // Lighthouse's SEO audit reads robots.txt; a blog has one.
      '/robots.txt': { body: 'User-agent: *\nAllow: /\n', type: 'text/plain' },
    },
  });
  try {
    const states = await settledStates(browser, `${server.origin}/`, tags);
    const out: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) out.push(await runOnce(`${server.origin}/`));
    return { runs: out, states };
  } finally {
    await server.close();
  }
}
