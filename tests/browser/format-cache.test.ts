import { expect } from '@open-wc/testing';
import { formatCount, formatDate, formatMoney, formatMonthRange, formatPercent, prepareDates } from '../../src/components/shared/format.js';

/** Swaps `Intl[name]` for a subclass that records each construction's locale, until `restore`. */
function counting(name: 'NumberFormat' | 'DateTimeFormat'): { made: unknown[]; restore: () => void } {
  const Real = Intl[name] as new (...args: unknown[]) => object;
  const made: unknown[] = [];
  (Intl as Record<string, unknown>)[name] = class extends Real {
    constructor(...args: unknown[]) {
      made.push(args[0]);
      super(...args);
    }
  };
  return { made, restore: () => ((Intl as Record<string, unknown>)[name] = Real) };
}

/** The locales of the `Intl[name]` objects made during `run`. */
function constructions(name: 'NumberFormat' | 'DateTimeFormat', run: () => void): unknown[] {
  const { made, restore } = counting(name);
  try {
    run();
  } finally {
    restore();
  }
  return made;
}

describe('Intl formatters are made once per locale and options', () => {
  it('formatMoney, formatCount and formatPercent make one Intl.NumberFormat each, however often called', () => {
    const made = constructions('NumberFormat', () => {
      for (let i = 0; i < 50; i++) {
        expect(formatMoney(1234, 'EUR', 'fi-FI')).to.match(/^1\s234\s€$/);
        formatCount(i, 'fi-FI');
        formatPercent(i / 50, 'fi-FI');
      }
    });
    expect(made).to.deep.equal(['fi-FI', 'fi-FI', 'fi-FI']);
  });

  it('formatDate and formatMonthRange make one Intl.DateTimeFormat per locale and options', () => {
    const made = constructions('DateTimeFormat', () => {
      for (let i = 0; i < 50; i++) {
        expect(formatDate('2024-09-03', 'sv-SE')).to.equal('3 sep. 2024');
        expect(formatMonthRange('2024-09-01', '2024-12-31', 'sv-SE')).to.equal('sep.–dec. 2024');
      }
    });
    // The date, and the month with its year, which formats the range.
    expect(made).to.deep.equal(['sv-SE', 'sv-SE']);
  });

  it("formatMonthRange(from, to, locale) gives the locale's own range, its spaced dash closed up", () => {
    // Formatted apart, de-DE's months take their standalone form ("Sep–Dez. 2024") and ja-JP's
    // year goes with December alone ("9月–2024年12月").
    expect(formatMonthRange('2024-09-01', '2024-12-31', 'de-DE')).to.equal('Sept.–Dez. 2024');
    expect(formatMonthRange('2024-09-01', '2024-12-31', 'ja-JP')).to.equal('2024/09～2024/12');
    expect(formatMonthRange('2024-09-01', '2024-12-31', 'en-US')).to.equal('Sep–Dec 2024');
    expect(formatMonthRange('2024-11-04', '2025-01-26', 'en-US')).to.equal('Nov 2024–Jan 2025');
    expect(formatMonthRange('2024-10-01', '2024-10-31', 'en-US')).to.equal('Oct 2024');
  });

  it('formatDate(iso, locale) tries a locale Intl refuses once, then answers in ISO form', () => {
    const made = constructions('DateTimeFormat', () => {
      for (let i = 0; i < 20; i++) expect(formatDate('2024-09-03', 'not a locale')).to.equal('2024-09-03');
    });
    expect(made).to.deep.equal(['not a locale']);
  });

  it('prepareDates(locale) makes the date formatter once the page is idle, so the first formatDate makes none', async () => {
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
    const { made, restore } = counting('DateTimeFormat');
    try {
      prepareDates('nb-NO');
      expect(made, 'nothing is made in the task that asks').to.deep.equal([]);
      await idle();
      expect(made, 'made while idle').to.deep.equal(['nb-NO']);
      expect(formatDate('2024-09-03', 'nb-NO')).to.equal('3. sep. 2024');
      prepareDates('nb-NO');
      await idle();
    } finally {
      restore();
    }
    expect(made).to.deep.equal(['nb-NO']);
  });
});
