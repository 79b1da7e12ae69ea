// Rule 1 of docs/methodology.md (Reposts): a listing is dropped when the previous listing (by posting
// time, then id) with the same company, title and location — each trimmed, inner white space
// collapsed, lower-cased; no location = the empty location — was posted less than 30 days before.
// Listings without a company are never dropped. `keepReposts` turns the rule off.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregatesOf, normalised } from '../helpers/engine.js';

type Listing = { id: string; title: string; postedAt: string; role: string; company?: string; location?: string };

/** A data-analyst listing (role stated, so odd spellings of the title still classify). */
const listing = (id: string, postedAt: string, fields: Partial<Listing> = {}): Listing => ({
  id,
  title: 'Data Analyst',
  postedAt,
  role: 'data-analyst',
  ...fields,
});

// Each case uses its own company, so the cases do not see one another.
const LISTINGS: Listing[] = [
  // within: 2025-03-01T00:00Z → 2025-03-30T23:00Z is 29 days 23 hours: dropped.
  listing('within-1', '2025-03-01T00:00:00Z', { company: 'Acme', location: 'Paris' }),
  listing('within-2', '2025-03-30T23:00:00Z', { company: 'Acme', location: 'Paris' }),
  // exactly 30 days (2025-03-01T00:00Z → 2025-03-31T00:00Z): not "less than 30 days", kept.
  listing('thirty-1', '2025-03-01T00:00:00Z', { company: 'Beta', location: 'Paris' }),
  listing('thirty-2', '2025-03-31T00:00:00Z', { company: 'Beta', location: 'Paris' }),
  // case and spaces: "  gamma   CORP " / "  DATA   analyst " / "new  YORK " are the same keys as
  // "Gamma Corp" / "Data Analyst" / "New York"; 9 days later: dropped.
  listing('spelling-1', '2025-03-01', { company: 'Gamma Corp', location: 'New York' }),
  listing('spelling-2', '2025-03-10', { company: '  gamma   CORP ', title: '  DATA   analyst ', location: 'new  YORK ' }),
  // no company: never dropped, even one day apart.
  listing('nocompany-1', '2025-03-01', { location: 'Paris' }),
  listing('nocompany-2', '2025-03-02', { location: 'Paris' }),
  // chain 0, 20, 40 days: day 20 is 20 days after day 0, day 40 is 20 days after day 20 (its
  // previous listing, itself a repost): both later ones dropped.
  listing('chain-0', '2025-03-01', { company: 'Delta', location: 'Paris' }),
  listing('chain-20', '2025-03-21', { company: 'Delta', location: 'Paris' }),
  listing('chain-40', '2025-04-10', { company: 'Delta', location: 'Paris' }),
  // different location: a different key, kept.
  listing('place-1', '2025-03-01', { company: 'Epsilon', location: 'Paris' }),
  listing('place-2', '2025-03-05', { company: 'Epsilon', location: 'Lyon' }),
  // no location and a blank location are both the empty location: dropped (3 days).
  listing('nolocation-1', '2025-03-01', { company: 'Zeta' }),
  listing('nolocation-2', '2025-03-04', { company: 'Zeta', location: '   ' }),
];
// Dropped: within-2, spelling-2, chain-20, chain-40, nolocation-2 = 5 of 15; 10 counted.
const DROPPED = ['chain-20', 'chain-40', 'nolocation-2', 'spelling-2', 'within-2'];

test('reposts: a listing repeating company, title and location within 30 days is dropped; at 30 days it is kept', async () => {
  const engine = await normalised(LISTINGS);
  try {
    const rows = await engine.rows<{ id: string; repost: boolean }>(`SELECT id, repost FROM listing ORDER BY id`);
    assert.equal(rows.length, 15, 'every listing is accepted; reposts are marked, not rejected');
    const dropped = rows.filter((r) => r.repost).map((r) => r.id);
    assert.deepEqual(dropped, DROPPED);
    const repost = (id: string) => rows.find((r) => r.id === id)?.repost;
    assert.equal(repost('within-2'), true, '29 days 23 hours later: a repost');
    assert.equal(repost('thirty-2'), false, 'exactly 30 days later: not a repost');
    assert.equal(repost('spelling-2'), true, 'case and white space are ignored');
    assert.equal(repost('nocompany-2'), false, 'no company: never a repost');
    assert.equal(repost('chain-20'), true);
    assert.equal(repost('chain-40'), true, 'compared with the previous listing (day 20), not the first');
    assert.equal(repost('place-2'), false, 'another location is another listing');
    assert.equal(repost('nolocation-2'), true, 'no location = blank location');
    const [counted] = await engine.rows<{ n: number }>(`SELECT count(*) AS n FROM listings`);
    assert.equal(counted!.n, 10, '15 accepted − 5 reposts');
  } finally {
    engine.close();
  }
});

test('reposts: provenance.reposts counts the dropped listings; keepReposts: true keeps them all', async () => {
  const dropping = await aggregatesOf(LISTINGS);
  // all-markets slice of data-analyst (the only slice: no country given).
  assert.deepEqual(
    dropping.slice.map((s) => [s.market, s.listings]),
    [['all', 10]],
  );
  const p = dropping.provenance.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(p.reposts, 5);
  assert.equal(p.before_reposts, 15);

  const keeping = await aggregatesOf(LISTINGS, { rules: { keepReposts: true } });
  assert.deepEqual(
    keeping.slice.map((s) => [s.market, s.listings]),
    [['all', 15]],
  );
  const k = keeping.provenance.find((r) => r.role === 'data-analyst' && r.market === 'all')!;
  assert.equal(k.reposts, 0, 'nothing dropped when reposts are kept');
  assert.equal(k.before_reposts, 15);
});

test('reposts: ties in posting time are ordered by id, and the later id is the repost', async () => {
  // Same instant, same keys: the previous listing is the one with the smaller id ("tie-a"), and 0
  // days < 30, so "tie-b" is dropped.
  const engine = await normalised([
    listing('tie-b', '2025-03-01T12:00:00Z', { company: 'Eta', location: 'Rome' }),
    listing('tie-a', '2025-03-01T12:00:00Z', { company: 'Eta', location: 'Rome' }),
  ]);
  try {
    const rows = await engine.rows<{ id: string; repost: boolean }>(`SELECT id, repost FROM listing ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 'tie-a', repost: false },
      { id: 'tie-b', repost: true },
    ]);
  } finally {
    engine.close();
  }
});

test('reposts: white space other than spaces (tab, newline) around company, title and location is trimmed too', async () => {
  // The rule says each key is trimmed and its inner white space collapsed: "\tTheta Ltd\n" is
  // "theta ltd", "Data Analyst\t" is "data analyst", "\nOslo" is "oslo". 5 days later: dropped.
  const engine = await normalised([
    listing('ws-1', '2025-03-01', { company: 'Theta Ltd', location: 'Oslo' }),
    listing('ws-2', '2025-03-06', { company: '\tTheta Ltd\n', title: 'Data Analyst\t', location: '\nOslo' }),
  ]);
  try {
    const rows = await engine.rows<{ id: string; repost: boolean }>(`SELECT id, repost FROM listing ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 'ws-1', repost: false },
      { id: 'ws-2', repost: true },
    ]);
  } finally {
    engine.close();
  }
});

test('reposts: no-break spaces, vertical tabs, line separators and byte-order marks are white space too', async () => {
  // Scraped titles carry U+00A0 between words and U+FEFF in front; the rule's white space is all of
  // it, so each of these is "data analyst" at "iota gmbh" in "bern" and repeats iota-1 within days.
  const engine = await normalised([
    listing('iota-1', '2025-03-01', { company: 'Iota GmbH', location: 'Bern' }),
    listing('iota-2', '2025-03-02', { company: 'Iota\u00a0GmbH', title: 'Data\u000bAnalyst', location: 'Bern' }),
    listing('iota-3', '2025-03-03', { company: '\ufeffIota GmbH', title: 'Data\u2028Analyst', location: 'Bern\u3000' }),
    // U+0085 (next line) is a control character, not white space, in the rule as in JavaScript's
    // `\s`: this company is another company, so the listing is no repost.
    listing('iota-4', '2025-03-04', { company: 'Iota\u0085GmbH', location: 'Bern' }),
  ]);
  try {
    const rows = await engine.rows<{ id: string; repost: boolean }>(`SELECT id, repost FROM listing ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 'iota-1', repost: false },
      { id: 'iota-2', repost: true },
      { id: 'iota-3', repost: true },
      { id: 'iota-4', repost: false },
    ]);
  } finally {
    engine.close();
  }
});
