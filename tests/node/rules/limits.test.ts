import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NAME, MAX_SLUG, SLUG_PATTERN } from '../../../src/data/bundle/limits.js';
import { SLUG_TABLE } from '../../fixtures/slug-table.js';
import { validateEnvelope } from '../../../src/data/bundle/validate.js';
import { checkRoles } from '../../../src/data/build/roles/check-roles.js';
import { DEFAULT_ROLES } from '../../../src/data/taxonomy/index.js';
import { aggregatesOf, macro, normalised } from '../helpers/engine.js';

test("one slug rule: the builder's roles check and the bundle validator accept and refuse the same slugs", () => {
  for (const [slug, ok] of SLUG_TABLE) {
    const roles = { roles: [{ ...DEFAULT_ROLES.roles[0]!, slug, related: [] }] };
    assert.equal(
      (() => {
        try {
          checkRoles(roles);
          return true;
        } catch {
          return false;
        }
      })(),
      ok,
      `checkRoles ${JSON.stringify(slug)}`,
    );
    const bundle = {
      schemaVersion: '2.0.0',
      role: { title: 'T', slug },
      market: { key: 'all', name: 'All markets', pooled: false, mix: [] },
      listings: 0,
      provenance: { generatedAt: '2025-01-01T00:00:00Z', source: 's', window: { from: '', to: '' } },
    };
    const result = validateEnvelope(bundle);
    assert.equal(result.ok || !/role\.slug/.test(result.reason), ok, `validateEnvelope ${JSON.stringify(slug)}`);
  }
});

test('market_key(country) gives a slug by the same rule, or no market', async () => {
  const engine = await normalised([]);
  try {
    const countries = ['United States', "Côte d'Ivoire", '  Türkiye ', 'U.S.', '---', 'x'.repeat(MAX_SLUG + 1)];
    const keys = await macro(engine, 'market_key', countries);
    // Worked out by hand: lower-case ASCII words joined by "-"; no letters or digits, or too long, is no market.
    assert.deepEqual(keys, ['united-states', 'cote-d-ivoire', 'turkiye', 'u-s', null, null]);
    for (const key of keys) if (key !== null) assert.match(key, SLUG_PATTERN);
  } finally {
    engine.close();
  }
});

test('a skill keyword longer than a bundle name may be is passed over, and the build still passes the contract', async () => {
  const long = 'k'.repeat(MAX_NAME + 1);
  const a = await aggregatesOf([
    { id: '1', title: 'Data Analyst', postedAt: '2024-10-01', skills: ['sql', long] },
    { id: '2', title: 'Data Analyst', postedAt: '2024-10-02', skills: ['sql', 'k'.repeat(MAX_NAME)] },
  ]);
  const all = a.skills.filter((s) => s.market === 'all').map((s) => [s.skill.length, s.listings]);
  // SQL in both listings; the 200-character keyword in one; the 201-character one nowhere.
  assert.deepEqual(all, [
    [3, 2],
    [MAX_NAME, 1],
  ]);
});
