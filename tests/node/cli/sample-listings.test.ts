import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleListings } from '../../../src/cli/sample/sample-listings.js';
import { ROLE_PROFILES } from '../../../src/cli/sample/role-profiles.js';
import { listSpellings, proseNameAlone } from '../../../src/cli/sample/skill-spellings.js';
import { DEFAULT_SKILLS } from '../../../src/data/taxonomy/index.js';
import { normalised } from '../helpers/engine.js';

/** The taxonomy's canonical name for a spelling (lower case, white space collapsed), or the spelling itself. */
const aliases = new Map(
  DEFAULT_SKILLS.skills.flatMap((s) => [s.name, ...s.aliases].map((a) => [a.trim().replace(/\s+/g, ' ').toLowerCase(), s] as const)),
);
const canonical = (spelling: string) => aliases.get(spelling.trim().replace(/\s+/g, ' ').toLowerCase())?.name ?? spelling.toLowerCase();

test('sampleListings(options) writes listings the builder reads back as generated: role, level and skills', async () => {
  const generated = [...sampleListings({ count: 4000, seed: 3, end: Date.parse('2026-10-25') })].filter((g) => !g.intended.duplicate);
  // Reposts kept: this checks how each listing is read, not which ones count.
  const engine = await normalised(
    generated.map((g) => g.listing),
    { rules: { keepReposts: true } },
  );
  try {
    const rows = await engine.rows<{
      id: string;
      reason: string | null;
      role: string | null;
      seniority: string | null;
      skills: string[] | null;
    }>(
      `SELECT c.id_text AS id, c.reason, l.role, l.seniority,
         (SELECT list(k.skill ORDER BY k.skill) FROM listing_skill k WHERE k.record_id = l.record_id) AS skills
       FROM checked c LEFT JOIN listing l USING (record_id)`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    let checked = 0;
    for (const { listing, intended } of generated) {
      const row = byId.get(String(listing.id))!;
      if (!intended.role) {
        assert.equal(row.reason, 'unclassified-role', String(listing.title));
        continue;
      }
      assert.equal(row.reason, null, String(listing.title));
      assert.deepEqual(
        { role: row.role, seniority: row.seniority, skills: row.skills ?? [] },
        { role: intended.role, seniority: intended.seniority, skills: intended.skills.map(canonical).sort() },
        JSON.stringify(listing),
      );
      checked += 1;
    }
    assert.ok(checked > 3800);
  } finally {
    engine.close();
  }
});

test('sampleListings(options) posts oldest first', () => {
  let previousDay = '';
  for (const { listing, intended } of sampleListings({ count: 2000, seed: 4, end: Date.parse('2026-10-25') })) {
    if (intended.duplicate) continue;
    const day = String(listing.postedAt).slice(0, 10);
    assert.ok(day >= previousDay, `${day} after ${previousDay}`);
    previousDay = day;
  }
});

test('every profile skill is a taxonomy skill under its canonical name, and ambiguous ones have a prose form that counts on its own', async () => {
  // A keyword outside the taxonomy would reach the demo bundles under its raw lower-case name
  // (an "oauth2" among the skills that boost pay), so the sample uses known skills only.
  const prose: { id: string; description: string; want: string }[] = [];
  for (const profile of ROLE_PROFILES) {
    for (const [name] of profile.skills) {
      assert.equal(canonical(name), name, `${profile.slug}: ${name}`);
      for (const spelling of listSpellings(name)) assert.equal(canonical(spelling), name, `${profile.slug}: ${spelling}`);
      prose.push({ id: `${profile.slug}-${name}`, description: `We use ${proseNameAlone(name)}.`, want: name });
    }
  }
  const engine = await normalised(
    prose.map((p) => ({ id: p.id, title: 'Software Engineer', postedAt: '2026-01-05', description: p.description })),
  );
  try {
    const found = await engine.rows<{ id: string; skills: string[] }>(
      `SELECT l.id, list(k.skill ORDER BY k.skill) AS skills FROM listing l JOIN listing_skill k USING (record_id) GROUP BY l.id`,
    );
    for (const p of prose) assert.deepEqual(found.find((f) => f.id === p.id)?.skills ?? [], [p.want], p.description);
  } finally {
    engine.close();
  }
});
