import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleListings } from '../../../src/cli/sample/sample-listings';
import { ROLE_PROFILES } from '../../../src/cli/sample/role-profiles';
import { listSpellings, proseNameAlone } from '../../../src/cli/sample/skill-spellings';
import { normaliseListing } from '../../../src/data/build/listing/normalise-listing';
import { DEFAULT_PAY_CONSTANTS } from '../../../src/data/build/pay/constants';
import { createRoleClassifier } from '../../../src/data/build/roles/role-classifier';
import { extractSkills } from '../../../src/data/build/skills/extract-skills';
import { createSkillIndex } from '../../../src/data/build/skills/skill-index';
import { DEFAULT_ROLES, DEFAULT_SKILLS } from '../../../src/data/taxonomy/index';

const skills = createSkillIndex(DEFAULT_SKILLS);
const context = { skills, roles: createRoleClassifier(DEFAULT_ROLES), constants: DEFAULT_PAY_CONSTANTS };

test('sampleListings(options) writes listings the builder reads back as generated: role, level and skills', () => {
  let checked = 0;
  for (const { listing, intended } of sampleListings({ count: 4000, seed: 3, end: Date.parse('2026-10-25') })) {
    if (intended.duplicate) continue;
    const result = normaliseListing(listing, context);
    if (!intended.role) {
      assert.equal(result.ok ? 'classified' : result.reason, 'unclassified-role', String(listing.title));
      continue;
    }
    assert.ok(result.ok, String(listing.title));
    assert.deepEqual(
      { role: result.listing.role, seniority: result.listing.seniority, skills: result.listing.skills },
      { role: intended.role, seniority: intended.seniority, skills: intended.skills.map((s) => skills.lookup(s)?.name ?? s.toLowerCase()).sort() },
      JSON.stringify(listing),
    );
    checked += 1;
  }
  assert.ok(checked > 3800);
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

test('every profile skill is a taxonomy skill under its canonical name, and ambiguous ones have a prose form that counts on its own', () => {
  // A keyword outside the taxonomy would reach the demo bundles under its raw lower-case name
  // (an "oauth2" among the skills that boost pay), so the sample uses known skills only.
  for (const profile of ROLE_PROFILES) {
    for (const [name] of profile.skills) {
      assert.equal(skills.lookup(name)?.name, name, `${profile.slug}: ${name}`);
      for (const spelling of listSpellings(name)) assert.equal(skills.lookup(spelling)?.name, name, `${profile.slug}: ${spelling}`);
      if (skills.isAmbiguous(name)) assert.deepEqual(extractSkills(`We use ${proseNameAlone(name)}.`, skills), [name], name);
    }
  }
});
