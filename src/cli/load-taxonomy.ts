import { readFile } from 'node:fs/promises';
import { createRoleClassifier, type RoleClassifier } from '../data/build/roles/role-classifier';
import { createSkillIndex, type SkillIndex } from '../data/build/skills/skill-index';
import type { RoleTaxonomy, SkillTaxonomy } from '../data/build/types';
import { DEFAULT_ROLES, DEFAULT_SKILLS } from '../data/taxonomy/index';
import { InputError } from './input/input-error';

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
export async function loadSkills(path?: string): Promise<{ index: SkillIndex; taxonomy: SkillTaxonomy }> {
  const taxonomy = path ? ((await readJson(path, 'skills')) as SkillTaxonomy) : DEFAULT_SKILLS;
  try {
    return { index: createSkillIndex(taxonomy), taxonomy };
  } catch (error) {
    throw new InputError(`the skills file ${path ?? '(shipped)'} cannot be used: ${(error as Error).message}`);
  }
}

/** The roles file from `path`, or the shipped one; a file that cannot be used is an `InputError`. */
export async function loadRoles(path?: string): Promise<RoleClassifier> {
  const taxonomy = path ? ((await readJson(path, 'roles')) as RoleTaxonomy) : DEFAULT_ROLES;
  try {
    return createRoleClassifier(taxonomy);
  } catch (error) {
    throw new InputError(`the roles file ${path ?? '(shipped)'} cannot be used: ${(error as Error).message}`);
  }
}
