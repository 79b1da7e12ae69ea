/**
 * An oracle for the builder on the real listings: the US figures each role's bundle reports
 * (listings, skillListings, yearly-salaried pay n and median, SQL and Python counts) are worked out
 * here again from the raw lines, with plain loops and none of the builder's code, and compared.
 *
 * The rules, as written:
 *  1. Every line is a listing: it has an id, a title and a parseable postedAt, not after the as-of
 *     moment nor before 1990 (checked, not filtered: the real files are clean), and no id repeats.
 *  2. Reposts: over all listings (every role, every country) sorted by (postedAt, id), a listing is a
 *     repost when the previous listing with the same company, title and location (trimmed, inner
 *     white space collapsed, lower-cased; a missing location is "") was posted strictly less than
 *     30 days before it. Listings without a company are never reposts. Reposts are dropped first.
 *  3. The US market is country "United States".
 *  4. listings = the role's listings in the market, reposts dropped.
 *  5. Headline pay: salary.period "year", currency USD, amount (min+max)/2 (or the one given) within
 *     [10,000, 1,000,000]; n = their count, median = R-7 median rounded half up.
 *  6. A listing mentions SQL / Python when its skills contain "sql" / "python" (trimmed, any case).
 *  7. skillListings = listings with a `skills` array (an empty one counts).
 *
 * For comparison it also prints the old blended figures: all markets, reposts kept, every salary
 * period pooled and annualised (hour × 2080).
 */
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { createGunzip } from 'node:zlib';
import { runCli, tempDir } from '../helpers/cli.js';
import { realDataFiles, sharedDataDir } from '../helpers/paths.js';

const AS_OF = '2026-11-28T00:00:00Z';
const AS_OF_MS = Date.parse(AS_OF);
const EARLIEST_MS = Date.parse('1990-01-01T00:00:00Z');
const REPOST_MS = 30 * 86_400_000;
const HOURS_PER_YEAR = 2080;
const PLAUSIBLE_MIN = 10_000;
const PLAUSIBLE_MAX = 1_000_000;
const US = 'United States';
const ROLES = ['data-analyst', 'data-engineer', 'software-engineer'] as const;
/** The files the shared folder is known to hold, to name the skipped tests when it is absent. */
const KNOWN_FILES = ['jobs-2023-salaried.ndjson.gz', 'jobs-2024-q4.ndjson.gz'];

const { files, skip } = realDataFiles();
if (skip) console.warn(`# SKIPPED (real-data oracle): ${skip}`);
const fileList = skip ? KNOWN_FILES.map((name) => join(sharedDataDir, name)) : files;

interface Raw {
  id?: unknown;
  title?: unknown;
  postedAt?: unknown;
  company?: unknown;
  location?: unknown;
  country?: unknown;
  role?: unknown;
  skills?: unknown;
  salary?: { min?: unknown; max?: unknown; currency?: unknown; period?: unknown } | null;
}

interface Listing {
  raw: Raw;
  id: string;
  postedMs: number;
  repost: boolean;
}

interface Figures {
  listings: number;
  skillListings: number;
  payN: number;
  payMedian: number | null;
  sql: number;
  python: number;
}

interface OldFigures {
  listings: number;
  median: number | null;
}

interface Oracle {
  lines: number;
  reposts: number;
  problems: string[];
  us: Map<string, Figures>;
  old: Map<string, OldFigures>;
}

/** Trimmed, inner white space collapsed to one space, lower-cased; anything not a string is "". */
function norm(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** R-7 (linear interpolation between closest ranks) median, rounded half up; null for no values. */
function medianR7(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * 0.5;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const at = (i: number): number => sorted[i] ?? NaN;
  const value = at(lo) + (h - lo) * (at(hi) - at(lo));
  return Math.floor(value + 0.5);
}

/** (min+max)/2 when both are numbers, else the one given, else null. */
function amount(salary: Raw['salary']): number | null {
  if (!salary || typeof salary !== 'object') return null;
  const min = typeof salary.min === 'number' && Number.isFinite(salary.min) ? salary.min : null;
  const max = typeof salary.max === 'number' && Number.isFinite(salary.max) ? salary.max : null;
  if (min !== null && max !== null) return (min + max) / 2;
  return min ?? max;
}

function mentions(skills: unknown, keyword: string): boolean {
  if (!Array.isArray(skills)) return false;
  for (const s of skills) if (typeof s === 'string' && s.trim().toLowerCase() === keyword) return true;
  return false;
}

async function readLines(file: string): Promise<Raw[]> {
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const out: Raw[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as Raw);
  }
  return out;
}

async function computeOracle(file: string): Promise<Oracle> {
  const raws = await readLines(file);
  const problems: string[] = [];

  // Rule 1: every line is a listing; a later duplicate id would be dropped (there should be none).
  const seen = new Set<string>();
  const listings: Listing[] = [];
  for (const raw of raws) {
    const id = typeof raw.id === 'string' ? raw.id.trim() : '';
    const title = typeof raw.title === 'string' ? raw.title.trim() : '';
    const postedMs = typeof raw.postedAt === 'string' ? Date.parse(raw.postedAt) : NaN;
    if (!id) problems.push(`a line without an id: ${JSON.stringify(raw).slice(0, 120)}`);
    if (!title) problems.push(`${id}: no title`);
    if (Number.isNaN(postedMs)) problems.push(`${id}: postedAt not parseable (${String(raw.postedAt)})`);
    else if (postedMs > AS_OF_MS || postedMs < EARLIEST_MS) problems.push(`${id}: postedAt out of range (${String(raw.postedAt)})`);
    if (typeof raw.role !== 'string' || !raw.role) problems.push(`${id}: no role`);
    if (seen.has(id)) {
      problems.push(`${id}: duplicate id (a later copy, dropped)`);
      continue;
    }
    seen.add(id);
    listings.push({ raw, id, postedMs, repost: false });
  }

  // Rule 2: reposts, over one role-independent list sorted by (postedAt, id).
  const ordered = [...listings].sort((a, b) => a.postedMs - b.postedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lastPosted = new Map<string, number>();
  let reposts = 0;
  for (const listing of ordered) {
    const company = norm(listing.raw.company);
    if (!company) continue; // never a repost
    const key = `${company}\u0000${norm(listing.raw.title)}\u0000${norm(listing.raw.location)}`;
    const previous = lastPosted.get(key);
    if (previous !== undefined && listing.postedMs - previous < REPOST_MS) {
      listing.repost = true;
      reposts += 1;
    }
    lastPosted.set(key, listing.postedMs);
  }

  const us = new Map<string, Figures>();
  const old = new Map<string, OldFigures>();
  for (const role of ROLES) {
    // Rules 3 to 7: the role in the US, reposts dropped.
    let count = 0;
    let skillListings = 0;
    let sql = 0;
    let python = 0;
    const yearly: number[] = [];
    // The old blend: every market, reposts kept, every period annualised.
    let oldCount = 0;
    const pooled: number[] = [];
    for (const { raw, repost } of listings) {
      if (raw.role !== role) continue;
      oldCount += 1;
      const value = amount(raw.salary);
      if (value !== null && raw.salary?.currency === 'USD') {
        const annual = raw.salary.period === 'year' ? value : raw.salary.period === 'hour' ? value * HOURS_PER_YEAR : null;
        if (annual !== null && annual >= PLAUSIBLE_MIN && annual <= PLAUSIBLE_MAX) pooled.push(annual);
      }
      if (repost || raw.country !== US) continue;
      count += 1;
      if (Array.isArray(raw.skills)) skillListings += 1;
      if (mentions(raw.skills, 'sql')) sql += 1;
      if (mentions(raw.skills, 'python')) python += 1;
      if (
        value !== null &&
        raw.salary?.period === 'year' &&
        raw.salary.currency === 'USD' &&
        value >= PLAUSIBLE_MIN &&
        value <= PLAUSIBLE_MAX
      ) {
        yearly.push(value);
      }
    }
    us.set(role, { listings: count, skillListings, payN: yearly.length, payMedian: medianR7(yearly), sql, python });
    old.set(role, { listings: oldCount, median: medianR7(pooled) });
  }
  return { lines: raws.length, reposts, problems, us, old };
}

const fmt = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-US'));

function printTable(file: string, oracle: Oracle): void {
  const rows = ROLES.map((role) => {
    const o = oracle.old.get(role)!;
    const u = oracle.us.get(role)!;
    return [role, fmt(o.listings), fmt(o.median), fmt(u.listings), fmt(u.payN), fmt(u.payMedian), fmt(u.sql), fmt(u.python)];
  });
  const head = ['role', 'old listings', 'old median', 'US listings', 'US yearly n', 'US median', 'SQL', 'Python'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(
    [
      `${basename(file)}: ${fmt(oracle.lines)} lines, ${fmt(oracle.reposts)} reposts (independent computation; old = all markets, reposts kept, periods pooled)`,
      line(head),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
    ].join('\n'),
  );
}

interface Built {
  oracle: Oracle;
  bundleDir: string;
}

/**
 * Each file is built once and computed once, on first use; the table is printed then. The
 * temporary folder is made at the top level, so it lasts until the file's last test (made inside a
 * test, it would be removed when that test ends).
 */
const outRoot = skip ? '' : tempDir();
const built = new Map<string, Promise<Built>>();
function buildOnce(file: string): Promise<Built> {
  let pending = built.get(file);
  if (!pending) {
    pending = (async () => {
      const bundleDir = join(outRoot, basename(file).replace(/\.ndjson(\.gz)?$/, ''));
      const result = runCli(['build', file, '--out', bundleDir, '--as-of', AS_OF, '--source', basename(file)]);
      assert.equal(result.code, 0, result.stderr);
      const oracle = await computeOracle(file);
      printTable(file, oracle);
      return { oracle, bundleDir };
    })();
    built.set(file, pending);
  }
  return pending;
}

interface BundleFigures {
  listings: number;
  skillListings: number;
  skills: Array<{ name: string; category: string; count: number }>;
  pay: { n: number; median: number } | null;
}

for (const file of fileList) {
  const name = basename(file);

  test(`every line of ${name} is a listing: id, title and postedAt present and within 1990..as-of, no duplicate id`, { skip }, async () => {
    const { oracle } = await buildOnce(file);
    assert.deepEqual(oracle.problems.slice(0, 20), []);
  });

  for (const role of ROLES) {
    test(
      `US ${role} in ${name.replace(/\.ndjson(\.gz)?$/, '')}: listings, skillListings, yearly-salaried n, median, SQL and Python counts match an independent computation`,
      { skip },
      async () => {
        const { oracle, bundleDir } = await buildOnce(file);
        const bundle = JSON.parse(readFileSync(join(bundleDir, `${role}.united-states.json`), 'utf8')) as BundleFigures;
        const skillCount = (skill: string) => {
          const entry = bundle.skills.find((s) => s.name === skill);
          assert.ok(entry, `${skill} is among the bundle's top ${bundle.skills.length} skills`);
          return entry.count;
        };
        const actual: Figures = {
          listings: bundle.listings,
          skillListings: bundle.skillListings,
          payN: bundle.pay?.n ?? 0,
          payMedian: bundle.pay?.median ?? null,
          sql: skillCount('SQL'),
          python: skillCount('Python'),
        };
        assert.deepEqual(actual, oracle.us.get(role));
      },
    );
  }
}
