import assert from 'node:assert/strict';
import test from 'node:test';
import { isCalendarDay } from '../../../src/data/bundle/calendar-day.js';
import { testSides } from '../../../src/data/bundle/trend-sides.js';

test('isCalendarDay(year, month, day) accepts the days each month has, 29 February in leap years only', () => {
  for (const [y, m, d] of [
    [2024, 1, 31],
    [2024, 2, 29],
    [2000, 2, 29],
    [2023, 4, 30],
    [2024, 12, 31],
    [1990, 1, 1],
  ] as const)
    assert.equal(isCalendarDay(y, m, d), true, `${y}-${m}-${d}`);
  for (const [y, m, d] of [
    [2023, 2, 29],
    [1900, 2, 29],
    [2024, 2, 30],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 10],
    [2024, 5, 0],
    [2024, 99, 99],
  ] as const)
    assert.equal(isCalendarDay(y, m, d), false, `${y}-${m}-${d}`);
});

test('testSides(perWeek, weeks) sums the last weeks and the weeks before them', () => {
  assert.deepEqual(testSides([1, 2, 3, 4, 5], 2), [4 + 5, 2 + 3]);
  assert.deepEqual(testSides([7, 1, 2], 1), [2, 1]);
  // Fewer weeks than both sides need: the earlier side holds what there is.
  assert.deepEqual(testSides([3, 4, 5], 2), [4 + 5, 3]);
});
