/**
 * Times `role-hub build` on 1,000,000 synthetic listings and on each real data file, and prints
 * listings per second and peak memory as a table. Not a test: `npm run bench:build`.
 *
 * Each build runs in its own child process (the real command, TypeScript through tsx) with its
 * output in a temporary folder; peak memory is the child's own maximum resident set size, reported
 * by a preloaded hook. The synthetic input is generated first and not timed. The first row is the
 * command's start-up alone (`role-hub --help`), which every other row includes.
 *
 *   npm run bench:build                  # 1,000,000 sample listings + ../shared/data/*.ndjson.gz
 *   npm run bench:build -- --count 200000
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/role-hub.js');
const hook = join(root, 'bench/report-max-rss.mjs');
const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' } } });

interface Run {
  seconds: number;
  stdout: string;
  maxRssKb: number;
  code: number;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', hook, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const maxRssKb = Number(stderr.match(/role-hub-bench maxRSS=(\d+)/)?.[1] ?? NaN);
      if (code !== 0) process.stderr.write(stderr);
      done({ seconds, stdout, maxRssKb, code: code ?? 1 });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'role-hub-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const rows: string[][] = [];
const mb = (kb: number) => (kb / 1024).toFixed(0);
const count = (n: number) => n.toLocaleString('en-US');

async function bench(label: string, input: string): Promise<void> {
  const run = await runCli(['build', input, '--out', join(work, `out-${rows.length}`), '--as-of', '2026-01-01T00:00:00Z', '--no-progress']);
  if (run.code !== 0) throw new Error(`build of ${label} failed`);
  const records = Number(run.stdout.match(/Reconciliation: ([\d,]+) records read/)?.[1].replace(/,/g, '') ?? NaN);
  const size = statSync(input).size;
  rows.push([label, count(records), `${(size / 1024 / 1024).toFixed(1)} MB`, run.seconds.toFixed(2), count(Math.round(records / run.seconds)), mb(run.maxRssKb)]);
}

const startup = await runCli(['--help']);
rows.push(['start-up only (role-hub --help)', '–', '–', startup.seconds.toFixed(2), '–', mb(startup.maxRssKb)]);

const n = Number(values.count);
const sample = join(work, `sample-${n}.ndjson`);
process.stderr.write(`generating ${count(n)} sample listings (not timed)…\n`);
const generated = await runCli(['sample', '--count', String(n), '--seed', values.seed, '--out', sample]);
if (generated.code !== 0) throw new Error('sample generation failed');
await bench(`sample, ${count(n)} listings (NDJSON)`, sample);

const shared = resolve(root, '../shared/data');
if (existsSync(shared)) {
  for (const file of readdirSync(shared).filter((f) => /\.ndjson(\.gz)?$/.test(f)).sort()) {
    process.stderr.write(`building ${file}…\n`);
    await bench(`real: ${file}`, join(shared, file));
  }
} else {
  process.stderr.write(`no real listings at ${shared} (../shared/data): skipped\n`);
}

const header = ['input', 'listings', 'file size', 'seconds', 'listings/s', 'peak RSS (MB)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\nrole-hub build benchmark (Node ${process.version}, ${basename(cli)} via tsx; wall time includes start-up)\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
