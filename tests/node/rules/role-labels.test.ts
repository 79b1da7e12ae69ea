// Rule 10 of docs/methodology.md (Role labels): a role given in the input stands;
// provenance.titlesOutsidePatterns counts the slice's listings whose title matches none of the
// role's title patterns. docs/listings.md: the role slug is matched in any case, and an unknown
// slug falls back to the title (no title pattern either: unclassified-role, rule 0).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregatesOf, normalised } from '../helpers/engine.js';

const LISTINGS = [
  // Stated data-scientist, title a data engineer's: stays data-scientist, outside its patterns.
  { id: 'stated-other', role: 'data-scientist', title: 'Data Engineer', postedAt: '2025-03-03', company: 'Acme', location: 'Paris' },
  // Stated data-scientist, a data scientist's title: inside the patterns.
  { id: 'stated-fits', role: 'data-scientist', title: 'Data Scientist', postedAt: '2025-03-03' },
  // Stated in another case: still data-scientist; title a data analyst's: outside.
  { id: 'stated-case', role: 'DATA-SCIENTIST', title: 'Senior Data Analyst', postedAt: '2025-03-03' },
  // A repost of "stated-other" (same company, title, location, 2 days later): dropped, so not counted again.
  { id: 'stated-repost', role: 'data-scientist', title: 'Data Engineer', postedAt: '2025-03-05', company: 'Acme', location: 'Paris' },
  // Unknown stated role: falls back to the title → data-analyst.
  { id: 'unknown-role', role: 'astronaut', title: 'Data Analyst', postedAt: '2025-03-03' },
  // Unknown stated role and no title pattern: unclassified-role.
  { id: 'unknown-both', role: 'astronaut', title: 'Pastry Chef', postedAt: '2025-03-03' },
  // No role: the title decides → data-engineer.
  { id: 'no-role', title: 'Data Engineer', postedAt: '2025-03-03' },
];

test("role-labels: a stated role stands even when the title matches another role's pattern; an unknown stated role falls back to the title", async () => {
  const engine = await normalised(LISTINGS);
  try {
    const checked = await engine.rows<{ id: string; reason: string | null }>(`SELECT id_text AS id, reason FROM checked ORDER BY line`);
    assert.deepEqual(
      checked.find((r) => r.id === 'unknown-both'),
      { id: 'unknown-both', reason: 'unclassified-role' },
    );
    const rows = await engine.rows<{ id: string; role: string }>(`SELECT id, role FROM listing ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 'no-role', role: 'data-engineer' },
      { id: 'stated-case', role: 'data-scientist' },
      { id: 'stated-fits', role: 'data-scientist' },
      { id: 'stated-other', role: 'data-scientist' },
      { id: 'stated-repost', role: 'data-scientist' },
      { id: 'unknown-role', role: 'data-analyst' },
    ]);
  } finally {
    engine.close();
  }
});

test("role-labels: provenance titles_outside_patterns counts the slice's listings whose title matches none of the role's patterns", async () => {
  const a = await aggregatesOf(LISTINGS);
  const outside = Object.fromEntries(a.provenance.filter((p) => p.market === 'all').map((p) => [p.role, p.titles_outside_patterns]));
  // data-scientist: "Data Engineer" (stated-other) and "Senior Data Analyst" (stated-case) = 2; the
  // repost of stated-other is dropped; "Data Scientist" fits. data-analyst and data-engineer: their
  // titles chose the role, so 0.
  assert.deepEqual(outside, { 'data-analyst': 0, 'data-engineer': 0, 'data-scientist': 2 });
  const ds = a.provenance.find((p) => p.role === 'data-scientist' && p.market === 'all')!;
  assert.equal(ds.reposts, 1);
  assert.deepEqual(
    a.slice.map((s) => [s.role, s.listings]),
    [
      ['data-analyst', 1],
      ['data-engineer', 1],
      ['data-scientist', 3],
    ],
  );
});

test('role-labels: a title reads the same however much white space lies between its words (double spaces, tabs, line breaks)', async () => {
  // Real titles hold such runs ("Duke Energy -Jr. Data  Scientist-$120k/YR" in the 2023 file). The
  // role and the level come from the words (an associate vice president is senior, rule 9); a title
  // of white space alone is a missing title.
  const engine = await normalised([
    { id: 'double', title: 'Jr. Data  Scientist', postedAt: '2025-03-03' },
    { id: 'newline', title: 'Senior Data\nAnalyst', postedAt: '2025-03-03' },
    { id: 'tab', title: 'Data\tEngineer II', postedAt: '2025-03-03' },
    { id: 'nbsp', title: '\u00a0Associate\u00a0Vice  President, Data Analytics ', postedAt: '2025-03-03', role: 'data-analyst' },
    { id: 'blank', title: '\n\t ', postedAt: '2025-03-03' },
  ]);
  try {
    const rows = await engine.rows<{ id: string; role: string; seniority: string; title: string }>(
      `SELECT id, role, seniority, title FROM listing ORDER BY id`,
    );
    assert.deepEqual(rows, [
      { id: 'double', role: 'data-scientist', seniority: 'entry', title: 'Jr. Data Scientist' },
      { id: 'nbsp', role: 'data-analyst', seniority: 'senior', title: 'Associate Vice President, Data Analytics' },
      { id: 'newline', role: 'data-analyst', seniority: 'senior', title: 'Senior Data Analyst' },
      { id: 'tab', role: 'data-engineer', seniority: 'mid', title: 'Data Engineer II' },
    ]);
    const blank = await engine.rows<{ reason: string }>(`SELECT reason FROM checked WHERE id_text = 'blank'`);
    assert.deepEqual(blank, [{ reason: 'missing-field' }]);
  } finally {
    engine.close();
  }
});
