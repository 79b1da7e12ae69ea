// Rule 8 of docs/methodology.md (Dates): a listing dated after the as-of moment or before
// 1990-01-01 is rejected as `implausible-date` and never moves the data window. Dates are ISO 8601;
// a date alone or a date-time without an offset is UTC; years are read as written ("0031" is year
// 31, so rejected). An impossible date (2024-02-30) is not a readable postedAt: `missing-field`
// (rule 0, docs/listings.md). The default as-of here is 2026-11-28T00:00:00Z.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { ISO_MOMENT_PATTERN } from '../../../src/data/build/rules/iso-moment.js';
import { aggregatesOf, normalised } from '../helpers/engine.js';

const analyst = (id: string, postedAt: string) => ({ id, title: 'Data Analyst', postedAt });

test('dates: after the as-of moment, before 1990 or in year 0031 is implausible-date; an impossible day (2024-02-30) is missing-field', async () => {
  const engine = await normalised([
    analyst('after-asof-by-1s', '2026-11-28T00:00:01Z'), // 1 s after as-of: rejected
    analyst('after-asof', '2026-12-15'), // rejected
    analyst('at-asof', '2026-11-28'), // midnight UTC = the as-of moment, not after it: kept
    analyst('before-1990', '1989-12-31'), // rejected
    analyst('first-day-1990', '1990-01-01'), // kept
    analyst('year-31', '0031-05-01'), // year 31: before 1990, rejected
    analyst('feb-30', '2024-02-30'), // no such day: not a readable date
  ]);
  try {
    const rows = await engine.rows<{ id: string; reason: string | null }>(`SELECT id_text AS id, reason FROM checked ORDER BY line`);
    assert.deepEqual(rows, [
      { id: 'after-asof-by-1s', reason: 'implausible-date' },
      { id: 'after-asof', reason: 'implausible-date' },
      { id: 'at-asof', reason: null },
      { id: 'before-1990', reason: 'implausible-date' },
      { id: 'first-day-1990', reason: null },
      { id: 'year-31', reason: 'implausible-date' },
      { id: 'feb-30', reason: 'missing-field' },
    ]);
    // "0031" is year 31 (before 1990), not 2031 (which would be after the as-of moment).
    const [year31] = await engine.rows<{ detail: string; year: number }>(
      `SELECT detail, year(posted) AS year FROM checked WHERE id_text = 'year-31'`,
    );
    assert.deepEqual(year31, { detail: 'postedAt is before 1990:', year: 31 });
  } finally {
    engine.close();
  }
});

test('dates: an offset beyond 23:59 (+99:00, -00:60, +24:00) is not a readable postedAt, while +23:59 and -14:00 are', async () => {
  // RFC 3339 offsets: hours 00–23, minutes 00–59. The engine's cast alone would read +99:00 as
  // 99 hours east and use the listing on another day.
  const engine = await normalised([
    analyst('plus-99', '2025-01-05T00:00:00+99:00'),
    analyst('minus-0-60', '2024-12-31T23:00:00-00:60'),
    analyst('plus-24', '2025-01-01T00:00:00+24:00'),
    analyst('plus-23-59', '2025-01-01T00:00:00+23:59'), // 2024-12-31T00:01Z
    analyst('minus-14', '2025-01-01T00:00:00-14:00'), // 2025-01-01T14:00Z
  ]);
  try {
    const rows = await engine.rows<{ id: string; reason: string | null; instant: string | null }>(
      `SELECT id_text AS id, reason, strftime(posted AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS instant FROM checked ORDER BY line`,
    );
    assert.deepEqual(rows, [
      { id: 'plus-99', reason: 'missing-field', instant: null },
      { id: 'minus-0-60', reason: 'missing-field', instant: null },
      { id: 'plus-24', reason: 'missing-field', instant: null },
      { id: 'plus-23-59', reason: null, instant: '2024-12-31T00:01:00Z' },
      { id: 'minus-14', reason: null, instant: '2025-01-01T14:00:00Z' },
    ]);
  } finally {
    engine.close();
  }
});

test('dates: a date-time with an offset is read as its UTC instant; one without an offset is UTC', async () => {
  const engine = await normalised([
    // 2025-03-03T01:30+02:00 = 2025-03-02T23:30Z: posted on the UTC day 2025-03-02.
    analyst('offset-east', '2025-03-03T01:30:00+02:00'),
    // 2026-11-28T01:00+02:00 = 2026-11-27T23:00Z: before the as-of moment, kept.
    analyst('asof-east', '2026-11-28T01:00:00+02:00'),
    // 2026-11-27T23:30-01:00 = 2026-11-28T00:30Z: after the as-of moment, rejected.
    analyst('asof-west', '2026-11-27T23:30:00-01:00'),
    // No offset: UTC, so 00:00:01 on the as-of day is after the as-of moment, rejected.
    analyst('asof-no-offset', '2026-11-28T00:00:01'),
  ]);
  try {
    const checked = await engine.rows<{ id: string; reason: string | null }>(`SELECT id_text AS id, reason FROM checked ORDER BY line`);
    assert.deepEqual(checked, [
      { id: 'offset-east', reason: null },
      { id: 'asof-east', reason: null },
      { id: 'asof-west', reason: 'implausible-date' },
      { id: 'asof-no-offset', reason: 'implausible-date' },
    ]);
    const rows = await engine.rows<{ id: string; instant: string; day: string }>(
      `SELECT id, strftime(posted AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS instant, CAST(posted_day AS VARCHAR) AS day FROM listing ORDER BY id`,
    );
    assert.deepEqual(rows, [
      { id: 'asof-east', instant: '2026-11-27T23:00:00Z', day: '2026-11-27' },
      { id: 'offset-east', instant: '2025-03-02T23:30:00Z', day: '2025-03-02' },
    ]);
  } finally {
    engine.close();
  }
});

test('dates: every form the listing schema allows is read, a time to the minute and an offset without its colon too', async () => {
  // Each names 2025-03-02T23:30:00Z, worked by hand from its offset; the schema's pattern is
  // docs/listing.schema.json's postedAt, which a feed may have validated against.
  const forms = [
    '2025-03-02T23:30Z',
    '2025-03-03T01:30+02:00',
    '2025-03-03T01:30+0200',
    '2025-03-03 01:30+02:00',
    '2025-03-02 23:30',
    '2025-03-02T23:30:00.000Z',
    '2025-03-02T22:30:00-01:00',
  ];
  const schema = JSON.parse(readFileSync(new URL('../../../docs/listing.schema.json', import.meta.url), 'utf8'));
  assert.equal(schema.properties.postedAt.pattern, ISO_MOMENT_PATTERN, 'the schema states the rule the builder reads');
  for (const form of forms) assert.match(form, new RegExp(schema.properties.postedAt.pattern), form);
  const engine = await normalised(forms.map((form, i) => analyst(`form-${i}`, form)));
  try {
    const rows = await engine.rows<{ id: string; instant: string | null }>(
      `SELECT id_text AS id, strftime(posted AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS instant FROM checked ORDER BY line`,
    );
    assert.deepEqual(
      rows,
      forms.map((_, i) => ({ id: `form-${i}`, instant: '2025-03-02T23:30:00Z' })),
    );
  } finally {
    engine.close();
  }
});

test('dates: rejected dates never move the data window (provenance first_day/last_day, week)', async () => {
  const a = await aggregatesOf([
    // Accepted: Mon 2025-01-06 … Sun 2025-01-19, two complete weeks.
    analyst('first', '2025-01-06'),
    analyst('middle', '2025-01-12'),
    analyst('last', '2025-01-19T23:59:59Z'),
    // Rejected: none of these may widen the window.
    analyst('early', '1989-12-31'),
    analyst('ancient', '0031-05-01'),
    analyst('late', '2026-12-15'),
    analyst('impossible', '2024-02-30'),
  ]);
  const p = a.provenance.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.first_day, '2025-01-06');
  assert.equal(p.last_day, '2025-01-19');
  assert.equal(p.before_reposts, 3);
  assert.deepEqual(
    a.week.map((w) => [w.week, w.label]),
    [
      ['2025-01-06', '2025-W02'],
      ['2025-01-13', '2025-W03'],
    ],
  );
});
