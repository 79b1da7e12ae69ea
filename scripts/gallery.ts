/**
 * `npm run gallery` — pictures of every element for the docs, so people can see one before they
 * paste it. Each element (and `<salary-band by="seniority">`) is drawn alone on a plain page, in
 * the light and the dark theme, 320 and 960 CSS px wide, from the real data-analyst bundle
 * (demo/real), and saved as docs/gallery/<name>-<light|dark>-<320|960>.png with
 * docs/gallery/README.md listing them.
 *
 * It drives the built all-in-one module (dist/role-hub.js): run `npm run build` first (the npm
 * script does). One browser, one page: every picture swaps the element in place, so the whole run
 * takes seconds. The output depends only on the build, the bundles and the browser: no clock, no
 * randomness, a fixed locale and time zone, animations off. PNGs that no element makes any more are
 * deleted. tests/e2e/gallery.test.ts checks the set against the shipped elements.
 *
 *   npm run gallery
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { keepNamesShim, launch } from '../tests/e2e/helpers/browser.js';
import { serve } from '../tests/e2e/helpers/server.js';
// @ts-expect-error plain JS build helper
import { findElements } from './build/elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs/gallery');
const bundles = join(root, 'demo/real');
/** The role with the richest real data: the most listings, seven levels, pay at most of them. */
const ROLE = 'data-analyst';
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 960] as const;
type Theme = (typeof THEMES)[number];

interface Variant {
  /** The file name's stem: the tag, or the tag and what sets the variant apart. */
  name: string;
  tag: string;
  attrs: Record<string, string>;
  /** How the README names it. */
  label: string;
}

/** One picture per element, plus the attribute combinations worth seeing apart. */
function variantsOf(tags: string[]): Variant[] {
  return tags.flatMap((tag): Variant[] => {
    const plain: Variant = { name: tag, tag, attrs: {}, label: `<${tag}>` };
    if (tag !== 'salary-band') return [plain];
    return [plain, { name: 'salary-band-seniority', tag, attrs: { by: 'seniority' }, label: '<salary-band by="seniority">' }];
  });
}

const fileName = (v: Variant, theme: Theme, width: number): string => `${v.name}-${theme}-${width}.png`;

// The page: no margin, so the element starts at x = 0 and is exactly its set width; the dark page is
// the one the issue tried the elements on.
const pageHtml = `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="role-hub-src" content="/stats/">
<title>role-hub gallery</title>
<style>
  html, body { margin: 0; padding: 0; }
  body { font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; }
  html.light body { background: #ffffff; color: #1f2328; color-scheme: light; }
  html.dark { color-scheme: dark; }
  html.dark body { background: #0d1117; color: #e6edf3; }
</style>
<script type="module" src="/dist/role-hub.js"></script>
</head>
<body><main id="stage"></main></body>
</html>`;

/** Puts one element on the stage, replacing the last one. */
async function show(page: Page, v: Variant, theme: Theme, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.evaluate(
    ({ tag, attrs, theme, width, role }) => {
      document.documentElement.className = theme;
      const el = document.createElement(tag);
      for (const [k, val] of Object.entries({ role, theme, ...attrs })) el.setAttribute(k, val);
      el.style.width = `${width}px`;
      document.getElementById('stage')?.replaceChildren(el);
    },
    { tag: v.tag, attrs: v.attrs, theme, width, role: ROLE },
  );
}

/**
 * Waits until the element, and every role-hub element inside it (the hub holds the sections), has
 * its data: upgraded, no loading part, no skeleton. Then fails on an error state, which has no
 * place in the docs.
 */
async function settle(page: Page, tags: string[], label: string): Promise<void> {
  const check = (tags: string[]) => {
    const found: Element[] = [];
    const walk = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        if (tags.includes(el.localName)) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const stage = document.getElementById('stage');
    if (stage) walk(stage);
    const busy = found.some(
      (el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.querySelector('[part~="loading"], .skeleton'),
    );
    if (found.length === 0 || busy) return null;
    const errors = found.flatMap((el) =>
      [...(el.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])].map((e) => `<${el.localName}>: ${e.textContent?.trim()}`),
    );
    return { errors };
  };
  const handle = await page.waitForFunction(check, tags, { polling: 'raf', timeout: 15_000 }).catch(() => {
    throw new Error(`${label} did not finish loading in 15 s`);
  });
  const { errors } = (await handle.jsonValue()) as { errors: string[] };
  if (errors.length) throw new Error(`${label} shows an error: ${errors.join('; ')}`);
  // Fonts in, and one more frame so the last layout is painted.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

function readme(variants: Variant[], summaries: Map<string, string>): string {
  // Alt text without angle brackets or quotes, which Markdown would read as HTML.
  const img = (v: Variant, theme: Theme, width: number) =>
    `![${v.label.replace(/[<>"]/g, '').replace('=', ' ')}, ${theme} theme, ${width} px wide](${fileName(v, theme, width)})`;
  const lines = [
    '# Gallery',
    '',
    '<!-- Generated by `npm run gallery` (scripts/gallery.ts). Do not edit by hand. -->',
    '',
    `Every element as it renders, in the light and the dark theme, 320 px and 960 px wide, from the real`,
    `\`${ROLE}\` bundle in \`demo/real/\`. Light pictures sit on a white page with \`theme="light"\`; dark`,
    'ones on a dark page (`background: #0d1117; color-scheme: dark`) with `theme="dark"`. Without a',
    "`theme` attribute an element takes the page's font and colours and draws no card.",
    '',
    `Elements: ${variants.map((v) => `[\`${v.label}\`](#${v.name})`).join(', ')}.`,
    '',
  ];
  for (const v of variants) {
    const summary = summaries.get(v.tag);
    lines.push(`<a id="${v.name}"></a>`, '', `## \`${v.label}\``, '');
    if (summary) lines.push(`*${summary}* [API reference](../api.md#${v.tag}).`, '');
    lines.push('| width | light | dark |', '| --- | --- | --- |');
    for (const width of WIDTHS) lines.push(`| ${width} px | ${THEMES.map((t) => img(v, t, width)).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Each element's one-line summary from custom-elements.json, when the build has written it. */
function summaries(): Map<string, string> {
  const out = new Map<string, string>();
  const file = join(root, 'custom-elements.json');
  if (!existsSync(file)) return out;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: { tagName?: string; summary?: string }[] }[] };
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName && d.summary) out.set(d.tagName, d.summary);
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(join(root, 'dist/role-hub.js')))
    throw new Error('dist/role-hub.js is missing: run `npm run build` first (`npm run gallery` does).');
  if (!existsSync(join(bundles, `${ROLE}.json`))) throw new Error(`demo/real/${ROLE}.json is missing: \`npm run demo:data\` builds it.`);
  const tags = (findElements(root) as { tag: string }[]).map((e) => e.tag);
  const variants = variantsOf(tags);
  mkdirSync(outDir, { recursive: true });

  const server = await serve({ folders: { '/dist/': join(root, 'dist'), '/stats/': bundles }, pages: { '/': { body: pageHtml } } });
  const browser = await launch();
  const written = new Set<string>();
  try {
    const page = await browser.newPage({
      viewport: { width: WIDTHS[0], height: 800 },
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    await page.addInitScript(keepNamesShim);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), tags);

    for (const v of variants) {
      for (const theme of THEMES) {
        for (const width of WIDTHS) {
          const name = fileName(v, theme, width);
          await show(page, v, theme, width);
          await settle(page, tags, `${v.label} (${theme}, ${width} px)`);
          if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
          const el = await page.$('#stage > *');
          if (!el) throw new Error(`${name}: the element left the page`);
          await el.screenshot({ path: join(outDir, name), animations: 'disabled', caret: 'hide', scale: 'css' });
          written.add(name);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const stale = readdirSync(outDir).filter((f) => f.endsWith('.png') && !written.has(f));
  for (const f of stale) rmSync(join(outDir, f));
  writeFileSync(join(outDir, 'README.md'), readme(variants, summaries()));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `gallery: ${written.size} pictures of ${variants.length} elements in docs/gallery/ (${seconds} s)${stale.length ? `; removed ${stale.join(', ')}` : ''}`,
  );
}

await main();
