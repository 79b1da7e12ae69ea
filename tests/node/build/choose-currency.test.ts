import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseCurrency } from '../../../src/data/build/pay/choose-currency';

test('chooseCurrency(counts, forced) picks the most common currency, ties by code, unless one is forced', () => {
  assert.equal(chooseCurrency(new Map([['EUR', 3], ['USD', 40]])), 'USD');
  assert.equal(chooseCurrency(new Map([['USD', 5], ['EUR', 5]])), 'EUR');
  assert.equal(chooseCurrency(new Map([['USD', 40]]), 'gbp'), 'GBP');
  assert.equal(chooseCurrency(new Map()), undefined);
});
