import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weeklyTrend } from '../../../src/data/build/stats/weekly-trend';
import { isoWeekIndex, isoWeekLabel } from '../../../src/data/build/time/iso-week';

const week = (date: string) => isoWeekIndex(Date.parse(`${date}T12:00:00Z`));

test('isoWeekLabel(isoWeekIndex(ms)) names the ISO week (Monday to Sunday, UTC), with the year of its Thursday', () => {
  assert.equal(isoWeekLabel(week('2021-01-03')), '2020-W53'); // a Sunday: last day of 2020's 53rd week
  assert.equal(isoWeekLabel(week('2021-01-04')), '2021-W01');
  assert.equal(isoWeekLabel(week('2024-12-30')), '2025-W01'); // a Monday in December, already 2025's first week
  assert.equal(isoWeekLabel(week('2026-01-01')), '2026-W01');
  assert.equal(isoWeekLabel(week('1970-01-01')), '1970-W01');
  assert.equal(isoWeekIndex(Date.parse('2024-12-29T23:59:59Z')) + 1, isoWeekIndex(Date.parse('2024-12-30T00:00:00Z')));
});

test('weeklyTrend(totals, skillCounts, skills, lastWeek, weeks) covers the last weeks oldest first, zeros included', () => {
  const w51 = week('2024-12-18');
  const w01 = week('2024-12-31');
  const totals = new Map([[w51, 4], [w01, 2], [week('2024-11-01'), 9]]);
  const skillCounts = new Map([[w51, new Map([['SQL', 3], ['AWS', 1]])], [w01, new Map([['AWS', 2]])]]);
  // Three weeks ending with 2025-W01: W51, W52 (no listings) and W01. The November week is outside.
  assert.deepEqual(weeklyTrend(totals, skillCounts, ['AWS', 'SQL'], w01, 3), {
    weeks: ['2024-W51', '2024-W52', '2025-W01'],
    totals: [4, 0, 2],
    skills: [
      { name: 'AWS', counts: [1, 0, 2] },
      { name: 'SQL', counts: [3, 0, 0] },
    ],
  });
  assert.equal(weeklyTrend(totals, skillCounts, [], w01).weeks.length, 12);
});
