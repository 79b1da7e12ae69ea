import type { RoleIndex, RoleIndexEntry } from '../../data/bundle/types.js';

/**
 * The other roles to suggest, best first: the bundle's own `related` slugs in the order the roles
 * file gives them (an editor chose them), then every remaining role by listing count, most first
 * (ties by title, so the order never depends on the index file's order). The current role is never
 * suggested, a slug appears once, and related slugs missing from the index are skipped: without an
 * index entry there is nothing true to show about them.
 *
 * @example
 * pickRelated(index, 'backend-engineer', ['frontend-engineer'], 6);
 */
export function pickRelated(index: RoleIndex | null, current: string, related: readonly string[], limit: number): RoleIndexEntry[] {
  if (!index || limit <= 0) return [];
  const bySlug = new Map(index.roles.map((entry) => [entry.slug, entry]));
  const picked: RoleIndexEntry[] = [];
  const seen = new Set<string>([current]);
  for (const slug of related) {
    const entry = bySlug.get(slug);
    if (!entry || seen.has(slug)) continue;
    seen.add(slug);
    picked.push(entry);
  }
  const rest = index.roles
    .filter((entry) => !seen.has(entry.slug))
    .sort((a, b) => b.listings - a.listings || a.title.localeCompare(b.title, 'en'));
  return [...picked, ...rest].slice(0, limit);
}
