import { median } from 'd3-array';
import type { SkillPay } from '../../bundle/types';
import { compareNames } from '../compare-names';
import type { SalaryRecord } from '../types';

/**
 * Median pay of salaried listings that mention each skill, for every skill with at least `minN`
 * of them, next to the median of the salaried listings that do not (null when every salaried
 * listing mentions it). Highest median first, ties by name. Medians are exact (R-7, which for the
 * median is the usual middle value or mean of the two middle values), then rounded half up.
 */
export function payBySkill(records: readonly Pick<SalaryRecord, 'pay' | 'skills'>[], minN = 3): SkillPay[] {
  const withSkill = new Map<string, number[]>();
  for (const r of records) {
    for (const skill of new Set(r.skills)) {
      const pays = withSkill.get(skill);
      if (pays) pays.push(r.pay);
      else withSkill.set(skill, [r.pay]);
    }
  }
  const sets = records.map((r) => new Set(r.skills));
  const result: SkillPay[] = [];
  for (const [name, pays] of withSkill) {
    if (pays.length < minN) continue;
    const without: number[] = [];
    records.forEach((r, i) => {
      if (!sets[i].has(name)) without.push(r.pay);
    });
    const medianWithout = median(without);
    // Keys in this order compress best: a role's medianWithout values are close to one another,
    // so each row's run "median…,medianWithout…,nWithout…" repeats more of the row before it.
    result.push({
      name,
      median: Math.round(median(pays) as number),
      medianWithout: medianWithout === undefined ? null : Math.round(medianWithout),
      nWithout: without.length,
      n: pays.length,
    });
  }
  return result.sort((a, b) => b.median - a.median || compareNames(a.name, b.name));
}
