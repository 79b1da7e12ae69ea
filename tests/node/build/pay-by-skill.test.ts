import assert from 'node:assert/strict';
import { test } from 'node:test';
import { payBySkill } from '../../../src/data/build/stats/pay-by-skill';

const records = [
  { pay: 100, skills: ['A', 'B'] },
  { pay: 200, skills: ['A'] },
  { pay: 300, skills: ['A', 'C'] },
  { pay: 400, skills: ['B'] },
  { pay: 500, skills: ['B', 'C'] },
];

test('payBySkill(records, minN) gives the median with and without each skill, highest median first, ties by name', () => {
  // A: with 100 200 300 → 200; without 400 500 → 450.
  // B: with 100 400 500 → 400; without 200 300 → 250.
  // C: with 300 500 → 400; without 100 200 400 → 200.  B and C tie at 400: B first by name.
  assert.deepEqual(payBySkill(records, 2), [
    { name: 'B', n: 3, median: 400, nWithout: 2, medianWithout: 250 },
    { name: 'C', n: 2, median: 400, nWithout: 3, medianWithout: 200 },
    { name: 'A', n: 3, median: 200, nWithout: 2, medianWithout: 450 },
  ]);
});

test('payBySkill(records, minN) leaves out skills with fewer than minN salaried listings (3 by default)', () => {
  assert.deepEqual(payBySkill(records).map((s) => s.name), ['B', 'A']);
});

test('payBySkill(records, minN) gives a null median without the skill when every listing has it, and counts a skill once per listing', () => {
  // X appears twice in the first listing but counts once: with 10 20 30 → 20, nobody without it.
  const all = [{ pay: 10, skills: ['X', 'X'] }, { pay: 20, skills: ['X'] }, { pay: 30, skills: ['X'] }];
  assert.deepEqual(payBySkill(all, 3), [{ name: 'X', n: 3, median: 20, nWithout: 0, medianWithout: null }]);
});

test('payBySkill(records, minN) rounds medians half up after taking them exactly', () => {
  // with: 100.2 and 100.8 → 100.5 → 101; without: 50.25 → 50.
  const rows = payBySkill([{ pay: 100.2, skills: ['Y'] }, { pay: 100.8, skills: ['Y'] }, { pay: 50.25, skills: [] }], 2);
  assert.deepEqual(rows, [{ name: 'Y', n: 2, median: 101, nWithout: 1, medianWithout: 50 }]);
});
