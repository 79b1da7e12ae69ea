import type { PayConstants, PayPeriod } from '../../bundle/types';

/**
 * Turns an amount per `period` into an amount per year using the given constants.
 *
 * @example
 * annualise(50, 'hour', DEFAULT_PAY_CONSTANTS); // 104000 (50 × 2080)
 */
export function annualise(amount: number, period: PayPeriod, constants: PayConstants): number {
  switch (period) {
    case 'hour':
      return amount * constants.hoursPerYear;
    case 'day':
      return amount * constants.daysPerYear;
    case 'week':
      return amount * constants.weeksPerYear;
    case 'month':
      return amount * constants.monthsPerYear;
    case 'year':
      return amount;
  }
}
