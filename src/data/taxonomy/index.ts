/**
 * The shipped taxonomy: skills (canonical names, categories, aliases) and roles (copy and title
 * patterns). The builder's CLI uses these unless `--skills` or `--roles` names other files.
 */
import type { RoleTaxonomy, SkillTaxonomy } from '../build/types.js';
import roles from './roles.json' with { type: 'json' };
import skills from './skills.json' with { type: 'json' };

export const DEFAULT_SKILLS: SkillTaxonomy = skills as SkillTaxonomy;
export const DEFAULT_ROLES: RoleTaxonomy = roles as RoleTaxonomy;
