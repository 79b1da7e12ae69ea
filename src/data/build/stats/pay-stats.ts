import type { PayStats } from '../../bundle/types';
import { PAY_EXCLUSION_REASONS, type PayExclusionReason, type SalaryRecord } from '../types';
import { payBySeniority } from './pay-by-seniority';
import { payBySkill } from './pay-by-skill';
import { payPercentiles } from './pay-percentiles';

/**
 * A role's pay section from its usable salaried listings (annual pay in `currency`): overall
 * percentiles, the same per seniority level, pay by skill, and the salaried listings left out
 * by reason (every reason listed, zeros included). Null when no listing has usable pay.
 */
export function payStats(
  records: readonly SalaryRecord[],
  currency: string,
  excluded: Partial<Record<PayExclusionReason, number>>,
  minSkillN = 3,
): PayStats | null {
  const overall = payPercentiles(records.map((r) => r.pay));
  if (!overall) return null;
  return {
    ...overall,
    currency,
    period: 'year',
    bySeniority: payBySeniority(records),
    minSkillN,
    bySkill: payBySkill(records, minSkillN),
    excluded: Object.fromEntries(PAY_EXCLUSION_REASONS.map((reason) => [reason, excluded[reason] ?? 0])),
  };
}
