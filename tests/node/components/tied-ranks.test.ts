/**
 * withTiedRanks(sorted, value): standard competition ranks, checked against a second method, a rank
 * counted as one plus the number of items with a strictly better value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTiedRanks } from '../../../src/components/shared/tied-ranks.js';

const byCounting = (values: number[]) => values.map((v) => 1 + values.filter((w) => w > v).length);

test('withTiedRanks(sorted, value) gives a tie one rank and skips the ranks it takes', () => {
  assert.deepEqual(
    withTiedRanks([30, 22, 16, 16, 14, 14, 12], (n) => n).map(([, rank]) => rank),
    [1, 2, 3, 3, 5, 5, 7],
  );
  assert.deepEqual(
    withTiedRanks([9, 9, 9], (n) => n).map(([, rank]) => rank),
    [1, 1, 1],
  );
  assert.deepEqual(
    withTiedRanks([], (n: number) => n).map(([, rank]) => rank),
    [],
  );
});

test('withTiedRanks(sorted, value) reads the value through its accessor', () => {
  const skills = [
    { name: 'Excel', count: 39 },
    { name: 'SQL', count: 39 },
    { name: 'Python', count: 20 },
  ];
  assert.deepEqual(
    withTiedRanks(skills, (s) => s.count).map(([, rank]) => rank),
    [1, 1, 3],
  );
});

test('withTiedRanks(sorted, value) agrees with counting the better values, for random sorted lists', () => {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) % 6;
  for (let round = 0; round < 200; round++) {
    const values = Array.from({ length: 1 + (round % 12) }, next).sort((a, b) => b - a);
    assert.deepEqual(
      withTiedRanks(values, (n) => n).map(([, rank]) => rank),
      byCounting(values),
    );
  }
});
