// Rule 7 of docs/methodology.md (Trends): only complete ISO weeks (Monday–Sunday, UTC) wholly inside
// the data window (first to last posting day of every accepted listing) count; the last 12 are
// kept. A skill's verdict compares its share of skill-carrying listings in the last 4 complete
// weeks with the 4 before by a two-sided pooled two-proportion z-test: "rising"/"falling" only when
// |z| ≥ 1.96 and each side has at least 30 mentions; otherwise (or with fewer than 8 weeks) "steady".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregatesOf } from '../helpers/engine.js';

const DAY = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** One data-analyst listing a day from `first` to `last` inclusive, each with a skills list. */
function daily(first: string, last: string) {
  const out = [];
  for (let day = first, i = 0; day <= last; day = addDays(day, 1), i++) {
    out.push({ id: `d${i}`, title: 'Data Analyst', postedAt: day, skills: ['sql'] });
  }
  return out;
}

test('trends: data from a Wednesday to a Tuesday keeps only the complete Monday–Sunday weeks between, labelled by ISO week (2024-12-30 is 2025-W01)', async () => {
  // Wed 2024-12-25 … Tue 2025-01-28. The week of Mon 2024-12-23 starts before the data (partial),
  // the week of Mon 2025-01-27 ends after it (partial). Complete: Mon 2024-12-30 (ISO 2025-W01,
  // since 2025-01-01 is a Wednesday, the week holding it is week 1), 2025-01-06 (W02),
  // 2025-01-13 (W03), 2025-01-20 (W04, to Sun 2025-01-26).
  const a = await aggregatesOf(daily('2024-12-25', '2025-01-28'));
  assert.deepEqual(
    a.week.map((w) => [w.position, w.week, w.label]),
    [
      [1, '2024-12-30', '2025-W01'],
      [2, '2025-01-06', '2025-W02'],
      [3, '2025-01-13', '2025-W03'],
      [4, '2025-01-20', '2025-W04'],
    ],
  );
  // One listing a day: 7 in each complete week; the 5 + 2 listings of the partial weeks are in no week.
  const weeks = a.trend_week.filter((w) => w.role === 'data-analyst' && w.market === 'all');
  assert.deepEqual(
    weeks.map((w) => [w.week, w.listings, w.skill_listings]),
    [
      ['2024-12-30', 7, 7],
      ['2025-01-06', 7, 7],
      ['2025-01-13', 7, 7],
      ['2025-01-20', 7, 7],
    ],
  );
  // Fewer than 8 complete weeks: steady.
  assert.deepEqual(
    a.trend_verdict.map((v) => [v.skill, v.verdict]),
    [['SQL', 'steady']],
  );
});

test('trends: at most the last 12 complete weeks are kept', async () => {
  // Wed 2024-09-04 … Tue 2025-01-28: complete weeks Mon 2024-09-09 … Mon 2025-01-20, that is
  // (133 days / 7) + 1 = 20 weeks. The last 12 start 11 weeks before 2025-01-20: Mon 2024-11-04.
  // 2024-01-01 is a Monday, so ISO 2024-W01 starts on it; 2024-11-04 is day 309 of 2024:
  // week (309 − 1) / 7 + 1 = 45. Labels run 2024-W45 … 2024-W52 (Mon 2024-12-23), then 2025-W01 … W04.
  const a = await aggregatesOf(daily('2024-09-04', '2025-01-28'));
  assert.equal(a.week.length, 12);
  assert.deepEqual(
    a.week.map((w) => w.label),
    [
      '2024-W45',
      '2024-W46',
      '2024-W47',
      '2024-W48',
      '2024-W49',
      '2024-W50',
      '2024-W51',
      '2024-W52',
      '2025-W01',
      '2025-W02',
      '2025-W03',
      '2025-W04',
    ],
  );
  assert.equal(a.week[0]!.week, '2024-11-04');
  assert.equal(a.week[11]!.week, '2025-01-20');
  assert.deepEqual(
    a.week.map((w) => w.position),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
});

/**
 * 8 complete weeks, Mon 2025-01-06 … Sun 2025-03-02: `perSide` listings in weeks 1–4 (earlier)
 * and `perSide` in weeks 5–8 (recent). Listing i of a side goes to week i mod 4 of the side, on
 * day ⌊i / 4⌋ mod 7 of that week, so every day of the window has listings and the window is exactly
 * the 8 weeks. Every listing lists SQL; Python is on the first `python[side]` of each side and
 * Tableau on the first `tableau[side]`.
 */
function eightWeeks(perSide: number, python: { earlier: number; recent: number }, tableau: { earlier: number; recent: number }) {
  const out = [];
  for (const [side, start] of [
    ['earlier', '2025-01-06'],
    ['recent', '2025-02-03'],
  ] as const) {
    for (let i = 0; i < perSide; i++) {
      const skills = ['sql'];
      if (i < python[side]) skills.push('python');
      if (i < tableau[side]) skills.push('tableau');
      out.push({ id: `${side}-${i}`, title: 'Data Analyst', postedAt: addDays(start, 7 * (i % 4) + (Math.floor(i / 4) % 7)), skills });
    }
  }
  return out;
}

test('trends: a share going from 30/100 to 60/100 (≥ 30 mentions each side) is rising, 60/100 to 30/100 falling', async () => {
  // Python: earlier x2 = 30 of n2 = 100, recent x1 = 60 of n1 = 100.
  //   pooled p = (60 + 30) / (100 + 100) = 0.45; p(1 − p) = 0.2475;
  //   SE = √(0.2475 × (1/100 + 1/100)) = √0.00495 ≈ 0.070356;
  //   z = (0.60 − 0.30) / 0.070356 ≈ 4.264 ≥ 1.96, and 30 ≥ 30, 60 ≥ 30 → rising.
  // Tableau: earlier 60/100, recent 30/100: z ≈ −4.264 → falling.
  // SQL: on every listing (p = 1): no test possible → steady.
  const a = await aggregatesOf(eightWeeks(100, { earlier: 30, recent: 60 }, { earlier: 60, recent: 30 }));
  assert.deepEqual(
    a.week.map((w) => w.week),
    ['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27', '2025-02-03', '2025-02-10', '2025-02-17', '2025-02-24'],
  );
  const v = Object.fromEntries(a.trend_verdict.map((r) => [r.skill, r]));
  assert.deepEqual(
    [v.Python!.verdict, v.Python!.recent_mentions, v.Python!.recent_listings, v.Python!.earlier_mentions, v.Python!.earlier_listings],
    ['rising', 60, 100, 30, 100],
  );
  assert.deepEqual(
    [v.Tableau!.verdict, v.Tableau!.recent_mentions, v.Tableau!.recent_listings, v.Tableau!.earlier_mentions, v.Tableau!.earlier_listings],
    ['falling', 30, 100, 60, 100],
  );
  assert.equal(v.SQL!.verdict, 'steady');
});

test('trends: the same shares with fewer than 30 mentions on a side are steady', async () => {
  // 90 listings a side. Python: earlier 27/90 (0.30), recent 54/90 (0.60).
  //   p = 81 / 180 = 0.45; SE = √(0.2475 × (2/90)) = √0.0055 ≈ 0.074162; z = 0.30 / 0.074162 ≈ 4.045 ≥ 1.96,
  //   but the earlier side has 27 < 30 mentions → steady. Tableau (54 → 27) likewise steady.
  const a = await aggregatesOf(eightWeeks(90, { earlier: 27, recent: 54 }, { earlier: 54, recent: 27 }));
  assert.equal(a.week.length, 8);
  const v = Object.fromEntries(a.trend_verdict.map((r) => [r.skill, r]));
  assert.deepEqual([v.Python!.verdict, v.Python!.recent_mentions, v.Python!.earlier_mentions], ['steady', 54, 27]);
  assert.deepEqual([v.Tableau!.verdict, v.Tableau!.recent_mentions, v.Tableau!.earlier_mentions], ['steady', 27, 54]);
});
