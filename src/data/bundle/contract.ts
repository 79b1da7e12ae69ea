/**
 * The stats bundle contract, written once: what the builder writes and every element reads.
 *
 * Each part is a schema (see ./dsl.ts) with its type inferred from it just below. The same
 * schemas are what `validateBundle` checks, what the builder's files are encoded with (./wire.ts),
 * and what src/data/bundle/schema/*.schema.json are generated from (`npm run schema`), field
 * descriptions included: a field's JSDoc here is its description there.
 *
 * One bundle describes one role in one market (or all markets together). Counts are stored as
 * counts (never rounded percentages) so a reader can always say how many listings a figure rests
 * on; a skill's share is derived at render time as `count / skillListings`, any other share as
 * `count / listings`. Pay values are annual amounts in `pay.currency`, rounded to whole units
 * after the percentile is computed (the percentile itself is exact, by R-7 on unrounded values).
 *
 * Rules a type cannot say are bounds that name another field (`int({ max: 'listings' })`) and
 * the named refinements below (percentiles in order, a data window that does not end before it
 * starts, …). They read fields checked before them, so the order of fields matters.
 */
import {
  added,
  arr,
  bool,
  columns,
  distinct,
  fail,
  int,
  join,
  literal,
  nullable,
  num,
  obj,
  oneOf,
  onePer,
  read,
  record,
  refine,
  str,
  union,
  type Infer,
  type InferFields,
  type InferWire,
  type Ref,
} from './dsl.js';
import { isCalendarDay } from './calendar-day.js';
import { ISO_WEEK_PATTERN } from './iso-week.js';
import { MAX_ROLES, MAX_SLUG, SLUG_PATTERN } from './limits.js';

/** Major.minor.patch of the bundle schema. Readers accept any bundle with the same major. */
export const SCHEMA_VERSION = '2.1.0';
export const SCHEMA_MAJOR = 2;

/** Seniority levels in career order; `unspecified` is for listings with no signal. */
export const SENIORITY_LEVELS = ['intern', 'entry', 'mid', 'senior', 'lead', 'executive', 'unspecified'] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];
/** How many levels there are: what a list with each level at most once can hold. */
const LEVELS = 7 satisfies (typeof SENIORITY_LEVELS)['length'];

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const TREND_VERDICTS = ['rising', 'falling', 'steady'] as const;
export type TrendVerdict = (typeof TREND_VERDICTS)[number];

// ---- Values used throughout -------------------------------------------------------------------

const text = str();
/** The slug rule (`isSlug` in limits.ts): lower-case letters and digits in words joined by "-", at most 100 characters. */
export const slug = str({ max: MAX_SLUG, re: SLUG_PATTERN, is: 'a slug' });
/** A count of listings: a whole number, never negative. */
export const count = int();
/** An annual amount of money: a positive number below MAX_PAY. */
export const amount = num('a plausible amount');
/** A day the calendar has, at the start of `text` (YYYY-MM-DD…): a bundle never shows a date that rolls over. */
function calendarDay(text: string, path: string): void {
  if (text && !isCalendarDay(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10))) fail(path, 'is not a day of the calendar');
}
/** A date (YYYY-MM-DD, UTC), or "" when there is none (a role without listings). */
export const day = refine(str({ re: /^(\d{4}-\d\d-\d\d)?$/, is: 'a date (YYYY-MM-DD)' }), calendarDay);
/** A seniority level (SENIORITY_LEVELS). */
export const level = oneOf(SENIORITY_LEVELS, 'a seniority level');
const currency = str({ re: /^[A-Z]{3}$/, is: 'a 3-letter currency code' });
/** Which salaries pay rests on: "year", those stated per year; "all", every period, annualised. */
const payBasis = oneOf(['year', 'all']);
const dateTime = refine(
  str({ re: /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/, is: 'a date' }),
  calendarDay,
);
const positive = num('a positive number');

/** A version this library reads: the same major as SCHEMA_MAJOR. */
function supportedMajor(version: string): void {
  if (parseInt(version) !== SCHEMA_MAJOR) fail(`schema ${version}`, `is not supported (this library reads ${SCHEMA_MAJOR}.x)`);
}
const version = refine(str({ re: /^\d+\.\d+\.\d+/, is: 'a version like 1.0.0' }), supportedMajor, {
  pattern: `^${SCHEMA_MAJOR}\\.\\d+\\.\\d+`,
});

// ---- Named refinements ------------------------------------------------------------------------

const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

/** p10 ≤ p25 ≤ median ≤ p75 ≤ p90. */
function percentilesInOrder(p: Readonly<Record<(typeof PERCENTILES)[number], number>>, path: string): void {
  let previous: (typeof PERCENTILES)[number] | undefined;
  for (const key of PERCENTILES) {
    if (previous && p[key] < p[previous]) fail(join(path, key), `is below ${previous}`);
    previous = key;
  }
}

/** A level's pay is its n alone only below `pay.minSeniorityN` salaried listings; at or above it, percentiles. */
function belowMinSeniorityN(band: { n: number }, path: string, root: unknown): void {
  if (band.n >= (read(root, 'pay.minSeniorityN') as number)) fail(join(path, 'p10'), 'is missing');
}

/** A skill's listings with and without it add up to at most pay.n. */
function withAndWithoutWithinPayN(skill: { n: number; nWithout: number }, path: string, root: unknown): void {
  if (skill.nWithout > (read(root, 'pay.n') as number) - skill.n) fail(join(path, 'nWithout'), 'is more than pay.n minus n');
}

/** The seniority counts add up to at most listings (a listing has one level). */
function countsWithinListings(rows: readonly { count: number }[], path: string, root: unknown): void {
  if (rows.reduce((sum, row) => sum + row.count, 0) > (read(root, 'listings') as number)) fail(path, 'counts add up to more than listings');
}

/** Levels in career order (SENIORITY_LEVELS), each at most once. */
function inCareerOrder(rows: readonly { level: SeniorityLevel }[], path: string): void {
  let previous = -1;
  rows.forEach((row, i) => {
    const at = SENIORITY_LEVELS.indexOf(row.level);
    if (at <= previous) fail(join(join(path, i), 'level'), 'is out of career order or repeated');
    previous = at;
  });
}

/** Every level of SENIORITY_LEVELS, none left out (a missing level would read as 0 listings). */
function everyLevel(rows: readonly unknown[], path: string): void {
  if (rows.length < LEVELS) fail(path, `has ${rows.length} levels, not all ${LEVELS}`);
}

/** The most mentioned first: no count above the one before it. */
function mostFirst(rows: readonly { count: number }[], path: string): void {
  let previous = Infinity;
  rows.forEach((row, i) => {
    if (row.count > previous) fail(join(join(path, i), 'count'), 'is above the count before it');
    previous = row.count;
  });
}

/** Weeks oldest first, each once. */
function weeksInOrder(weeks: readonly string[], path: string): void {
  weeks.forEach((week, i) => i && week <= (weeks[i - 1] as string) && fail(join(path, i), 'is not after the week before it'));
}

/** Mentions are a part of the listings they are counted among. */
function mentionsWithinListings(m: { mentions: number; listings: number }, path: string): void {
  if (m.mentions > m.listings) fail(join(path, 'mentions'), 'is more than listings');
}

/** A data window does not end before it starts. */
function fromNotAfterTo(w: { from: string; to: string }, path: string): void {
  if (w.from > w.to) fail(join(path, 'from'), 'is after to');
}

/** A median pay always comes with its currency. */
function currencyWithPay(role: { medianPay: number | null; currency: string | null }, path: string): void {
  if (role.currency === null && role.medianPay !== null) fail(join(path, 'currency'), 'is missing');
}

// ---- The role ---------------------------------------------------------------------------------

const pathStep = obj({ title: text, body: text });
/** One step of the "path in" copy. `{skills}`, `{level}`, `{levelShare}` and `{role}` are filled in by the view. */
export type PathStep = Infer<typeof pathStep>;

/** The role's slug and title: what every element reads (heading, events). */
export const roleHeadFields = {
  slug,
  /** The role's name, e.g. "Backend Engineer". */
  title: text,
};

export const roleInfo = obj(roleHeadFields, {
  /** One paragraph: what people in this role do. */
  description: text,
  /** One sentence: who the role suits ("A fit if you like …"). */
  fit: text,
  /** Slugs of related roles, each at most once. */
  related: distinct(arr(slug, 100)),
  /** The "path in" steps, in order. */
  path: arr(pathStep, 50),
});
/** The role and its copy. */
export type RoleInfo = Infer<typeof roleInfo>;

// ---- The market -------------------------------------------------------------------------------

/** One market's listings in a view: key is the market's slug, or "" for listings without a country (other markets). */
export const marketShare = obj({
  /** Market key ("" for listings without a country). */
  key: str({ max: MAX_SLUG, re: new RegExp(`^(${SLUG_PATTERN.source.slice(1, -1)})?$`), is: 'a slug' }),
  name: text,
  listings: count,
});
/** One market's listings in a view. */
export type MarketShare = Infer<typeof marketShare>;

export const marketInfo = obj({
  /** "all", or the country as a slug ("united-states"). */
  key: slug,
  /** "All markets", or the country as the listings name it. */
  name: text,
  /** True when the figures mix listings of more than one market (the all-markets view of several). */
  pooled: bool(),
  /** For "all": listings per market, most first; empty for one market. */
  mix: arr(marketShare),
});
/** The market a bundle describes: one country, or every market together ("all"). */
export type MarketInfo = Infer<typeof marketInfo>;

// ---- Skills -----------------------------------------------------------------------------------

/** The listings that carry skills (a skills list or a description): what skill shares are shares of; at most listings. */
export const skillListings = int({ max: 'listings' });

const skillCount = obj({
  /** Canonical skill name, e.g. "PostgreSQL". */
  name: text,
  /** Taxonomy category, e.g. "database"; "other" for keywords outside the taxonomy. */
  category: text,
  /** Listings of this role that mention the skill (once per listing); at most skillListings. */
  count: int({ max: 'skillListings' }),
});
/** A skill of the ranking: its name, its category and the listings that mention it. */
export type SkillCount = Infer<typeof skillCount>;

/** Top skills (30 by default) by listing count, ties by name; each once. */
export const skills = distinct(refine(arr(skillCount), mostFirst), 'name');

// ---- Pay --------------------------------------------------------------------------------------

/** Pay percentiles by d3-array's quantile (R-7), on at most `max` salaried listings. */
const percentiles = (max: Ref) => ({
  /** Salaried listings the figures rest on: at least 1 (no pay at all is pay null). */
  n: int({ min: 1, max }),
  p10: amount,
  p25: amount,
  median: amount,
  p75: amount,
  p90: amount,
});
/** Pay percentiles by d3-array's quantile (R-7), and the salaried listings they rest on. */
export type PayPercentiles = InferFields<ReturnType<typeof percentiles>>;

const band = refine(obj({ level }, percentiles('pay.n')), percentilesInOrder);
const bandWithoutPercentiles = refine(obj({ level, n: int({ max: 'pay.n' }) }), belowMinSeniorityN);
const seniorityPay = union(bandWithoutPercentiles, band);
/** A level's pay: percentiles when it has at least `pay.minSeniorityN` salaried listings, else its n only. */
export type SeniorityPay = Infer<typeof seniorityPay>;

const annualisedPay = obj({ n: int({ min: 1 }), median: amount });
/** Pay from salaries stated per hour, day, week or month, annualised with the provenance's constants: approximate. */
export type AnnualisedPay = Infer<typeof annualisedPay>;

/** The pay section's percentiles, on at most listings salaried listings. */
export const payPercentileFields = percentiles('listings');
/** The rest of the pay section that elements drawing pay bands read: all but pay by skill and the exclusions. */
export const payHeadFields = {
  /** ISO 4217 code all pay figures are in. */
  currency,
  /** Always "year": every value is a yearly amount. */
  period: literal('year'),
  /**
   * Which salaries the percentiles rest on: "year", those stated per year (the default); "all",
   * every period, annualised (a build's `--pay-basis all`).
   */
  basis: payBasis,
  /** With basis "year": salaries stated per hour, day, week or month, annualised; null when there are none. */
  annualised: nullable(annualisedPay),
  /** Salaried listings a level needs for percentiles in `bySeniority`, and any pay figure an element shows (pay-floor.ts). */
  minSeniorityN: count,
  /** Each level with salaried listings, in career order, at most once. */
  bySeniority: refine(arr(seniorityPay, LEVELS), inCareerOrder),
  /** Pay-by-skill entries with fewer salaried listings than this are low-confidence. */
  lowConfidenceN: count,
};

const skillPay = refine(
  obj({
    name: text,
    /** Salaried listings that mention the skill (at least 1, at most pay.n), and their median pay. */
    n: int({ min: 1, max: 'pay.n' }),
    median: amount,
    /** Salaried listings that do not mention the skill (always pay.n − n; files leave it out), and their median pay (null when there are none). */
    nWithout: count,
    medianWithout: nullable(amount),
  }),
  withAndWithoutWithinPayN,
);
/** One skill's pay, as every element reads it (files store pay by skill as columns: see `SkillPayColumns`). */
export type SkillPay = Infer<typeof skillPay>;

/**
 * Pay by skill: stored as columns, one list per field, all the same length, entry `i` of each
 * describing the same skill. Columns are compact (about 20% smaller gzip than rows on the real
 * data, where a role can have 150+ skills). `nWithout` is not stored: it is always `pay.n − n`.
 */
export const bySkill = columns(skillPay, { nWithout: (row, root) => (read(root, 'pay.n') as number) - row.n });
/** Pay by skill as files store it: one list per field, entry `i` of each describing the same skill; no `nWithout`. */
export type SkillPayColumns = InferWire<typeof bySkill>;

/** Pay by skill, for the elements that show it. */
export const paySkillFields = {
  /** Minimum salaried listings a skill needs to appear in `bySkill` (at least 1). */
  minSkillN: int({ min: 1 }),
  /** Every skill with at least `minSkillN` salaried listings, by median pay descending, then name. */
  bySkill,
};

/** Pay percentiles, overall and by seniority; pay by skill and the exclusions are passed through unchecked. */
export const payHead = refine(obj(payPercentileFields, payHeadFields), percentilesInOrder);
/** Pay as `payHead`, with pay by skill checked (and decoded from columns). */
export const payWithSkills = refine(obj(payPercentileFields, payHeadFields, paySkillFields), percentilesInOrder);
/** All of pay. */
export const payStats = refine(
  obj(payPercentileFields, payHeadFields, paySkillFields, {
    /** Salaried listings left out of the figures, by reason (invalid, currency, implausible). */
    excluded: record(count),
  }),
  percentilesInOrder,
);
/** The pay section: annual amounts in one currency, overall, by seniority and by skill. */
export type PayStats = Infer<typeof payStats>;
/** `PayStats` as files store it: `bySkill` in columns. */
export type PayStatsWire = InferWire<typeof payStats>;

// ---- Seniority --------------------------------------------------------------------------------

const seniorityCount = obj({ level, count });
/** Listings at one seniority level. */
export type SeniorityCount = Infer<typeof seniorityCount>;

/** Every level in SENIORITY_LEVELS order, zero counts included; the counts add up to at most listings. */
export const seniority = refine(refine(refine(arr(seniorityCount, LEVELS), inCareerOrder), everyLevel), countsWithinListings);

// ---- Trend ------------------------------------------------------------------------------------

/** Mentions of a skill among the listings that carry skills, over some weeks; mentions is at most listings. */
export const mentionCount = refine(obj({ mentions: count, listings: count }), mentionsWithinListings);
/** Mentions of a skill among the listings that carry skills, over some weeks. */
export type MentionCount = Infer<typeof mentionCount>;

const trendTest = obj({
  /** Complete weeks on each side: the last `weeks` against the `weeks` before. */
  weeks: int({ min: 1 }),
  /** Two-sided confidence of the two-proportion test, e.g. 0.95. */
  confidence: num('a share between 0 and 1', 0, 1),
  /** Mentions each side needs before a change can be called. */
  minMentions: count,
});
/** The rule behind every skill's verdict: the weeks on each side, the confidence, the mentions each side needs. */
export type TrendTest = Infer<typeof trendTest>;

const skillTrend = obj({
  name: text,
  /** Listings mentioning the skill in each week of `trend.weeks`; each at most that week's skillTotals. */
  counts: onePer(arr(int({ max: 'trend.skillTotals[i]', of: "that week's listings with skills" })), 'trend.skillTotals', 'week'),
  /**
   * "rising" or "falling" only when the share of mentions in the last 4 complete weeks differs
   * from the 4 before at 95% (two-proportion test) with at least 30 mentions on each side.
   */
  verdict: oneOf(TREND_VERDICTS),
  /** Mentions in the last `test.weeks` complete weeks. */
  recent: mentionCount,
  /** Mentions in the `test.weeks` complete weeks before those. */
  earlier: mentionCount,
});
/** One skill's weekly mentions and its verdict. */
export type SkillTrend = Infer<typeof skillTrend>;

export const trend = obj({
  /**
   * ISO weeks (UTC), oldest first, e.g. "2024-W49": the last 12 complete weeks of the build's
   * data (fewer when the data holds fewer); a week the data covers only in part is never here.
   */
  weeks: refine(arr(str({ re: ISO_WEEK_PATTERN, is: 'an ISO week (YYYY-Www)' })), weeksInOrder),
  /** All listings of the slice in each of those weeks; each at most listings. */
  totals: onePer(arr(int({ max: 'listings' })), 'trend.weeks', 'week'),
  /** The listings of each week that carry skills: what a week's skill counts are shares of; each at most that week's total. */
  skillTotals: onePer(arr(int({ max: 'trend.totals[i]', of: "that week's total" })), 'trend.totals', 'week'),
  /** The rule behind every skill's verdict: the weeks on each side, the confidence, the mentions each side needs. */
  test: trendTest,
  /** The role's top skills (10 by default), in demand order. */
  skills: arr(skillTrend),
});
/** Weekly demand: all listings, those with skills, and the top skills' mentions, per week. */
export type Trend = Infer<typeof trend>;

// ---- Provenance -------------------------------------------------------------------------------

/** First and last posting date (YYYY-MM-DD, UTC) of the role's listings; both "" when it has none. */
const dataWindow = refine(obj({ from: day, to: day }), fromNotAfterTo);

/** What every element's footer states: when, from what, over which dates. */
export const provenanceHeadFields = {
  /** ISO date-time the bundle was generated (fixed by `--as-of`). */
  generatedAt: dateTime,
  /** Free label for the listings' source. */
  source: text,
  /** First and last posting date (YYYY-MM-DD, UTC) of the role's listings. */
  window: dataWindow,
};

const payConstants = obj({
  hoursPerYear: positive,
  daysPerYear: positive,
  weeksPerYear: positive,
  monthsPerYear: positive,
  /** Annual pay outside [plausibleMin, plausibleMax] is implausible and excluded. */
  plausibleMin: positive,
  plausibleMax: positive,
});
/** The constants salaries stated per hour, day, week or month are annualised with, and the plausible range. */
export type PayConstants = Infer<typeof payConstants>;

export const provenance = obj(provenanceHeadFields, {
  builderVersion: text,
  /** The constants salaries stated per hour, day, week or month were annualised with, and the plausible range. */
  constants: payConstants,
  /** Listings of this slice dropped as reposts (0 when the build kept them). */
  reposts: count,
  /** Days within which a listing repeating company, title and location is a repost; 0 when kept. */
  repostDays: count,
  /** Listings whose title matches none of the role's title patterns (their role was stated). */
  titlesOutsidePatterns: count,
});
/** How the bundle was made: when, from what, over which dates, with which constants. */
export type Provenance = Infer<typeof provenance>;

// ---- The bundle -------------------------------------------------------------------------------

/**
 * What every element reads, whatever it shows: the version, the role's title and slug (heading,
 * events), the market, the listing count and the provenance its footer states. Fields in the
 * bundle's order; an element's sections add to them (see `bundleCheck`).
 */
export const envelopeFields = {
  /** Major.minor.patch of the schema the bundle follows; readers accept the same major (SCHEMA_MAJOR). */
  schemaVersion: version,
  /** The role's slug and title. */
  role: obj(roleHeadFields),
  /** The market the bundle describes. */
  market: marketInfo,
  /** Listings of this role (and market) the bundle rests on, reposts dropped. */
  listings: count,
  /** When, from what and over which dates the bundle was made. */
  provenance: obj(provenanceHeadFields),
};

/**
 * One role's job-market statistics in one market (or all markets together), written by
 * `role-hub build` as `<role>.<market>.json` (and `<role>.json` for the role's default market).
 * Files store pay by skill as columns (`RoleBundleWire`); elements read rows (`RoleBundle`).
 */
export const roleBundle = obj({
  /** Major.minor.patch of the schema the bundle follows; readers accept the same major (SCHEMA_MAJOR). */
  schemaVersion: version,
  /** The role and its copy. */
  role: roleInfo,
  /** The market the bundle describes: one country, or every market together ("all"). */
  market: marketInfo,
  /** Listings of this role (and market) the bundle rests on, reposts dropped. */
  listings: count,
  /** The listings that carry skills (a skills list or a description): what skill shares are shares of; at most listings. */
  skillListings,
  /** Top skills by listing count (30 by default), ties by name; each count at most skillListings. */
  skills,
  /** Pay, annual, in one currency; null when no listing of the role has usable pay. */
  pay: nullable(payStats),
  /** Listings per level: every level in SENIORITY_LEVELS order, zero counts included, adding up to at most listings. */
  seniority,
  /** Weekly demand over the last complete ISO weeks (UTC), oldest first: one value per week in every weekly list. */
  trend,
  /** How the bundle was made: when, from what, over which dates, with which constants. */
  provenance,
});
/** A role bundle as every element reads it: pay by skill in rows. */
export type RoleBundle = Infer<typeof roleBundle>;
/** A role bundle as the builder writes it: `RoleBundle` with pay by skill in columns. */
export type RoleBundleWire = InferWire<typeof roleBundle>;

// ---- The roles index --------------------------------------------------------------------------

const roleIndexEntry = refine(
  obj({
    slug,
    /** The role's name, e.g. "Backend Engineer". */
    title: text,
    /** The default market's key: the market `<slug>.json` describes ("all" when the role has no single market). */
    market: slug,
    /** Every market with a bundle (`<slug>.<key>.json`), "all" first, then by listings. */
    markets: arr(marketShare),
    /** Listings of the default market. */
    listings: count,
    /** Median annual pay of the default market; null with fewer salaried listings than its bundle's pay.minSeniorityN. */
    medianPay: nullable(amount),
    /** The currency of medianPay; null only when medianPay is. */
    currency: nullable(currency),
    /**
     * Salaried listings of the default market on its bundle's pay basis (`pay.n`), which medianPay
     * rests on; 0 without any. Since 2.1.0: an index of 2.0 lacks it, and readers hold null.
     */
    salaries: added(int({ max: 'roles[i].listings', of: 'its listings' }), '2.1.0'),
    /** The build's pay basis, which its bundles' `pay.basis` names and medianPay rests on. Since 2.1.0: an index of 2.0 lacks it, and readers hold null. */
    basis: added(payBasis, '2.1.0'),
  }),
  currencyWithPay,
);
/** One role of the index: its slug, title and markets, and the default market's listings and median pay. */
export type RoleIndexEntry = Infer<typeof roleIndexEntry>;

/**
 * `index.json` beside the role bundles: every built role's slug and title, the default market its
 * `<role>.json` describes, every market with a bundle, and the default market's listing count and
 * median annual pay.
 */
export const roleIndex = obj({
  /** Major.minor.patch of the schema the index follows; readers accept the same major (SCHEMA_MAJOR). */
  schemaVersion: version,
  /** ISO date-time the index was generated. */
  generatedAt: dateTime,
  /** Every built role, each slug at most once. */
  roles: distinct(arr(roleIndexEntry, MAX_ROLES), 'slug'),
});
export type RoleIndex = Infer<typeof roleIndex>;
