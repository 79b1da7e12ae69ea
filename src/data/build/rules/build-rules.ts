import {
  LOW_CONFIDENCE_N,
  MIN_SENIORITY_PAY_N,
  TOP_SKILLS,
  TREND_CONFIDENCE,
  TREND_MIN_MENTIONS,
  TREND_SKILLS,
  TREND_TEST_WEEKS,
  TREND_WEEKS,
  TREND_Z,
} from '../../bundle/limits.js';
import type { PayConstants } from '../../bundle/types.js';
import { DEFAULT_PAY_CONSTANTS } from '../pay/constants.js';

/**
 * How much of a description skills are read from: its first 100,000 characters. Job descriptions
 * run to a few thousand; the limit keeps one pasted megabyte from taking the engine's memory.
 */
export const DESCRIPTION_CHARS = 100_000;

export const PAY_BASES = ['year', 'all'] as const;
export type PayBasis = (typeof PAY_BASES)[number];

/**
 * Every number a build's statistics depend on (docs/methodology.md states each rule). The SQL
 * reads them from one `settings` row, so a build's rules are data, written into its bundles.
 */
export interface BuildRules {
  /** The build's as-of moment (ISO date-time): listings dated after it are rejected. */
  asOf: string;
  /** Listings dated before this day are rejected as implausible. */
  earliestDate: string;
  /** A listing repeating company, title and location within this many days is a repost. */
  repostDays: number;
  keepReposts: boolean;
  /** Listings of a role a market needs for its own bundle. */
  minMarketListings: number;
  payBasis: PayBasis;
  /** Report every slice's pay in this currency instead of its most common one. */
  currency?: string;
  constants: PayConstants;
  /** A skill needs max(minSkillPayN, minSkillPayShare × salaried listings) salaried listings for pay by skill. */
  minSkillPayN: number;
  minSkillPayShare: number;
  lowConfidenceN: number;
  minSeniorityPayN: number;
  topSkills: number;
  trendSkills: number;
  trendWeeks: number;
  trendWindow: number;
  trendMinMentions: number;
  /** The test's confidence, and its two-sided critical value of the standard normal. */
  trendConfidence: number;
  trendZ: number;
}

export const DEFAULT_RULES: Omit<BuildRules, 'asOf'> = {
  earliestDate: '1990-01-01',
  repostDays: 30,
  keepReposts: false,
  minMarketListings: 100,
  payBasis: 'year',
  constants: DEFAULT_PAY_CONSTANTS,
  minSkillPayN: 3,
  minSkillPayShare: 0.01,
  lowConfidenceN: LOW_CONFIDENCE_N,
  minSeniorityPayN: MIN_SENIORITY_PAY_N,
  topSkills: TOP_SKILLS,
  trendSkills: TREND_SKILLS,
  trendWeeks: TREND_WEEKS,
  trendWindow: TREND_TEST_WEEKS,
  trendMinMentions: TREND_MIN_MENTIONS,
  trendConfidence: TREND_CONFIDENCE,
  trendZ: TREND_Z,
};
