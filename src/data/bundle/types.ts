/**
 * The stats bundle contract: what the builder writes and every element reads.
 *
 * One bundle describes one role. Counts are stored as counts (never rounded percentages) so a
 * reader can always say how many listings a figure rests on; shares are derived at render time
 * as `count / listings`. Pay values are annual amounts in `pay.currency`, rounded to whole units
 * after the percentile is computed (the percentile itself is exact, by R-7 on unrounded values).
 *
 * `RoleBundle` is the in-memory shape every element reads. The file on disk (`RoleBundleWire`)
 * differs in one place only: pay by skill is stored in columns, and `validateBundle` decodes it.
 */

/** Major.minor.patch of the bundle schema. Readers accept any bundle with the same major. */
export const SCHEMA_VERSION = '1.0.0';
export const SCHEMA_MAJOR = 1;

/** Seniority levels in career order; `unspecified` is for listings with no signal. */
export const SENIORITY_LEVELS = ['intern', 'entry', 'mid', 'senior', 'lead', 'executive', 'unspecified'] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** One step of the "path in" copy. `{skills}`, `{level}`, `{levelShare}` and `{role}` are filled in by the view. */
export interface PathStep {
  title: string;
  body: string;
}

export interface RoleInfo {
  slug: string;
  title: string;
  /** One paragraph: what people in this role do. */
  description: string;
  /** One sentence: who the role suits ("A fit if you like …"). */
  fit: string;
  /** Slugs of related roles. */
  related: string[];
  /** The "path in" steps, in order. */
  path: PathStep[];
}

export interface SkillCount {
  /** Canonical skill name, e.g. "PostgreSQL". */
  name: string;
  /** Taxonomy category, e.g. "database"; "other" for keywords outside the taxonomy. */
  category: string;
  /** Listings of this role that mention the skill (once per listing). */
  count: number;
}

/** Pay percentiles by d3-array's quantile. */
export interface PayPercentiles {
  /** Salaried listings the figures rest on. */
  n: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

export interface SeniorityPay extends PayPercentiles {
  level: SeniorityLevel;
}

/** One skill's pay, as every element reads it (the decoded, in-memory form; see `SkillPayColumns`). */
export interface SkillPay {
  name: string;
  /** Salaried listings that mention the skill, and their median pay. */
  n: number;
  median: number;
  /** Salaried listings that do not mention the skill, and their median pay (null when there are none). */
  nWithout: number;
  medianWithout: number | null;
}

export interface PayStats extends PayPercentiles {
  /** ISO 4217 code all pay figures are in. */
  currency: string;
  /** Always "year": every value is annualised. */
  period: 'year';
  bySeniority: SeniorityPay[];
  /** Minimum salaried listings a skill needs to appear in `bySkill`. */
  minSkillN: number;
  /**
   * Every skill with at least `minSkillN` salaried listings, by median pay descending, then name.
   * Stored on disk as `SkillPayColumns` (see `PayStatsWire`); decoded to rows by `validateBundle`.
   */
  bySkill: SkillPay[];
  /** Salaried listings left out, by reason ("currency", "implausible", …). */
  excluded: Record<string, number>;
}

/**
 * Pay by skill as bundles store it on disk: one list per field, all the same length, entry `i` of
 * each describing the same skill. Columns are compact (about 20% smaller gzip than rows on the
 * real data, where a role can have 150+ skills), which keeps every bundle under 4 KB gzip.
 * `validateBundle` decodes them into `SkillPay` rows; `nWithout` is not stored because it is
 * always `pay.n − n`.
 */
export interface SkillPayColumns {
  name: string[];
  n: number[];
  median: number[];
  medianWithout: (number | null)[];
}

/** `PayStats` as stored on disk: `bySkill` in columns. */
export interface PayStatsWire extends Omit<PayStats, 'bySkill'> {
  bySkill: SkillPayColumns;
}

/**
 * A role bundle as the builder writes it: `RoleBundle` with pay by skill in columns. Bundles on
 * disk store pay by skill as columns (compact: ~20% smaller gzip); `validateBundle` decodes them
 * into rows, with `nWithout = pay.n − n`, so elements only ever see `RoleBundle`.
 */
export interface RoleBundleWire extends Omit<RoleBundle, 'pay'> {
  pay: PayStatsWire | null;
}

export interface SeniorityCount {
  level: SeniorityLevel;
  count: number;
}

export interface SkillTrend {
  name: string;
  /** Listings mentioning the skill in each week of `trend.weeks`. */
  counts: number[];
}

export interface Trend {
  /** ISO weeks (UTC), oldest first, e.g. "2024-W49": the last 12 weeks of the data. */
  weeks: string[];
  /** All listings of the role in each of those weeks. */
  totals: number[];
  /** The role's top 10 skills, in demand order. */
  skills: SkillTrend[];
}

export interface PayConstants {
  hoursPerYear: number;
  daysPerYear: number;
  weeksPerYear: number;
  monthsPerYear: number;
  /** Annual pay outside [min, max] is implausible and excluded. */
  plausibleMin: number;
  plausibleMax: number;
}

export interface Provenance {
  /** ISO date-time the bundle was generated (fixed by `--as-of`). */
  generatedAt: string;
  /** Free label for the listings' source. */
  source: string;
  /** First and last posting date (YYYY-MM-DD, UTC) of the role's listings. */
  window: { from: string; to: string };
  builderVersion: string;
  constants: PayConstants;
}

export interface RoleBundle {
  schemaVersion: string;
  role: RoleInfo;
  /** Listings of this role the bundle rests on. */
  listings: number;
  /** Top 30 skills by listing count (ties by name). */
  skills: SkillCount[];
  /** Null when no listing of the role has usable pay. */
  pay: PayStats | null;
  /** Every level in SENIORITY_LEVELS order, zero counts included. */
  seniority: SeniorityCount[];
  trend: Trend;
  provenance: Provenance;
}

export interface RoleIndexEntry {
  slug: string;
  title: string;
  listings: number;
  /** Median annual pay, null without salaried listings. */
  medianPay: number | null;
  currency: string | null;
}

export interface RoleIndex {
  schemaVersion: string;
  generatedAt: string;
  roles: RoleIndexEntry[];
}
