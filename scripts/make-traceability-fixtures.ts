// Writes the three bundles tests/browser/traceability.test.ts renders, into
// tests/browser/fixtures/traceability/<case>/ as the builder writes them (pay by skill in columns):
//
//   seed/  backend-engineer.json + index.json — built from tests/fixtures/listings/seed-backend.ndjson
//   real/  data-analyst.json + index.json     — copied from demo/real (the default market, United States)
//   tiny/  data-analyst.json + index.json     — built from tiny-data-analyst.ndjson (written here): 8
//          listings of one role, so every n is under 10 (pay, each level, each skill, each week)
//
// Builds go to a temporary folder outside tests/fixtures/listings; --as-of is fixed, so running
// this again writes the same files byte for byte (while the builder and the taxonomy stay the same).
//
//   node --import tsx scripts/make-traceability-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListingInput } from '../src/data/build/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests/browser/fixtures/traceability');
const AS_OF = '2024-12-01T00:00:00Z';

/** `role-hub build` of `input` into a fresh temporary folder; returns that folder. */
function build(input: string, source: string, extra: string[] = []): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'traceability-')), 'out');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'build', input, '--out', dir, '--as-of', AS_OF, '--source', source, ...extra],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return dir;
}

function copy(fromDir: string, file: string, to: string, as = file): void {
  mkdirSync(join(out, to), { recursive: true });
  copyFileSync(join(fromDir, file), join(out, to, as));
}

// The tiny role: 8 data-analyst listings in the United States, Monday 2024-10-07 to Sunday
// 2024-11-03 (4 complete ISO weeks, 2 listings each), 5 salaries stated per year, 1 per hour and 2
// without pay; skills lists with digits in names (ggplot2, Neo4j and the unknown keyword "s3").
type Listing = ListingInput;
const year = (min: number, max: number) => ({ min, max, currency: 'USD', period: 'year' });
const rows: [title: string, day: string, skills: string[], salary?: Listing['salary']][] = [
  ['Junior Data Analyst', '2024-10-07', ['sql', 'excel', 'tableau'], year(52_000, 60_000)],
  ['Data Analyst', '2024-10-10', ['sql', 'python', 'ggplot2', 's3'], year(70_000, 80_000)],
  ['Senior Data Analyst', '2024-10-15', ['sql', 'python', 'tableau', 'neo4j'], year(95_000, 115_000)],
  ['Data Analyst', '2024-10-18', ['excel', 'power bi'], { min: 30, max: 40, currency: 'USD', period: 'hour' }],
  ['Data Analyst II', '2024-10-22', ['sql', 'python', 's3'], year(82_000, 90_000)],
  ['Junior Data Analyst', '2024-10-25', ['excel', 'sql']],
  ['Senior Data Analyst', '2024-10-29', ['python', 'ggplot2', 'tableau', 's3'], year(120_000, 130_000)],
  ['Lead Data Analyst', '2024-11-03', ['sql', 'power bi']],
];
const tiny: Listing[] = rows.map(([title, day, skills, salary], i) => ({
  id: `tiny-${String(i + 1).padStart(2, '0')}`,
  title,
  postedAt: `${day}T12:00:00Z`,
  company: `Company ${String.fromCharCode(65 + i)}`,
  location: 'Austin, TX',
  country: 'United States',
  role: 'data-analyst',
  skills,
  ...(salary ? { salary } : {}),
}));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const tinyInput = join(out, 'tiny-data-analyst.ndjson');
writeFileSync(tinyInput, tiny.map((l) => JSON.stringify(l)).join('\n') + '\n');

const seed = build('tests/fixtures/listings/seed-backend.ndjson', 'Seed fixture');
copy(seed, 'backend-engineer.json', 'seed');
copy(seed, 'index.json', 'seed');

copy(join(root, 'demo/real'), 'data-analyst.json', 'real');
copy(join(root, 'demo/real'), 'index.json', 'real');

const small = build(tinyInput, 'Tiny fixture', ['--min-market-listings', '1']);
copy(small, 'data-analyst.json', 'tiny');
copy(small, 'index.json', 'tiny');

for (const dir of [seed, small]) rmSync(join(dir, '..'), { recursive: true, force: true });
console.log(`Wrote seed/, real/ and tiny/ to ${out}`);
