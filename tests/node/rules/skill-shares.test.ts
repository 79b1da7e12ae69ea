// Rule 4 of docs/methodology.md (Skill shares): a skill's share is a share of `skillListings`, the
// listings with a `skills` list (an empty one counts) or a description — not of all listings.
// Without a list, skills come from the description: an alias counts as a whole token, the longest
// match wins (`T-SQL` is not SQL, `R&D` is not R, `Google` is not Go); an ambiguous alias (go, r, …)
// counts only with a capital letter, not in a hyphenated compound, and inside a list of skills
// holding at least one unambiguous skill ("Python, R and SQL").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESCRIPTION_CHARS } from '../../../src/data/build/rules/build-rules.js';
import { aggregatesOf, normalised } from '../helpers/engine.js';

const analyst = (id: string, fields: { skills?: string[]; description?: string } = {}) => ({
  id,
  title: 'Data Analyst',
  postedAt: '2025-03-03',
  ...fields,
});

test('skill-shares: skill_base counts listings with a skills list (an empty one too) or a description, not those with neither', async () => {
  const a = await aggregatesOf([
    analyst('list', { skills: ['sql'] }), // a list: counts
    analyst('empty-list', { skills: [] }), // an empty list: counts
    analyst('text', { description: 'We use Python every day.' }), // a description: counts
    analyst('neither'), // neither: not counted
  ]);
  // 4 listings in the slice, 3 carrying skills.
  assert.deepEqual(
    a.slice.map((s) => [s.role, s.market, s.listings]),
    [['data-analyst', 'all', 4]],
  );
  assert.deepEqual(
    a.skill_base.map((b) => [b.role, b.market, b.skill_listings]),
    [['data-analyst', 'all', 3]],
  );
  // SQL (list) and Python (text) once each: shares 1/3, not 1/4.
  assert.deepEqual(
    a.skills.map((s) => [s.skill, s.listings]),
    [
      ['Python', 1],
      ['SQL', 1],
    ],
  );
});

test('skill-shares: a blank description (empty, spaces, tabs, line breaks, no-break spaces) is no description, as an empty CSV cell is', async () => {
  const a = await aggregatesOf([
    analyst('text', { description: 'We use Python every day.' }), // counts
    analyst('empty', { description: '' }),
    analyst('spaces', { description: '   ' }),
    analyst('breaks', { description: '\n\t\r\n' }),
    analyst('no-break', { description: '\u00a0\u2028\ufeff' }),
  ]);
  // 5 listings, 1 carrying skills: Python's share is 1/1, not 1/5.
  assert.deepEqual(
    a.skill_base.map((b) => [b.role, b.market, b.skill_listings]),
    [['data-analyst', 'all', 1]],
  );
});

test('skill-shares: ambiguous keywords in free text ("Python, R and SQL" finds R; "we go fast", "R&D", "Google", "T-SQL", "go-to", "Réseau" find no R, Go or SQL; "React Native" over React; "Java-based" is Java)', async () => {
  const texts: Record<string, string> = {
    // R is capitalised and listed next to unambiguous skills: Python, R, SQL.
    'r-in-list': 'You know Python, R and SQL.',
    // "go" is lower case: not Go; Python (unambiguous) still counts.
    'go-lower': 'Python; we go fast.',
    // "R&D" is one token, not R.
    'r-and-d': 'Python and R&D experience.',
    // "Google" is not Go.
    google: 'Python, Google',
    // "T-SQL" is T-SQL, not SQL.
    tsql: 'Python, T-SQL',
    // "Go-to" is a hyphenated compound: not Go, even capitalised and between two skills.
    'go-to': 'Python, Go-to, SQL',
    // "React Native" is the longest match at its position: React Native, not React.
    'react-native': 'React Native and Python',
    // "Java-based": the head of a hyphenated word, Java is unambiguous: Java.
    'java-based': 'Java-based services',
    // R alone, with no unambiguous skill beside it: nothing.
    'r-alone': 'Knowledge of R is a plus.',
    // Letters outside A–Z are letters: "Réseau" and "Excelência" are words, not R and Excel.
    accented: 'Python, Réseau, Excelência',
  };
  const expected: Record<string, string[]> = {
    'r-in-list': ['Python', 'R', 'SQL'],
    'go-lower': ['Python'],
    'r-and-d': ['Python'],
    google: ['Python'],
    tsql: ['Python', 'T-SQL'],
    'go-to': ['Python', 'SQL'],
    'react-native': ['Python', 'React Native'],
    'java-based': ['Java'],
    'r-alone': [],
    accented: ['Python'],
  };
  const engine = await normalised(Object.entries(texts).map(([id, description]) => analyst(id, { description })));
  try {
    const rows = await engine.rows<{ id: string; skill: string | null }>(
      `SELECT l.id, k.skill FROM listing l LEFT JOIN listing_skill k USING (record_id) ORDER BY l.id, k.skill`,
    );
    const found: Record<string, string[]> = {};
    for (const r of rows) {
      found[r.id] ??= [];
      if (r.skill !== null) found[r.id]!.push(r.skill);
    }
    for (const id of Object.keys(texts)) {
      assert.deepEqual(found[id], expected[id], `${JSON.stringify(texts[id])}`);
    }
  } finally {
    engine.close();
  }
});

test('skill-shares: a skills list is read instead of the description, each keyword once per listing, unknown keywords under their own name', async () => {
  // List ["SQL", " sql ", "Power  BI", "Quantum Knitting"] → SQL (once), Power BI, "quantum knitting"
  // (unknown, lower-cased); the description's Python is not read because there is a list.
  const engine = await normalised([
    analyst('both', { skills: ['SQL', ' sql ', 'Power  BI', 'Quantum Knitting'], description: 'Python, SQL' }),
  ]);
  try {
    const rows = await engine.rows<{ skill: string; known: boolean }>(`SELECT skill, known FROM listing_skill ORDER BY skill`);
    assert.deepEqual(rows, [
      { skill: 'Power BI', known: true },
      { skill: 'SQL', known: true },
      { skill: 'quantum knitting', known: false },
    ]);
  } finally {
    engine.close();
  }
});

test('skill-shares: a description is read to its first 100,000 characters (DESCRIPTION_CHARS)', async () => {
  // "SQL" opens the text and "AWS" ends exactly at the limit; "Python" comes after it.
  const head = `SQL. ${'x '.repeat((DESCRIPTION_CHARS - 5 - 'AWS'.length) / 2)}AWS`;
  assert.equal(head.length, DESCRIPTION_CHARS);
  const engine = await normalised([analyst('long', { description: `${head} Python` })]);
  try {
    const rows = await engine.rows<{ skill: string }>(`SELECT skill FROM listing_skill ORDER BY skill`);
    assert.deepEqual(
      rows.map((r) => r.skill),
      ['AWS', 'SQL'],
    );
  } finally {
    engine.close();
  }
});
