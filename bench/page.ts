/**
 * `npm run bench:page` — what role-hub costs a host page. Prints tables (Markdown), not a test:
 *   1. bytes: the one-file scripts, each element alone as a bundler cuts it from the npm package,
 *      and the before/after of the build's size measures;
 *   2. fifty widgets on one page, per way of embedding: requests, time to all rendered, long tasks,
 *      cumulative layout shift (medians of several loads);
 *   3. <salary-band> against the same chart drawn with Chart.js: bytes and render time as ratios.
 * Run `npm run build` first (the npm script does). Iterations: BENCH_ITERATIONS (default 7).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/helpers/browser.js';
import { shippedTags } from '../tests/e2e/helpers/widgets.js';
import { allInOneVariants, chartJsBundle, perElement, shippedScripts, type Size } from './page/bytes.js';
import { renderTimes } from './page/chartjs.js';
import { DATA_DELAY_MS, embeddings, runFifty, SCRIPT_DELAY_MS, sectionTags, WIDGETS, type FiftyResult } from './page/fifty.js';
import { kb, median, ms, table } from './page/stats.js';
// @ts-expect-error plain JS build helpers
import { sizeOf } from '../scripts/build/sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 7);
const tags = shippedTags();
const out: string[] = [];
const print = (s = '') => {
  out.push(s);
  console.log(s);
};

const BUDGET_ALL = 25 * 1024;
const BUDGET_ONE = 15 * 1024;
const within = (n: number, budget: number) => (n < budget ? 'yes' : 'NO');

// 1. Bytes.
const scripts = shippedScripts(root);
print('### Bytes\n');
print(
  table(
    ['file', 'minified', 'gzip', 'gzip bytes', `under ${kb(BUDGET_ALL)} (${BUDGET_ALL} bytes) gzip`],
    Object.entries(scripts).map(([f, s]) => [f, kb(s.raw), kb(s.gzip), s.gzip, within(s.gzip, BUDGET_ALL)]),
  ),
);
print();
const elements: Record<string, Size> = {};
for (const tag of tags) elements[tag] = await perElement(root, tag);
print(`Each element alone: \`import 'role-hub/<tag>'\` bundled and minified by Vite with its dependencies (Lit, d3), no configuration.\n`);
print(
  table(
    ['entry', 'minified', 'gzip', 'gzip bytes', `under ${kb(BUDGET_ONE)} (${BUDGET_ONE} bytes) gzip`],
    tags.map((t) => [`role-hub/${t}`, kb(elements[t]!.raw), kb(elements[t]!.gzip), elements[t]!.gzip, within(elements[t]!.gzip, BUDGET_ONE)]),
  ),
);
print();
const variants = await allInOneVariants(root);
print('The all-in-one module before and after the build\'s two size measures:\n');
print(
  table(
    ['dist/role-hub.js built with', 'minified', 'gzip'],
    [...Object.entries(variants), ['numeric stand-ins, templates collapsed (shipped)', scripts['dist/role-hub.js']!] as const].map(([n, s]) => [n, kb(s.raw), kb(s.gzip)]),
  ),
);
print();

// 2. Fifty widgets.
const browser = await launch();
try {
  print(`Headless Chromium ${browser.version()}, ${cpus().length} CPU cores, load average ${loadavg()[0]!.toFixed(1)} when the timings started.\n`);
  print(`### ${WIDGETS} widgets on one page\n`);
  print(
    `${WIDGETS} widgets (the ${sectionTags(tags).length} section elements in turn; \`<role-hub>\`, a whole page of them, is left out) between paragraphs of an article, all for backend-engineer, data from one bundle URL; the server holds the script ${SCRIPT_DELAY_MS} ms and the data ${DATA_DELAY_MS} ms. Medians of ${iterations} loads.\n`,
  );
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const name of Object.keys(embeddings)) {
    const runs: FiftyResult[] = [];
    for (let i = 0; i < iterations; i++) runs.push(await runFifty(browser, root, tags, name));
    const m = (f: (r: FiftyResult) => number) => median(runs.map(f));
    rows.push([
      name,
      `${Math.max(...runs.map((r) => r.bundleRequests))}`,
      `${Math.max(...runs.map((r) => r.scriptRequests))}`,
      ms(m((r) => r.dataToRendered)),
      ms(m((r) => r.scriptToRendered)),
      `${m((r) => r.longTasks)} (${ms(m((r) => r.longTaskMs))})`,
      m((r) => r.cls).toFixed(3),
    ]);
    const sources = [...new Set(runs.flatMap((r) => r.shiftSources))];
    if (sources.length) notes.push(`${name}: the nodes that moved: ${sources.map((n) => `\`<${n}>\``).join(', ')}`);
  }
  print(table(['embedding', 'bundle requests', 'script requests', 'data arrival → all rendered', 'script arrival → all rendered', 'long tasks (total)', 'CLS'], rows));
  print();
  for (const n of notes) print(`- ${n}`);
  if (notes.length) print();

  // 3. Chart.js.
  const chartJs = await chartJsBundle(root);
  const chartBytes: Size = sizeOf(Buffer.from(chartJs));
  const bundle = JSON.parse(readFileSync(join(root, 'dist/stats/backend-engineer.json'), 'utf8'));
  const times = { rh: { cold: [] as number[], warm: [] as number[] }, cj: { cold: [] as number[], warm: [] as number[] } };
  for (let i = 0; i < iterations; i++) {
    const t = await renderTimes(browser, root, chartJs, bundle);
    times.rh.cold.push(t.roleHub.cold);
    times.rh.warm.push(t.roleHub.warm);
    times.cj.cold.push(t.chartJs.cold);
    times.cj.warm.push(t.chartJs.warm);
  }
  const sb = elements['salary-band'];
  print('### `<salary-band>` and Chart.js, the same chart\n');
  print(`Chart.js: a horizontal floating bar chart (p10–p90 band, p25–p75 box, median) with only the controllers, elements and scales it needs registered. Medians of ${iterations} fresh pages.\n`);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  print(
    table(
      ['', '`<salary-band>`', 'Chart.js', 'Chart.js ÷ salary-band'],
      [
        ['bytes, minified', kb(sb!.raw), kb(chartBytes.raw), ratio(chartBytes.raw, sb!.raw)],
        ['bytes, gzip', kb(sb!.gzip), kb(chartBytes.gzip), ratio(chartBytes.gzip, sb!.gzip)],
        ['render, first on the page', ms(median(times.rh.cold)), ms(median(times.cj.cold)), ratio(median(times.cj.cold), median(times.rh.cold))],
        ['render, later', ms(median(times.rh.warm)), ms(median(times.cj.warm)), ratio(median(times.cj.warm), median(times.rh.warm))],
      ],
    ),
  );
  print();
  print('`<salary-band>`\'s bytes include Lit, the loader, validation, states, heading, text figures and footer; Chart.js\'s only the chart.');
} finally {
  await browser.close();
}

mkdirSync(join(root, 'bench/.out'), { recursive: true });
writeFileSync(join(root, 'bench/.out/page.md'), out.join('\n') + '\n');
