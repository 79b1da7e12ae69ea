import assert from 'node:assert/strict';
import { test } from 'node:test';
import { payBySeniority } from '../../../src/data/build/stats/pay-by-seniority';

test('payBySeniority(records) gives percentiles per level in career order, leaving out levels without pay', () => {
  const records = [
    { pay: 300, level: 'senior' as const },
    { pay: 120, level: 'unspecified' as const },
    { pay: 100, level: 'senior' as const },
    { pay: 50, level: 'entry' as const },
    { pay: 80, level: 'unspecified' as const },
    { pay: 200, level: 'senior' as const },
  ];
  // entry: 50 alone. senior: 100 200 300 → p10 h=0.2 → 120, p25 h=0.5 → 150, median 200, p75 h=1.5 → 250,
  // p90 h=1.8 → 280. unspecified: 80 120 → p10 h=0.1 → 84, p25 → 90, median 100, p75 110, p90 116.
  assert.deepEqual(payBySeniority(records), [
    { level: 'entry', n: 1, p10: 50, p25: 50, median: 50, p75: 50, p90: 50 },
    { level: 'senior', n: 3, p10: 120, p25: 150, median: 200, p75: 250, p90: 280 },
    { level: 'unspecified', n: 2, p10: 84, p25: 90, median: 100, p75: 110, p90: 116 },
  ]);
  assert.deepEqual(payBySeniority([]), []);
});
