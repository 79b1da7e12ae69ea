/**
 * A page that removed `Intl` (or swapped in a polyfill that throws) still gets the same numbers and
 * dates: the engine's own Number#toLocaleString and Date#toLocaleDateString do the formatting.
 * Nothing in this file formats before `Intl` is gone: every formatter is made once and reused, so
 * an earlier call would hide the fallback behind the cache.
 */
import { expect } from '@open-wc/testing';
import { formatCount, formatDate, formatMoney, formatMonthRange, formatPercent } from '../../src/components/shared/format.js';
import { resolveLocale } from '../../src/components/shared/locale.js';

/** Runs `fn` while the page's global `Intl` is gone, then puts it back. */
function withoutIntl<T>(fn: () => T): T {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'Intl')!;
  Reflect.deleteProperty(globalThis, 'Intl');
  try {
    return fn();
  } finally {
    Object.defineProperty(globalThis, 'Intl', saved);
  }
}

const NBSP = '\u00a0';

describe('formatting on a page without Intl', () => {
  it('formatMoney(value, currency, locale) and formatPercent(share, locale) give the usual text', () => {
    const shown = withoutIntl(() => [
      formatMoney(124671, 'USD', 'en-US'),
      formatMoney(1234, 'EUR', 'de-DE'),
      formatPercent(0.152, 'en-US'),
    ]);
    expect(shown).to.deep.equal(['$124,671', `1.234${NBSP}€`, '15%']);
  });

  it('formatDate(iso, locale) and formatMonthRange(from, to, locale) give the usual text, read as UTC', () => {
    const shown = withoutIntl(() => [formatDate('2024-12-31', 'en-US'), formatMonthRange('2024-09-02', '2024-12-29', 'en-US')]);
    expect(shown).to.deep.equal(['Dec 31, 2024', 'Sep–Dec 2024']);
  });

  it('formatCount(value, locale) falls back to the browser default for a locale the engine refuses', () => {
    expect(withoutIntl(() => formatCount(1234, 'not a locale!'))).to.equal('1,234');
  });

  it('resolveLocale(el, explicit) keeps a page language the engine can format', () => {
    const el = document.createElement('div');
    el.lang = 'fr-CA';
    expect(withoutIntl(() => [resolveLocale(el, null), resolveLocale(el, 'not a locale!')])).to.deep.equal(['fr-CA', 'fr-CA']);
  });

  it('formatCount(value, locale) gives the usual text when Intl.NumberFormat throws', () => {
    const Real = Intl.NumberFormat;
    Intl.NumberFormat = function () {
      throw new Error('a partial polyfill');
    } as unknown as typeof Intl.NumberFormat;
    try {
      expect(formatCount(9876543, 'en-GB')).to.equal('9,876,543');
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
