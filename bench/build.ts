/**
 * How far is `role-hub build` from the cheapest DuckDB pass over the same listings? Not a test.
 *
 *   node --import tsx bench/build.ts                  # 1,000,000 listings
 *   node --import tsx bench/build.ts --count 200000   # quicker
 *   node --import tsx bench/build.ts --ten-million    # also a 10,000,000-listing build (slow)
 *
 * The input is the real 2024 file (../shared/data) repeated until it holds N listings, so the
 * skills, titles and pay look like real data rather than a generator's. Both cases run in their own
 * child process, twice and alternating (plain, build, plain, build) so that a warm page cache or a
 * noisy neighbour favours neither; the best time of the two is reported.
 * The baseline is one DuckDB query reading only the columns it needs for a listing count, the top
 * 10 skills and the pay quantiles: roughly the least work any builder must do (decompress, parse JSON).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip, gunzipSync } from 'node:zlib';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '..');
const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000000' }, 'ten-million': { type: 'boolean', default: false }, plain: { type: 'string' } },
});

// Child mode: the plain DuckDB query, run by this same file so that it, like the build, pays for
// Node + tsx start-up and loading DuckDB.
if (values.plain !== undefined) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '1GB', threads: String(cpus().length) });
  const db = await instance.connect();
  const file = values.plain.replace(/'/g, "''");
  // MATERIALIZED: the gzip file is decompressed and parsed once, not once per sub-query.
  const reader = await db.runAndReadAll(`
    WITH l AS MATERIALIZED (
      SELECT skills, (salary.min + salary.max) / 2 AS pay
      FROM read_ndjson('${file}', columns = {skills: 'VARCHAR[]', salary: 'STRUCT(min DOUBLE, max DOUBLE)'})
    )
    SELECT (SELECT count(*) FROM l) AS listings,
           (SELECT list(skill ORDER BY n DESC, skill) FROM (
              SELECT skill, count(*) AS n FROM (SELECT unnest(skills) AS skill FROM l) GROUP BY skill ORDER BY n DESC, skill LIMIT 10)) AS top_skills,
           (SELECT quantile_cont(pay, [0.1, 0.25, 0.5, 0.75, 0.9]) FROM l) AS pay_quantiles`);
  console.log(JSON.stringify(reader.getRowObjectsJson()[0]));
  process.exit(0);
}

const shared = resolve(root, '../shared/data');
const real = join(shared, 'jobs-2024-q4.ndjson.gz');
if (!existsSync(real)) {
  console.log(`\n*** SKIPPED: no real listings at ${real} (../shared/data). The build benchmark needs them. ***\n`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'role-hub-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const fmt = (n: number) => n.toLocaleString('en-US');

/** Writes `count` listings: the real file over and over, ids suffixed `-r<k>` on repetition k ≥ 1. */
async function generate(count: number): Promise<string> {
  // In a folder of its own: the builder refuses to write bundles beside its input.
  const file = join(mkdtempSync(join(work, 'in-')), `listings-${count}.ndjson.gz`);
  // Split each listing around its id once, so a repetition is string concatenation, not JSON work.
  const templates = gunzipSync(readFileSync(real))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const listing = JSON.parse(line);
      const [head, tail] = JSON.stringify({ ...listing, id: '\0' }).split('"\\u0000"');
      return { head, id: String(listing.id), tail };
    });
  const gzip = createGzip({ level: 1 }); // level 1: generation is not what is measured
  const done = new Promise<void>((ok, fail) =>
    gzip
      .pipe(createWriteStream(file))
      .on('finish', () => ok())
      .on('error', fail),
  );
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const k = Math.floor(i / templates.length);
    const t = templates[i % templates.length];
    if (!t) throw new Error('no listing templates read from the 2024 file');
    chunk += `${t.head}${JSON.stringify(k === 0 ? t.id : `${t.id}-r${k}`)}${t.tail}\n`;
    // Respect back-pressure so 10M listings never sit in memory at once.
    if (chunk.length > 1 << 20) {
      if (!gzip.write(chunk)) await new Promise((ok) => gzip.once('drain', ok));
      chunk = '';
    }
  }
  gzip.end(chunk);
  await done;
  return file;
}

interface Measure {
  seconds: number;
  peakMiB: number;
  stdout: string;
}

const hasTime = existsSync('/usr/bin/time');

/** Runs `node --import tsx <args>` and measures the child's wall time and peak resident memory. */
function measure(args: string[]): Promise<Measure> {
  const report = join(work, 'time.txt');
  const node = [process.execPath, '--import', 'tsx', ...args];
  // /usr/bin/time reads the kernel's own max-RSS for the child; /proc polling is the fallback.
  const [cmd = process.execPath, ...argv] = hasTime ? ['/usr/bin/time', '-f', '%e %M', '-o', report, ...node] : node;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hwmKiB = 0;
    const poll = setInterval(() => {
      try {
        hwmKiB = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? hwmKiB);
      } catch {
        // The child has just exited: its last reading stands.
      }
    }, 50);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) return fail(new Error(`${args.join(' ')} exited ${code}\n${stderr}`));
      if (!hasTime) return done({ seconds: (performance.now() - started) / 1000, peakMiB: hwmKiB / 1024, stdout });
      const [seconds = NaN, kib = NaN] = (readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      done({ seconds, peakMiB: kib / 1024, stdout });
    });
  });
}

const plain = (file: string) => measure([here, '--plain', file]);
const build = (file: string, memoryLimit: string) =>
  measure([
    'src/cli/main.ts',
    'build',
    file,
    '--out',
    join(work, 'out'),
    '--as-of',
    '2026-11-28T00:00:00Z',
    '--memory-limit',
    memoryLimit,
    '--no-progress',
  ]);

/** Best time of the runs; peak memory is the worst, since a limit must hold on every run. */
const best = (runs: Measure[]) => ({ seconds: Math.min(...runs.map((r) => r.seconds)), peakMiB: Math.max(...runs.map((r) => r.peakMiB)) });

const n = Number(values.count);
process.stderr.write(`generating ${fmt(n)} listings (not timed)…\n`);
const input = await generate(n);
const plains: Measure[] = [];
const builds: Measure[] = [];
for (let round = 1; round <= 2; round++) {
  process.stderr.write(`round ${round}: plain query…\n`);
  plains.push(await plain(input));
  process.stderr.write(`round ${round}: build…\n`);
  builds.push(await build(input, '640MB'));
}
const p = best(plains);
const b = best(builds);
const rows = [
  ['plain DuckDB query (1GB)', fmt(n), p.seconds.toFixed(2), p.peakMiB.toFixed(0), '1.00'],
  ['role-hub build (640MB, the default)', fmt(n), b.seconds.toFixed(2), b.peakMiB.toFixed(0), (b.seconds / p.seconds).toFixed(2)],
];

let tenMillion: { seconds: number; peakMiB: number } | undefined;
if (values['ten-million']) {
  const big = 10_000_000;
  process.stderr.write(`generating ${fmt(big)} listings (not timed)…\n`);
  const bigInput = await generate(big);
  process.stderr.write(`build of ${fmt(big)} listings…\n`);
  const t = await build(bigInput, '1280MB');
  rows.push(['role-hub build (1280MB)', fmt(big), t.seconds.toFixed(2), t.peakMiB.toFixed(0), '–']);
  tenMillion = t;
}

const header = ['case', 'listings', 'wall time (s)', 'peak RSS (MiB)', 'build/plain'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(
  `\nrole-hub build vs plain DuckDB (Node ${process.version}, ${cpus().length} CPUs, best of 2 runs; times include start-up; memory via ${hasTime ? '/usr/bin/time' : '/proc VmHWM'})\n`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log(`plain query result: ${plains[0]?.stdout.trim() ?? '(none)'}`);
const fast = b.seconds <= 1.5 * p.seconds;
const small = b.peakMiB < 1024;
console.log(
  `\n${fmt(n)}-listing build: ${fast ? 'within' : 'NOT within'} 1.5× of the plain query (${(b.seconds / p.seconds).toFixed(2)}×), ` +
    `${small ? 'under' : 'NOT under'} 1 GiB peak (${b.peakMiB.toFixed(0)} MiB) → ${fast && small ? 'OK' : 'FAIL'}`,
);
if (tenMillion) {
  console.log(
    `10,000,000-listing build: ${tenMillion.peakMiB < 2048 ? 'under' : 'NOT under'} 2 GiB peak (${tenMillion.peakMiB.toFixed(0)} MiB)`,
  );
}
