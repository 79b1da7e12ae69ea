import { group } from 'd3-array';
import { SENIORITY_LEVELS, type SeniorityPay } from '../../bundle/types';
import type { SalaryRecord } from '../types';
import { payPercentiles } from './pay-percentiles';

/**
 * Pay percentiles for each seniority level that has salaried listings, in career order
 * (intern … executive, then unspecified). Levels without salaried listings are left out.
 */
export function payBySeniority(records: Iterable<Pick<SalaryRecord, 'pay' | 'level'>>): SeniorityPay[] {
  const byLevel = group(records, (r) => r.level);
  return SENIORITY_LEVELS.flatMap((level) => {
    const stats = payPercentiles((byLevel.get(level) ?? []).map((r) => r.pay));
    return stats ? [{ level, ...stats }] : [];
  });
}
