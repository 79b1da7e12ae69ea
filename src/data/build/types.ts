/**
 * Types the builder works with between raw listings and the bundle contract in `../bundle/types`.
 * Browser-safe: nothing here touches Node.
 */
import type { PathStep, PayPeriod, SeniorityLevel } from '../bundle/types';

/** One entry of the skills taxonomy file. */
export interface SkillDefinition {
  /** Canonical display name, e.g. "PostgreSQL". */
  name: string;
  category: string;
  /** Lower-case keywords that mean this skill, e.g. ["postgres", "postgresql"]. */
  aliases: string[];
  /** Aliases that are also ordinary words; free text only counts them with strong context. */
  ambiguous?: string[];
}

export interface SkillTaxonomy {
  categories?: string[];
  skills: SkillDefinition[];
}

/** One entry of the roles file: the bundle's `RoleInfo` plus the title patterns that classify listings. */
export interface RoleDefinition {
  slug: string;
  title: string;
  description: string;
  fit: string;
  /** Case-insensitive regular expressions tried against a listing's title. */
  patterns: string[];
  related: string[];
  path: PathStep[];
}

export interface RoleTaxonomy {
  roles: RoleDefinition[];
}

/** Where a record came from, for messages such as "jobs.ndjson:12". */
export interface SourcePosition {
  file: string;
  line: number;
}

/** Why a record was not used as a listing. */
export const REJECTION_REASONS = ['malformed', 'missing-field', 'implausible-date', 'unclassified-role', 'duplicate-id'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Why a listing's stated pay was left out of the pay figures. */
export const PAY_EXCLUSION_REASONS = ['invalid', 'currency', 'implausible'] as const;
export type PayExclusionReason = (typeof PAY_EXCLUSION_REASONS)[number];

/** A listing's pay after annualisation, before the role's currency is chosen. */
export type PayReading =
  | { ok: true; annual: number; currency: string; plausible: boolean }
  | { ok: false; reason: 'invalid'; detail: string };

/** What the builder keeps of one accepted listing. */
export interface NormalisedListing {
  id: string;
  role: string;
  seniority: SeniorityLevel;
  /** Posting time, milliseconds since the epoch (UTC). */
  postedAt: number;
  /** Canonical skill names (or unknown keywords under their own name), each once, sorted. */
  skills: string[];
  /** The subset of `skills` that the taxonomy does not know. */
  unknownSkills: string[];
  /** Null when the listing states no pay. */
  pay: PayReading | null;
  /** A `role` value the roles file did not know (the title decided instead). */
  unknownRole?: string;
}

/** One salaried listing as the pay statistics see it. */
export interface SalaryRecord {
  /** Annual pay in the role's currency, unrounded. */
  pay: number;
  level: SeniorityLevel;
  skills: readonly string[];
}

export type { PayPeriod, SeniorityLevel };
