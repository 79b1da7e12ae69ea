import type { SkillIndex } from './skill-index';
import { normaliseKeyword } from './normalise-keyword';

export interface ListedSkills {
  /** Canonical names, or unknown keywords under their own (normalised) name; each once, sorted. */
  skills: string[];
  /** The unknown keywords among `skills`. */
  unknown: string[];
}

/**
 * Maps a listing's `skills` array to canonical names. Every alias counts here, ambiguous ones
 * included: a skills list says it is about skills. Keywords outside the taxonomy are kept under
 * their own lower-case name so they still count and can be reported. Non-strings and empty strings
 * are skipped.
 *
 * @example
 * skillsFromList(['Postgres', 'golang', 'go', 'Terraformz'], index);
 * // { skills: ['Go', 'PostgreSQL', 'terraformz'], unknown: ['terraformz'] }
 */
export function skillsFromList(values: readonly unknown[], index: SkillIndex): ListedSkills {
  const skills = new Set<string>();
  const unknown = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const keyword = normaliseKeyword(value);
    if (!keyword) continue;
    const known = index.lookup(keyword);
    if (known) skills.add(known.name);
    else {
      skills.add(keyword);
      unknown.add(keyword);
    }
  }
  return { skills: [...skills].sort(byCodeUnit), unknown: [...unknown].sort(byCodeUnit) };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
