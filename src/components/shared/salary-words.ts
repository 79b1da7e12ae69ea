import type { PayStats } from '../../data/bundle/types.js';
import { formatCount } from './format.js';

/**
 * The word for the salaries headline pay rests on: those stated per year ("yearly"), or with the
 * bundle's basis "all" those of every period, each annualised ("annualised"). Every sentence that
 * names what a pay figure counts takes its word from here.
 */
export function salaryKind(basis: PayStats['basis']): 'yearly' | 'annualised' {
  return basis === 'year' ? 'yearly' : 'annualised';
}

/** "salary" or "salaries", for `n` of them. */
export function salaryNoun(n: number): string {
  return n === 1 ? 'salary' : 'salaries';
}

/** "yearly salaries", "annualised salary": what `n` salaries on `basis` are called. */
export function salaries(n: number, basis: PayStats['basis']): string {
  return `${salaryKind(basis)} ${salaryNoun(n)}`;
}

/**
 * What a listing lacks when its bundle has no pay. The builder writes `pay: null` when no listing
 * has a usable salary on the headline basis — stated per year, or with basis "all" per any period —
 * and the bundle then does not say which basis; on either, no listing had a usable yearly salary.
 * Hourly or monthly pay may still have been stated, so no sentence says "no pay".
 */
export const USABLE_YEARLY_SALARY = 'a usable yearly salary';

/** A section's sentence for a bundle with no pay. */
export function noYearlySalary(role: string): string {
  return `No ${role} listing in this data states ${USABLE_YEARLY_SALARY}.`;
}

/**
 * A section's sentence for a bundle whose headline pay rests on too few salaries to show (see
 * data/bundle/pay-floor.ts). With basis "all" every period counts, so it asks for a salary, not a
 * yearly one. `listings` names the listings where the sentence is read alone ("of the 125 … listings
 * in India posted …"); a section's footer names them otherwise.
 */
export function tooFewSalaries(role: string, pay: PayStats, locale: string, listings = `${role} listings`): string {
  const salary = pay.basis === 'year' ? 'a yearly salary' : 'a salary';
  return `Too few ${listings} state ${salary} to give a pay figure (${formatCount(pay.n, locale)}; at least ${formatCount(pay.minSeniorityN, locale)} needed).`;
}
