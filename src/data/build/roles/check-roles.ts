import { isSlug } from '../../bundle/limits.js';
import type { RoleTaxonomy } from '../types.js';

/**
 * Checks that a roles file can be used: each role has a slug (the bundle contract's slug rule),
 * its copy, title patterns, related roles that exist and "path in" steps. Throws the first
 * problem. The patterns themselves are compiled by the engine, which reports a bad one.
 */
export function checkRoles(taxonomy: RoleTaxonomy): void {
  if (!taxonomy || !Array.isArray(taxonomy.roles)) throw new Error('the roles file has no "roles" list');
  const slugs = new Set<string>();
  taxonomy.roles.forEach((role, i) => {
    if (!role || typeof role.slug !== 'string' || !isSlug(role.slug)) {
      throw new Error(`roles[${i}] needs a slug of lower-case letters and digits in words joined by "-"`);
    }
    if (slugs.has(role.slug)) throw new Error(`role "${role.slug}" is listed twice`);
    // index.json sits beside the role bundles.
    if (role.slug === 'index') throw new Error('"index" cannot be a role slug');
    slugs.add(role.slug);
    for (const key of ['title', 'description', 'fit'] as const) {
      if (typeof role[key] !== 'string' || !role[key].trim()) throw new Error(`role "${role.slug}" needs a ${key}`);
    }
    if (!Array.isArray(role.patterns) || !Array.isArray(role.related) || !Array.isArray(role.path)) {
      throw new Error(`role "${role.slug}" needs patterns, related and path lists`);
    }
    if (!role.patterns.every((p) => typeof p === 'string' && p)) throw new Error(`role "${role.slug}" has a pattern that is not text`);
  });
  for (const role of taxonomy.roles) {
    for (const other of role.related) if (!slugs.has(other)) throw new Error(`role "${role.slug}" names an unknown related role "${other}"`);
  }
}
