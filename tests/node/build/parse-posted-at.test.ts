import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePostedAt } from '../../../src/data/build/time/parse-posted-at';

test('parsePostedAt(value) reads ISO dates and date-times, as UTC when no offset is given', () => {
  assert.equal(parsePostedAt('2024-09-01'), Date.UTC(2024, 8, 1));
  assert.equal(parsePostedAt('2024-09-01T08:30:00Z'), Date.UTC(2024, 8, 1, 8, 30));
  assert.equal(parsePostedAt('2024-09-01T08:30'), Date.UTC(2024, 8, 1, 8, 30));
  assert.equal(parsePostedAt('2024-09-01T08:30:00+02:00'), Date.UTC(2024, 8, 1, 6, 30));
  assert.equal(parsePostedAt('2024-09-01T08:30:00.250-0100'), Date.UTC(2024, 8, 1, 9, 30, 0, 250));
});

test('parsePostedAt(value) rejects what is not an ISO date', () => {
  for (const bad of ['2024-02-30', '09/01/2024', 'yesterday', '2024-13-01', '2024-09-01T25:00', '', 1725148800000, null]) {
    assert.equal(parsePostedAt(bad), undefined, String(bad));
  }
});
