/** Headless Chromium through playwright-core, and pages that record every error they see. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Test and bench files run through tsx, whose esbuild transform keeps function names by wrapping
 * them in `__name(fn, "name")`. Functions passed to page.evaluate carry that call into the page, so
 * the page needs a no-op `__name` (injected by the browser, outside the page's CSP).
 */
export const keepNamesShim = { content: 'globalThis.__name = (fn) => fn;' };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions, console errors and failed requests (favicon excluded). */
  errors: string[];
  /** Console warnings. */
  warnings: string[];
}

export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1000, height: options.height ?? 800 } });
  await page.addInitScript(keepNamesShim);
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    if (!r.url().endsWith('/favicon.ico')) errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  return { page, errors, warnings };
}
