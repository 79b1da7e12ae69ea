import type { PayConstants } from '../../bundle/types.js';

/**
 * How a stated rate becomes annual pay, and the annual range accepted as plausible.
 * 2080 = 40 hours × 52 weeks; 260 = 5 days × 52 weeks. The range is in the role's currency and
 * suits currencies with unit values near the US dollar's (USD, EUR, GBP, CAD, AUD, CHF…).
 */
export const DEFAULT_PAY_CONSTANTS: PayConstants = {
  hoursPerYear: 2080,
  daysPerYear: 260,
  weeksPerYear: 52,
  monthsPerYear: 12,
  plausibleMin: 10_000,
  plausibleMax: 1_000_000,
};
