import type { Trend } from '../../bundle/types';
import { isoWeekLabel } from '../time/iso-week';

/**
 * Weekly listing counts for the `weeks` ISO weeks ending with `lastWeek` (a week index from
 * `isoWeekIndex`), oldest first, and the same counts for each of `skills` (the role's top skills,
 * kept in the order given). Weeks without listings are included with zeros.
 */
export function weeklyTrend(
  totals: ReadonlyMap<number, number>,
  skillCounts: ReadonlyMap<number, ReadonlyMap<string, number>>,
  skills: readonly string[],
  lastWeek: number,
  weeks = 12,
): Trend {
  const indices = Array.from({ length: weeks }, (_, i) => lastWeek - weeks + 1 + i);
  return {
    weeks: indices.map(isoWeekLabel),
    totals: indices.map((w) => totals.get(w) ?? 0),
    skills: skills.map((name) => ({ name, counts: indices.map((w) => skillCounts.get(w)?.get(name) ?? 0) })),
  };
}
