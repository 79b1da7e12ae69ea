import assert from 'node:assert/strict';
import { test } from 'node:test';
import { payPercentiles } from '../../../src/data/build/stats/pay-percentiles';

test('payPercentiles(values) uses R-7 quantiles', () => {
  // Sorted: 10 20 30 40 50, n = 5. R-7 position h = (n - 1) p, interpolating between neighbours:
  // p10 h=0.4 → 10 + 0.4×10 = 14; p25 h=1 → 20; median h=2 → 30; p75 h=3 → 40; p90 h=3.6 → 40 + 0.6×10 = 46.
  assert.deepEqual(payPercentiles([30, 10, 50, 20, 40]), { n: 5, p10: 14, p25: 20, median: 30, p75: 40, p90: 46 });
  // 100 200 300 1000, n = 4: p10 h=0.3 → 130; p25 h=0.75 → 175; median h=1.5 → 250;
  // p75 h=2.25 → 300 + 0.25×700 = 475; p90 h=2.7 → 300 + 0.7×700 = 790.
  assert.deepEqual(payPercentiles([1000, 100, 300, 200]), { n: 4, p10: 130, p25: 175, median: 250, p75: 475, p90: 790 });
});

test('payPercentiles(values) rounds after the exact quantile, not before', () => {
  // 10.3 10.3 10.3 11.3: p75 h=2.25 → 10.3 + 0.25×1 = 10.55 → 11. Rounding the values first
  // (10 10 10 11) would give 10.25 → 10. p90 h=2.7 → 11.0 → 11; the rest are 10.3 → 10.
  assert.deepEqual(payPercentiles([10.3, 10.3, 10.3, 11.3]), { n: 4, p10: 10, p25: 10, median: 10, p75: 11, p90: 11 });
});

test('payPercentiles(values) skips values that are not finite numbers and is undefined when none are left', () => {
  assert.deepEqual(payPercentiles([NaN, 5, Infinity]), { n: 1, p10: 5, p25: 5, median: 5, p75: 5, p90: 5 });
  assert.equal(payPercentiles([]), undefined);
  assert.equal(payPercentiles([NaN]), undefined);
});
