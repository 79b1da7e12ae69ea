/**
 * The per-slice aggregates the SQL files produce (one table each, named `agg_<name>`), as rows.
 * A direct build reads them from the engine; `role-hub bundle` reads the same tables from Parquet
 * written by any engine that ran the SQL. Bundles are assembled from these alone.
 */
export interface Aggregates {
  settings: SettingsRow[];
  slice: { role: string; market: string; market_name: string; listings: number }[];
  /** `markets`: how many markets the entry's listings come from (listings without a country count as one). */
  market_mix: { role: string; market: string; market_name: string; listings: number; markets: number }[];
  skill_base: { role: string; market: string; skill_listings: number }[];
  skills: { role: string; market: string; skill: string; category: string; listings: number; rank: number }[];
  pay: PayRow[];
  pay_by_seniority: { role: string; market: string; level: string; position: number; n: number; p10: number | null; p25: number | null; median: number | null; p75: number | null; p90: number | null }[];
  pay_skill_floor: { role: string; market: string; min_n: number }[];
  pay_by_skill: { role: string; market: string; skill: string; n: number; median: number; n_without: number; median_without: number | null; rank: number }[];
  seniority: { role: string; market: string; level: string; position: number; listings: number }[];
  week: { week: string; label: string; position: number }[];
  trend_week: { role: string; market: string; week: string; position: number; listings: number; skill_listings: number }[];
  trend_skill: { role: string; market: string; skill: string; rank: number; week: string; position: number; listings: number }[];
  trend_verdict: { role: string; market: string; skill: string; verdict: string; recent_mentions: number; recent_listings: number; earlier_mentions: number; earlier_listings: number }[];
  provenance: { role: string; market: string; first_day: string | null; last_day: string | null; reposts: number; before_reposts: number; titles_outside_patterns: number }[];
}

export interface SettingsRow {
  as_of: string;
  source: string;
  builder_version: string;
  repost_days: number;
  keep_reposts: boolean;
  pay_basis: 'year' | 'all';
  hours_per_year: number;
  days_per_year: number;
  weeks_per_year: number;
  months_per_year: number;
  plausible_min: number;
  plausible_max: number;
  low_confidence_n: number;
  min_seniority_pay_n: number;
  trend_window: number;
  trend_confidence: number;
  trend_min_mentions: number;
}

export interface PayRow {
  role: string;
  market: string;
  /** Null for a slice whose salaries are all invalid (none names a readable currency). */
  currency: string | null;
  basis: 'year' | 'all';
  n: number;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  annualised_n: number;
  annualised_median: number | null;
  excluded_invalid: number;
  excluded_currency: number;
  excluded_implausible: number;
}

/** The aggregate tables, in the order the SQL files make them. */
export const AGGREGATE_TABLES = [
  'settings',
  'slice',
  'market_mix',
  'skill_base',
  'skills',
  'pay',
  'pay_by_seniority',
  'pay_skill_floor',
  'pay_by_skill',
  'seniority',
  'week',
  'trend_week',
  'trend_skill',
  'trend_verdict',
  'provenance',
] as const satisfies readonly (keyof Aggregates)[];
