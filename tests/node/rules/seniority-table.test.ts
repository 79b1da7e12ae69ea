// Rule 9 of docs/methodology.md (Seniority): the title decides by one rule table,
// src/data/build/rules/seniority-rules.ts, from which the SQL macro is generated (first matching
// row wins), and "the table in listings.md lists the same rows". "Data Entry" is taken out of a
// title first; numeric levels I/1 are entry, II/2 mid, III/IV/3/4 senior.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SENIORITY_RULES } from '../../../src/data/build/rules/seniority-rules.js';
import { macro, normalised } from '../helpers/engine.js';
import { repoRoot } from '../helpers/paths.js';

/** The rows of the first markdown table under "## Seniority" in docs/listings.md, as [level, signals]. */
function docsTable(): [string, string][] {
  const text = readFileSync(join(repoRoot, 'docs/listings.md'), 'utf8');
  const start = text.indexOf('\n## Seniority\n');
  assert.ok(start >= 0, 'docs/listings.md has a "## Seniority" section');
  const rest = text.slice(start + 1);
  const end = rest.indexOf('\n## ', 1);
  const section = end < 0 ? rest : rest.slice(0, end);
  // The first table only: its lines run from the first line starting with "|" to the next line that does not.
  const all = section.split('\n');
  const first = all.findIndex((l) => l.trim().startsWith('|'));
  assert.ok(first >= 0, 'the section holds a table');
  const after = all.findIndex((l, i) => i > first && !l.trim().startsWith('|'));
  const lines = all.slice(first, after < 0 ? undefined : after);
  assert.ok(lines.length >= 3, 'the table has a header, a separator and rows');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  // Header, then the |---|---| separator, then the rows.
  return lines.slice(2).map((l) => {
    const [level, signals] = cells(l);
    return [level!, signals!];
  });
}

/** Checks seniority_of_title against each title's level worked out by hand, title by title. */
async function assertLevels(titles: [title: string, level: string][]): Promise<void> {
  const engine = await normalised([]);
  try {
    const got = await macro(
      engine,
      'seniority_of_title',
      titles.map(([t]) => t),
    );
    assert.deepEqual(
      titles.map(([t], i) => [t, got[i]]),
      titles,
    );
  } finally {
    engine.close();
  }
}

test('seniority-table: the table under "## Seniority" in docs/listings.md lists the levels, order and signals of SENIORITY_RULES', () => {
  const rows = docsTable();
  // The table may end with the fallback every title without a signal gets; it is not a rule row.
  const last = rows.at(-1);
  const ruleRows = last?.[0] === 'unspecified' ? rows.slice(0, -1) : rows;
  assert.deepEqual(
    ruleRows,
    SENIORITY_RULES.map((r) => [r.level, r.signals]),
    'docs/listings.md "## Seniority" table vs SENIORITY_RULES (level, signals), row by row',
  );
});

test('seniority-table: seniority_of_title(title) — "Data Analyst I" entry, "II" mid, "Engineer 3" senior, "Senior Director" executive, "AVP, Data" senior; "Data Entry Clerk", "Staffing Analyst", "AI/ML Engineer", "Order Entry" unspecified', async () => {
  // Worked through the rule table, top row first:
  //   "Data Analyst I": a capital I on its own → entry.
  //   "Data Analyst II": "II" is no lone I; \bii\b → mid.
  //   "Engineer 3": a 3 ending the title → senior.
  //   "Senior Director": "director" (executive row) comes before "senior" → executive.
  //   "AVP, Data": the AVP row (senior, above the executive row) → senior.
  //   "Data Entry Clerk": "data entry" is removed first, "Clerk" has no signal → unspecified.
  //   "Staffing Analyst": "staff" is not a whole word in "Staffing" → unspecified.
  //   "AI/ML Engineer": the I of "AI" is inside a word → unspecified.
  //   "Data Analyst - Order Entry", "Data Scientist - Entry to Expert Level": "entry" alone is no
  //   signal, and "Expert Level" none either → unspecified.
  //   "Entry-Level Data Analyst": "entry level" with a hyphen → entry.
  //   "COOP - Senior Data Analyst": "co op" needs its space or hyphen; "senior" → senior.
  //   "Midlevel Business Analyst", "Analytics Mgr": words the table lists → mid, lead.
  const titles: [string, string][] = [
    ['Data Analyst I', 'entry'],
    ['Data Analyst II', 'mid'],
    ['Engineer 3', 'senior'],
    ['Senior Director', 'executive'],
    ['AVP, Data', 'senior'],
    ['Data Entry Clerk', 'unspecified'],
    ['Staffing Analyst', 'unspecified'],
    ['AI/ML Engineer', 'unspecified'],
    ['Data Analyst - Order Entry', 'unspecified'],
    ['Data Scientist - Entry to Expert Level', 'unspecified'],
    ['Entry-Level Data Analyst', 'entry'],
    ['COOP - Senior Data Analyst', 'senior'],
    ['Midlevel Business Analyst', 'mid'],
    ['Analytics Mgr', 'lead'],
  ];
  await assertLevels(titles);
});

test('seniority-table: seniority_of_title(title) reads an underscore as a space — "IN_Senior Associate" senior, "Data Scientist Intern_Jan 2025" intern, "Data_Entry_Clerk" unspecified', async () => {
  // Real titles from the 2024 file. A regular expression's word boundary counts "_" as a letter,
  // so without the rule "IN_Senior Associate" matched only "associate" (entry), and "TH_GEOINT_SR"
  // no signal at all. Worked through the rule table with each "_" a space:
  //   "IN_Senior Associate – Python Developer": "senior" (senior row before the entry row) → senior.
  //   "FCU - Data Analyst_Senior Associate- Bangalore": the same → senior.
  //   "TH_GEOINT_SR Data Scientist": "sr" → senior.
  //   "Data Scientist Intern_Jan 2025": "intern" → intern.
  //   "Product & Technology_Manager_Data Scientist": "manager" → lead.
  //   "Data_Entry_Clerk": "data entry" is removed as in "Data Entry Clerk" → unspecified.
  //   "Data Analyst_I": a capital I on its own → entry.
  const titles: [string, string][] = [
    ['IN_Senior Associate – Python Developer', 'senior'],
    ['FCU - Data Analyst_Senior Associate- Bangalore', 'senior'],
    ['TH_GEOINT_SR Data Scientist', 'senior'],
    ['Data Scientist Intern_Jan 2025', 'intern'],
    ['Product & Technology_Manager_Data Scientist', 'lead'],
    ['Data_Entry_Clerk', 'unspecified'],
    ['Data Analyst_I', 'entry'],
    // Beside spaces, or doubled, an underscore leaves one space, so phrases still match:
    //   "Project _Manager Data Analyst": "project manager" is removed → unspecified.
    //   "Data Analyst Entry _Level": "entry level" → entry.
    //   "Associate Vice _President Data": the AVP row → senior.
    //   "Data Engineer _ Pune __ Senior": "senior" → senior.
    ['Project _Manager Data Analyst', 'unspecified'],
    ['Data Analyst Entry _Level', 'entry'],
    ['Associate Vice _President Data', 'senior'],
    ['Data Engineer _ Pune __ Senior', 'senior'],
  ];
  await assertLevels(titles);
});

test('seniority-table: a stated level wins over the title, but a stated "unspecified" names none, so the title decides', async () => {
  const engine = await normalised([
    { id: 'stated-mid', title: 'Senior Data Analyst', seniority: 'Mid', postedAt: '2025-03-03' },
    { id: 'stated-unspecified', title: 'Senior Data Analyst', seniority: ' Unspecified ', postedAt: '2025-03-03' },
    { id: 'unspecified-plain-title', title: 'Data Analyst', seniority: 'unspecified', postedAt: '2025-03-03' },
  ]);
  try {
    const rows = await engine.rows<{ id: string; seniority: string }>(`SELECT id, seniority FROM listing ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 'stated-mid', seniority: 'mid' },
      { id: 'stated-unspecified', seniority: 'senior' },
      { id: 'unspecified-plain-title', seniority: 'unspecified' },
    ]);
  } finally {
    engine.close();
  }
});
