import type { SkillTaxonomy } from '../types';
import { normaliseKeyword } from './normalise-keyword';

export interface CanonicalSkill {
  name: string;
  category: string;
}

/** A taxonomy prepared for lookups: alias → skill, and one pattern that finds every alias in text. */
export interface SkillIndex {
  /** The skill an alias (in any case) stands for. */
  lookup(keyword: string): CanonicalSkill | undefined;
  /** Category of a canonical name; "other" for keywords outside the taxonomy. */
  categoryOf(name: string): string;
  /** True for aliases that are ordinary words as well (go, r, excel…). */
  isAmbiguous(alias: string): boolean;
  /** Finds aliases in free text (global, case-insensitive, Unicode); see `extractSkills`. */
  readonly textPattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/*
 * An alias only counts as a whole token. Before it: no letter, digit or joining symbol, so "js" is
 * not found in "Node.js" nor "sql" in "T-SQL". After it: no letter, digit, "+", "#" or "&", so "c"
 * is not found in "C++" or "C#", "go" not in "Google" and "r" not in "R&D"; and no "." followed by
 * a letter, so "node" is not found in "Node.js" while "…and Python." still counts. "/" separates
 * ("Python/SQL") and "-" may follow ("Java-based"); ambiguous aliases get stricter checks later.
 */
const BEFORE = '(?<![\\p{L}\\p{N}_+#&@.\\-])';
const AFTER = '(?![\\p{L}\\p{N}_+#&@]|\\.[\\p{L}\\p{N}])';

/**
 * Prepares a skills taxonomy. Every alias, and every canonical name in lower case, maps to its
 * skill. Throws on a taxonomy that is not usable (an alias claimed by two skills, a name twice).
 */
export function createSkillIndex(taxonomy: SkillTaxonomy): SkillIndex {
  const byAlias = new Map<string, CanonicalSkill>();
  const categories = new Map<string, string>();
  const ambiguous = new Set<string>();
  if (!taxonomy || !Array.isArray(taxonomy.skills)) throw new Error('the skills file has no "skills" list');
  for (const [i, def] of taxonomy.skills.entries()) {
    if (!def || typeof def.name !== 'string' || !def.name.trim() || typeof def.category !== 'string' || !Array.isArray(def.aliases)) {
      throw new Error(`skills[${i}] needs a name, a category and a list of aliases`);
    }
    if (categories.has(def.name)) throw new Error(`skill "${def.name}" is listed twice`);
    const skill = { name: def.name, category: def.category };
    categories.set(def.name, def.category);
    for (const alias of new Set([normaliseKeyword(def.name), ...def.aliases.map(normaliseKeyword)])) {
      const other = byAlias.get(alias);
      if (other && other.name !== def.name) throw new Error(`alias "${alias}" belongs to both "${other.name}" and "${def.name}"`);
      byAlias.set(alias, skill);
    }
    for (const alias of def.ambiguous ?? []) ambiguous.add(normaliseKeyword(alias));
  }
  // Longest aliases first: JavaScript alternation takes the first that matches, and "react native"
  // must win over "react" at the same position.
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const body = aliases.map((a) => escape(a).replace(/ /g, '\\s+')).join('|');
  const textPattern = new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'giu');
  return {
    lookup: (keyword) => byAlias.get(normaliseKeyword(keyword)),
    categoryOf: (name) => categories.get(name) ?? 'other',
    isAmbiguous: (alias) => ambiguous.has(normaliseKeyword(alias)),
    textPattern,
  };
}
