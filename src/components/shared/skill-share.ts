import type { RoleBundle } from '../../data/bundle/types.js';

/**
 * A skill's share: of the listings that carry skills (a skills list or a description), not of all
 * listings — a listing that says nothing of skills is not a listing without them. 0 when none do.
 */
export function skillShare(bundle: RoleBundle, count: number): number {
  return bundle.skillListings > 0 ? count / bundle.skillListings : 0;
}
