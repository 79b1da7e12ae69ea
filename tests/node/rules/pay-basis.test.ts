// Rule 3 of docs/methodology.md (Pay basis): amount = midpoint of min and max (or the one given);
// invalid without a positive min or max, with an unknown period or a currency that is not three
// letters; a slice's currency is its readable salaries' most common one (ties by code) or the
// forced `currency`, other currencies are left out as "currency"; annual pay outside
// 10,000–1,000,000 (inclusive range) is "implausible". Headline pay uses salaries stated per year;
// hour/day/week/month are annualised (× 2080, 260, 52, 12) into a separate n and median;
// `payBasis: 'all'` pools every period into the headline.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RoleBundleWire } from '../../../src/data/bundle/types.js';
import { readBundles, runCli, tempDir } from '../helpers/cli.js';
import { aggregatesOf } from '../helpers/engine.js';

type Salary = { min?: number; max?: number; currency?: string; period?: string };
let next = 0;
const paid = (salary: Salary) => ({ id: `p${++next}`, title: 'Data Analyst', postedAt: '2025-03-03', salary });
const usd = (min: number | undefined, max: number | undefined, period: string): Salary => ({ min, max, currency: 'USD', period });

const LISTINGS = [
  // headline (USD, per year): 10,000 (the lower bound, kept), 45k–55k (midpoint 50,000), 60,000,
  // 70,000 (given as max only), 1,000,000 (the upper bound, kept).
  paid(usd(10_000, undefined, 'year')),
  paid(usd(45_000, 55_000, 'year')),
  paid(usd(60_000, undefined, 'year')),
  paid(usd(undefined, 70_000, 'year')),
  paid(usd(1_000_000, 1_000_000, 'year')),
  // annualised (USD): 30/hour × 2080 = 62,400; 300/day × 260 = 78,000; 1,000/week × 52 = 52,000;
  // 5,000/month × 12 = 60,000.
  paid(usd(30, undefined, 'hour')),
  paid(usd(300, undefined, 'day')),
  paid(usd(1_000, undefined, 'week')),
  paid(usd(5_000, undefined, 'month')),
  // invalid (4): no min or max; a negative min only; an unknown period; a currency not three letters.
  paid({ currency: 'USD', period: 'year' }),
  paid(usd(-5, undefined, 'year')),
  paid(usd(50_000, undefined, 'fortnight')),
  paid({ min: 50_000, currency: 'US$', period: 'year' }),
  // implausible (4): 9,999/year; 4/hour = 8,320; 1,000,001/year; 500/hour = 1,040,000.
  paid(usd(9_999, undefined, 'year')),
  paid(usd(4, undefined, 'hour')),
  paid(usd(1_000_001, undefined, 'year')),
  paid(usd(500, undefined, 'hour')),
  // currency (1): readable, but EUR is the minority (USD: 5 + 4 + 4 = 13 readable, EUR: 1).
  paid({ min: 55_000, currency: 'eur', period: 'year' }),
];

test('pay-basis: headline pay uses only salaries stated per year; hour/day/week/month are annualised (2080/260/52/12) into annualised_n and annualised_median', async () => {
  const a = await aggregatesOf(LISTINGS);
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.currency, 'USD');
  assert.equal(p.basis, 'year');
  // Headline values, sorted: 10,000; 50,000; 60,000; 70,000; 1,000,000 (n 5). R-7, h = 4·q:
  // p10 h 0.4 → 10,000 + 0.4 × 40,000 = 26,000; p25 h 1 → 50,000; median h 2 → 60,000;
  // p75 h 3 → 70,000; p90 h 3.6 → 70,000 + 0.6 × 930,000 = 628,000.
  assert.deepEqual([p.n, p.p10, p.p25, p.median, p.p75, p.p90], [5, 26_000, 50_000, 60_000, 70_000, 628_000]);
  // Annualised: 52,000; 60,000; 62,400; 78,000 → n 4, median (60,000 + 62,400) / 2 = 61,200.
  assert.equal(p.annualised_n, 4);
  assert.equal(p.annualised_median, 61_200);
});

test('pay-basis: invalid, currency and implausible salaries are counted, each by its reason', async () => {
  const a = await aggregatesOf(LISTINGS);
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.excluded_invalid, 4);
  assert.equal(p.excluded_currency, 1);
  assert.equal(p.excluded_implausible, 4);
});

test('pay-basis: a slice whose every salary is invalid still counts them, with no pay and no currency', async () => {
  // Three data analysts, each with a salary the rule calls invalid: no bounds, a zero max, an unknown period.
  const a = await aggregatesOf([
    paid({ currency: 'USD', period: 'year' }),
    paid(usd(undefined, 0, 'year')),
    paid(usd(50_000, undefined, 'fortnight')),
  ]);
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all');
  assert.ok(p, 'the slice has a pay row');
  assert.deepEqual([p.n, p.currency, p.excluded_invalid, p.excluded_currency, p.excluded_implausible], [0, null, 3, 0, 0]);
});

test('pay-basis: a salary that is not an object (text, a number, a list) reads as no salary, not as an invalid one', async () => {
  // docs/listings.md: "A `skills` or `salary` of the wrong type reads as absent."
  const analyst = (id: string, salary: unknown) => ({ id, title: 'Data Analyst', postedAt: '2025-03-03', salary });
  const a = await aggregatesOf([analyst('text', '85000'), analyst('number', 85_000), analyst('list', [85_000]), analyst('true', true)]);
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all');
  assert.deepEqual([p?.n ?? 0, p?.excluded_invalid ?? 0], [0, 0]);
});

test('pay-basis: an NDJSON salary of nothing (an empty object, all nulls, blank text) is no salary, as empty CSV cells are, in both NDJSON reads', async () => {
  const analyst = (id: string, salary: unknown) => ({ id, title: 'Data Analyst', postedAt: '2025-03-03', salary });
  const empty = [
    analyst('empty', {}),
    analyst('nulls', { min: null, max: null, currency: null, period: null }),
    analyst('blank', { min: '', max: ' ', currency: '', period: '' }),
    analyst('other-fields', { amount: 5 }),
    // Given: a currency alone states a salary, without bounds, so it is invalid.
    analyst('currency-only', { currency: 'USD' }),
  ];
  // A line that is not JSON sends the file to the line-by-line reader.
  for (const listings of [empty, [...empty, '{ not json']]) {
    const a = await aggregatesOf(listings);
    const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all');
    assert.deepEqual([p?.n ?? 0, p?.excluded_invalid ?? 0], [0, 1], listings.length === empty.length ? 'typed read' : 'line by line');
  }
});

test("pay-basis: payBasis 'all' pools every period into the headline, with no separate annualised figure", async () => {
  const a = await aggregatesOf(LISTINGS, { rules: { payBasis: 'all' } });
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.basis, 'all');
  // Pooled, sorted: 10,000; 50,000; 52,000; 60,000; 60,000; 62,400; 70,000; 78,000; 1,000,000
  // (n 9, h = 8·q): p10 h 0.8 → 10,000 + 0.8 × 40,000 = 42,000; p25 h 2 → 52,000;
  // median h 4 → 60,000; p75 h 6 → 70,000; p90 h 7.2 → 78,000 + 0.2 × 922,000 = 262,400.
  assert.deepEqual([p.n, p.p10, p.p25, p.median, p.p75, p.p90], [9, 42_000, 52_000, 60_000, 70_000, 262_400]);
  assert.equal(p.annualised_n, 0);
  assert.equal(p.annualised_median, null);
  assert.equal(p.excluded_implausible, 4, 'the plausible range applies to every period');
});

test('pay-basis: a forced currency reports pay in it; every salary in another currency is left out as "currency"', async () => {
  const a = await aggregatesOf(LISTINGS, { rules: { currency: 'EUR' } });
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.currency, 'EUR');
  // The one EUR salary (55,000 per year) is the headline.
  assert.equal(p.n, 1);
  assert.equal(p.median, 55_000);
  assert.equal(p.annualised_n, 0);
  // All 13 readable USD salaries (5 yearly + 4 annualised + 4 out of range) are another currency;
  // currency is decided before the range, so none is counted as implausible.
  assert.equal(p.excluded_currency, 13);
  assert.equal(p.excluded_implausible, 0);
  assert.equal(p.excluded_invalid, 4);
});

test('pay-basis: a tie between currencies is settled by code', async () => {
  // One GBP and one EUR salary: a tie, EUR comes first by code; GBP is left out as currency.
  const a = await aggregatesOf([
    { id: 'g', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: 40_000, currency: 'GBP', period: 'year' } },
    { id: 'e', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: 50_000, currency: 'EUR', period: 'year' } },
  ]);
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.currency, 'EUR');
  assert.equal(p.n, 1);
  assert.equal(p.median, 50_000);
  assert.equal(p.excluded_currency, 1);
});

test('pay-basis: a min or max given but not a number makes the salary invalid; a number written as text is read, in both NDJSON reads and in CSV', async () => {
  const year = { currency: 'USD', period: 'year' };
  const listings = [
    // Read: 50,000–70,000 → 60,000; "80,000" (text, thousands separator) – 100,000 → 90,000;
    // min null (absent) with max 120,000 → 120,000; min "" (blank, absent as an empty CSV cell)
    // with max 110,000 → 110,000.
    { id: 'b1', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: 50_000, max: 70_000, ...year } },
    { id: 'b2', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: '80,000', max: 100_000, ...year } },
    { id: 'b3', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: null, max: 120_000, ...year } },
    { id: 'b7', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: ' ', max: 110_000, ...year } },
    // Invalid (3): the engine would read true as 1 (a 35,000 midpoint); "abc" and an object would
    // leave the pay resting on max alone.
    { id: 'b4', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: true, max: 70_000, ...year } },
    { id: 'b5', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: 'abc', max: 70_000, ...year } },
    { id: 'b6', title: 'Data Analyst', postedAt: '2025-03-03', salary: { min: 60_000, max: { amount: 1 }, ...year } },
  ];
  // 60,000, 90,000, 110,000, 120,000 → n 4, median (90,000 + 110,000) / 2 = 100,000.
  const expected = { n: 4, median: 100_000, excluded_invalid: 3 };
  const figures = (a: Awaited<ReturnType<typeof aggregatesOf>>) => {
    const { n, median, excluded_invalid } = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
    return { n, median, excluded_invalid };
  };
  // A clean file takes the engine's typed read; one line that is not JSON sends the file the careful way.
  assert.deepEqual(figures(await aggregatesOf(listings)), expected, 'typed read');
  assert.deepEqual(figures(await aggregatesOf([...listings, 'not JSON'])), expected, 'careful read');

  const dir = tempDir();
  const csv = join(dir, 'listings.csv');
  writeFileSync(
    csv,
    [
      'id,title,postedAt,salaryMin,salaryMax,salaryCurrency,salaryPeriod',
      'c1,Data Analyst,2025-03-03,50000,70000,USD,year',
      'c2,Data Analyst,2025-03-03,"80,000",100000,USD,year',
      'c3,Data Analyst,2025-03-03,,120000,USD,year',
      'c4,Data Analyst,2025-03-03,true,70000,USD,year',
      'c5,Data Analyst,2025-03-03,abc,70000,USD,year',
      'c6,Data Analyst,2025-03-03,60000,n/a,USD,year',
    ].join('\n') + '\n',
  );
  const out = join(tempDir(), 'stats');
  const { code, stderr } = runCli(['build', csv, '--out', out, '--as-of', '2025-04-01T00:00:00Z', '--source', 'fixtures']);
  assert.equal(code, 0, stderr);
  const pay = (readBundles(out).get('data-analyst.json') as RoleBundleWire).pay!;
  assert.deepEqual([pay.n, pay.median], [3, 90_000], 'CSV');
});

test('pay-basis: a comma in a min or max is read only as a thousands separator, and an underscore not at all, in NDJSON text and in CSV alike', async () => {
  // Read: "120,000" → 120,000; "99,000.00" – 101,000 → 100,000. Invalid (3), each of which was
  // once read with its comma or underscore dropped: "85,0000" as 850,000 a year, "12,5" (a decimal
  // comma) as 125 an hour, "100_000" as 100,000.
  const rows: Array<[string, string | number, string | number, string]> = [
    ['t1', '120,000', '', 'year'],
    ['t2', '99,000.00', 101_000, 'year'],
    ['t3', '85,0000', '', 'year'],
    ['t4', '12,5', '', 'hour'],
    ['t5', '100_000', '', 'year'],
  ];
  const expected = { n: 2, median: 110_000, excluded_invalid: 3 };
  const listings = rows.map(([id, min, max, period]) => ({
    id,
    title: 'Data Analyst',
    postedAt: '2025-03-03',
    salary: { min, ...(max === '' ? {} : { max }), currency: 'USD', period },
  }));
  const figures = (a: Awaited<ReturnType<typeof aggregatesOf>>) => {
    const { n, median, excluded_invalid } = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
    return { n, median, excluded_invalid };
  };
  assert.deepEqual(figures(await aggregatesOf(listings)), expected, 'typed read');
  assert.deepEqual(figures(await aggregatesOf([...listings, 'not JSON'])), expected, 'careful read');

  const csv = join(tempDir(), 'listings.csv');
  writeFileSync(
    csv,
    [
      'id,title,postedAt,salaryMin,salaryMax,salaryCurrency,salaryPeriod',
      ...rows.map(([id, min, max, period]) => `${id},Data Analyst,2025-03-03,"${min}",${max},USD,${period}`),
    ].join('\n') + '\n',
  );
  const out = join(tempDir(), 'stats');
  const { code, stderr } = runCli(['build', csv, '--out', out, '--as-of', '2025-04-01T00:00:00Z', '--source', 'fixtures']);
  assert.equal(code, 0, stderr);
  const pay = (readBundles(out).get('data-analyst.json') as RoleBundleWire).pay!;
  assert.deepEqual([pay.n, pay.median, pay.excluded.invalid], [expected.n, expected.median, expected.excluded_invalid], 'CSV');
});
