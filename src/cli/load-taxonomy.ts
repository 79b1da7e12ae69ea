import { readFile } from 'node:fs/promises';
import { checkRoles } from '../data/build/roles/check-roles.js';
import type { RoleTaxonomy, SkillTaxonomy } from '../data/build/types.js';
import { DEFAULT_ROLES, DEFAULT_SKILLS } from '../data/taxonomy/index.js';
import { InputError } from './input/input-error.js';

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`the ${what} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The skills taxonomy from `path`, or the shipped one; a file that cannot be used is an `InputError`. */
export async function loadSkills(path?: string): Promise<{ taxonomy: SkillTaxonomy }> {
  const taxonomy = path ? ((await readJson(path, 'skills')) as SkillTaxonomy) : DEFAULT_SKILLS;
  const problem =
    !taxonomy || !Array.isArray(taxonomy.skills)
      ? 'it has no "skills" list'
      : taxonomy.skills.findIndex(
          (s) => !s || typeof s.name !== 'string' || !s.name.trim() || typeof s.category !== 'string' || !Array.isArray(s.aliases),
        );
  if (typeof problem === 'string' || problem >= 0) {
    throw new InputError(
      `the skills file ${path ?? '(shipped)'} cannot be used: ${typeof problem === 'string' ? problem : `skills[${problem}] needs a name, a category and a list of aliases`}`,
    );
  }
  return { taxonomy };
}

/** The roles file from `path`, or the shipped one; a file that cannot be used is an `InputError`. */
export async function loadRoles(path?: string): Promise<RoleTaxonomy> {
  const taxonomy = path ? ((await readJson(path, 'roles')) as RoleTaxonomy) : DEFAULT_ROLES;
  try {
    checkRoles(taxonomy);
    return taxonomy;
  } catch (error) {
    throw new InputError(`the roles file ${path ?? '(shipped)'} cannot be used: ${(error as Error).message}`);
  }
}
