import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { RoleBundleWire, RoleIndex } from '../../../src/data/bundle/types.js';
import { validateBundle } from '../../../src/data/bundle/validate.js';
import { DEFAULT_SKILLS } from '../../../src/data/taxonomy/index.js';
import { readBundles, runCli, tempDir } from '../helpers/cli.js';
import { fixture } from '../helpers/paths.js';
import { contractErrors } from '../helpers/schemas.js';

const AS_OF = ['--as-of', '2025-04-01T00:00:00Z', '--source', 'fixtures'];

function build(inputs: string[], extra: string[] = []) {
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', ...inputs, '--out', out, ...AS_OF, ...extra]);
  return { ...result, out, bundles: result.code === 0 ? readBundles(out) : new Map<string, unknown>() };
}

test('role-hub build <ndjson> writes one valid bundle per role and market, and an index, with figures worked out by hand', () => {
  const { code, stdout, stderr, bundles } = build([fixture('good.ndjson')]);
  assert.equal(code, 0, stderr);
  // No listing names a country, so each role has only its all-markets view, which is also its default.
  assert.deepEqual(
    [...bundles.keys()],
    ['backend-engineer.all.json', 'backend-engineer.json', 'data-analyst.all.json', 'data-analyst.json', 'index.json'],
  );
  for (const [name, value] of bundles) assert.deepEqual(contractErrors(name, value), []);
  assert.deepEqual(bundles.get('backend-engineer.json'), bundles.get('backend-engineer.all.json'));

  const backend = bundles.get('backend-engineer.json') as RoleBundleWire;
  // Headline pay rests on salaries stated per year: only g1, (120k + 160k) / 2 = 140,000.
  const { n, p10, p25, median, p75, p90, basis, annualised } = backend.pay!;
  assert.deepEqual(
    { n, p10, p25, median, p75, p90, basis },
    { n: 1, p10: 140_000, p25: 140_000, median: 140_000, p75: 140_000, p90: 140_000, basis: 'year' },
  );
  // The other periods, annualised apart: g2 (45+55)/2 an hour × 2080 = 104,000; g3 9,000 a month × 12
  // = 108,000; g4 400 a day × 260 = 104,000 → n 3, median 104,000.
  assert.deepEqual(annualised, { n: 3, median: 104_000 });
  // One senior salary is too few for a band: the level keeps its n only.
  assert.deepEqual(backend.pay!.bySeniority, [{ level: 'senior', n: 1 }]);
  // AWS: g1 g2 g3 (from the description); Docker: g1 g5; Go: g3 (anchored by Python) g5;
  // PostgreSQL: g1 g3; Python: g2 g3; Java: g4. Nothing from "R&D" or "Google".
  assert.deepEqual(
    backend.skills.map((s) => [s.name, s.count]),
    [
      ['AWS', 3],
      ['Docker', 2],
      ['Go', 2],
      ['PostgreSQL', 2],
      ['Python', 2],
      ['Java', 1],
    ],
  );
  assert.equal(backend.listings, 5);
  // Every backend listing carries a skills list or a description.
  assert.equal(backend.skillListings, 5);
  assert.deepEqual(backend.market, { key: 'all', name: 'All markets', pooled: false, mix: [] });

  const index = bundles.get('index.json') as RoleIndex;
  // Data analysts: g6 65,000 a year; g7 1,500 a week is annualised apart. One yearly salary each is
  // under the floor of 10 a figure needs, so the index gives neither role a median, only the count
  // of yearly salaries behind it (backend: g1).
  assert.deepEqual(
    index.roles.map((r) => [r.slug, r.market, r.listings, r.medianPay, r.currency, r.salaries, r.basis]),
    [
      ['backend-engineer', 'all', 5, null, null, 1, 'year'],
      ['data-analyst', 'all', 3, null, null, 1, 'year'],
    ],
  );
  assert.match(stdout, /Reconciliation: 8 records read = 8 used \+ 0 rejected; of the used, 0 dropped as reposts/);
  assert.match(stdout, /backend-engineer\s+all\s+5\s+0\s+1\s+140,000 USD\s+3\s+AWS, Docker, Go/);
});

test('role-hub build --pay-basis all pools every period, annualised', () => {
  const { code, stderr, bundles } = build([fixture('good.ndjson')], ['--pay-basis', 'all']);
  assert.equal(code, 0, stderr);
  // 104k 104k 108k 140k: p10 h=0.3 → 104,000; p25 h=0.75 → 104,000; median h=1.5 → 106,000;
  // p75 h=2.25 → 108,000 + 0.25×32,000 = 116,000; p90 h=2.7 → 108,000 + 0.7×32,000 = 130,400.
  const { n, p10, p25, median, p75, p90, basis, annualised } = (bundles.get('backend-engineer.json') as RoleBundleWire).pay!;
  assert.deepEqual(
    { n, p10, p25, median, p75, p90, basis, annualised },
    { n: 4, p10: 104_000, p25: 104_000, median: 106_000, p75: 116_000, p90: 130_400, basis: 'all', annualised: null },
  );
  // The index counts the same four salaries, and says they are of every period.
  const entry = (bundles.get('index.json') as RoleIndex).roles.find((r) => r.slug === 'backend-engineer');
  assert.deepEqual([entry?.salaries, entry?.basis], [4, 'all']);
});

test('role-hub build reads gzip and CSV to the same bundles, byte for byte', () => {
  const dir = tempDir();
  const gz = join(dir, 'good.ndjson.gz');
  writeFileSync(gz, gzipSync(readFileSync(fixture('good.ndjson'))));
  const plain = build([fixture('good.ndjson')]);
  const zipped = build([gz]);
  const csv = build([fixture('good.csv')]);
  assert.equal(zipped.code, 0, zipped.stderr);
  assert.equal(csv.code, 0, csv.stderr);
  for (const file of readdirSync(plain.out)) {
    const expected = readFileSync(join(plain.out, file), 'utf8');
    assert.equal(readFileSync(join(zipped.out, file), 'utf8'), expected, `gzip ${file}`);
    assert.equal(readFileSync(join(csv.out, file), 'utf8'), expected, `csv ${file}`);
  }
});

test('role-hub build reports malformed lines by file:line, counts every rejection, and reconciles', () => {
  const { code, stdout, bundles } = build([fixture('malformed.ndjson')]);
  assert.equal(code, 0);
  // Lines: 1 good, 2 cut short, 3 blank (not a record), 4 an array, 5 no postedAt, 6 not JSON, 7 good, 8 no role.
  assert.match(stdout, /Reconciliation: 7 records read = 2 used \+ 5 rejected/);
  assert.match(stdout, /malformed\.ndjson:2: malformed: not valid JSON/);
  assert.match(stdout, /malformed\.ndjson:4: malformed: not a JSON object/);
  assert.match(stdout, /malformed\.ndjson:5: missing-field: postedAt is missing or not a string$/m);
  assert.match(stdout, /malformed\.ndjson:6: malformed: not valid JSON/);
  assert.match(stdout, /malformed\.ndjson:8: unclassified-role: no role matches the title "Barista"/);
  assert.match(stdout, /^\s+3 {2}malformed/m);
  assert.match(stdout, /^\s+1 {2}missing required field/m);
  assert.match(stdout, /^\s+1 {2}unclassified role/m);
  assert.match(stdout, /malformed\.ndjson\s+7\s+2\s+5\s+1$/m); // read, used, rejected, blank lines
  assert.equal((bundles.get('backend-engineer.json') as RoleBundleWire).listings, 2);
});

test('role-hub build reports every CSV record by the line it starts on, a quote never closed included', () => {
  const { code, stdout } = build([fixture('malformed.csv')]);
  assert.equal(code, 0);
  // Line 1 the header; 2 good; 3 short; 4 text after a closing quote; 5 no postedAt; 6 a quote
  // never closed, which runs to the end of the file: one record, not silently dropped.
  assert.match(stdout, /malformed\.csv:3: malformed: a broken CSV row \(missing columns\)$/m);
  assert.match(stdout, /malformed\.csv:4: malformed: a broken CSV row \(unquoted value\)$/m);
  assert.match(stdout, /malformed\.csv:5: missing-field: postedAt/);
  assert.match(stdout, /malformed\.csv:6: malformed: a broken CSV row \(a quote opened on line 6 is never closed/);
  assert.match(stdout, /Reconciliation: 5 records read = 1 used \+ 4 rejected/);
});

test('role-hub build numbers CSV records by their first line across quoted line breaks and blank lines', () => {
  const dir = tempDir();
  const input = join(dir, 'listings.csv');
  writeFileSync(
    input,
    [
      'id,title,postedAt,skills,"notes, as written"', // 1: a header name with a comma in quotes
      'm1,"Backend', // 2: m1 starts here…
      'Engineer",2025-03-04,aws,', // 3: …and runs on
      '', // 4: blank
      'm2,Backend Engineer', // 5: short
      'm3,"Senior ""Backend""', // 6: m3, a doubled quote inside…
      '', // 7: …an empty line inside the quotes, not a blank line of the file
      'Engineer",2025-03-05,sql,', // 8
      'm4,Barista,2025-03-05,,', // 9: no role
      '', // 10: blank
      'm5, "Backend', // 11: a space before the opening quote: still a quoted field…
      'Engineer",2025-03-06,,', // 12: …that runs on
      'm6,Backend Engineer,,,', // 13: no postedAt
      '', // the file ends with a line break
    ].join('\n'),
  );
  const { code, stdout } = build([input]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /listings\.csv:5: malformed: a broken CSV row \(missing columns\)$/m);
  assert.match(stdout, /listings\.csv:9: unclassified-role: no role matches the title "Barista"/);
  assert.match(stdout, /listings\.csv:13: missing-field: postedAt/);
  // Six records (m1–m6), two blank lines (4, 10); the quoted header name is one column.
  assert.match(stdout, /Reconciliation: 6 records read = 3 used \+ 3 rejected/);
  assert.match(stdout, /listings\.csv\s+6\s+3\s+3\s+2$/m);
  assert.match(stdout, /ignored CSV columns: "notes, as written"$/m);
});

test('role-hub build numbers CSV records by the same lines whether they end in LF, CRLF or CR alone', () => {
  const lines = [
    'id,title,postedAt', // 1
    'a1,Data Analyst,2024-09-01', // 2
    '', // 3: blank
    'a2,Data Analyst,bad', // 4: not a date
    '', // 5: blank
    '', // 6: blank
    'a3,Data Analyst,2024-09-01,x', // 7: too many fields
    'a4,"Data', // 8: a4 starts here…
    'Analyst",bad4', // 9: …and runs on
    '', // 10: blank
    'a5,Data Analyst,bad5', // 11
  ];
  const dir = tempDir();
  for (const [name, end] of [
    ['lf', '\n'],
    ['crlf', '\r\n'],
    ['cr', '\r'],
  ] as const) {
    const input = join(dir, `${name}.csv`);
    writeFileSync(input, `${lines.join(end)}${end}`);
    const { code, stdout, stderr } = build([input]);
    assert.equal(code, 0, `${name}: ${stderr}`);
    assert.match(stdout, new RegExp(`${name}\\.csv:4: missing-field: postedAt is not an ISO date: "bad"$`, 'm'), name);
    assert.match(stdout, new RegExp(`${name}\\.csv:7: malformed: a broken CSV row \\(too many columns\\)$`, 'm'), name);
    assert.match(stdout, new RegExp(`${name}\\.csv:8: missing-field: postedAt is not an ISO date: "bad4"$`, 'm'), name);
    assert.match(stdout, new RegExp(`${name}\\.csv:11: missing-field: postedAt is not an ISO date: "bad5"$`, 'm'), name);
    // Read, used, rejected, blank lines.
    assert.match(stdout, new RegExp(`${name}\\.csv\\s+5\\s+1\\s+4\\s+4$`, 'm'), name);
  }
});

test('role-hub build reads CSV skills separated by ";" or ",", or written as a JSON or Python list, as the same list in NDJSON', () => {
  // The separators cut no keyword the shipped taxonomy knows.
  for (const skill of DEFAULT_SKILLS.skills) {
    for (const keyword of [skill.name, ...skill.aliases]) assert.doesNotMatch(keyword, /[;,]/, skill.name);
  }
  const lists: Array<[string, string[]]> = [
    ['"python, sql"', ['python', 'sql']],
    ['"[""sql"",""Power BI""]"', ['sql', 'Power BI']],
    ['sql;excel', ['sql', 'excel']],
    ['"Python,SQL; tableau ,"', ['Python', 'SQL', 'tableau']],
    ['"[""SQL"", ""python""]"', ['SQL', 'python']],
    // Python's list, as pandas writes a list column.
    [`"['sql', 'Tableau']"`, ['sql', 'Tableau']],
    [`"[ 'python' ,""Excel""]"`, ['python', 'Excel']],
  ];
  const dir = tempDir();
  const csv = join(dir, 'skills.csv');
  const ndjson = join(dir, 'skills.ndjson');
  writeFileSync(csv, ['id,title,postedAt,skills', ...lists.map(([cell], i) => `s${i},Data Analyst,2025-03-04,${cell}`)].join('\n'));
  writeFileSync(
    ndjson,
    lists.map(([, skills], i) => JSON.stringify({ id: `s${i}`, title: 'Data Analyst', postedAt: '2025-03-04', skills })).join('\n'),
  );
  const fromCsv = build([csv]);
  const fromNdjson = build([ndjson]);
  assert.equal(fromCsv.code, 0, fromCsv.stderr);
  assert.doesNotMatch(fromCsv.stdout, /Unknown skill keywords/);
  assert.deepEqual(
    (fromCsv.bundles.get('data-analyst.json') as RoleBundleWire).skills.map((s) => [s.name, s.count]),
    [
      ['SQL', 6],
      ['Python', 4],
      ['Excel', 2],
      ['Tableau', 2],
      ['Power BI', 1],
    ],
  );
  for (const file of readdirSync(fromNdjson.out)) {
    assert.equal(readFileSync(join(fromCsv.out, file), 'utf8'), readFileSync(join(fromNdjson.out, file), 'utf8'), file);
  }
});

test('role-hub build names CSV records by data row when too many lines run on inside quotes to note them all', () => {
  // 100,001 records of two lines each: more lines inside quotes than the scan notes (100,000).
  const rows = Array.from({ length: 100_001 }, (_, i) => `r${i},Backend Engineer,2025-03-04,"two\nlines"`);
  const input = join(tempDir(), 'many.csv');
  writeFileSync(input, ['id,title,postedAt,description', ...rows, 'short,Backend Engineer', 'u1,"never closed,2025-03-05,x'].join('\n'));
  const { code, stdout } = build([input]);
  assert.equal(code, 0);
  // Lines: header 1, records 2–200,003, the short row 200,004, the unclosed one 200,005.
  assert.match(stdout, /many\.csv: row 100002: malformed: a broken CSV row \(missing columns\)$/m);
  assert.match(stdout, /many\.csv: row 100003: malformed: a broken CSV row \(a quote opened on line 200005 is never closed/);
  assert.match(stdout, /Reconciliation: 100,003 records read = 100,001 used \+ 2 rejected/);
});

test('role-hub build names CSV records by data row, not counting blank lines, when there are too many blank lines to note', () => {
  // 100,001 blank lines after the header: more than the scan notes one by one.
  const input = join(tempDir(), 'blanks.csv');
  const rows = ['short,Backend Engineer', 'a1,Backend Engineer,', 'a2,Backend Engineer,', 'a3,Backend Engineer,'];
  writeFileSync(input, `${['id,title,postedAt', ...Array<string>(100_001).fill(''), ...rows].join('\n')}\n`);
  const { stdout } = build([input]);
  // Data rows 1–4, whatever the blank lines before them.
  assert.match(stdout, /blanks\.csv: row 1: malformed: a broken CSV row \(missing columns\)$/m);
  assert.match(stdout, /blanks\.csv: row 2: missing-field: postedAt/);
  assert.match(stdout, /blanks\.csv: row 4: missing-field: postedAt/);
  assert.match(stdout, /blanks\.csv\s+4\s+0\s+4\s+100,001$/m);
});

test('role-hub build drops later duplicates of an id and counts them', () => {
  const { code, stdout, bundles } = build([fixture('duplicates.ndjson')]);
  assert.equal(code, 0);
  assert.match(stdout, /Reconciliation: 5 records read = 3 used \+ 2 rejected/);
  assert.match(stdout, /duplicates\.ndjson:3: duplicate-id: this id was seen before: "d1"/);
  assert.match(stdout, /duplicates\.ndjson:5: duplicate-id: this id was seen before: "d2"/);
  const bundle = bundles.get('data-engineer.json') as RoleBundleWire;
  // The first copies win: Kafka (only in the duplicate d1) is not counted.
  assert.deepEqual(
    bundle.skills.map((s) => s.name),
    ['Python', 'SQL', 'Spark'],
  );
});

test('role-hub build lists unknown skill keywords with the listings that use them', () => {
  const { code, stdout, bundles } = build([fixture('unknown-skills.ndjson')]);
  assert.equal(code, 0);
  // quantumql is in u1 and u2 (twice in u2, once per listing), hyperscript in u1.
  assert.match(stdout, /Unknown skill keywords: 2 .*\n\s+"quantumql" \(2\), "hyperscript" \(1\)/);
  const devops = bundles.get('devops-engineer.json') as RoleBundleWire;
  assert.deepEqual(
    devops.skills.find((s) => s.name === 'quantumql'),
    { name: 'quantumql', category: 'other', count: 2 },
  );
});

test('role-hub build lists stated roles the roles file lacks, also when the title names no role either', () => {
  const dir = tempDir();
  const input = join(dir, 'roles.ndjson');
  const listing = (id: string, title: string, role: string) => JSON.stringify({ id, title, postedAt: '2025-03-04', role });
  writeFileSync(
    input,
    [
      listing('r1', 'Data Analyst', 'Data Analyst'),
      listing('r2', 'Zookeeper', 'zoo-keeper'),
      listing('r3', 'Zookeeper', 'zoo-keeper'),
    ].join('\n'),
  );
  const { code, stdout } = build([input]);
  assert.equal(code, 0);
  // r1's title decides its role (data analyst); r2 and r3 are rejected, but their value is listed too.
  assert.match(stdout, /Role values not in the roles file [^\n]*\n\s+"zoo-keeper" \(2\), "Data Analyst" \(1\)/);
});

test('role-hub build gives a country named "All" or in another script no market, pools it in the all-markets view, and lists it', () => {
  const dir = tempDir();
  const input = join(dir, 'countries.ndjson');
  const countries = ['All', 'All', '日本', 'Россия', 'Japan'];
  writeFileSync(
    input,
    countries.map((country, i) => JSON.stringify({ id: `c${i}`, title: 'Data Analyst', postedAt: '2025-03-04', country })).join('\n'),
  );
  const { code, stdout, stderr, bundles } = build([input], ['--min-market-listings', '1']);
  assert.equal(code, 0, stderr);
  // "all" is the all-markets view's key, so "All" cannot have it; Japan is the one market.
  const index = bundles.get('index.json') as RoleIndex;
  assert.deepEqual(
    index.roles[0]!.markets.map((m) => [m.key, m.listings]),
    [
      ['all', 5],
      ['japan', 1],
    ],
  );
  // Four countries, so the all-markets view is pooled: Japan, and the other three under Other markets.
  const all = bundles.get('data-analyst.all.json') as RoleBundleWire;
  assert.equal(all.listings, 5);
  assert.equal(all.market.pooled, true);
  assert.deepEqual(
    all.market.mix.map((m) => [m.key, m.listings]),
    [
      ['', 4],
      ['japan', 1],
    ],
  );
  assert.match(stdout, /Country values that name no market [^\n]*\n\s+"All" \(2\), "Россия" \(1\), "日本" \(1\)/);
});

test('role-hub build warns of a market most of whose listings give a location most listings put in another market', () => {
  const input = join(tempDir(), 'stray.ndjson');
  // "Austin, TX": 3 listings in the United States, 2 in Sudan, so it is a United States place (3 of
  // 5); "Khartoum" is Sudan's alone. Sudan: 2 of its 3 listings are placed elsewhere (67%, a quarter
  // or more); the United States: none of its 3.
  const rows: Array<[string, string]> = [
    ['United States', 'Austin, TX'],
    ['United States', 'Austin, TX'],
    ['United States', 'Austin,  TX'],
    ['Sudan', 'Austin, TX'],
    ['Sudan', 'austin, tx'],
    ['Sudan', 'Khartoum'],
  ];
  writeFileSync(
    input,
    rows
      .map(([country, location], i) => JSON.stringify({ id: `s${i}`, title: 'Data Analyst', postedAt: '2025-03-04', country, location }))
      .join('\n'),
  );
  const { code, stdout } = build([input], ['--min-market-listings', '1']);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /Markets whose listings' locations are mostly another market's[^\n]*\n {2}sudan: 2 of its 3 listings \(67%\) give a location most listings put in united-states\n\n/,
  );
});

test('role-hub build names no market in that warning when no role has a bundle there', () => {
  const input = join(tempDir(), 'stray-unbundled.ndjson');
  // With --min-market-listings 3: the United States has 4 data analysts in Austin (a bundle);
  // Sudan has 2 data analysts and 2 data scientists, 3 of them in Austin: "Austin, TX" is a United
  // States place (4 of 7), so 3 of Sudan's 4 listings are placed elsewhere, but neither role
  // reaches 3 there, so Sudan has no bundle to warn about.
  const rows: Array<[string, string, string]> = [
    ['United States', 'Data Analyst', 'Austin, TX'],
    ['United States', 'Data Analyst', 'Austin, TX'],
    ['United States', 'Data Analyst', 'Austin, TX'],
    ['United States', 'Data Analyst', 'Austin, TX'],
    ['Sudan', 'Data Analyst', 'Austin, TX'],
    ['Sudan', 'Data Analyst', 'Khartoum'],
    ['Sudan', 'Data Scientist', 'Austin, TX'],
    ['Sudan', 'Data Scientist', 'Austin, TX'],
  ];
  writeFileSync(
    input,
    rows
      .map(([country, title, location], i) => JSON.stringify({ id: `u${i}`, title, postedAt: '2025-03-04', country, location }))
      .join('\n'),
  );
  const { code, stdout, bundles } = build([input], ['--min-market-listings', '3']);
  assert.equal(code, 0);
  assert.ok(bundles.has('data-analyst.united-states.json'));
  assert.ok(![...bundles.keys()].some((name) => name.includes('sudan')), 'Sudan has no bundle');
  assert.doesNotMatch(stdout, /locations are mostly another market's/);
});

test('role-hub build reports each role in its most common currency and counts the rest, or all in --currency', () => {
  const { code, stdout, bundles } = build([fixture('mixed-currency.ndjson')]);
  assert.equal(code, 0);
  const backend = (bundles.get('backend-engineer.json') as RoleBundleWire).pay!;
  // USD wins (x1 x2 x3 x6 against one EUR and one GBP): 100k 110k 120k → median 110,000. x6 (5 a year) is
  // implausible, x7 ("DOE") unreadable.
  assert.equal(backend.currency, 'USD');
  assert.equal(backend.median, 110_000);
  assert.deepEqual(backend.excluded, { invalid: 1, currency: 2, implausible: 1 });
  const analyst = (bundles.get('data-analyst.json') as RoleBundleWire).pay!;
  // EUR wins (x8 x9): 50k 54k → 52,000; one USD listing left out.
  assert.deepEqual([analyst.currency, analyst.median, analyst.excluded.currency], ['EUR', 52_000, 1]);
  assert.match(stdout, /backend-engineer .* invalid 1, currency 2, implausible 1/);

  const forced = build([fixture('mixed-currency.ndjson')], ['--currency', 'usd']);
  const forcedAnalyst = (forced.bundles.get('data-analyst.json') as RoleBundleWire).pay!;
  assert.deepEqual([forcedAnalyst.currency, forcedAnalyst.median, forcedAnalyst.n, forcedAnalyst.excluded.currency], ['USD', 70_000, 1, 2]);
});

test('role-hub build --min-skill-salary-n N sets the threshold for pay by skill, written as columns', () => {
  // With every period pooled (so the four salaried backend listings count), the floor is
  // max(N, 1% of 4 salaried listings) = N.
  const three = build([fixture('good.ndjson')], ['--pay-basis', 'all']);
  const two = build([fixture('good.ndjson')], ['--pay-basis', 'all', '--min-skill-salary-n', '2']);
  // Salaried backend listings (annual pay as in the --pay-basis all test): g1 140,000, g2 104,000, g3 108,000,
  // g4 104,000. AWS in g1 g2 g3 (3): median of 104k 108k 140k = 108,000; without it g4 = 104,000.
  // PostgreSQL in g1 g3 (2): (108k + 140k) / 2 = 124,000; without (g2 g4) 104,000.
  // Python in g2 g3 (2): (104k + 108k) / 2 = 106,000; without (g1 g4) (104k + 140k) / 2 = 122,000.
  // Highest median first: PostgreSQL 124k, AWS 108k, Python 106k. nWithout is not written (4 − n).
  assert.deepEqual((three.bundles.get('backend-engineer.json') as RoleBundleWire).pay!.bySkill, {
    name: ['AWS'],
    n: [3],
    median: [108_000],
    medianWithout: [104_000],
  });
  const file = two.bundles.get('backend-engineer.json') as RoleBundleWire;
  assert.deepEqual(file.pay!.bySkill, {
    name: ['PostgreSQL', 'AWS', 'Python'],
    n: [2, 3, 2],
    median: [124_000, 108_000, 106_000],
    medianWithout: [104_000, 104_000, 122_000],
  });
  // What an element gets from that file: the same skills as rows, nWithout = pay.n 4 − n.
  const read = validateBundle(file);
  assert.ok(read.ok, read.ok ? '' : read.reason);
  assert.deepEqual(read.value.pay!.bySkill, [
    { name: 'PostgreSQL', n: 2, median: 124_000, nWithout: 2, medianWithout: 104_000 },
    { name: 'AWS', n: 3, median: 108_000, nWithout: 1, medianWithout: 104_000 },
    { name: 'Python', n: 2, median: 106_000, nWithout: 2, medianWithout: 122_000 },
  ]);
});

test('role-hub build --strict fails on any rejection and writes nothing', () => {
  const out = join(tempDir(), 'strict');
  const failed = runCli(['build', fixture('malformed.ndjson'), '--out', out, '--strict']);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /--strict: 5 record\(s\) rejected; nothing was written/);
  assert.match(failed.stdout, /Reconciliation/);
  assert.throws(() => readdirSync(out), /ENOENT/);
  assert.equal(runCli(['build', fixture('good.ndjson'), '--out', out, '--strict']).code, 0);
});

test('role-hub build stops with a clear message and exit code 1 on a file it cannot read', () => {
  const out = join(tempDir(), 'never');
  const missing = runCli(['build', fixture('good.ndjson'), 'no/such/file.ndjson', '--out', out]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read no\/such\/file\.ndjson: no such file/);
  assert.throws(() => readdirSync(out), /ENOENT/);

  const dir = tempDir();
  mkdirSync(join(dir, 'folder.ndjson'));
  assert.match(runCli(['build', join(dir, 'folder.ndjson'), '--out', out]).stderr, /not a file/);

  const broken = join(dir, 'broken.ndjson.gz');
  writeFileSync(broken, gzipSync(readFileSync(fixture('good.ndjson'))).subarray(0, 60));
  const cut = runCli(['build', broken, '--out', out]);
  assert.equal(cut.code, 1);
  assert.match(cut.stderr, /cannot read .*broken\.ndjson\.gz: .*gzip/);

  // UTF-16 with its byte order mark, little- and big-endian, as NDJSON and as CSV.
  const text = readFileSync(fixture('good.ndjson'), 'utf8');
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = Buffer.from(utf16le).swap16();
  const csv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(fixture('good.csv'), 'utf8'), 'utf16le')]);
  for (const [name, bytes] of [
    ['le.ndjson', utf16le],
    ['be.ndjson', utf16be],
    ['le.csv', csv],
  ] as const) {
    writeFileSync(join(dir, name), bytes);
    const wide = runCli(['build', join(dir, name), '--out', out]);
    assert.equal(wide.code, 1, name);
    assert.match(wide.stderr, new RegExp(`cannot read .*${name.replace('.', '\\.')}: it is UTF-16 text; save it as UTF-8`), name);
    assert.throws(() => readdirSync(out), /ENOENT/, name);
  }

  const unknown = join(dir, 'listings.txt');
  copyFileSync(fixture('good.ndjson'), unknown);
  assert.match(runCli(['build', unknown, '--out', out]).stderr, /cannot tell the format of .*listings\.txt/);
});

test('role-hub build says the memory limit was too small when the engine runs out, not that the input is unreadable', () => {
  const { code, stderr, out } = build([fixture('good.ndjson')], ['--memory-limit', '1KB']);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^role-hub: the engine ran out of memory within its limit of 1KB; the previous output is unchanged\. Give it more with --memory-limit/,
  );
  // Not the engine's own advice, which names settings role-hub does not have.
  assert.doesNotMatch(stderr, /SET threads|cannot read/);
  assert.deepEqual(existsSync(out), false);
});

test('role-hub build quotes a postedAt that is not an ISO date, so the data owner sees the format to fix', () => {
  const input = join(tempDir(), 'dates.ndjson');
  const listing = (id: string, postedAt: unknown) => JSON.stringify({ id, title: 'Data Analyst', postedAt });
  writeFileSync(input, [listing('d1', '04/03/2024'), listing('d2', 20240304), listing('d3', '2025-03-04')].join('\n'));
  const { code, stdout } = build([input]);
  assert.equal(code, 0);
  assert.match(stdout, /dates\.ndjson:1: missing-field: postedAt is not an ISO date: "04\/03\/2024"/);
  assert.match(stdout, /dates\.ndjson:2: missing-field: postedAt is not an ISO date: "20240304"/);
});

test('role-hub build names the CSV columns a header lacks, a separator other than the comma, and NDJSON in a .csv file', () => {
  const dir = tempDir();
  const cases: Array<[string, string, RegExp]> = [
    [
      'semicolons.csv',
      'id;title;postedAt\n1;Data Analyst;2024-03-04\n',
      /the header has no id, title, postedAt columns .*; its fields look separated by ";", and role-hub reads commas$/m,
    ],
    ['tabs.csv', 'id\ttitle\tpostedAt\n1\tData Analyst\t2024-03-04\n', /its fields look separated by tabs, and role-hub reads commas$/m],
    ['no-date.csv', 'ID,Title\n1,Data Analyst\n', /the header has no postedAt column \(it needs id, title and postedAt\)$/m],
    // A comma in a column name splits the header in two, which hides neither the separator…
    [
      'semicolons-comma.csv',
      'id;title;notes, extra;postedAt\n1;Data Analyst;x;2024-03-04\n',
      /the header has no id, title, postedAt columns .*; its fields look separated by ";", and role-hub reads commas$/m,
    ],
    // …nor NDJSON behind a .csv name, whose first line holds the columns as keys.
    [
      'listings.csv',
      `${JSON.stringify({ id: 'a1', title: 'Data Analyst', postedAt: '2024-03-04' })}\n`,
      /listings\.csv: its first line is JSON, not a CSV header; the file looks like NDJSON \(or JSON\), so name it \.ndjson$/m,
    ],
    ['array.csv', '[\n  {"id": "a1"}\n]\n', /array\.csv: its first line is JSON, not a CSV header/],
    // Column names in brackets are a CSV header, not JSON.
    [
      'brackets.csv',
      '[id],[title],[postedAt]\n1,Data Analyst,2024-03-04\n',
      /the header has no id, title, postedAt columns \(it needs id, title and postedAt\)$/m,
    ],
  ];
  for (const [name, text, message] of cases) {
    const input = join(dir, name);
    writeFileSync(input, text);
    const { code, stderr } = build([input]);
    assert.equal(code, 1, name);
    assert.match(stderr, message, name);
  }
});

test('role-hub build reads the first of two CSV columns whose names differ only in case or spaces, and names the later one as ignored', () => {
  const input = join(tempDir(), 'twice.csv');
  // Title and title, Company and " company": the first of each is read, whatever its spelling.
  writeFileSync(input, 'id,Title,title,postedAt,Company, company\na1,Backend Engineer,Barista,2025-03-03,Northwind,Contoso\n');
  const { code, stdout, stderr } = build([input]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^backend-engineer\s+all\s+1\s/m);
  assert.match(stdout, /twice\.csv: ignored CSV columns: "title", "company"$/m);
});

test('role-hub build exits 2 with usage on a bad command line', () => {
  for (const args of [
    ['build', fixture('good.ndjson')],
    ['build', fixture('good.ndjson'), '--out', 'x', '--currency', 'dollars'],
    ['frobnicate'],
  ]) {
    const result = runCli(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, /Usage:/);
  }
});

test('role-hub build refuses a count setting past what a bundle can record before reading anything, and takes a share written 1.0', () => {
  // 1,000,000,001 passes "a whole number" but no bundle may carry it (MAX_COUNT, 1e9): refused as
  // usage at once, not after a whole build as a failed contract.
  for (const option of ['--min-skill-salary-n', '--min-market-listings', '--top-unknown']) {
    const result = runCli(['build', fixture('good.ndjson'), '--out', join(tempDir(), 'stats'), option, '1000000001']);
    assert.equal(result.code, 2, option);
    assert.match(result.stderr, new RegExp(`${option} must be a whole number from \\d to 1,000,000,000, not "1000000001"`));
  }
  for (const share of ['1.0', '1.', '.5', '0.25']) {
    const result = runCli(['build', fixture('good.ndjson'), '--out', join(tempDir(), 'stats'), '--min-skill-salary-share', share]);
    assert.equal(result.code, 0, `${share}: ${result.stderr}`);
  }
  const over = runCli(['build', fixture('good.ndjson'), '--out', join(tempDir(), 'stats'), '--min-skill-salary-share', '1.5']);
  assert.equal(over.code, 2);
});

test('role-hub build gives the same bytes for the same input and --as-of, and only generatedAt differs without it', () => {
  const dir = tempDir();
  const sample = join(dir, 'sample.ndjson');
  assert.equal(runCli(['sample', '--count', '1500', '--seed', '5', '--end', '2025-03-30', '--out', sample]).code, 0);
  const a = build([sample]);
  const b = build([sample]);
  for (const file of readdirSync(a.out))
    assert.equal(readFileSync(join(b.out, file), 'utf8'), readFileSync(join(a.out, file), 'utf8'), file);
  for (const [name, value] of a.bundles) assert.deepEqual(contractErrors(name, value), []);

  const unstamped = join(tempDir(), 'unstamped');
  assert.equal(runCli(['build', sample, '--out', unstamped, '--source', 'fixtures']).code, 0);
  const stamp = /"generatedAt":"[^"]*"/g;
  for (const file of readdirSync(a.out)) {
    const x = readFileSync(join(a.out, file), 'utf8');
    const y = readFileSync(join(unstamped, file), 'utf8');
    assert.notEqual(x, y, file);
    assert.equal(y.replace(stamp, ''), x.replace(stamp, ''), file);
  }
});

test('role-hub build --min-skill-salary-share S sets the share of salaried listings a skill needs for pay by skill', () => {
  const { code, stderr, bundles } = build([fixture('seed-backend.ndjson')], ['--min-skill-salary-share', '0.05']);
  assert.equal(code, 0, stderr);
  const pay = (bundles.get('backend-engineer.json') as RoleBundleWire).pay!;
  // 226 yearly salaries × 5% = 11.3, so a skill needs 12 of them (above the floor of 3).
  assert.equal(pay.minSkillN, 12);
  assert.ok(pay.bySkill.n.every((n) => n >= 12));
  assert.equal(runCli(['build', fixture('good.ndjson'), '--out', join(tempDir(), 'x'), '--min-skill-salary-share', '2']).code, 2);
});
