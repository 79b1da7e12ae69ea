import type { SkillCount } from '../../bundle/types';
import { compareNames } from '../compare-names';

/**
 * The most requested skills: listings mentioning each skill, most first, ties by name, at most
 * `limit` (30 by default). Counts are kept as counts; a share is `count / listings`.
 *
 * @example
 * skillDemand([['SQL', 3], ['AWS', 5], ['Go', 3]], () => 'language', 2);
 * // [{ name: 'AWS', category: 'language', count: 5 }, { name: 'Go', category: 'language', count: 3 }]
 */
export function skillDemand(
  counts: Iterable<readonly [string, number]>,
  categoryOf: (name: string) => string,
  limit = 30,
): SkillCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort(([a, ca], [b, cb]) => cb - ca || compareNames(a, b))
    .slice(0, limit)
    .map(([name, count]) => ({ name, category: categoryOf(name), count }));
}
