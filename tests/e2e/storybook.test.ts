/**
 * The static Storybook, as a designer opens it: builds it, serves it on 127.0.0.1, and opens every
 * story and docs page from its index.json in headless Chromium. A story fails on a page error, a
 * console error (or a `role-hub:` warning, which the elements print when a section cannot render), an
 * HTTP status of 400 or more, a render error reported by Storybook, an axe-core violation in the
 * story root, an element wider than its frame, or when it does not end in the state it is meant to
 * show: each story's frame says which (`data-expect`: ready, loading, error or empty). Docs pages must also list the manifest's
 * attribute, property, event, part and custom property tables.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
/** The build goes to a folder of its own, so two test runs at once cannot overwrite each other's. */
let staticDir = '';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Where the test server serves axe-core, so the browser caches it across stories. */
const AXE_PATH = '/__test__/axe.min.js';
/** Pages checked side by side; each reuses one tab for all of its stories. */
const WORKERS = 2;
const STORY_TIMEOUT_MS = 20_000;

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

/** What the page reports about the story it shows (see `inspectStory`). */
interface StoryReport {
  expected: string;
  shown: string[];
  messages: string[];
}

let server: Server | undefined;
let browser: Browser | undefined;
let baseUrl = '';
let skipReason: string | false = false;

function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    let out = '';
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves the built Storybook (and axe-core) on the loopback interface only. */
function serve(dir: string): Promise<Server> {
  const s = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path === AXE_PATH ? axeFile : normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== axeFile && !file.startsWith(dir + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        // The build is this run's own and does not change while it runs: let the browser keep all of it.
        'cache-control': 'max-age=3600',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

before(async () => {
  if (!existsSync(executablePath)) {
    skipReason = `no Chromium at ${executablePath} (set CHROMIUM_PATH)`;
    console.log(`# storybook: skipped, ${skipReason}`);
    return;
  }
  const started = Date.now();
  staticDir = await mkdtemp(join(tmpdir(), 'role-hub-storybook-'));
  // `npm run build-storybook` as a person runs it, with the output folder (the last -o wins) changed.
  const build = await run('npm', ['run', '--silent', 'build-storybook', '--', '--output-dir', staticDir, '--quiet']);
  if (build.code !== 0) throw new Error(`npm run build-storybook failed:\n${build.out.slice(-4000)}`);
  console.log(`# storybook: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  server = await serve(staticDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (staticDir) await rm(staticDir, { recursive: true, force: true });
});

/** The index's entries of one type; `STORYBOOK_ONLY=<text>` keeps those whose id contains it (for a quick rerun). */
async function entries(type: IndexEntry['type']): Promise<IndexEntry[]> {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  const only = process.env.STORYBOOK_ONLY ?? '';
  return Object.values(index.entries).filter((e) => e.type === type && e.id.includes(only));
}

/**
 * Records Storybook's channel events from the moment the preview creates its channel (it stores
 * it on a global, which this trap sees), so no event is missed however fast the story renders.
 */
function recordChannelEvents(): void {
  const names = [
    'storyRendered',
    'storyFinished',
    'storyErrored',
    'storyThrewException',
    'storyMissing',
    'docsRendered',
    'playFunctionThrewException',
  ];
  const w = window as unknown as { __rhEvents: Array<{ name: string; args: unknown[] }> };
  w.__rhEvents = [];
  let channel: { on(name: string, fn: (...args: unknown[]) => void): void } | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of names) value.on(name, (...args: unknown[]) => w.__rhEvents.push({ name, args }));
    },
  });
}

/** Which state each element in the story's frame shows, and whether that is the state it should end in. */
async function inspectStory(): Promise<StoryReport> {
  const frame = document.querySelector<HTMLElement>('#storybook-root .role-hub-story-frame');
  const expected = frame?.dataset.expect ?? 'ready';
  const messages: string[] = [];
  if (!frame) return { expected, shown: [], messages: ['the story rendered no frame'] };

  // Every custom element in the frame, through shadow roots (a whole-page element holds sections).
  const all: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.localName.includes('-') && el.shadowRoot) {
        all.push(el);
        walk(el.shadowRoot);
      }
    }
  };
  walk(frame);
  await Promise.all(all.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  const top = all.filter((el) => !(el.getRootNode() instanceof ShadowRoot));
  if (top.length === 0) messages.push('no element rendered');

  const stateOf = (el: HTMLElement): string => {
    const part = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
    if (part('loading')) return 'loading';
    if (part('error')) return 'error';
    if (part('empty')) return 'empty';
    return 'ready';
  };
  const shown = top.map(stateOf);
  const nested = all.filter((el) => !top.includes(el)).map(stateOf);
  for (const [i, el] of top.entries()) {
    if (shown[i] !== expected) messages.push(`<${el.localName}> shows ${shown[i]}, expected ${expected}`);
    // Nothing may stick out sideways, however narrow the frame or long the names: neither the
    // element's content past the element, nor anything inside past its own box.
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
    const widest = Math.max(el.scrollWidth, base?.scrollWidth ?? 0);
    if (widest > el.clientWidth + 1) {
      messages.push(`<${el.localName}> overflows sideways: ${widest} px of content in ${el.clientWidth} px`);
    }
    if (expected === 'error' || expected === 'empty') {
      const text = el.shadowRoot!.querySelector(`[part~="${expected}"]`)?.textContent?.trim() ?? '';
      if (text.length < 15) messages.push(`<${el.localName}>'s ${expected} message is not readable: “${text}”`);
    }
  }
  if (expected === 'ready' && nested.some((s) => s === 'loading' || s === 'error')) {
    messages.push(`a nested section shows ${nested.filter((s) => s === 'loading' || s === 'error').join(', ')}`);
  }
  return { expected, shown, messages };
}

/** Chromium asks every page for /favicon.ico on its own; Storybook has none. */
const isFavicon = (url: string) => url !== '' && new URL(url).pathname === '/favicon.ico';

/** Opens one story or docs page in `page` and returns every problem found (none: it passed). */
async function check(page: Page, entry: IndexEntry): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error' && !isFavicon(msg.location().url)) problems.push(`console error: ${msg.text()}`);
    else if (msg.type() === 'warning' && msg.text().startsWith('role-hub:')) problems.push(`console warning: ${msg.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onResponse = (res: { status(): number; url(): string }) => {
    if (res.status() >= 400 && !isFavicon(res.url())) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  try {
    // The a11y addon's automatic run is switched off (`a11y.manual`): axe-core runs once, below,
    // over the story root, rather than twice per story.
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const doneEvent = entry.type === 'docs' ? 'docsRendered' : 'storyFinished';
    const handle = await page.waitForFunction(
      (done) => {
        const events = (window as unknown as { __rhEvents?: Array<{ name: string; args: unknown[] }> }).__rhEvents ?? [];
        const failed = events.find((e) =>
          ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'].includes(e.name),
        );
        if (failed) return { failed: `${failed.name}: ${JSON.stringify(failed.args).slice(0, 500)}` };
        const finished = events.find((e) => e.name === done);
        return finished ? { finished: finished.args[0] ?? null } : false;
      },
      doneEvent,
      { timeout: STORY_TIMEOUT_MS, polling: 50 },
    );
    const outcome = (await handle.jsonValue()) as {
      failed?: string;
      finished?: {
        status?: string;
        reporters?: Array<{
          type: string;
          status: string;
          result?: { violations?: Array<{ id: string; help: string; nodes: unknown[] }>; error?: unknown };
        }>;
      };
    };
    if (outcome.failed) return [...problems, outcome.failed];

    if (entry.type === 'docs') {
      // An element's docs page (autodocs) has tables from the manifest: each category must be there.
      if (entry.tags?.includes('unattached-mdx')) return problems;
      const text = await page.locator('#storybook-docs').innerText();
      for (const category of ['attributes', 'properties', 'events', 'css shadow parts', 'css custom properties']) {
        if (!text.toLowerCase().includes(category)) problems.push(`docs page lists no “${category}”`);
      }
      return problems;
    }

    // Storybook's own verdict: any report (from an addon's afterEach) that failed the story.
    for (const report of outcome.finished?.reporters ?? []) {
      if (report.status !== 'failed') continue;
      const violations = report.result?.violations?.map((v) => `${v.id} (${v.nodes.length}×): ${v.help}`);
      problems.push(`${report.type} addon: ${violations?.join('; ') ?? JSON.stringify(report.result?.error ?? report).slice(0, 300)}`);
    }

    // The state the story is meant to show: settle first (polling covers elements still loading).
    let report: StoryReport | undefined;
    const deadline = Date.now() + STORY_TIMEOUT_MS;
    do {
      report = await page.evaluate(inspectStory);
      if (report.messages.length === 0) break;
      await page.waitForTimeout(100);
    } while (Date.now() < deadline);
    problems.push(...report.messages);

    await page.addScriptTag({ url: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axeRun = (
        window as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: unknown,
            ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe;
      // A story is a fragment of a page: no landmark around it is expected ('region').
      const result = await axeRun.run(
        { include: ['#storybook-root'] },
        { rules: { region: { enabled: false } }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
    return problems;
  } catch (error) {
    return [...problems, `did not finish: ${(error as Error).message.split('\n')[0]}`];
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
}

/** Checks every entry with WORKERS tabs side by side; returns the failures by entry id. */
async function checkAll(list: IndexEntry[]): Promise<Map<string, string[]>> {
  const failures = new Map<string, string[]>();
  // Reduced motion stops the loading pulse: axe measures the contrast of a loading story's text at
  // whatever moment of the fade it runs, so with the pulse running one run in many failed at its
  // faintest point (skill-trend's loading note). The fade is a placeholder's; the text's colours
  // are what the check is about.
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  // tsx compiles named inner functions to `__name(fn, "name")` calls; functions sent to the page
  // need that helper there too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(recordChannelEvents);
  const queue = [...list];
  await Promise.all(
    Array.from({ length: Math.min(WORKERS, list.length) }, async () => {
      const page = await context.newPage();
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const problems = await check(page, entry);
        if (problems.length) failures.set(entry.id, problems);
      }
      await page.close();
    }),
  );
  await context.close();
  return failures;
}

function describe(failures: Map<string, string[]>): string {
  return [...failures].map(([id, problems]) => `${id}\n    ${problems.join('\n    ')}`).join('\n');
}

test('every story renders its intended state with no error, no sideways overflow and no axe violation', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const stories = await entries('story');
  if (stories.length === 0 && process.env.STORYBOOK_ONLY) return t.skip(`no stories match STORYBOOK_ONLY`);
  assert.ok(stories.length > 0, 'the Storybook index lists no stories');
  const started = Date.now();
  const failures = await checkAll(stories);
  console.log(`# storybook: ${stories.length} stories checked in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.size} failed`);
  assert.equal(failures.size, 0, `stories with problems:\n${describe(failures)}`);
});

test('every docs page renders and lists the manifest’s attributes, properties, events, parts and custom properties', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const docs = await entries('docs');
  if (docs.length === 0 && process.env.STORYBOOK_ONLY) return t.skip(`no docs pages match STORYBOOK_ONLY`);
  assert.ok(docs.length > 0, 'the Storybook index lists no docs pages');
  const started = Date.now();
  const failures = await checkAll(docs);
  console.log(`# storybook: ${docs.length} docs pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.size} failed`);
  assert.equal(failures.size, 0, `docs pages with problems:\n${describe(failures)}`);
});
