import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialise } from '../../../src/data/build/bundle/serialise';
import { skillPayColumns, wireBundle } from '../../../src/data/build/bundle/wire-bundle';
import type { RoleBundle } from '../../../src/data/bundle/types';
import { validateBundle } from '../../../src/data/bundle/validate';

/**
 * A small in-memory bundle. pay.n = 10; pay by skill, highest median first:
 * Go 4 (+ 6 without = 10), SQL 7 (+ 3 = 10), Excel 10 (+ 0 = 10, so no median without it).
 */
function bundle(): RoleBundle {
  return {
    schemaVersion: '2.0.0',
    role: { slug: 'data-engineer', title: 'Data Engineer', description: 'Builds pipelines.', fit: 'A fit if you like plumbing.', related: [], path: [] },
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
      skills: [{ name: 'SQL', counts: [4, 5], verdict: 'steady', recent: { mentions: 0, listings: 0 }, earlier: { mentions: 0, listings: 0 } }],
    },
    provenance: {
      generatedAt: '2025-01-01T00:00:00.000Z',
      source: 'hand-made',
      window: { from: '2024-12-09', to: '2024-12-20' },
      builderVersion: '0.1.0',
      reposts: 0,
      repostDays: 30,
      titlesOutsidePatterns: 0,
      constants: { hoursPerYear: 2080, daysPerYear: 260, weeksPerYear: 52, monthsPerYear: 12, plausibleMin: 10_000, plausibleMax: 2_000_000 },
    },
  };
}

test('wireBundle(bundle) stores pay by skill as columns in the rows\' order, without nWithout', () => {
  assert.deepEqual(wireBundle(bundle()).pay!.bySkill, {
    name: ['Go', 'SQL', 'Excel'],
    n: [4, 7, 10],
    median: [130_000, 101_000, 100_000],
    medianWithout: [95_000, 98_000, null],
  });
});

test('wireBundle(bundle) changes nothing else: same fields, same key order, input untouched', () => {
  const input = bundle();
  const wire = wireBundle(input);
  assert.deepEqual(input, bundle());
  assert.deepEqual(Object.keys(wire), Object.keys(input));
  assert.deepEqual(Object.keys(wire.pay!), Object.keys(input.pay!));
  const { pay, ...rest } = wire;
  const { pay: inputPay, ...inputRest } = input;
  assert.deepEqual(rest, inputRest);
  const { bySkill, ...payRest } = pay!;
  const { bySkill: inputBySkill, ...inputPayRest } = inputPay!;
  assert.deepEqual(payRest, inputPayRest);
  assert.equal(bySkill.name.length, inputBySkill.length);
});

test('wireBundle(bundle) writes a role without pay as pay null', () => {
  assert.equal(wireBundle({ ...bundle(), pay: null }).pay, null);
});

test('skillPayColumns(rows, payN) refuses a row whose nWithout is not payN − n, which columns cannot keep', () => {
  const rows = bundle().pay!.bySkill;
  assert.deepEqual(skillPayColumns([], 10), { name: [], n: [], median: [], medianWithout: [] });
  rows[1]!.nWithout = 2; // SQL: 10 − 7 = 3, not 2
  assert.throws(() => skillPayColumns(rows, 10), /pay\.bySkill "SQL": nWithout 2 is not pay\.n 10 minus n 7/);
});

test('validateBundle(json) reads back exactly the bundle wireBundle(bundle) wrote', () => {
  const written = JSON.parse(serialise(wireBundle(bundle())));
  const result = validateBundle(written);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  assert.deepEqual(result.value, bundle());
});
