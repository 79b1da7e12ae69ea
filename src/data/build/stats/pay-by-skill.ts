import { quantileSorted } from 'd3-array';
import type { SkillPay } from '../../bundle/types';
import { compareNames } from '../compare-names';
import type { SalaryRecord } from '../types';

/**
 * Median pay of salaried listings that mention each skill, for every skill with at least `minN`
 * of them, next to the median of the salaried listings that do not (null when every salaried
 * listing mentions it). Highest median first, ties by name. Medians are exact (d3's R-7 quantile at
 * 0.5: the middle value, or the mean of the two middle values), then rounded half up.
 */
export function payBySkill(records: readonly Pick<SalaryRecord, 'pay' | 'skills'>[], minN = 3): SkillPay[] {
  // Sort once; every "with" and "without" list below is then built already in order.
  const sorted = [...records].sort((a, b) => a.pay - b.pay);
  const sets = sorted.map((r) => new Set(r.skills));
  const counts = new Map<string, number>();
  for (const set of sets) for (const skill of set) counts.set(skill, (counts.get(skill) ?? 0) + 1);

  const result: SkillPay[] = [];
  for (const [name, n] of counts) {
    if (n < minN) continue;
    const withSkill: number[] = [];
    const without: number[] = [];
    sorted.forEach((r, i) => (sets[i].has(name) ? withSkill : without).push(r.pay));
    // Keys in this order compress best: a role's medianWithout values are close to one another,
    // so each row's run "median…,medianWithout…,nWithout…" repeats more of the row before it.
    result.push({
      name,
      median: Math.round(quantileSorted(withSkill, 0.5) as number),
      medianWithout: without.length ? Math.round(quantileSorted(without, 0.5) as number) : null,
      nWithout: without.length,
      n,
    });
  }
  return result.sort((a, b) => b.median - a.median || compareNames(a.name, b.name));
}
