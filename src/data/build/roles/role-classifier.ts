import type { RoleDefinition, RoleTaxonomy } from '../types';

export interface RoleClassifier {
  /** The role a listing belongs to: its stated slug when known, else the first role whose pattern matches the title. */
  classify(title: string, stated?: unknown): string | undefined;
  /** True when `slug` is a role of the file. */
  has(slug: string): boolean;
  /** The role definitions in file order. */
  readonly roles: readonly RoleDefinition[];
}

const SLUG = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/**
 * Prepares a roles file for classification. Patterns are case-insensitive regular expressions,
 * tried role by role in file order, so specific roles (full-stack, frontend, backend…) must come
 * before general ones (software-engineer). Throws on a roles file that is not usable.
 *
 * @example
 * createRoleClassifier(roles).classify('Senior Software Engineer, Backend'); // 'backend-engineer'
 */
export function createRoleClassifier(taxonomy: RoleTaxonomy): RoleClassifier {
  if (!taxonomy || !Array.isArray(taxonomy.roles)) throw new Error('the roles file has no "roles" list');
  const slugs = new Set<string>();
  const compiled: Array<readonly [string, RegExp[]]> = taxonomy.roles.map((role, i) => {
    if (!role || typeof role.slug !== 'string' || !SLUG.test(role.slug)) throw new Error(`roles[${i}] needs a slug of lower-case letters, digits and "-"`);
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
    const patterns = role.patterns.map((p) => {
      try {
        return new RegExp(p, 'i');
      } catch {
        throw new Error(`role "${role.slug}" has an invalid pattern: ${p}`);
      }
    });
    return [role.slug, patterns] as const;
  });
  for (const role of taxonomy.roles) {
    for (const other of role.related) if (!slugs.has(other)) throw new Error(`role "${role.slug}" names an unknown related role "${other}"`);
  }
  return {
    roles: taxonomy.roles,
    has: (slug) => slugs.has(slug),
    classify(title, stated) {
      if (typeof stated === 'string' && slugs.has(stated.trim().toLowerCase())) return stated.trim().toLowerCase();
      for (const [slug, patterns] of compiled) if (patterns.some((p) => p.test(title))) return slug;
      return undefined;
    },
  };
}
