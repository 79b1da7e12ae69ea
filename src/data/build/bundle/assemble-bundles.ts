import { ALL_MARKETS } from '../../bundle/limits.js';
import { enoughSalaries } from '../../bundle/pay-floor.js';
import {
  SCHEMA_VERSION,
  type MarketInfo,
  type MarketShare,
  type PayStats,
  type RoleBundle,
  type RoleIndex,
  type SeniorityLevel,
  type SeniorityPay,
  type TrendVerdict,
} from '../../bundle/types.js';
import { compareNames } from '../compare-names.js';
import type { RoleDefinition } from '../types.js';
import type { Aggregates, SettingsRow } from './aggregates.js';
import { roleInfo } from './role-info.js';

/** One bundle with the market it describes, as the writer names its file. */
export interface SliceBundle {
  role: string;
  market: string;
  bundle: RoleBundle;
}

export interface AssembledBuild {
  /** Every slice, roles in the roles file's order, "all" first, then markets by listings. */
  slices: SliceBundle[];
  /** The market each role's `<role>.json` describes: its largest market with a bundle, else "all". */
  defaults: Map<string, string>;
  index: RoleIndex;
}

/** Rows grouped by role and market, in the order they come. */
function bySlice<T extends { role: string; market: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.role}\u0000${row.market}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return groups;
}

const sliceKey = (role: string, market: string) => `${role}\u0000${market}`;
const sortBy = <T>(rows: T[], ...keys: ((row: T) => number | string)[]) =>
  rows.sort((a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareNames(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  });

type Quantiles = { p10: number | null; p25: number | null; median: number | null; p75: number | null; p90: number | null };

/** A group's five percentiles, or null when it has none: quantiles of no salaries are all null. */
function percentiles({ p10, p25, median, p75, p90 }: Quantiles): { p10: number; p25: number; median: number; p75: number; p90: number } | null {
  return p10 === null || p25 === null || median === null || p75 === null || p90 === null ? null : { p10, p25, median, p75, p90 };
}

function payStats(settings: SettingsRow, role: string, market: string, groups: Groups): PayStats | null {
  const row = groups.pay.get(sliceKey(role, market))?.[0];
  const headline = row && row.n > 0 ? percentiles(row) : null;
  if (!row || !headline || row.currency === null) return null;
  const bySeniority: SeniorityPay[] = sortBy([...(groups.payBySeniority.get(sliceKey(role, market)) ?? [])], (r) => r.position).map((r) => {
    const band = percentiles(r);
    return band === null ? { level: r.level as SeniorityLevel, n: r.n } : { level: r.level as SeniorityLevel, n: r.n, ...band };
  });
  const skills = sortBy([...(groups.payBySkill.get(sliceKey(role, market)) ?? [])], (r) => r.rank);
  return {
    n: row.n,
    ...headline,
    currency: row.currency,
    period: 'year',
    basis: row.basis,
    annualised: row.basis === 'year' && row.annualised_n > 0 && row.annualised_median !== null ? { n: row.annualised_n, median: row.annualised_median } : null,
    minSeniorityN: settings.min_seniority_pay_n,
    bySeniority,
    lowConfidenceN: settings.low_confidence_n,
    minSkillN: groups.skillFloor.get(sliceKey(role, market))?.[0]?.min_n ?? 0,
    bySkill: skills.map((s) => ({ name: s.skill, n: s.n, median: s.median, nWithout: s.n_without, medianWithout: s.median_without })),
    excluded: { invalid: row.excluded_invalid, currency: row.excluded_currency, implausible: row.excluded_implausible },
  };
}

function groupAggregates(a: Aggregates) {
  return {
    pay: bySlice(a.pay),
    payBySeniority: bySlice(a.pay_by_seniority),
    payBySkill: bySlice(a.pay_by_skill),
    skillFloor: bySlice(a.pay_skill_floor),
    skills: bySlice(a.skills),
    seniority: bySlice(a.seniority),
    trendWeek: bySlice(a.trend_week),
    trendSkill: bySlice(a.trend_skill),
    verdict: bySlice(a.trend_verdict),
    provenance: bySlice(a.provenance),
    skillBase: bySlice(a.skill_base),
  };
}
type Groups = ReturnType<typeof groupAggregates>;

function marketInfo(a: Aggregates, role: string, market: string, name: string): MarketInfo {
  if (market !== ALL_MARKETS) return { key: market, name, pooled: false, mix: [] };
  const entries = a.market_mix.filter((m) => m.role === role);
  const mix: MarketShare[] = sortBy(
    entries.map((m) => ({ key: m.market, name: m.market_name, listings: m.listings })),
    (m) => -m.listings,
    (m) => m.key,
  );
  // Pooled by the markets behind the entries, not the entries: markets too small for a bundle of
  // their own share the one "Other markets" entry, and their pay is pooled all the same.
  const pooled = entries.reduce((markets, m) => markets + m.markets, 0) > 1;
  return { key: ALL_MARKETS, name, pooled, mix: mix.length > 1 ? mix : [] };
}

/**
 * Turns the aggregates into one bundle per slice and the roles index. Pure: the same rows give
 * the same bundles, keys always in the same order, every list fully ordered.
 */
export function assembleBundles(a: Aggregates, roles: readonly RoleDefinition[]): AssembledBuild {
  const settings = a.settings[0];
  if (!settings) throw new Error('the aggregates have no settings row');
  const groups = groupAggregates(a);
  const weeks = sortBy([...a.week], (w) => w.position);
  const slices: SliceBundle[] = [];
  const defaults = new Map<string, string>();
  const indexEntries: RoleIndex['roles'] = [];
  for (const definition of roles) {
    const roleSlices = sortBy(
      a.slice.filter((s) => s.role === definition.slug),
      (s) => (s.market === ALL_MARKETS ? 0 : 1),
      (s) => -s.listings,
      (s) => s.market,
    );
    if (roleSlices.length === 0) continue;
    for (const slice of roleSlices) {
      const key = sliceKey(slice.role, slice.market);
      const provenance = groups.provenance.get(key)?.[0];
      const trendWeeks = groups.trendWeek.get(key) ?? [];
      const weekly = (rows: readonly { week: string; listings: number }[], field: 'listings' | 'skill_listings' = 'listings') =>
        weeks.map((w) => (rows.find((r) => r.week === w.week) as Record<string, number> | undefined)?.[field] ?? 0);
      const trendSkills = sortBy([...(groups.trendSkill.get(key) ?? [])], (r) => r.rank);
      const followed = [...new Set(trendSkills.map((r) => r.skill))];
      const verdicts = groups.verdict.get(key) ?? [];
      const bundle: RoleBundle = {
        schemaVersion: SCHEMA_VERSION,
        role: roleInfo(definition),
        market: marketInfo(a, slice.role, slice.market, slice.market_name),
        listings: slice.listings,
        skillListings: groups.skillBase.get(key)?.[0]?.skill_listings ?? 0,
        skills: sortBy([...(groups.skills.get(key) ?? [])], (r) => r.rank).map((r) => ({ name: r.skill, category: r.category, count: r.listings })),
        pay: payStats(settings, slice.role, slice.market, groups),
        seniority: sortBy([...(groups.seniority.get(key) ?? [])], (r) => r.position).map((r) => ({ level: r.level as SeniorityLevel, count: r.listings })),
        trend: {
          weeks: weeks.map((w) => w.label),
          totals: weekly(trendWeeks),
          skillTotals: weekly(trendWeeks, 'skill_listings'),
          test: { weeks: settings.trend_window, confidence: settings.trend_confidence, minMentions: settings.trend_min_mentions },
          skills: followed.map((name) => {
            const v = verdicts.find((r) => r.skill === name);
            return {
              name,
              counts: weekly(trendSkills.filter((r) => r.skill === name)),
              verdict: (v?.verdict ?? 'steady') as TrendVerdict,
              recent: { mentions: v?.recent_mentions ?? 0, listings: v?.recent_listings ?? 0 },
              earlier: { mentions: v?.earlier_mentions ?? 0, listings: v?.earlier_listings ?? 0 },
            };
          }),
        },
        provenance: {
          generatedAt: settings.as_of,
          source: settings.source,
          window: { from: provenance?.first_day ?? '', to: provenance?.last_day ?? '' },
          builderVersion: settings.builder_version,
          constants: {
            hoursPerYear: settings.hours_per_year,
            daysPerYear: settings.days_per_year,
            weeksPerYear: settings.weeks_per_year,
            monthsPerYear: settings.months_per_year,
            plausibleMin: settings.plausible_min,
            plausibleMax: settings.plausible_max,
          },
          reposts: provenance?.reposts ?? 0,
          repostDays: settings.keep_reposts ? 0 : settings.repost_days,
          titlesOutsidePatterns: provenance?.titles_outside_patterns ?? 0,
        },
      };
      slices.push({ role: slice.role, market: slice.market, bundle });
    }
    const markets = roleSlices.filter((s) => s.market !== ALL_MARKETS);
    const chosen = markets[0] ?? roleSlices[0];
    const chosenBundle = chosen && slices.find((s) => s.role === definition.slug && s.market === chosen.market)?.bundle;
    // A role gets an entry only with a bundle (its slices come from the listings that name it).
    if (!chosen || !chosenBundle) continue;
    defaults.set(definition.slug, chosen.market);
    const pay = chosenBundle.pay;
    const payShown = pay && enoughSalaries(pay.n, pay) ? pay : null;
    indexEntries.push({
      slug: definition.slug,
      title: definition.title,
      market: chosen.market,
      markets: roleSlices.map((s) => ({ key: s.market, name: s.market_name, listings: s.listings })),
      listings: chosenBundle.listings,
      medianPay: payShown ? payShown.median : null,
      currency: payShown ? payShown.currency : null,
      salaries: pay?.n ?? 0,
      basis: settings.pay_basis,
    });
  }
  return {
    slices,
    defaults,
    index: { schemaVersion: SCHEMA_VERSION, generatedAt: settings.as_of, roles: sortBy(indexEntries, (e) => e.slug) },
  };
}
