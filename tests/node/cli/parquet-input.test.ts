import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openEngine } from '../../../src/cli/engine/engine.js';
import { assertSameFiles, runCli, tempDir } from '../helpers/cli.js';
import { fixture } from '../helpers/paths.js';

// Every market with a listing gets its own bundle, so a country misread shows as a file.
const OPTIONS = ['--as-of', '2025-06-01T00:00:00Z', '--source', 'same label', '--min-market-listings', '1'];

/** Three listings that use every field a Parquet file can give, each where a misread one would show. */
const LISTINGS = [
  {
    id: 'p1',
    title: 'Senior Backend Engineer',
    postedAt: '2025-03-03',
    company: 'Northwind',
    location: 'Berlin',
    country: 'Germany',
    skills: ['aws', 'postgres'],
    salary: { min: 60_000, max: 80_000, currency: 'EUR', period: 'year' },
  },
  {
    // The title names no role: only the role column makes it a backend engineer.
    id: 'p2',
    title: 'Barista',
    role: 'backend-engineer',
    postedAt: '2025-03-04',
    company: 'Contoso',
    location: 'Ankara',
    country: 'Türkiye',
    skills: ['python', 'Go'],
    salary: { min: 50_000, currency: 'EUR', period: 'year' },
  },
  {
    id: 'p3',
    title: 'Data Analyst',
    seniority: 'senior',
    postedAt: '2025-03-05',
    company: 'Fabrikam',
    location: 'Paris',
    country: 'France',
    description: 'SQL and Excel, Python and R.',
    salary: { max: 30, currency: 'EUR', period: 'hour' },
  },
];

function ndjsonOf(listings: readonly unknown[]): string {
  const file = join(tempDir(), 'listings.ndjson');
  writeFileSync(file, listings.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

/** An NDJSON file as a table, with `skills` a list and `salary` a struct. */
const ndjsonTable = (file: string) => `read_ndjson('${file}', columns = {
  id: 'VARCHAR', title: 'VARCHAR', postedAt: 'VARCHAR', company: 'VARCHAR', location: 'VARCHAR', country: 'VARCHAR',
  role: 'VARCHAR', seniority: 'VARCHAR', description: 'VARCHAR', skills: 'VARCHAR[]',
  salary: 'STRUCT(min DOUBLE, max DOUBLE, currency VARCHAR, period VARCHAR)'})`;

/** The rows of `query` as a Parquet file, written by the engine. */
async function parquetOf(query: string): Promise<string> {
  const file = join(tempDir(), 'listings.parquet');
  const engine = await openEngine({ threads: 1 });
  try {
    await engine.run(`COPY (${query}) TO '${file}' (FORMAT parquet)`);
  } finally {
    engine.close();
  }
  return file;
}

/**
 * Renames a column in a Parquet file's footer to a name of the same length, so nothing in the
 * file moves: DuckDB will not write two names that differ only in case, as other writers do.
 */
function renameColumn(file: string, from: string, to: string): void {
  assert.equal(Buffer.byteLength(from), Buffer.byteLength(to));
  const bytes = readFileSync(file);
  let at = bytes.indexOf(from);
  assert.notEqual(at, -1, `${from} is in the file`);
  for (; at !== -1; at = bytes.indexOf(from, at + 1)) bytes.write(to, at);
  writeFileSync(file, bytes);
}

function build(inputs: string[]) {
  const out = join(tempDir(), 'stats');
  return { ...runCli(['build', ...inputs, '--out', out, ...OPTIONS]), out };
}

/** The build of `inputs`, which must succeed. */
function built(inputs: string[]): string {
  const result = build(inputs);
  assert.equal(result.code, 0, result.stderr);
  return result.out;
}

test('a Parquet file whose column and salary field names are capitalised, or padded, builds the same bundles as NDJSON', async () => {
  const ndjson = ndjsonOf(LISTINGS);
  const parquet = await parquetOf(`SELECT id AS "Id", title AS "Title", postedAt AS "PostedAt", company AS "Company",
      location AS " Location", country AS "COUNTRY", role AS "Role", seniority AS "Seniority", description AS "Description",
      skills AS "Skills", {'Min': salary.min, 'Max': salary.max, 'Currency': salary.currency, 'Period ': salary.period} AS "Salary"
    FROM ${ndjsonTable(ndjson)}`);
  const expected = built([ndjson]);
  // The fields were read at all: the countries are markets, the salaries pay.
  assert.ok(existsSync(join(expected, 'backend-engineer.germany.json')));
  const backend = JSON.parse(readFileSync(join(expected, 'backend-engineer.all.json'), 'utf8'));
  assert.equal(backend.pay.n, 2);
  assertSameFiles(expected, built([parquet]));
});

test('of two Parquet columns whose names differ only in case or spaces, the first is read, as in CSV', async () => {
  const parquet = await parquetOf(`SELECT 'a1' AS id, 'Backend Engineer' AS "Title", 'Barista' AS "Xitle",
    '2025-03-03' AS " postedAt", 'not a date' AS "postedAt"`);
  renameColumn(parquet, 'Xitle', 'title');
  const csv = join(tempDir(), 'listings.csv');
  writeFileSync(csv, 'id,Title,title, postedAt,postedAt\na1,Backend Engineer,Barista,2025-03-03,not a date\n');
  const fromCsv = build([csv]);
  assert.equal(fromCsv.code, 0, fromCsv.stderr);
  assert.match(fromCsv.stdout, /^backend-engineer\s+all\s+1\s/m);
  const fromParquet = build([parquet]);
  assert.equal(fromParquet.code, 0, fromParquet.stderr);
  assert.match(fromParquet.stdout, /^backend-engineer\s+all\s+1\s/m);
  assertSameFiles(fromCsv.out, fromParquet.out);
  // The later ones are named as the file names them (the engine calls the second `title_1`).
  assert.match(fromCsv.stdout, /listings\.csv: ignored CSV columns: "title", "postedAt"$/m);
  assert.match(fromParquet.stdout, /listings\.parquet: ignored Parquet columns: "title", "postedAt"$/m);
});

test('Parquet text stored as plain binary, without the UTF-8 annotation, reads as text: the same bundles as NDJSON', async () => {
  const ndjson = ndjsonOf(LISTINGS);
  // encode() makes each string bytes, which the engine writes as binary with no annotation, as
  // older Spark, Hive and Impala writers do.
  const parquet = await parquetOf(`SELECT encode(id) AS id, encode(title) AS title, encode(postedAt) AS postedAt,
      encode(company) AS company, encode(location) AS location, encode(country) AS country, encode(role) AS role,
      encode(seniority) AS seniority, encode(description) AS description, list_transform(skills, s -> encode(s)) AS skills,
      {'min': salary.min, 'max': salary.max, 'currency': encode(salary.currency), 'period': encode(salary.period)} AS salary
    FROM ${ndjsonTable(ndjson)}`);
  const engine = await openEngine({ threads: 1 });
  try {
    const country = await engine.rows(`SELECT type, converted_type, logical_type FROM parquet_schema('${parquet}') WHERE name = 'country'`);
    assert.deepEqual(country, [{ type: 'BYTE_ARRAY', converted_type: null, logical_type: null }]);
  } finally {
    engine.close();
  }
  const expected = built([ndjson]);
  assert.ok(existsSync(join(expected, 'backend-engineer.turkiye.json')));
  assertSameFiles(expected, built([parquet]));
});

test('a Parquet record whose binary text is not UTF-8 is rejected as malformed, named by row and field; the others are read', async () => {
  const parquet = await parquetOf(`SELECT * FROM (VALUES
      (encode('a1'), encode('Backend Engineer'), encode('2025-03-03'), [encode('sql')], {'currency': encode('EUR')}),
      (encode('a2'), '\\xFF\\xFEBackend Engineer'::BLOB, encode('2025-03-03'), [encode('sql')], {'currency': encode('EUR')}),
      (encode('a3'), encode('Backend Engineer'), encode('2025-03-03'), [encode('sql'), '\\xC3'::BLOB], {'currency': encode('EUR')}),
      (encode('a4'), encode('Backend Engineer'), encode('2025-03-03'), [encode('sql')], {'currency': '\\xE2\\x82'::BLOB})
    ) t(id, title, postedAt, skills, salary)`);
  const { code, stdout, stderr } = build([parquet]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /listings\.parquet: row 2: malformed: title holds bytes that are not UTF-8 text$/m);
  assert.match(stdout, /listings\.parquet: row 3: malformed: skills holds bytes that are not UTF-8 text$/m);
  assert.match(stdout, /listings\.parquet: row 4: malformed: salary\.currency holds bytes that are not UTF-8 text$/m);
  assert.match(stdout, /Reconciliation: 4 records read = 1 used \+ 3 rejected/);
});

test('a Parquet file names the columns and salary fields it ignores, as CSV does', async () => {
  const parquet = await parquetOf(`SELECT 'a1' AS id, 'Backend Engineer' AS title, '2025-03-03' AS postedAt, true AS remote,
    'x' AS notes, 'Barista' AS "Title ", {'min': 100000, 'currency': 'USD', 'period': 'year', 'bonus': 5000} AS "Salary"`);
  const { code, stdout, stderr } = build([parquet]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /listings\.parquet: ignored Parquet columns: "remote", "notes", "Title ", "Salary\.bonus"$/m);
});

test('a Parquet salary or skills column of a type no field is read from is named in a warning, with its type', async () => {
  const cases: Array<[string, RegExp[]]> = [
    [
      `42 AS skills, '{"min": 100000, "currency": "USD", "period": "year"}' AS salary`,
      [
        /warning: .*listings\.parquet: column "skills" is INTEGER, neither text nor a list of strings, so no skills are read from it/,
        /warning: .*listings\.parquet: column "salary" is VARCHAR, not a struct with any of the fields min, max, currency and period, so no salary is read from it/,
      ],
    ],
    [
      `[{'name': 'sql'}] AS "Skills", {'amount': 100000, 'unit': 'year'} AS "Salary"`,
      [
        /column "Skills" is STRUCT\("name" VARCHAR\)\[\], neither text nor a list of strings/,
        /column "Salary" is STRUCT\(amount INTEGER, unit VARCHAR\), not a struct with any of the fields/,
      ],
    ],
    [`[{'min': 100000, 'currency': 'USD', 'period': 'year'}] AS salary`, [/column "salary" is STRUCT\(.*\)\[\], not a struct with any/]],
  ];
  for (const [columns, warnings] of cases) {
    const parquet = await parquetOf(`SELECT 'a1' AS id, 'Backend Engineer' AS title, '2025-03-03' AS postedAt, ${columns}`);
    const { code, stderr } = build([parquet]);
    assert.equal(code, 0, stderr);
    for (const warning of warnings) assert.match(stderr, warning);
  }
});

test('a Parquet salary struct whose fields are all null or blank is no salary, as four empty CSV cells are, not an invalid one', async () => {
  const csv = join(tempDir(), 'listings.csv');
  writeFileSync(
    csv,
    [
      'id,title,postedAt,salaryMin,salaryMax,salaryCurrency,salaryPeriod',
      'a1,Backend Engineer,2025-03-03,100000,,USD,year',
      'a2,Backend Engineer,2025-03-04,,,,',
      'a3,Backend Engineer,2025-03-05,,,, ',
      'a4,Backend Engineer,2025-03-06,,,,',
    ].join('\n') + '\n',
  );
  const salary = (min: string, currency: string, period: string) =>
    `{'min': CAST(${min} AS DOUBLE), 'max': CAST(NULL AS DOUBLE), 'currency': CAST(${currency} AS VARCHAR), 'period': CAST(${period} AS VARCHAR)}`;
  const parquet = await parquetOf(`SELECT * FROM (VALUES
      ('a1', 'Backend Engineer', '2025-03-03', ${salary('100000', "'USD'", "'year'")}),
      ('a2', 'Backend Engineer', '2025-03-04', ${salary('NULL', 'NULL', 'NULL')}),
      ('a3', 'Backend Engineer', '2025-03-05', ${salary('NULL', "''", "' '")}),
      ('a4', 'Backend Engineer', '2025-03-06', NULL)
    ) t(id, title, postedAt, salary)`);
  const fromCsv = built([csv]);
  const backend = JSON.parse(readFileSync(join(fromCsv, 'backend-engineer.all.json'), 'utf8'));
  assert.equal(backend.pay.n, 1);
  assert.deepEqual(backend.pay.excluded, { invalid: 0, currency: 0, implausible: 0 });
  assertSameFiles(fromCsv, built([parquet]));
});

test("a CSV export saved as Parquet is read by CSV's flat salary columns: the same bundles as the CSV", async () => {
  const csv = fixture('good.csv');
  const fromCsv = build([csv]);
  assert.equal(fromCsv.code, 0, fromCsv.stderr);
  const backend = JSON.parse(readFileSync(join(fromCsv.out, 'backend-engineer.all.json'), 'utf8'));
  assert.equal(backend.pay.n, 1);
  // As a converter saves it, with types guessed from the text ("60,000" keeps the amounts text,
  // skills stay one string, read as the CSV cell is), and with the amounts as numbers.
  const asSaved = `SELECT * FROM read_csv('${csv}')`;
  const amount = (c: string) => `CAST(replace(${c}, ',', '') AS DOUBLE) AS ${c}`;
  for (const query of [asSaved, `SELECT * REPLACE (${amount('salaryMin')}, ${amount('salaryMax')}) FROM (${asSaved})`]) {
    const parquet = await parquetOf(query);
    const fromParquet = build([parquet]);
    assert.equal(fromParquet.code, 0, fromParquet.stderr);
    assertSameFiles(fromCsv.out, fromParquet.out);
    assert.match(fromParquet.stdout, /listings\.parquet: ignored Parquet columns: "remote"$/m);
  }
});

test('a Parquet file with a salary struct and flat salary columns reads the struct, and names the flat columns as ignored', async () => {
  const parquet = await parquetOf(`SELECT 'a1' AS id, 'Backend Engineer' AS title, '2025-03-03' AS postedAt,
    {'min': 100000, 'currency': 'USD', 'period': 'year'} AS salary, 5 AS "salaryMin", 'hour' AS "SalaryPeriod"`);
  const { code, stdout, stderr, out } = build([parquet]);
  assert.equal(code, 0, stderr);
  const backend = JSON.parse(readFileSync(join(out, 'backend-engineer.all.json'), 'utf8'));
  assert.equal(backend.pay.median, 100_000);
  assert.match(stdout, /listings\.parquet: ignored Parquet columns: "salaryMin", "SalaryPeriod"$/m);
});
