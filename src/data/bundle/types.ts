/**
 * The stats bundle contract: what the builder writes and every element reads.
 *
 * One bundle describes one role in one market (or all markets together). Counts are stored as
 * counts (never rounded percentages) so a reader can always say how many listings a figure rests
 * on; a skill's share is derived at render time as `count / skillListings`, any other share as
 * `count / listings`. Pay values are annual amounts in `pay.currency`, rounded to whole units
 * after the percentile is computed (the percentile itself is exact, by R-7 on unrounded values).
 *
 * `RoleBundle` is the in-memory shape every element reads. The file on disk (`RoleBundleWire`)
 * differs in one place only: pay by skill is stored in columns, and `validateBundle` decodes it.
 */

/** Major.minor.patch of the bundle schema. Readers accept any bundle with the same major. */
export const SCHEMA_VERSION = '2.0.0';
export const SCHEMA_MAJOR = 2;

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

/** A level's pay: percentiles when it has at least `pay.minSeniorityN` salaried listings, else its n only. */
export type SeniorityPay = (PayPercentiles & { level: SeniorityLevel }) | { level: SeniorityLevel; n: number };

/** Pay from salaries stated per hour, day, week or month, annualised with the provenance's constants: approximate. */
export interface AnnualisedPay {
  n: number;
  median: number;
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
  /** Always "year": every value is a yearly amount. */
  period: 'year';
  /**
   * Which salaries the percentiles rest on: "year", those stated per year (the default); "all",
   * every period, annualised (a build's `--pay-basis all`).
   */
  basis: 'year' | 'all';
  /** With basis "year": salaries stated per hour, day, week or month, annualised; null when there are none. */
  annualised: AnnualisedPay | null;
  /** Salaried listings a level needs for percentiles in `bySeniority`. */
  minSeniorityN: number;
  bySeniority: SeniorityPay[];
  /** Pay-by-skill entries with fewer salaried listings than this are low-confidence. */
  lowConfidenceN: number;
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

export interface TrendTest {
  /** Complete weeks on each side: the last `weeks` against the `weeks` before. */
  weeks: number;
  /** Two-sided confidence of the two-proportion test, e.g. 0.95. */
  confidence: number;
  /** Mentions each side needs before a change can be called. */
  minMentions: number;
}

export const TREND_VERDICTS = ['rising', 'falling', 'steady'] as const;
export type TrendVerdict = (typeof TREND_VERDICTS)[number];

/** Mentions of a skill among the listings that carry skills, over some weeks. */
export interface MentionCount {
  mentions: number;
  listings: number;
}

export interface SkillTrend {
  name: string;
  /** Listings mentioning the skill in each week of `trend.weeks`. */
  counts: number[];
  /**
   * "rising" or "falling" only when the share of mentions in the last 4 complete weeks differs
   * from the 4 before at 95% (two-proportion test) with at least 30 mentions on each side.
   */
  verdict: TrendVerdict;
  recent: MentionCount;
  earlier: MentionCount;
}

export interface Trend {
  /**
   * ISO weeks (UTC), oldest first, e.g. "2024-W49": the last 12 complete weeks of the build's
   * data (fewer when the data holds fewer); a week the data covers only in part is never here.
   */
  weeks: string[];
  /** All listings of the slice in each of those weeks. */
  totals: number[];
  /** The listings of each week that carry skills: what a week's skill counts are shares of. */
  skillTotals: number[];
  /** The rule behind every skill's verdict: the weeks on each side, the confidence, the mentions each side needs. */
  test: TrendTest;
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
  /** Listings of this slice dropped as reposts (0 when the build kept them). */
  reposts: number;
  /** Days within which a listing repeating company, title and location is a repost; 0 when kept. */
  repostDays: number;
  /** Listings whose title matches none of the role's title patterns (their role was stated). */
  titlesOutsidePatterns: number;
}

/** One market's listings in a view. */
export interface MarketShare {
  /** Market key ("" for listings without a country). */
  key: string;
  name: string;
  listings: number;
}

/** The market a bundle describes: one country, or every market together ("all"). */
export interface MarketInfo {
  /** "all", or the country as a slug ("united-states"). */
  key: string;
  /** "All markets", or the country as the listings name it. */
  name: string;
  /** True when the figures mix listings of more than one market (the all-markets view of several). */
  pooled: boolean;
  /** For "all": listings per market, most first; empty for one market. */
  mix: MarketShare[];
}

export interface RoleBundle {
  schemaVersion: string;
  role: RoleInfo;
  market: MarketInfo;
  /** Listings of this role (and market) the bundle rests on, reposts dropped. */
  listings: number;
  /** The listings that carry skills (a skills list or a description): what skill shares are shares of. */
  skillListings: number;
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
  /** The default market's key: the market `<slug>.json` describes. */
  market: string;
  /** Every market with a bundle (`<slug>.<key>.json`), "all" first, then by listings. */
  markets: MarketShare[];
  /** Listings, median pay and currency of the default market. */
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
