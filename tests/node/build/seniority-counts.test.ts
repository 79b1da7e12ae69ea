import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seniorityCounts } from '../../../src/data/build/stats/seniority-counts';

test('seniorityCounts(counts) lists every level in career order with zeros', () => {
  assert.deepEqual(seniorityCounts({ senior: 3, entry: 1 }), [
    { level: 'intern', count: 0 },
    { level: 'entry', count: 1 },
    { level: 'mid', count: 0 },
    { level: 'senior', count: 3 },
    { level: 'lead', count: 0 },
    { level: 'executive', count: 0 },
    { level: 'unspecified', count: 0 },
  ]);
});
