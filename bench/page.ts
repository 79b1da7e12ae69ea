/**
 * `npm run bench:page` — what role-hub costs a host page. Prints tables (Markdown), not a test:
 *   1. bytes: the one-file scripts and each element alone as a bundler cuts it from the npm
 *      package, against the goal (20 KB gzip all-in-one, 12 KB each element, the hub aside) and
 *      the ceiling `npm test` holds them to (scripts/build/size-budgets.js);
 *      the before/after of the build's size measures; where the all-in-one's bytes go, per module;
 *   2. fifty widgets on one page, per way of embedding, and fifty Chart.js charts on the same page:
 *      requests, time to all rendered, long tasks, cumulative layout shift (medians of several loads);
 *   3. <salary-band> against the same chart drawn with Chart.js: bytes and render time as ratios;
 *   4. Lighthouse (mobile, simulated throttling) on a blog post with one <role-hub>, each run and
 *      the median, against the issue's targets;
 *   5. with `--profile` (`npm run bench:page -- --profile`): the functions with the most self time
 *      in a CPU profile of the fifty-widget page.
 * Run `npm run build` first (the npm script does). Iterations: BENCH_ITERATIONS (default 5) page
 * loads per row, BENCH_LIGHTHOUSE_RUNS (default 3) Lighthouse runs. The whole run takes a few minutes.
 * The output is also written to bench/.out/page.md.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/helpers/browser.js';
import { shippedTags } from '../tests/e2e/helpers/widgets.js';
import { allInOneVariants, chartJsBundle, perElement, shippedScripts, type Size } from './page/bytes.js';
import { renderTimes } from './page/chartjs.js';
import {
  available,
  CHART_JS,
  CLASSIC,
  DATA_DELAY_MS,
  embeddings,
  MODULE,
  runFifty,
  SCRIPT_DELAY_MS,
  sectionTags,
  WIDGETS,
  type FiftyResult,
} from './page/fifty.js';
import { lighthouseRuns, type LighthouseRun } from './page/lighthouse.js';
import { moduleBytes } from './page/modules.js';
import { profileFifty } from './page/profile.js';
import { kb, median, ms, table } from './page/stats.js';
// @ts-expect-error plain JS build helpers
import { sizeOf } from '../scripts/build/sizes.js';
// @ts-expect-error plain JS build helpers
import { SIZE_CEILING, SIZE_EXEMPT, SIZE_GOAL } from '../scripts/build/size-budgets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 5);
const lighthouseCount = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const profile = process.argv.includes('--profile');
const tags = shippedTags();
const out: string[] = [];
const print = (s = '') => {
  out.push(s);
  console.log(s);
};
const holds = (ok: boolean) => (ok ? 'yes' : 'NO');
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;

const BUDGET_ALL: number = SIZE_GOAL.allInOne;
const BUDGET_ONE: number = SIZE_GOAL.oneElement;
const CEILING_ALL: number = SIZE_CEILING.allInOne;
const CEILINGS: Record<string, number> = SIZE_CEILING.elements;
const EXEMPT: string = SIZE_EXEMPT;

const browser = await launch();
try {
  print(
    `Headless Chromium ${browser.version()}, ${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), ${load()} when the bench started.\n`,
  );

  // 1. Bytes.
  const scripts = shippedScripts(root);
  print('### Bytes\n');
  print(
    table(
      ['file', 'minified', 'gzip', 'gzip bytes', `goal ≤ ${kb(BUDGET_ALL)}`, `npm test's ceiling ≤ ${kb(CEILING_ALL)}`],
      Object.entries(scripts).map(([f, s]) => [
        f,
        kb(s.raw),
        kb(s.gzip),
        s.gzip,
        holds(s.gzip <= BUDGET_ALL),
        holds(s.gzip <= CEILING_ALL),
      ]),
    ),
  );
  print();
  const elements: Record<string, Size> = {};
  for (const tag of tags) elements[tag] = await perElement(root, tag);
  print(
    `Each element alone: \`import 'role-hub/<tag>'\` bundled and minified by Vite with its dependencies (Lit, d3), no configuration. \`role-hub/${EXEMPT}\` imports every element and is exempt.\n`,
  );
  print(
    table(
      ['entry', 'minified', 'gzip', 'gzip bytes', `goal ≤ ${kb(BUDGET_ONE)}`, "npm test's ceiling"],
      tags.map((t) => [
        `role-hub/${t}`,
        kb(elements[t]!.raw),
        kb(elements[t]!.gzip),
        elements[t]!.gzip,
        t === EXEMPT ? 'exempt' : holds(elements[t]!.gzip <= BUDGET_ONE),
        t === EXEMPT
          ? 'exempt'
          : CEILINGS[t] === undefined
            ? 'none set'
            : `${holds(elements[t]!.gzip <= CEILINGS[t])} (≤ ${kb(CEILINGS[t])})`,
      ]),
    ),
  );
  print();
  const variants = await allInOneVariants(root);
  print("The all-in-one module before and after the build's two size measures:\n");
  print(
    table(
      ['dist/role-hub.js built with', 'minified', 'gzip'],
      [...Object.entries(variants), ['numeric stand-ins, templates collapsed (shipped)', scripts['dist/role-hub.js']!] as const].map(
        ([n, s]) => [n, kb(s.raw), kb(s.gzip)],
      ),
    ),
  );
  print();

  const modules = await moduleBytes(root);
  const share = (n: number) => `${((100 * n) / modules.total).toFixed(1)}%`;
  print("### Where the all-in-one's bytes go (minified bytes, before gzip)\n");
  print(
    `src/index.ts bundled by esbuild with the real build's resolution (production Lit, numeric d3 stand-ins, templates collapsed): ${kb(modules.total)} minified in all, against ${kb(scripts['dist/role-hub.js']!.raw)} for the shipped file (another minifier). Bytes each module leaves in the output, before gzip; gzip shrinks the whole file about ${(scripts['dist/role-hub.js']!.raw / scripts['dist/role-hub.js']!.gzip).toFixed(1)}×.\n`,
  );
  print(
    table(
      ['group', 'minified bytes', 'share'],
      modules.groups.map(([g, n]) => [g, n, share(n)]),
    ),
  );
  print();
  print(
    table(
      ['module (top 25)', 'minified bytes', 'share'],
      modules.modules.slice(0, 25).map(([m, n]) => [m, n, share(n)]),
    ),
  );
  print();

  // 2. Fifty widgets, and fifty Chart.js charts.
  const chartJs = await chartJsBundle(root);
  print(`Headless Chromium ${browser.version()}, ${cpus().length} CPU cores, ${load()} when the timings started.\n`);
  print(`### ${WIDGETS} widgets on one page\n`);
  print(
    `${WIDGETS} widgets (the ${sectionTags(tags).length} section elements in turn; \`<role-hub>\`, a whole page of them, is left out) between paragraphs of an article, all for backend-engineer, data from one bundle URL; the server holds the script ${SCRIPT_DELAY_MS} ms and the data ${DATA_DELAY_MS} ms. The Chart.js row: the same article with ${WIDGETS} salary-band bar charts drawn by Chart.js from the same bundle, script and data held back alike. Medians of ${iterations} loads, the rows taken in turn.\n`,
  );
  const names = Object.keys(embeddings).filter((n) => available(root, embeddings[n]!));
  const runs = new Map<string, FiftyResult[]>(names.map((n) => [n, []]));
  // Rows in turn within each iteration, so a busy spell on the machine touches all rows alike.
  for (let i = 0; i < iterations; i++) for (const name of names) runs.get(name)!.push(await runFifty(browser, root, tags, name, chartJs));
  const m = (name: string, f: (r: FiftyResult) => number) => median(runs.get(name)!.map(f));
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const name of Object.keys(embeddings)) {
    if (!runs.has(name)) {
      rows.push([name, ...Array(6).fill('n/a'), `n/a (no dist/${embeddings[name]!.needs})`]);
      continue;
    }
    const r = runs.get(name)!;
    rows.push([
      name,
      `${Math.max(...r.map((x) => x.bundleRequests))}`,
      `${Math.max(...r.map((x) => x.scriptRequests))}`,
      ms(m(name, (x) => x.navigationToRendered)),
      ms(m(name, (x) => x.dataToRendered)),
      ms(m(name, (x) => x.scriptToRendered)),
      `${m(name, (x) => x.longTasks)} (${ms(m(name, (x) => x.longTaskMs))})`,
      m(name, (x) => x.cls).toFixed(3),
    ]);
    const sources = [...new Set(r.flatMap((x) => x.shiftSources))];
    if (sources.length) notes.push(`${name}: the nodes that moved: ${sources.map((n) => `\`<${n}>\``).join(', ')}`);
  }
  print(
    table(
      [
        'embedding',
        'bundle requests',
        'script requests',
        'navigation start → all rendered',
        'data arrival → all rendered',
        'script arrival → all rendered',
        'long tasks (total)',
        'CLS',
      ],
      rows,
    ),
  );
  print();
  for (const n of notes) print(`- ${n}`);
  if (notes.length) print();

  // The issue's "done when" for the page: half of Chart.js's time, no shift either way of pasting, one request per bundle.
  print(`### Time to all ${WIDGETS} rendered, role-hub and Chart.js side by side\n`);
  const chart = m(CHART_JS, (x) => x.navigationToRendered);
  print(
    table(
      ['role-hub pasted as', 'role-hub: navigation start → all rendered', 'Chart.js: the same', 'role-hub ÷ Chart.js', '≤ 0.5 (target)'],
      [CLASSIC, MODULE].map((n) => {
        const ours = m(n, (x) => x.navigationToRendered);
        return [n, ms(ours), ms(chart), (ours / chart).toFixed(2), holds(ours / chart <= 0.5)];
      }),
    ),
  );
  print();
  const pasting = [CLASSIC, MODULE, 'module + loading stylesheet'];
  print(
    table(
      ['target', 'measured', 'holds'],
      [
        ...pasting.map((n) =>
          runs.has(n)
            ? [`CLS ≤ 0.01, ${n}`, m(n, (x) => x.cls).toFixed(3), holds(m(n, (x) => x.cls) <= 0.01)]
            : [`CLS ≤ 0.01, ${n}`, `n/a (no dist/${embeddings[n]!.needs})`, '–'],
        ),
        ...(() => {
          const most = Math.max(...names.flatMap((n) => runs.get(n)!.map((x) => x.bundleRequests)));
          return [['one request per bundle (most seen in any load)', most, holds(most === 1)]];
        })(),
      ],
    ),
  );
  print();

  // 3. One chart, <salary-band> and Chart.js.
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
  print(
    `Chart.js: a horizontal floating bar chart (p10–p90 band, p25–p75 box, median) with only the controllers, elements and scales it needs registered. Medians of ${iterations} fresh pages.\n`,
  );
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  print(
    table(
      ['', '`<salary-band>`', 'Chart.js', 'Chart.js ÷ salary-band'],
      [
        ['bytes, minified', kb(sb!.raw), kb(chartBytes.raw), ratio(chartBytes.raw, sb!.raw)],
        ['bytes, gzip', kb(sb!.gzip), kb(chartBytes.gzip), ratio(chartBytes.gzip, sb!.gzip)],
        [
          'render, first on the page',
          ms(median(times.rh.cold)),
          ms(median(times.cj.cold)),
          ratio(median(times.cj.cold), median(times.rh.cold)),
        ],
        ['render, later', ms(median(times.rh.warm)), ms(median(times.cj.warm)), ratio(median(times.cj.warm), median(times.rh.warm))],
      ],
    ),
  );
  print();
  print(
    "`<salary-band>`'s bytes include Lit, the loader, validation, states, heading, text figures and footer; Chart.js's only the chart.\n",
  );

  // 4. Lighthouse.
  print('### Lighthouse: a blog post with one `<role-hub role="data-analyst">`\n');
  print(
    `The post loads dist/role-hub.classic.js in \`<head>\` and the real data-analyst bundle (demo/real/), all from 127.0.0.1. Lighthouse's defaults: mobile, simulated slow 4G and 4× CPU slowdown; a fresh Chromium per run; ${load()} at the start.\n`,
  );
  try {
    const lh = await lighthouseRuns(root, lighthouseCount, browser, tags);
    const mid = (f: (r: LighthouseRun) => number) => median(lh.runs.map(f));
    const row = (label: string, f: (g: (r: LighthouseRun) => number) => number) => [
      label,
      f((r) => r.performance).toFixed(2),
      ms(f((r) => r.tbt)),
      ms(f((r) => r.lcp)),
      f((r) => r.cls).toFixed(3),
      f((r) => r.accessibility).toFixed(2),
      f((r) => r.seo).toFixed(2),
      f((r) => r.bestPractices).toFixed(2),
    ];
    print(
      table(
        ['run', 'performance', 'total blocking time', 'LCP', 'CLS', 'accessibility', 'SEO', 'best practices'],
        [...lh.runs.map((r, i) => row(`${i + 1}`, (g) => g(r))), row(`median of ${lh.runs.length}`, mid)],
      ),
    );
    print();
    print(`The post's widgets once settled (checked in Playwright before the runs): ${lh.states}.\n`);
    print(
      table(
        ['target (median)', 'measured', 'holds'],
        [
          ['performance ≥ 0.95', mid((r) => r.performance).toFixed(2), holds(mid((r) => r.performance) >= 0.95)],
          ['total blocking time ≤ 200 ms', ms(mid((r) => r.tbt)), holds(mid((r) => r.tbt) <= 200)],
          ['accessibility 1.0', mid((r) => r.accessibility).toFixed(2), holds(mid((r) => r.accessibility) === 1)],
          ['SEO 1.0 (kept)', mid((r) => r.seo).toFixed(2), holds(mid((r) => r.seo) === 1)],
        ],
      ),
    );
    print();
    const failed = [...new Set(lh.runs.flatMap((r) => r.failed))];
    const warnings = [...new Set(lh.runs.flatMap((r) => r.warnings))];
    if (failed.length)
      print(`- audits that did not pass (accessibility, SEO, best practices): ${failed.map((a) => `\`${a}\``).join(', ')}`);
    for (const w of warnings) print(`- Lighthouse warned: ${w}`);
    if (failed.length || warnings.length) print();
  } catch (error) {
    print(`Lighthouse could not run here: ${error instanceof Error ? error.message : String(error)}\n`);
  }

  // 5. CPU profile.
  if (profile) {
    const p = await profileFifty(browser, root, tags);
    print(`### CPU profile: ${WIDGETS} widgets, classic script, unthrottled\n`);
    print(
      `Top 20 functions by self time, from navigation to all rendered; ${ms(p.busyMs)} of busy (non-idle) main-thread time sampled. Names and places through the build's source map (Lit ships minified, so its lines are its minified lines). \`(program)\` is the browser's own work outside JavaScript (HTML parsing, style, layout, paint); \`measure.js\` is the bench's watcher.\n`,
    );
    print(
      table(
        ['function', 'where', 'self', '% of busy'],
        p.top.slice(0, 20).map((f) => [f.name, f.where, ms(f.ms), `${(100 * f.share).toFixed(1)}%`]),
      ),
    );
    print();
  }
} finally {
  await browser.close();
}

mkdirSync(join(root, 'bench/.out'), { recursive: true });
writeFileSync(join(root, 'bench/.out/page.md'), out.join('\n') + '\n');
