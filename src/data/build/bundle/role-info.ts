import type { RoleInfo } from '../../bundle/types.js';
import type { RoleDefinition } from '../types.js';

/** The part of a role definition a bundle carries: its copy, without the classification patterns. */
export function roleInfo(role: RoleDefinition): RoleInfo {
  return {
    slug: role.slug,
    title: role.title,
    description: role.description,
    fit: role.fit,
    related: [...role.related],
    path: role.path.map((step) => ({ title: step.title, body: step.body })),
  };
}
