import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { serialise } from '../../../src/data/build/bundle/serialise.js';
import type { RoleBundle, RoleBundleWire, SkillPay } from '../../../src/data/bundle/types.js';
import { validateBundle } from '../../../src/data/bundle/validate.js';
import { decodeBundle, encodeBundle } from '../../../src/data/bundle/wire.js';
import { validBundle, validWireBundle } from '../../browser/bundle/fixture.js';
import { repoRoot as ROOT } from '../helpers/paths.js';

/**
 * A small in-memory bundle. pay.n = 10; pay by skill, highest median first:
 * Go 4 (+ 6 without = 10), SQL 7 (+ 3 = 10), Excel 10 (+ 0 = 10, so no median without it).
 */
function bundle(): RoleBundle {
  return {
    schemaVersion: '2.0.0',
    role: {
      slug: 'data-engineer',
      title: 'Data Engineer',
      description: 'Builds pipelines.',
      fit: 'A fit if you like plumbing.',
      related: [],
      path: [],
    },
    market: { key: 'all', name: 'All markets', pooled: false, mix: [] },
    listings: 12,
    skillListings: 11,
    skills: [{ name: 'SQL', category: 'language', count: 9 }],
    pay: {
      n: 10,
      p10: 80_000,
      p25: 90_000,
      median: 100_000,
      p75: 110_000,
      p90: 120_000,
      currency: 'USD',
      period: 'year',
      basis: 'year',
      annualised: null,
      minSeniorityN: 10,
      bySeniority: [],
      lowConfidenceN: 10,
      minSkillN: 3,
      bySkill: [
        { name: 'Go', n: 4, median: 130_000, nWithout: 6, medianWithout: 95_000 },
        { name: 'SQL', n: 7, median: 101_000, nWithout: 3, medianWithout: 98_000 },
        { name: 'Excel', n: 10, median: 100_000, nWithout: 0, medianWithout: null },
      ],
      excluded: { invalid: 0, currency: 1, implausible: 0 },
    },
    seniority: [
      { level: 'intern', count: 0 },
      { level: 'entry', count: 2 },
      { level: 'mid', count: 4 },
      { level: 'senior', count: 5 },
      { level: 'lead', count: 1 },
      { level: 'executive', count: 0 },
      { level: 'unspecified', count: 0 },
    ],
    trend: {
      weeks: ['2024-W50', '2024-W51'],
      totals: [5, 7],
      skillTotals: [5, 6],
      test: { weeks: 4, confidence: 0.95, minMentions: 30 },
      skills: [
        { name: 'SQL', counts: [4, 5], verdict: 'steady', recent: { mentions: 0, listings: 0 }, earlier: { mentions: 0, listings: 0 } },
      ],
    },
    provenance: {
      generatedAt: '2025-01-01T00:00:00.000Z',
      source: 'hand-made',
      window: { from: '2024-12-09', to: '2024-12-20' },
      builderVersion: '0.1.0',
      reposts: 0,
      repostDays: 30,
      titlesOutsidePatterns: 0,
      constants: {
        hoursPerYear: 2080,
        daysPerYear: 260,
        weeksPerYear: 52,
        monthsPerYear: 12,
        plausibleMin: 10_000,
        plausibleMax: 2_000_000,
      },
    },
  };
}

/** The builder's sample bundles, as files store them. */
const demoFiles = (): [string, RoleBundleWire][] =>
  readdirSync(join(ROOT, 'demo/stats'))
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => [f, JSON.parse(readFileSync(join(ROOT, 'demo/stats', f), 'utf8')) as RoleBundleWire]);

test("encodeBundle(bundle) stores pay by skill as columns in the rows' order, without nWithout", () => {
  assert.deepEqual(encodeBundle(bundle()).pay!.bySkill, {
    name: ['Go', 'SQL', 'Excel'],
    n: [4, 7, 10],
    median: [130_000, 101_000, 100_000],
    medianWithout: [95_000, 98_000, null],
  });
});

test('encodeBundle(bundle) changes nothing else: same fields, same key order, input untouched', () => {
  const input = bundle();
  const wire = encodeBundle(input);
  assert.deepEqual(input, bundle());
  assert.deepEqual(Object.keys(wire), Object.keys(input));
  assert.deepEqual(Object.keys(wire.pay!), Object.keys(input.pay!));
  const { pay, ...rest } = wire;
  const { pay: inputPay, ...inputRest } = input;
  assert.deepEqual(rest, inputRest);
  assert.equal(rest.skills, inputRest.skills, "parts without columns are the input's own objects");
  const { bySkill, ...payRest } = pay!;
  const { bySkill: inputBySkill, ...inputPayRest } = inputPay!;
  assert.deepEqual(payRest, inputPayRest);
  assert.equal(bySkill.name.length, inputBySkill.length);
});

test('encodeBundle(bundle) writes a role without pay as pay null, and empty rows as empty columns', () => {
  assert.equal(encodeBundle({ ...bundle(), pay: null }).pay, null);
  const empty = bundle();
  empty.pay!.bySkill = [];
  assert.deepEqual(encodeBundle(empty).pay!.bySkill, { name: [], n: [], median: [], medianWithout: [] });
});

test('encodeBundle(bundle) refuses a row whose nWithout is not pay.n − n, which columns cannot keep', () => {
  const broken = bundle();
  broken.pay!.bySkill[1]!.nWithout = 2; // SQL: 10 − 7 = 3, not 2
  assert.throws(() => encodeBundle(broken), /^Error: pay\.bySkill\[1\]\.nWithout is 2, not 3 as a reader works it out$/);
});

test('decodeBundle(encodeBundle(bundle)) is the bundle, and validateBundle reads the written file back to it', () => {
  for (const b of [bundle(), validBundle(), { ...bundle(), pay: null }]) {
    assert.deepEqual(decodeBundle(encodeBundle(b)), b);
    const written = JSON.parse(serialise(encodeBundle(b)));
    const result = validateBundle(written);
    assert.ok(result.ok, result.ok ? '' : result.reason);
    assert.deepEqual(result.value, b);
    assert.deepEqual(decodeBundle(written), b);
  }
});

test('encodeBundle(decodeBundle(wire)) is the file again, for the hand-written fixture and every sample bundle', () => {
  const files: [string, RoleBundleWire][] = [['validWireBundle()', validWireBundle()], ...demoFiles()];
  assert.ok(files.length > 10, 'the sample bundles are there');
  for (const [name, wire] of files) {
    assert.deepEqual(encodeBundle(decodeBundle(wire)), wire, name);
    assert.equal(serialise(encodeBundle(decodeBundle(wire))), serialise(wire), `${name}: the same bytes`);
    const checked = validateBundle(wire);
    assert.ok(checked.ok, checked.ok ? '' : `${name}: ${checked.reason}`);
    assert.deepEqual(checked.value, decodeBundle(wire), `${name}: validateBundle decodes as decodeBundle does`);
  }
});

test('decodeBundle(rows) returns a bundle already in rows as it is', () => {
  const rows = validBundle();
  assert.equal(decodeBundle(rows), rows);
});

/** Pay by skill on `payN` salaried listings: any names, counts from 1 to payN, medians, nWithout = payN − n. */
const skillRows = (payN: number) =>
  fc
    .array(
      fc.record({
        name: fc.string({ maxLength: 12 }),
        n: fc.integer({ min: 1, max: payN }),
        median: fc.integer({ min: 1, max: 99_999_999 }),
        medianWithout: fc.option(fc.integer({ min: 1, max: 99_999_999 }), { nil: null }),
      }),
      { maxLength: 40 },
    )
    .map((rows): SkillPay[] => rows.map(({ name, n, median, medianWithout }) => ({ name, n, median, nWithout: payN - n, medianWithout })));

const withBySkill = (payN: number, rows: SkillPay[]): RoleBundle => {
  const b = validBundle();
  b.listings = Math.max(b.listings, payN);
  return { ...b, pay: { ...b.pay!, n: payN, bySkill: rows } };
};

test('decode(encode(bundle)) is the bundle for any pay by skill (fast-check)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5_000 }).chain((payN) => skillRows(payN).map((rows) => withBySkill(payN, rows))),
      (b) => {
        assert.deepEqual(decodeBundle(JSON.parse(JSON.stringify(encodeBundle(b)))), b);
      },
    ),
    { seed: 20241209, numRuns: 300 },
  );
});

test('encode(decode(file)) is the file for any columns of one length (fast-check)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5_000 }).chain((payN) => skillRows(payN).map((rows) => encodeBundle(withBySkill(payN, rows)))),
      (wire) => {
        const again = encodeBundle(decodeBundle(wire));
        assert.deepEqual(again, wire);
        assert.deepEqual(Object.keys(again.pay!.bySkill), ['name', 'n', 'median', 'medianWithout']);
      },
    ),
    { seed: 20241209, numRuns: 300 },
  );
});
