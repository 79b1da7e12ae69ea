// Rule 6 of docs/methodology.md (Pay by seniority): a level with fewer than 10 headline salaries
// carries its n only, no percentiles. Percentiles are R-7, then rounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregatesOf } from '../helpers/engine.js';

const paid = (id: string, seniority: string, min: number, period = 'year') => ({
  id,
  title: 'Data Analyst',
  postedAt: '2025-03-03',
  seniority,
  salary: { min, currency: 'USD', period },
});

test('pay-by-seniority: a level with 9 headline salaries has null percentiles, one with 10 has them (R-7)', async () => {
  const a = await aggregatesOf([
    // senior: 10 yearly salaries 100,000, 110,000, … 190,000.
    ...Array.from({ length: 10 }, (_, k) => paid(`senior-${k}`, 'senior', 100_000 + 10_000 * k)),
    // mid: 9 yearly salaries 50,000 … 90,000 (step 5,000), and a 10th stated per hour
    // (40 × 2080 = 83,200): annualised, not headline, so mid still has 9.
    ...Array.from({ length: 9 }, (_, k) => paid(`mid-${k}`, 'mid', 50_000 + 5_000 * k)),
    paid('mid-hourly', 'mid', 40, 'hour'),
  ]);
  const rows = a.pay_by_seniority.filter((r) => r.role === 'data-analyst' && r.market === 'all');
  // Levels with at least one headline salary, in career order (mid before senior); no entry row.
  assert.deepEqual(
    rows.map((r) => r.level),
    ['mid', 'senior'],
  );
  const mid = rows.find((r) => r.level === 'mid')!;
  assert.deepEqual([mid.n, mid.p10, mid.p25, mid.median, mid.p75, mid.p90], [9, null, null, null, null, null]);
  // senior, R-7 with h = 9·q over 100k … 190k (step 10k):
  //   p10 h 0.9 → 100,000 + 0.9 × 10,000 = 109,000
  //   p25 h 2.25 → 120,000 + 0.25 × 10,000 = 122,500
  //   median h 4.5 → (140,000 + 150,000) / 2 = 145,000
  //   p75 h 6.75 → 160,000 + 0.75 × 10,000 = 167,500
  //   p90 h 8.1 → 180,000 + 0.1 × 10,000 = 181,000
  const senior = rows.find((r) => r.level === 'senior')!;
  assert.deepEqual(
    [senior.n, senior.p10, senior.p25, senior.median, senior.p75, senior.p90],
    [10, 109_000, 122_500, 145_000, 167_500, 181_000],
  );
});
