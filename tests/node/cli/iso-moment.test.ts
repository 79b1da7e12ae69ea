import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asOf } from '../../../src/cli/commands/build-options.js';
import { parseIsoMoment } from '../../../src/cli/commands/iso-moment.js';

const never = () => {
  throw new Error('now() is only for a build without --as-of');
};

test('parseIsoMoment reads a date, or a date-time without an offset, as UTC', () => {
  // 2025-06-01 is 20,240 days after 1970-01-01 (55 years, 14 of them leap: 55 × 365 + 14 = 20,089,
  // then 151 days of 2025 before June: 31 + 28 + 31 + 30 + 31), × 86,400,000 ms.
  assert.equal(parseIsoMoment('2025-06-01'), 20_240 * 86_400_000);
  assert.equal(parseIsoMoment('2025-06-01T00:00'), 20_240 * 86_400_000);
  assert.equal(parseIsoMoment('2025-06-01T00:00:00'), 20_240 * 86_400_000);
  assert.equal(parseIsoMoment('2025-06-01T02:00:00+02:00'), 20_240 * 86_400_000);
  assert.equal(parseIsoMoment('2025-06-01T00:00:00.5Z'), 20_240 * 86_400_000 + 500);
});

test("parseIsoMoment reads the forms a listing's postedAt may take: a space for the T, an offset without its colon", () => {
  assert.equal(parseIsoMoment('2025-06-01 00:00'), 20_240 * 86_400_000);
  assert.equal(parseIsoMoment('2025-06-01T02:00+0200'), 20_240 * 86_400_000);
  assert.equal(parseIsoMoment('2025-05-31 23:00:00-0100'), 20_240 * 86_400_000);
});

test('parseIsoMoment refuses what is not an ISO date, and days the calendar lacks', () => {
  for (const text of [
    'Friday, 1 August 2025',
    '1',
    '2025',
    '2025-6-1',
    '2024-02-30',
    '2025-13-01',
    '2025-06-01T00',
    '2025-06-01T00:00+2',
    '',
  ]) {
    assert.equal(parseIsoMoment(text), null, text);
  }
  assert.notEqual(parseIsoMoment('2024-02-29'), null, 'a leap day');
});

test('asOf gives the same moment whatever the machine’s time zone, and says what it wants', () => {
  // Node applies a change of TZ at once; New York is 4 hours behind UTC in June.
  const zone = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    assert.equal(new Date(2025, 5, 1).toISOString(), '2025-06-01T04:00:00.000Z', 'the zone took effect');
    assert.equal(asOf('2025-06-01T00:00:00', never), '2025-06-01T00:00:00.000Z');
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
  assert.throws(() => asOf('1', never), /--as-of must be an ISO date or date-time such as 2025-06-01T00:00:00Z, not "1"/);
});
