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
  // Sort once; every "with" and "without" list below is then filled already in order, into a typed
  // array of the exact size, so a role with many salaried listings makes little garbage.
  const sorted = [...records].sort((a, b) => a.pay - b.pay);
  const counts = new Map<string, number>();
  for (const r of sorted) for (const skill of new Set(r.skills)) counts.set(skill, (counts.get(skill) ?? 0) + 1);

  const result: SkillPay[] = [];
  for (const [name, n] of counts) {
    if (n < minN) continue;
    const withSkill = new Float64Array(n);
    const without = new Float64Array(sorted.length - n);
    let w = 0;
    let o = 0;
    for (const r of sorted) {
      if (r.skills.includes(name)) withSkill[w++] = r.pay;
      else without[o++] = r.pay;
    }
    result.push({
      name,
      n,
      median: Math.round(middle(withSkill)),
      nWithout: without.length,
      medianWithout: without.length ? Math.round(middle(without)) : null,
    });
  }
  return result.sort((a, b) => b.median - a.median || compareNames(a.name, b.name));
}

/** d3's R-7 median of values already in ascending order (it reads them by index only). */
const middle = (sortedValues: Float64Array): number => quantileSorted(sortedValues as unknown as number[], 0.5) as number;
