import { SENIORITY_LEVELS, type SeniorityLevel } from '../../bundle/types';
import { chooseCurrency } from '../pay/choose-currency';
import type { NormalisedListing, SalaryRecord } from '../types';
import { isoWeekIndex } from '../time/iso-week';
import { SalaryColumns } from './salary-columns';
import type { SkillRegistry } from './skill-registry';

/** What a role's statistics are computed from once every listing has been read. */
export interface RoleTotals {
  listings: number;
  firstPosted: number;
  lastPosted: number;
  skillCounts: ReadonlyMap<string, number>;
  seniority: Record<SeniorityLevel, number>;
  weekTotals: ReadonlyMap<number, number>;
  weekSkills: ReadonlyMap<number, ReadonlyMap<string, number>>;
  /** Pay in the role's currency (undefined when no listing has usable pay). */
  currency: string | undefined;
  records: SalaryRecord[];
  excluded: { invalid: number; currency: number; implausible: number };
}

/**
 * Collects one role's listings as they stream past: counts (skills, seniority, week × skill) and
 * the salaried listings' pay, level and skills — nothing else of a listing is kept.
 */
export class RoleAccumulator {
  private listings = 0;
  private firstPosted = Infinity;
  private lastPosted = -Infinity;
  private readonly skillCounts = new Map<string, number>();
  private readonly seniority = Object.fromEntries(SENIORITY_LEVELS.map((l) => [l, 0])) as Record<SeniorityLevel, number>;
  private readonly weekTotals = new Map<number, number>();
  private readonly weekSkills = new Map<number, Map<string, number>>();
  private invalidPay = 0;
  /** Plausible pay by currency; implausible values are only counted. */
  private readonly salaries = new Map<string, SalaryColumns>();
  private readonly implausible = new Map<string, number>();

  constructor(private readonly registry: SkillRegistry) {}

  add(listing: NormalisedListing): void {
    this.listings += 1;
    this.firstPosted = Math.min(this.firstPosted, listing.postedAt);
    this.lastPosted = Math.max(this.lastPosted, listing.postedAt);
    this.seniority[listing.seniority] += 1;
    const week = isoWeekIndex(listing.postedAt);
    this.weekTotals.set(week, (this.weekTotals.get(week) ?? 0) + 1);
    let weekSkills = this.weekSkills.get(week);
    if (!weekSkills) this.weekSkills.set(week, (weekSkills = new Map()));
    for (const skill of listing.skills) {
      this.skillCounts.set(skill, (this.skillCounts.get(skill) ?? 0) + 1);
      weekSkills.set(skill, (weekSkills.get(skill) ?? 0) + 1);
    }
    const pay = listing.pay;
    if (!pay) return;
    if (!pay.ok) this.invalidPay += 1;
    else if (!pay.plausible) this.implausible.set(pay.currency, (this.implausible.get(pay.currency) ?? 0) + 1);
    else {
      let columns = this.salaries.get(pay.currency);
      if (!columns) this.salaries.set(pay.currency, (columns = new SalaryColumns(this.registry)));
      columns.add(pay.annual, listing.seniority, listing.skills);
    }
  }

  /**
   * The role's totals, with pay in `forcedCurrency` or else the currency most of its readable
   * salaries use; salaries in any other currency are excluded as "currency".
   */
  totals(forcedCurrency?: string): RoleTotals {
    const perCurrency = new Map<string, number>();
    for (const [code, columns] of this.salaries) perCurrency.set(code, columns.length);
    for (const [code, n] of this.implausible) perCurrency.set(code, (perCurrency.get(code) ?? 0) + n);
    const currency = chooseCurrency(perCurrency, forcedCurrency);
    const readable = [...perCurrency.values()].reduce((a, b) => a + b, 0);
    const inCurrency = currency ? perCurrency.get(currency) ?? 0 : 0;
    const implausible = currency ? this.implausible.get(currency) ?? 0 : 0;
    return {
      listings: this.listings,
      firstPosted: this.firstPosted,
      lastPosted: this.lastPosted,
      skillCounts: this.skillCounts,
      seniority: { ...this.seniority },
      weekTotals: this.weekTotals,
      weekSkills: this.weekSkills,
      currency,
      records: currency ? this.salaries.get(currency)?.toRecords() ?? [] : [],
      excluded: { invalid: this.invalidPay, currency: readable - inCurrency, implausible },
    };
  }
}
