import type { PayStats } from './types.js';

/**
 * Whether `n` salaries are enough for a pay figure: at least the bundle's `pay.minSeniorityN`. A
 * median from one or three salaries is those listings' pay, not the role's, so the floor a
 * seniority level's band has holds for the role's own pay figures: its headline pay, its
 * annualised median, and the median the roles index gives. Pay by skill keeps its own minimum
 * (docs/methodology.md, §5 and "Too few salaries"), and is shown only when the role's pay clears
 * this floor.
 */
export function enoughSalaries(n: number, pay: Pick<PayStats, 'minSeniorityN'>): boolean {
  return n >= pay.minSeniorityN;
}
