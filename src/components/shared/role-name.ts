import type { RoleBundle } from '../../data/bundle/types.js';

/** The role as it reads inside a sentence: "backend engineer". */
export function roleNoun(bundle: RoleBundle): string {
  return bundle.role.title.toLowerCase();
}

/**
 * The role name before its bundle has arrived, from the slug ("backend-engineer" → "backend
 * engineer"), so loading text already reads right and keeps the same length as the ready text.
 */
export function roleNounFromSlug(slug: string | null | undefined): string {
  return (slug ?? '').trim().replace(/-/g, ' ') || 'this role';
}
