// Rule 2 of docs/methodology.md (Markets): a listing's market is its country, keyed as lower-case
// ASCII words joined by "-". A role gets a slice for every market with at least
// `minMarketListings` of its listings, and always an all-markets slice ('all'). The all-markets
// mix lists each market with its own slice, then one entry (key '', "Other markets") for the rest,
// listings without a country included.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RoleBundleWire } from '../../../src/data/bundle/types.js';
import { readBundles, runCli, tempDir } from '../helpers/cli.js';
import { aggregatesOf, macro, normalised } from '../helpers/engine.js';

const eur = (amount: number) => ({ min: amount, max: amount, currency: 'EUR', period: 'year' });

const LISTINGS = [
  // data-analyst, France: 3 listings (two spelled "France", one " france "), 40k, 50k, 60k.
  { id: 'fr-1', title: 'Data Analyst', postedAt: '2025-03-03', country: 'France', salary: eur(40_000) },
  { id: 'fr-2', title: 'Data Analyst', postedAt: '2025-03-04', country: 'France', salary: eur(50_000) },
  { id: 'fr-3', title: 'Data Analyst', postedAt: '2025-03-05', country: ' france ', salary: eur(60_000) },
  // data-analyst, Côte d'Ivoire: 3 listings, 100k, 110k, 120k.
  { id: 'ci-1', title: 'Data Analyst', postedAt: '2025-03-03', country: "Côte d'Ivoire", salary: eur(100_000) },
  { id: 'ci-2', title: 'Data Analyst', postedAt: '2025-03-04', country: "Côte d'Ivoire", salary: eur(110_000) },
  { id: 'ci-3', title: 'Data Analyst', postedAt: '2025-03-05', country: "Côte d'Ivoire", salary: eur(120_000) },
  // data-analyst, Germany: 2 listings (< 3), 200k, 300k.
  { id: 'de-1', title: 'Data Analyst', postedAt: '2025-03-03', country: 'Germany', salary: eur(200_000) },
  { id: 'de-2', title: 'Data Analyst', postedAt: '2025-03-04', country: 'Germany', salary: eur(300_000) },
  // data-analyst, no country, no salary.
  { id: 'none-1', title: 'Data Analyst', postedAt: '2025-03-03' },
  // data-engineer: 2 listings in France (< 3 for this role, whatever data-analyst has).
  { id: 'de-fr-1', title: 'Data Engineer', postedAt: '2025-03-03', country: 'France' },
  { id: 'de-fr-2', title: 'Data Engineer', postedAt: '2025-03-04', country: 'France' },
];

test('markets: market_key(country) is lower-case ASCII words joined by "-" (Côte d\'Ivoire → cote-d-ivoire)', async () => {
  const engine = await normalised([]);
  try {
    const keys = await macro(engine, 'market_key', ["Côte d'Ivoire", 'United States', '  France ', 'SÃO TOMÉ & PRÍNCIPE']);
    assert.deepEqual(keys, ['cote-d-ivoire', 'united-states', 'france', 'sao-tome-principe']);
  } finally {
    engine.close();
  }
});

test('markets: with minMarketListings 3 a market with ≥ 3 of the role\'s listings gets a slice, one with fewer does not; "all" always', async () => {
  const a = await aggregatesOf(LISTINGS, { rules: { minMarketListings: 3 } });
  // data-analyst: all (9), cote-d-ivoire (3), france (3); Germany (2) gets none.
  // data-engineer: all (2) only — its 2 France listings are fewer than 3.
  // The name is the most common spelling: "France" (2) over " france " (1, trimmed "france").
  assert.deepEqual(
    a.slice.map((s) => [s.role, s.market, s.market_name, s.listings]),
    [
      ['data-analyst', 'all', 'All markets', 9],
      ['data-analyst', 'cote-d-ivoire', "Côte d'Ivoire", 3],
      ['data-analyst', 'france', 'France', 3],
      ['data-engineer', 'all', 'All markets', 2],
    ],
  );
});

test('markets: market_mix lists the markets with slices and one "Other markets" entry (key "") for the rest, no country included', async () => {
  const a = await aggregatesOf(LISTINGS, { rules: { minMarketListings: 3 } });
  // data-analyst: Côte d'Ivoire 3, France 3, other = Germany 2 + no country 1 = 3.
  // data-engineer: France has no slice of this role, so its 2 listings are "Other markets".
  // `markets`: data-analyst's other markets are Germany and no country (2); data-engineer's one is France.
  assert.deepEqual(
    a.market_mix.map((m) => [m.role, m.market, m.market_name, m.listings, m.markets]),
    [
      ['data-analyst', '', 'Other markets', 3, 2],
      ['data-analyst', 'cote-d-ivoire', "Côte d'Ivoire", 3, 1],
      ['data-analyst', 'france', 'France', 3, 1],
      ['data-engineer', '', 'Other markets', 2, 1],
    ],
  );
});

test('markets: the all-markets view is pooled when its listings come from more than one market, whether or not any has a bundle', () => {
  // Each case: the countries of two data-analyst listings, and whether the all-markets view pools
  // them. With the default of 100 listings no market here gets a bundle of its own, so the mix
  // stays empty; the pooled flag counts the markets themselves (no country counts as one more).
  const cases: [string, (string | null)[], boolean][] = [
    ['two countries, neither with a bundle', ['United States', 'United Kingdom'], true],
    ['one country', ['United States', 'united states '], false],
    ['no country at all', [null, null], false],
    ['one country and one listing without', ['United States', null], true],
  ];
  for (const [label, countries, pooled] of cases) {
    const dir = tempDir();
    const input = join(dir, 'listings.ndjson');
    const lines = countries.map((country, i) =>
      JSON.stringify({
        id: `m${i}`,
        title: 'Data Analyst',
        postedAt: '2025-03-03',
        company: `Company ${i}`,
        ...(country ? { country } : {}),
      }),
    );
    writeFileSync(input, `${lines.join('\n')}\n`);
    const out = join(tempDir(), 'stats');
    const { code, stderr } = runCli(['build', input, '--out', out, '--as-of', '2025-04-01T00:00:00Z', '--source', 'fixtures']);
    assert.equal(code, 0, stderr);
    const market = (readBundles(out).get('data-analyst.all.json') as RoleBundleWire).market;
    assert.deepEqual(market, { key: 'all', name: 'All markets', pooled, mix: [] }, label);
  }
});

test("markets: a market slice's pay uses only that market's listings", async () => {
  const a = await aggregatesOf(LISTINGS, { rules: { minMarketListings: 3 } });
  const pay = (market: string) => a.pay.find((p) => p.role === 'data-analyst' && p.market === market)!;
  // france: 40k, 50k, 60k → n 3, median 50,000.
  assert.equal(pay('france').n, 3);
  assert.equal(pay('france').median, 50_000);
  // cote-d-ivoire: 100k, 110k, 120k → n 3, median 110,000.
  assert.equal(pay('cote-d-ivoire').n, 3);
  assert.equal(pay('cote-d-ivoire').median, 110_000);
  // all: 40, 50, 60, 100, 110, 120, 200, 300 (k) → n 8, median (100k + 110k) / 2 = 105,000.
  assert.equal(pay('all').n, 8);
  assert.equal(pay('all').median, 105_000);
  // Germany has no slice, so no pay row of its own.
  assert.equal(
    a.pay.some((p) => p.market === 'germany'),
    false,
  );
});
