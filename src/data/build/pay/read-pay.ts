import { PAY_PERIODS, type PayConstants, type PayPeriod } from '../../bundle/types';
import type { PayReading } from '../types';
import { annualise } from './annualise';

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * Reads a listing's `salary` object ({min?, max?, currency, period}) as annual pay: the midpoint of
 * min and max (or whichever one is given), annualised. Whether it is plausible is decided here;
 * whether its currency is the role's is decided later, once every listing has been seen.
 *
 * @example
 * readPay({ min: 40, max: 60, currency: 'usd', period: 'hour' }, DEFAULT_PAY_CONSTANTS);
 * // { ok: true, annual: 104000, currency: 'USD', plausible: true }
 */
export function readPay(salary: unknown, constants: PayConstants): PayReading {
  if (typeof salary !== 'object' || salary === null || Array.isArray(salary)) {
    return { ok: false, reason: 'invalid', detail: 'salary is not an object' };
  }
  const { min, max, currency, period } = salary as Record<string, unknown>;
  const hasMin = min !== undefined && min !== null;
  const hasMax = max !== undefined && max !== null;
  if ((hasMin && !isAmount(min)) || (hasMax && !isAmount(max)) || (!hasMin && !hasMax)) {
    return { ok: false, reason: 'invalid', detail: 'salary has no positive min or max' };
  }
  if (typeof period !== 'string' || !(PAY_PERIODS as readonly string[]).includes(period)) {
    return { ok: false, reason: 'invalid', detail: `salary period ${JSON.stringify(period)} is not one of ${PAY_PERIODS.join(', ')}` };
  }
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (!/^[A-Z]{3}$/.test(code)) {
    return { ok: false, reason: 'invalid', detail: 'salary currency is not a 3-letter code' };
  }
  const amount = hasMin && hasMax ? ((min as number) + (max as number)) / 2 : ((hasMin ? min : max) as number);
  const annual = annualise(amount, period as PayPeriod, constants);
  const plausible = annual >= constants.plausibleMin && annual <= constants.plausibleMax;
  return { ok: true, annual, currency: code, plausible };
}
