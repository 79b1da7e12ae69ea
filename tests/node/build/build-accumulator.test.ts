import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BuildAccumulator } from '../../../src/data/build/accumulate/build-accumulator';
import { DEFAULT_PAY_CONSTANTS } from '../../../src/data/build/pay/constants';
import { createRoleClassifier } from '../../../src/data/build/roles/role-classifier';
import { createSkillIndex } from '../../../src/data/build/skills/skill-index';
import { DEFAULT_ROLES, DEFAULT_SKILLS } from '../../../src/data/taxonomy/index';

const listings = [
  { id: 'b1', title: 'Senior Backend Engineer', postedAt: '2024-12-02', skills: ['aws', 'postgres'], salary: { min: 100_000, max: 140_000, currency: 'USD', period: 'year' } },
  { id: 'b2', title: 'Backend Engineer', postedAt: '2024-12-04T09:00:00Z', skills: ['AWS', 'python'], salary: { min: 50, max: 50, currency: 'USD', period: 'hour' } },
  { id: 'b3', title: 'Sr. Backend Developer', postedAt: '2024-12-10', skills: ['python'], salary: { min: 90_000, currency: 'USD', period: 'year' } },
  { id: 'b4', title: 'Backend Engineer II', postedAt: '2024-12-11', skills: ['aws', 'go'], salary: { min: 80_000, max: 80_000, currency: 'EUR', period: 'year' } },
  { id: 'b5', title: 'Lead Backend Engineer', postedAt: '2024-12-17', skills: ['golang', 'aws'], salary: { min: 60, currency: 'USD', period: 'year' } },
  { id: 'b6', title: 'Junior Backend Engineer', postedAt: '2024-12-18', skills: [] },
  { id: 'b1', title: 'Senior Backend Engineer', postedAt: '2024-12-19', skills: ['aws'] },
  { id: 'f1', title: 'Frontend Developer', postedAt: '2024-12-20', skills: ['react'], salary: { min: 5000, max: 7000, currency: 'USD', period: 'month' } },
];

function build() {
  const build = new BuildAccumulator({
    skills: createSkillIndex(DEFAULT_SKILLS),
    roles: createRoleClassifier(DEFAULT_ROLES),
    constants: DEFAULT_PAY_CONSTANTS,
    minSkillN: 2,
  });
  listings.forEach((l, i) => build.add(l, { file: 'fixture.ndjson', line: i + 1 }));
  build.reject('malformed', { file: 'fixture.ndjson', line: 9 }, 'not valid JSON');
  return build.finish({ generatedAt: '2025-01-01T00:00:00.000Z', source: 'hand-made' });
}

test('BuildAccumulator.finish() builds a role bundle whose figures match a hand count', () => {
  const backend = build().bundles.find((b) => b.role.slug === 'backend-engineer')!;
  // Six backend listings (b1–b6); the second b1 is a duplicate, f1 is frontend.
  assert.equal(backend.listings, 6);
  // AWS: b1 b2 b4 b5 = 4; Go: b4 b5 = 2; Python: b2 b3 = 2; PostgreSQL: b1 = 1. Ties by name.
  assert.deepEqual(backend.skills, [
    { name: 'AWS', category: 'cloud', count: 4 },
    { name: 'Go', category: 'language', count: 2 },
    { name: 'Python', category: 'language', count: 2 },
    { name: 'PostgreSQL', category: 'database', count: 1 },
  ]);
  // Senior: b1 b3; unspecified: b2; mid: b4 (II); lead: b5; entry: b6.
  assert.deepEqual(backend.seniority.map((s) => s.count), [0, 1, 1, 2, 1, 0, 1]);

  // Pay: USD is the most common currency (b1 b2 b3 b5 against b4's EUR). b5's 60 "a year" is
  // implausible. Used: b1 (100k+140k)/2 = 120,000; b2 50 × 2080 = 104,000; b3 90,000.
  // Sorted 90,000 104,000 120,000: p10 h=0.2 → 92,800; p25 h=0.5 → 97,000; median 104,000;
  // p75 h=1.5 → 112,000; p90 h=1.8 → 104,000 + 0.8×16,000 = 116,800.
  const pay = backend.pay!;
  assert.deepEqual(
    { n: pay.n, p10: pay.p10, p25: pay.p25, median: pay.median, p75: pay.p75, p90: pay.p90, currency: pay.currency, period: pay.period },
    { n: 3, p10: 92_800, p25: 97_000, median: 104_000, p75: 112_000, p90: 116_800, currency: 'USD', period: 'year' },
  );
  assert.deepEqual(pay.excluded, { invalid: 0, currency: 1, implausible: 1 });
  // Senior 90,000 and 120,000: p10 93,000, p25 97,500, median 105,000, p75 112,500, p90 117,000.
  assert.deepEqual(pay.bySeniority, [
    { level: 'senior', n: 2, p10: 93_000, p25: 97_500, median: 105_000, p75: 112_500, p90: 117_000 },
    { level: 'unspecified', n: 1, p10: 104_000, p25: 104_000, median: 104_000, p75: 104_000, p90: 104_000 },
  ]);
  // AWS in b1 b2: median 112,000, without (b3) 90,000. Python in b2 b3: 97,000, without (b1) 120,000.
  // PostgreSQL (b1 only) is under minSkillN = 2.
  assert.equal(pay.minSkillN, 2);
  assert.deepEqual(pay.bySkill, [
    { name: 'AWS', n: 2, median: 112_000, nWithout: 1, medianWithout: 90_000 },
    { name: 'Python', n: 2, median: 97_000, nWithout: 1, medianWithout: 120_000 },
  ]);

  // The trend ends with the build's last week (f1, 2024-12-20, W51) and goes back 12 weeks.
  assert.equal(backend.trend.weeks.length, 12);
  assert.equal(backend.trend.weeks[0], '2024-W40');
  assert.equal(backend.trend.weeks[11], '2024-W51');
  assert.deepEqual(backend.trend.totals.slice(9), [2, 2, 2]);
  assert.deepEqual(backend.trend.skills.map((s) => [s.name, s.counts.slice(9)]), [
    ['AWS', [2, 1, 1]],
    ['Go', [0, 1, 1]],
    ['Python', [1, 1, 0]],
    ['PostgreSQL', [1, 0, 0]],
  ]);
  assert.deepEqual(backend.provenance.window, { from: '2024-12-02', to: '2024-12-18' });
  assert.equal(backend.provenance.generatedAt, '2025-01-01T00:00:00.000Z');
  assert.equal(backend.provenance.source, 'hand-made');
  assert.deepEqual(backend.provenance.constants, DEFAULT_PAY_CONSTANTS);
  assert.equal(backend.role.title, 'Backend Engineer');
  assert.ok(!('patterns' in backend.role));
});

test('BuildAccumulator.finish() reconciles records read with listings used and rejected, and indexes the roles', () => {
  const { index, report } = build();
  // 9 records: 8 objects (one a duplicate id) and one malformed line.
  assert.equal(report.records, 9);
  assert.equal(report.used, 7);
  assert.deepEqual(report.rejected, { malformed: 1, 'missing-field': 0, 'duplicate-id': 1, 'unclassified-role': 0 });
  assert.deepEqual(report.examples.map((e) => `${e.file}:${e.line} ${e.reason}`), ['fixture.ndjson:7 duplicate-id', 'fixture.ndjson:9 malformed']);
  assert.deepEqual(report.files, [{ file: 'fixture.ndjson', records: 9, used: 7, rejected: 2 }]);
  // Frontend: f1 alone, (5000 + 7000) / 2 × 12 = 72,000.
  assert.deepEqual(index, {
    schemaVersion: index.schemaVersion,
    generatedAt: '2025-01-01T00:00:00.000Z',
    roles: [
      { slug: 'backend-engineer', title: 'Backend Engineer', listings: 6, medianPay: 104_000, currency: 'USD' },
      { slug: 'frontend-engineer', title: 'Frontend Engineer', listings: 1, medianPay: 72_000, currency: 'USD' },
    ],
  });
});

test('BuildAccumulator with a forced currency counts every other currency as excluded', () => {
  const build = new BuildAccumulator({
    skills: createSkillIndex(DEFAULT_SKILLS),
    roles: createRoleClassifier(DEFAULT_ROLES),
    constants: DEFAULT_PAY_CONSTANTS,
    minSkillN: 3,
    currency: 'EUR',
  });
  listings.forEach((l, i) => build.add(l, { file: 'f', line: i + 1 }));
  const pay = build.finish({ generatedAt: '2025-01-01T00:00:00.000Z', source: 's' }).bundles.find((b) => b.role.slug === 'backend-engineer')!.pay!;
  // Only b4 pays in EUR (80,000). b1 b2 b3 and the implausible b5 are in USD: 4 left out for currency.
  assert.equal(pay.currency, 'EUR');
  assert.equal(pay.median, 80_000);
  assert.deepEqual(pay.excluded, { invalid: 0, currency: 4, implausible: 0 });
});
