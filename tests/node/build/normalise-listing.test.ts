import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseListing } from '../../../src/data/build/listing/normalise-listing';
import { DEFAULT_PAY_CONSTANTS } from '../../../src/data/build/pay/constants';
import { createRoleClassifier } from '../../../src/data/build/roles/role-classifier';
import { createSkillIndex } from '../../../src/data/build/skills/skill-index';
import { DEFAULT_ROLES, DEFAULT_SKILLS } from '../../../src/data/taxonomy/index';

const context = { skills: createSkillIndex(DEFAULT_SKILLS), roles: createRoleClassifier(DEFAULT_ROLES), constants: DEFAULT_PAY_CONSTANTS };
const base = { id: 'a1', title: 'Sr. Backend Engineer', postedAt: '2024-12-02' };

test('normaliseListing(raw, context) classifies role and seniority from the title and maps skills', () => {
  const result = normaliseListing({ ...base, skills: ['postgres', 'AWS', 'quantum'], salary: { min: 50, max: 70, currency: 'usd', period: 'hour' } }, context);
  assert.deepEqual(result, {
    ok: true,
    listing: {
      id: 'a1',
      role: 'backend-engineer',
      seniority: 'senior',
      postedAt: Date.UTC(2024, 11, 2),
      skills: ['AWS', 'PostgreSQL', 'quantum'],
      unknownSkills: ['quantum'],
      // (50 + 70) / 2 = 60 an hour × 2080 = 124,800 a year.
      pay: { ok: true, annual: 124_800, currency: 'USD', plausible: true },
    },
  });
});

test('normaliseListing(raw, context) prefers stated role and seniority, and reads skills from the description only without a skills list', () => {
  const stated = normaliseListing({ ...base, role: 'data-engineer', seniority: 'Lead', description: 'Python and Spark' }, context);
  assert.ok(stated.ok);
  assert.equal(stated.listing.role, 'data-engineer');
  assert.equal(stated.listing.seniority, 'lead');
  assert.deepEqual(stated.listing.skills, ['Python', 'Spark']);
  const listed = normaliseListing({ ...base, skills: [], description: 'Python and Spark' }, context);
  assert.ok(listed.ok);
  assert.deepEqual(listed.listing.skills, []);
  const unknownRole = normaliseListing({ ...base, role: 'wizard' }, context);
  assert.ok(unknownRole.ok);
  assert.equal(unknownRole.listing.role, 'backend-engineer');
  assert.equal(unknownRole.listing.unknownRole, 'wizard');
});

test('normaliseListing(raw, context) rejects records without id, title or a readable postedAt, and titles no role matches', () => {
  const reason = (raw: unknown) => {
    const r = normaliseListing(raw, context);
    return r.ok ? 'ok' : `${r.reason}: ${r.detail}`;
  };
  assert.equal(reason([1, 2]), 'malformed: not a JSON object');
  assert.equal(reason({ ...base, id: '' }), 'missing-field: id is missing or not a string');
  assert.equal(reason({ ...base, id: 7 }), 'missing-field: id is missing or not a string');
  assert.equal(reason({ ...base, title: undefined }), 'missing-field: title is missing or not a string');
  assert.equal(reason({ ...base, postedAt: 'last week' }), 'missing-field: postedAt is missing or not an ISO date');
  assert.equal(reason({ ...base, title: 'Barista' }), 'unclassified-role: no role matches the title "Barista"');
});

test('normaliseListing(raw, context) keeps a listing whose salary cannot be read, with the reason', () => {
  const result = normaliseListing({ ...base, salary: { min: 'competitive', currency: 'USD', period: 'year' } }, context);
  assert.ok(result.ok);
  assert.deepEqual(result.listing.pay, { ok: false, reason: 'invalid', detail: 'salary has no positive min or max' });
});
