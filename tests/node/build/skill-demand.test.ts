import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skillDemand } from '../../../src/data/build/stats/skill-demand';

const category = (name: string) => (name === 'SQL' ? 'language' : 'cloud');

test('skillDemand(counts, categoryOf, limit) ranks by listings, ties by name, and stops at the limit', () => {
  const counts = new Map([['SQL', 3], ['AWS', 5], ['Go', 3], ['Zig', 0]]);
  assert.deepEqual(skillDemand(counts, category, 2), [
    { name: 'AWS', category: 'cloud', count: 5 },
    { name: 'Go', category: 'cloud', count: 3 },
  ]);
  assert.deepEqual(skillDemand(counts, category).map((s) => s.name), ['AWS', 'Go', 'SQL']);
});

test('skillDemand(counts, categoryOf) keeps the top 30 by default', () => {
  const counts = Array.from({ length: 35 }, (_, i) => [`skill-${String(i).padStart(2, '0')}`, 100 - i] as const);
  const top = skillDemand(counts, () => 'other');
  assert.equal(top.length, 30);
  assert.equal(top[29].name, 'skill-29');
});

test('skillDemand(counts, categoryOf) breaks ties by code unit, the same in every locale', () => {
  // Upper case sorts before lower case by code unit: "AWS" < "Airflow" < "aws".
  assert.deepEqual(skillDemand([['aws', 1], ['Airflow', 1], ['AWS', 1]], () => 'x').map((s) => s.name), ['AWS', 'Airflow', 'aws']);
});
