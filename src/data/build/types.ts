/**
 * Types of the builder's inputs: the skills and roles files, and why a record is rejected.
 * Browser-safe: nothing here touches Node.
 */
import type { PathStep, PayPeriod, SeniorityLevel } from '../bundle/types.js';

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

/** Why a record was not used as a listing. */
export const REJECTION_REASONS = ['malformed', 'missing-field', 'implausible-date', 'unclassified-role', 'duplicate-id'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type { PayPeriod, SeniorityLevel };

/** One listing as the builder reads it (docs/listings.md): what fixtures and generators write. */
export interface ListingInput {
  id: string;
  title: string;
  postedAt: string;
  company?: string;
  location?: string;
  country?: string;
  role?: string;
  seniority?: string;
  skills?: string[];
  description?: string;
  salary?: { min?: number; max?: number; currency: string; period: string };
}
