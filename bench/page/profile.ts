/**
 * `--profile`: a CPU profile (V8's sampling profiler, through CDP) of the fifty-widget page with
 * the classic script, unthrottled, from navigation until every widget is rendered; summarised as
 * the functions with the most self time. The script is the shipped build made again with a source
 * map, so each function is placed in its source file: minification keeps property and method
 * names but renames the rest, and a place like `role-hub.classic.js:3:25111` says nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
// @ts-expect-error plain JS build helpers
import { classicBuild } from '../../scripts/build/configs.js';
import { keepNamesShim } from '../../tests/e2e/helpers/browser.js';
import { CLASSIC, fiftyServer } from './fifty.js';

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  /** Share of the busy (non-idle) time sampled. */
  share: number;
}

/** The parts of CDP's Profiler.Profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** dist/role-hub.classic.js as the build makes it (templates collapsed, its default), with its source map. */
async function classicWithMap(root: string): Promise<{ code: string; map: SourceMapConsumer }> {
  const dir = mkdtempSync(join(root, '.tmp/bench-profile-'));
  try {
    const config = classicBuild(root, join(root, 'src/index.ts'), dir, { templates: true });
    config.build.sourcemap = true;
    await build(config);
    const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, 'role-hub.classic.js.map'), 'utf8')));
    return { code: readFileSync(join(dir, 'role-hub.classic.js'), 'utf8'), map };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Self time per function: each sample is charged the gap to the next one, as DevTools does. */
export function selfTimes(profile: CpuProfile, map?: SourceMapConsumer): { top: SelfTime[]; busyMs: number } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  for (let i = 0; i < samples.length - 1; i++) {
    const frame = nodes.get(samples[i]!)!.callFrame;
    const us = deltas[i + 1]!;
    if (frame.functionName === '(idle)') continue;
    busy += us;
    const { name, where } = place(frame, map);
    const key = `${name}@${where}`;
    const entry = byFunction.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const top = [...byFunction.values()]
    .sort((a, b) => b.us - a.us)
    .map((e) => ({ name: e.name, where: e.where, ms: e.us / 1000, share: e.us / busy }));
  return { top, busyMs: busy / 1000 };
}

/**
 * Where a frame's function is, and its name as written: through the map for our script (the map
 * names the renamed ones), else the script's own file, line and column.
 */
function place(frame: CpuProfile['nodes'][number]['callFrame'], map?: SourceMapConsumer): { name: string; where: string } {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return { name, where: '' };
  const file = basename(new URL(frame.url).pathname);
  // CDP counts lines and columns from 0, source maps lines from 1 and columns from 0.
  const original =
    map && file === 'role-hub.classic.js' ? map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }) : undefined;
  if (original?.source) return { name: original.name ?? name, where: `${basename(original.source)}:${original.line}` };
  return { name, where: `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` };
}

export async function profileFifty(browser: Browser, root: string, tags: string[]): Promise<{ top: SelfTime[]; busyMs: number }> {
  const script = await classicWithMap(root);
  const server = await fiftyServer(root, tags, CLASSIC);
  server.page('/cdn/role-hub.classic.js', { body: script.code, type: 'text/javascript; charset=utf-8' });
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(keepNamesShim);
  try {
    const tab = await context.newPage();
    // Start on the same origin so the navigation below stays in this renderer and its profiler.
    await tab.goto(`${server.origin}/blank.html`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
    await cdp.send('Profiler.start');
    await tab.goto(`${server.origin}/page.html`);
    await tab.waitForFunction(() => window.__bench.allRendered !== null, undefined, { timeout: 30_000 });
    const { profile } = await cdp.send('Profiler.stop');
    return selfTimes(profile, script.map);
  } finally {
    await context.close();
    await server.close();
  }
}
