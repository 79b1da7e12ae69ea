import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { macro, normalised } from '../helpers/engine.js';
import { repoRoot } from '../helpers/paths.js';

const labelled = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/labelled', name), 'utf8');

test('skills from real skills lists: precision ≥ 95% and recall ≥ 90% against 230 hand-labelled listings', async () => {
  const listings = labelled('skills-listings.ndjson')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; title: string; role: string; skills: string[]; truth: string[] });
  const engine = await normalised(
    listings.map((l) => ({ id: l.id, title: l.title, role: l.role, postedAt: '2024-10-01', skills: l.skills })),
  );
  try {
    const found = await engine.rows<{ id: string; skills: string[] }>(
      `SELECT l.id, list(k.skill) AS skills FROM listing l JOIN listing_skill k USING (record_id) GROUP BY l.id`,
    );
    let truePositives = 0;
    let extracted = 0;
    let truths = 0;
    for (const l of listings) {
      const got = new Set(found.find((f) => f.id === l.id)?.skills ?? []);
      const truth = new Set(l.truth);
      extracted += got.size;
      truths += truth.size;
      for (const skill of got) if (truth.has(skill)) truePositives += 1;
    }
    const precision = truePositives / extracted;
    const recall = truePositives / truths;
    console.log(
      `skills: ${listings.length} listings, precision ${(100 * precision).toFixed(1)}% (${truePositives}/${extracted}), recall ${(100 * recall).toFixed(1)}% (${truePositives}/${truths})`,
    );
    assert.ok(precision >= 0.95, `precision ${precision}`);
    assert.ok(recall >= 0.9, `recall ${recall}`);
  } finally {
    engine.close();
  }
});

test('seniority_of_title(title) agrees with hand-assigned levels on ≥ 95% of 328 real titles, with the confusion table printed', async () => {
  const rows = labelled('seniority-titles.tsv')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as [string, string]);
  const engine = await normalised([]);
  try {
    const got = await macro(
      engine,
      'seniority_of_title',
      rows.map(([title]) => title),
    );
    const confusion = new Map<string, number>();
    let agree = 0;
    rows.forEach(([title, level], i) => {
      if (got[i] === level) agree += 1;
      else console.log(`  ${JSON.stringify(title)}: labelled ${level}, rule ${got[i]}`);
      const key = `${level} → ${got[i]}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    });
    console.log(`seniority: agreement ${((100 * agree) / rows.length).toFixed(1)}% (${agree}/${rows.length})`);
    console.log(
      [...confusion]
        .sort()
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n'),
    );
    assert.ok(agree / rows.length >= 0.95, `agreement ${agree / rows.length}`);
    // docs/listings.md states what was measured: the agreement and every off-diagonal cell.
    const docs = readFileSync(join(repoRoot, 'docs/listings.md'), 'utf8');
    assert.ok(
      docs.includes(`${((100 * agree) / rows.length).toFixed(1)}% agreement (${agree} of ${rows.length})`),
      'docs/listings.md states the measured seniority agreement',
    );
    const offDiagonal = [...confusion]
      .map(([k, n]) => [...k.split(' → '), n] as const)
      .filter(([label, rule]) => label !== rule)
      .map(([label, rule, n]) => `| ${label} | ${rule} | ${n} |`)
      .sort();
    // The rows under the header and its separator, to the first line that is not a row.
    const below = docs.slice(docs.indexOf('| hand label | rule says | titles |')).split('\n').slice(2);
    const table = below.slice(
      0,
      below.findIndex((line) => !line.startsWith('|')),
    );
    assert.deepEqual(table.sort(), offDiagonal, 'docs/listings.md confusion table vs the measured one');
  } finally {
    engine.close();
  }
});
