import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annualise } from '../../../src/data/build/pay/annualise';
import { DEFAULT_PAY_CONSTANTS as C } from '../../../src/data/build/pay/constants';
import { readPay } from '../../../src/data/build/pay/read-pay';

test('annualise(amount, period, constants) multiplies by 2080 hours, 260 days, 52 weeks or 12 months', () => {
  assert.equal(annualise(50, 'hour', C), 104_000);
  assert.equal(annualise(400, 'day', C), 104_000);
  assert.equal(annualise(2000, 'week', C), 104_000);
  assert.equal(annualise(8000, 'month', C), 96_000);
  assert.equal(annualise(90_000, 'year', C), 90_000);
});

test('readPay(salary, constants) takes the midpoint of min and max, or the one given, then annualises', () => {
  // (40 + 60) / 2 = 50 an hour × 2080 = 104,000.
  assert.deepEqual(readPay({ min: 40, max: 60, currency: 'usd', period: 'hour' }, C), { ok: true, annual: 104_000, currency: 'USD', plausible: true });
  assert.deepEqual(readPay({ min: 90_000, currency: 'EUR', period: 'year' }, C), { ok: true, annual: 90_000, currency: 'EUR', plausible: true });
  assert.deepEqual(readPay({ max: 7000, currency: 'GBP', period: 'month' }, C), { ok: true, annual: 84_000, currency: 'GBP', plausible: true });
});

test('readPay(salary, constants) marks annual pay outside 10,000–1,000,000 as implausible', () => {
  // 60 "a year" is an hourly rate typed into the wrong field; 600 an hour is 1,248,000 a year.
  assert.equal((readPay({ min: 60, max: 60, currency: 'USD', period: 'year' }, C) as { plausible: boolean }).plausible, false);
  assert.equal((readPay({ min: 600, currency: 'USD', period: 'hour' }, C) as { plausible: boolean }).plausible, false);
  assert.equal((readPay({ min: 10_000, currency: 'USD', period: 'year' }, C) as { plausible: boolean }).plausible, true);
  assert.equal((readPay({ min: 1_000_000, currency: 'USD', period: 'year' }, C) as { plausible: boolean }).plausible, true);
});

test('readPay(salary, constants) says why a salary cannot be read', () => {
  const reason = (s: unknown) => {
    const r = readPay(s, C);
    return r.ok ? 'ok' : r.detail;
  };
  assert.match(reason({ currency: 'USD', period: 'year' }), /no positive min or max/);
  assert.match(reason({ min: 'lots', currency: 'USD', period: 'year' }), /no positive min or max/);
  assert.match(reason({ min: -5, currency: 'USD', period: 'year' }), /no positive min or max/);
  assert.match(reason({ min: 5, currency: 'USD', period: 'fortnight' }), /period "fortnight"/);
  assert.match(reason({ min: 5, currency: 'dollars', period: 'hour' }), /currency/);
  assert.match(reason('100k'), /not an object/);
});
