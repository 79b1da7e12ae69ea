// The seed-shaped fixture, tests/fixtures/listings/seed-backend.ndjson (written by
// scripts/make-seed-fixture.ts), mirrors the reference page "How to become a Backend Engineer": a
// clean, unique, yearly, single-market data set. Every figure below is worked out by hand from the
// generator's design, then checked against what `role-hub build` makes of the committed file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RoleBundle, RoleBundleWire, RoleIndex, TrendVerdict } from '../../../src/data/bundle/types.js';
import { TREND_VERDICTS } from '../../../src/data/bundle/types.js';
import { validateBundle } from '../../../src/data/bundle/validate.js';
import { readBundles, runCli, tempDir } from '../helpers/cli.js';
import { fixture } from '../helpers/paths.js';
import { contractErrors } from '../helpers/schemas.js';
import type { ListingInput } from '../../../src/data/build/types.js';

const SEED = fixture('seed-backend.ndjson');

function build(extra: string[] = []) {
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', SEED, '--out', out, '--as-of', '2024-12-01T00:00:00Z', '--source', 'seed-shaped fixture', ...extra]);
  assert.equal(result.code, 0, result.stderr);
  const bundles = readBundles(out);
  const wire = bundles.get('backend-engineer.json') as RoleBundleWire;
  const read = validateBundle(wire);
  assert.ok(read.ok, read.ok ? '' : read.reason);
  return { ...result, bundles, wire, bundle: read.value as RoleBundle };
}

let cached: ReturnType<typeof build> | undefined;
/** The default build, made once for the tests that only read it. */
const seed = () => (cached ??= build());

type Listing = ListingInput;

test('the seed fixture is clean, unique, yearly and single-market: 286 US backend listings, 226 yearly USD salaries', () => {
  const listings = readFileSync(SEED, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Listing);
  assert.equal(listings.length, 286);
  assert.equal(new Set(listings.map((l) => l.id)).size, 286);
  // No two listings share company, title and location, so the repost rule has nothing to drop.
  assert.equal(new Set(listings.map((l) => `${l.company}|${l.title}|${l.location}`)).size, 286);
  assert.ok(listings.every((l) => l.country === 'United States' && l.role === 'backend-engineer' && Array.isArray(l.skills)));
  assert.ok(listings.every((l) => /^2024-\d\d-\d\dT12:00:00Z$/.test(l.postedAt)));
  const days = listings.map((l) => l.postedAt.slice(0, 10)).sort();
  assert.deepEqual([days[0], days.at(-1)], ['2024-09-02', '2024-11-24']); // a Monday, a Sunday 83 days on
  const salaries = listings.flatMap((l) => (l.salary ? [l.salary] : []));
  assert.equal(salaries.length, 226);
  assert.ok(salaries.every((s) => s.currency === 'USD' && s.period === 'year' && s.min === s.max));
});

test('the build writes one market, United States, as the default: backend-engineer.json equals backend-engineer.united-states.json', () => {
  const { bundles, stdout } = seed();
  // 286 listings ≥ 100 give United States its own bundle; it is the only market, so it is the default.
  assert.deepEqual(
    [...bundles.keys()],
    ['backend-engineer.all.json', 'backend-engineer.json', 'backend-engineer.united-states.json', 'index.json'],
  );
  for (const [name, value] of bundles) assert.deepEqual(contractErrors(name, value), []);
  assert.deepEqual(bundles.get('backend-engineer.json'), bundles.get('backend-engineer.united-states.json'));
  assert.deepEqual(seed().bundle.market, { key: 'united-states', name: 'United States', pooled: false, mix: [] });
  assert.match(stdout, /Reconciliation: 286 records read = 286 used \+ 0 rejected; of the used, 0 dropped as reposts/);
});

test('listings 286 and skillListings 286: no reposts, every listing carries a skills list', () => {
  const { bundle } = seed();
  assert.equal(bundle.listings, 286);
  // Every listing has a `skills` array (some empty), and an empty list counts.
  assert.equal(bundle.skillListings, 286);
  const { reposts, repostDays, titlesOutsidePatterns, window } = bundle.provenance;
  assert.deepEqual(
    { reposts, repostDays, titlesOutsidePatterns, window },
    { reposts: 0, repostDays: 30, titlesOutsidePatterns: 0, window: { from: '2024-09-02', to: '2024-11-24' } },
  );
});

test('headline pay: n 226, R-7 p10 51,250, p25 76,083, median 124,671, p75 161,654, p90 210,000', () => {
  // The 226 yearly salaries sorted, by 0-based index x[i] (the generator's SALARIES):
  //   x[0–55] 40,000 + 500·i; x[56–57] 76,083; x[58–110] 80,000 + 800·(i−58); x[111] 123,000;
  //   x[112–113] 124,671; x[114–167] 126,000 + 600·(i−114); x[168–169] 161,654;
  //   x[170–198] 165,000 + 500·(i−170); x[199–201] 180,000, 192,485, 200,000 (Grafana);
  //   x[202–203] 210,000; x[204–225] 215,000 + 5,000·(i−204).
  // h = (n − 1)·p = 225·p, value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
  //   p10: h = 22.5   → (x[22] + x[23]) / 2 = (51,000 + 51,500) / 2 = 51,250
  //   p25: h = 56.25  → x[56] + 0.25·(x[57] − x[56]) = 76,083 (both 76,083)
  //   p50: h = 112.5  → (x[112] + x[113]) / 2, the 113th and 114th values = 124,671
  //   p75: h = 168.75 → x[168] + 0.75·(x[169] − x[168]) = 161,654 (both 161,654)
  //   p90: h = 202.5  → (x[202] + x[203]) / 2 = 210,000
  const { n, p10, p25, median, p75, p90, currency, basis, annualised, excluded } = seed().bundle.pay!;
  assert.deepEqual(
    { n, p10, p25, median, p75, p90, currency, basis, annualised },
    { n: 226, p10: 51_250, p25: 76_083, median: 124_671, p75: 161_654, p90: 210_000, currency: 'USD', basis: 'year', annualised: null },
  );
  assert.deepEqual(excluded, { invalid: 0, currency: 0, implausible: 0 });
});

test('the roles index gives the default market’s median: 226 salaries are over the floor of 10 a figure needs', () => {
  const index = seed().bundles.get('index.json') as RoleIndex;
  assert.deepEqual(
    index.roles.map((r) => [r.slug, r.market, r.listings, r.medianPay, r.currency, r.salaries, r.basis]),
    [['backend-engineer', 'united-states', 286, 124_671, 'USD', 226, 'year']],
  );
});

test('AWS is the top skill, in 43 of the 286 listings (15%)', () => {
  const { skills, skillListings } = seed().bundle;
  // The generator gives each keyword to exactly its count of listings (evenly spread); Grafana
  // goes to the three listings paid 180,000, 192,485 and 200,000.
  assert.deepEqual(
    skills.map((s) => [s.name, s.count]),
    [
      ['AWS', 43],
      ['PostgreSQL', 40],
      ['Docker', 38],
      ['Python', 36],
      ['Kubernetes', 30],
      ['Go', 27],
      ['Java', 24],
      ['Redis', 20],
      ['Kafka', 17],
      ['Terraform', 14],
      ['TypeScript', 12],
      ['Grafana', 3],
    ],
  );
  // 43 / 286 = 15.03% → 15%.
  assert.equal(Math.round((100 * (skills[0]?.count ?? NaN)) / skillListings), 15);
});

test('pay by skill lists Grafana: n 3, median 192,485, low-confidence, 123,000 without it', () => {
  const { pay } = seed().bundle;
  // Floor: max(3, ⌈1% × 226⌉ = ⌈2.26⌉ = 3) = 3, so Grafana's 3 salaried listings are enough.
  assert.equal(pay!.minSkillN, 3);
  const grafana = pay!.bySkill.find((s) => s.name === 'Grafana');
  // Its salaries 180,000, 192,485, 200,000: the median (h = 2·0.5 = 1) is the middle one.
  // Without it: the other 223 salaries. The three removed sit at x[199–201], above x[111], so the
  // first 112 sorted values are unchanged, and the median of 223 (h = 222·0.5 = 111) is x[111] = 123,000.
  assert.deepEqual(grafana, { name: 'Grafana', n: 3, median: 192_485, nWithout: 223, medianWithout: 123_000 });
  // n 3 < pay.lowConfidenceN 10: the entry is low-confidence.
  assert.equal(pay!.lowConfidenceN, 10);
  assert.ok(grafana!.n < pay!.lowConfidenceN);
  // Its median is the highest of any skill, so it heads the list (median descending).
  assert.equal(pay!.bySkill[0]?.name, 'Grafana');
});

test('seniority from titles: 203 of 286 senior (71%), 20 entry, 25 mid, 18 lead, 20 unspecified', () => {
  const { seniority, listings } = seed().bundle;
  // "Senior Backend Engineer" → senior, "Junior …" → entry, "… II" → mid, "Lead …" → lead,
  // "Backend Engineer" → no signal: unspecified. 203 + 20 + 25 + 18 + 20 = 286.
  assert.deepEqual(seniority, [
    { level: 'intern', count: 0 },
    { level: 'entry', count: 20 },
    { level: 'mid', count: 25 },
    { level: 'senior', count: 203 },
    { level: 'lead', count: 18 },
    { level: 'executive', count: 0 },
    { level: 'unspecified', count: 20 },
  ]);
  // 203 / 286 = 70.98% → 71%.
  assert.equal(Math.round((100 * (seniority[3]?.count ?? NaN)) / listings), 71);
});

test('trends: the 12 complete ISO weeks 2024-W36 to W47, and every verdict a string among rising/falling/steady', () => {
  const { trend } = seed().bundle;
  // Listing i is posted on day ⌊84·i / 286⌋ after Monday 2024-09-02, so week w holds listings
  // ⌈286·w / 12⌉ … ⌈286·(w+1) / 12⌉ − 1: 24 a week, except 23 in weeks 6 and 12 (143 and 286 are whole).
  assert.deepEqual(
    trend.weeks,
    Array.from({ length: 12 }, (_, w) => `2024-W${36 + w}`),
  );
  const weekly = [24, 24, 24, 24, 24, 23, 24, 24, 24, 24, 24, 23];
  assert.deepEqual(trend.totals, weekly);
  assert.deepEqual(trend.skillTotals, weekly);
  assert.equal(trend.skills.length, 10);
  for (const skill of trend.skills)
    assert.ok((TREND_VERDICTS as readonly string[]).includes(skill.verdict), `${skill.name}: ${skill.verdict}`);
  // Stronger, by hand: no skill has 60 mentions (AWS, the most, has 43), so none can have the 30
  // a side a "rising" or "falling" verdict needs: every verdict is steady.
  assert.deepEqual(new Set(trend.skills.map((s) => s.verdict)), new Set<TrendVerdict>(['steady']));
});

test('--keep-reposts and --pay-basis all give the same headline figures: no rule changes a clean, unique, yearly, single-market set', () => {
  const base = seed().bundle;
  const headline = (b: RoleBundle) => {
    const { n, p10, p25, median, p75, p90, currency, annualised, bySeniority, bySkill, excluded } = b.pay!;
    return {
      listings: b.listings,
      skillListings: b.skillListings,
      skills: b.skills,
      seniority: b.seniority,
      trend: b.trend,
      reposts: b.provenance.reposts,
      pay: { n, p10, p25, median, p75, p90, currency, annualised, bySeniority, bySkill, excluded },
    };
  };
  const kept = build(['--keep-reposts']).bundle;
  assert.deepEqual(headline(kept), headline(base));
  assert.equal(kept.provenance.repostDays, 0);
  const pooled = build(['--pay-basis', 'all']).bundle;
  assert.deepEqual(headline(pooled), headline(base));
  assert.equal(pooled.pay!.basis, 'all');
});
