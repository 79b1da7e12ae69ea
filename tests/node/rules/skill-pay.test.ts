// Rule 5 of docs/methodology.md (Skill pay): a skill is listed in pay by skill when at least
// max(3, 1% of the slice's headline salaries) of them mention it (the floor is `min_n`). Each entry
// carries its n and median and the n and median of the headline salaries without it. Order: median
// descending, then name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregatesOf } from '../helpers/engine.js';

const yearly = (id: string, amount: number, skills: string[] = []) => ({
  id,
  title: 'Data Analyst',
  postedAt: '2025-03-03',
  skills,
  salary: { min: amount, currency: 'USD', period: 'year' },
});

// 350 headline salaries:
//   plain-0 … plain-338 (339): 40,000 + 100·k, no skills;
//   s1–s4: Python and SQL, 100k, 110k, 120k, 130k;
//   s5: Tableau and Excel, 90k; s6, s7: Tableau, 90k each;
//   s8–s11: Excel, 80k, 82k, 84k, 86k.
// An hourly salary with Tableau is annualised, not headline: it counts neither for n nor for Tableau.
const LISTINGS = [
  ...Array.from({ length: 339 }, (_, k) => yearly(`plain-${k}`, 40_000 + 100 * k)),
  yearly('s1', 100_000, ['python', 'sql']),
  yearly('s2', 110_000, ['python', 'sql']),
  yearly('s3', 120_000, ['python', 'sql']),
  yearly('s4', 130_000, ['python', 'sql']),
  yearly('s5', 90_000, ['tableau', 'excel']),
  yearly('s6', 90_000, ['tableau']),
  yearly('s7', 90_000, ['tableau']),
  yearly('s8', 80_000, ['excel']),
  yearly('s9', 82_000, ['excel']),
  yearly('s10', 84_000, ['excel']),
  yearly('s11', 86_000, ['excel']),
  {
    id: 'hourly',
    title: 'Data Analyst',
    postedAt: '2025-03-03',
    skills: ['tableau'],
    salary: { min: 50, currency: 'USD', period: 'hour' },
  },
];

test('skill-pay: the floor is max(3, ceil(1% of the headline n)): 350 salaries → 4, so a skill with 3 is left out', async () => {
  const a = await aggregatesOf(LISTINGS);
  const p = a.pay.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.n, 350);
  assert.equal(p.annualised_n, 1);
  // ceil(0.01 × 350) = ceil(3.5) = 4 > 3.
  assert.deepEqual(
    a.pay_skill_floor.map((f) => [f.role, f.market, f.min_n]),
    [['data-analyst', 'all', 4]],
  );
  // Python 4, SQL 4, Excel 5 are listed; Tableau has 3 headline salaries (s5–s7) and is not.
  assert.deepEqual(a.pay_by_skill.map((s) => s.skill).sort(), ['Excel', 'Python', 'SQL']);
});

test('skill-pay: each entry has n and median with the skill, n_without and median_without, ranked by median descending then name', async () => {
  const a = await aggregatesOf(LISTINGS);
  // Python: 100, 110, 120, 130 (k) → median (110k + 120k) / 2 = 115,000. SQL: the same four → 115,000.
  // Excel: 80, 82, 84, 86, 90 (k) → median 84,000.
  // Python without (346): the 339 plain (40,000 … 73,800) then 80k, 82k, 84k, 86k, 90k × 3.
  //   R-7 median h = 345 / 2 = 172.5 → between plain-172 (57,200) and plain-173 (57,300) = 57,250.
  // SQL without: the same 346 → 57,250.
  // Excel without (345): the 339 plain then 90k × 2, 100k, 110k, 120k, 130k.
  //   h = 344 / 2 = 172 → plain-172 = 57,200.
  // Rank: Python and SQL tie at 115,000, by name Python first; Excel third.
  assert.deepEqual(
    a.pay_by_skill.map((s) => [s.rank, s.skill, s.n, s.median, s.n_without, s.median_without]),
    [
      [1, 'Python', 4, 115_000, 346, 57_250],
      [2, 'SQL', 4, 115_000, 346, 57_250],
      [3, 'Excel', 5, 84_000, 345, 57_200],
    ],
  );
});

test('skill-pay: with few salaries the floor is 3 (3 salaries listed, 2 not)', async () => {
  // 5 headline salaries: ceil(0.05) = 1 < 3, floor 3. Python on 3 (60k, 70k, 80k → median 70,000,
  // without: 40k, 50k → 45,000); SQL on 2: not listed.
  const a = await aggregatesOf([
    yearly('a', 40_000, ['sql']),
    yearly('b', 50_000, ['sql']),
    yearly('c', 60_000, ['python']),
    yearly('d', 70_000, ['python']),
    yearly('e', 80_000, ['python']),
  ]);
  assert.deepEqual(
    a.pay_skill_floor.map((f) => f.min_n),
    [3],
  );
  assert.deepEqual(
    a.pay_by_skill.map((s) => [s.rank, s.skill, s.n, s.median, s.n_without, s.median_without]),
    [[1, 'Python', 3, 70_000, 2, 45_000]],
  );
});

test('skill-pay: a share that makes a whole count is that count (7% of 100 and 300), not one more', async () => {
  // In floating point 100 × 0.07 = 7.000000000000001 and 300 × 0.07 = 21.000000000000004, whose
  // ceilings are 8 and 22. Worked as decimals: 7 and 21. 29% of 100 (28.999999999999996 as a
  // double) must stay 29.
  for (const [n, share, floor] of [
    [100, 0.07, 7],
    [300, 0.07, 21],
    [100, 0.29, 29],
  ] as const) {
    const a = await aggregatesOf(
      Array.from({ length: n }, (_, k) => yearly(`p-${k}`, 50_000 + k, k < floor ? ['python'] : [])),
      { rules: { minSkillPayShare: share } },
    );
    assert.deepEqual(
      a.pay_skill_floor.map((f) => f.min_n),
      [floor],
      `${share} of ${n}`,
    );
    assert.deepEqual(
      a.pay_by_skill.map((s) => [s.skill, s.n]),
      [['Python', floor]],
      `Python on exactly ${floor} of ${n} salaries is listed`,
    );
  }
});
