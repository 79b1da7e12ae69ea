import type { PayConstants } from '../../bundle/types';
import type { RoleClassifier } from '../roles/role-classifier';
import { readPay } from '../pay/read-pay';
import { inferSeniority } from '../seniority/infer-seniority';
import { parseSeniority } from '../seniority/parse-seniority';
import { extractSkills } from '../skills/extract-skills';
import type { SkillIndex } from '../skills/skill-index';
import { skillsFromList } from '../skills/skills-from-list';
import { parsePostedAt } from '../time/parse-posted-at';
import type { NormalisedListing, RejectionReason } from '../types';

export interface NormaliseContext {
  skills: SkillIndex;
  roles: RoleClassifier;
  constants: PayConstants;
}

export type NormaliseResult =
  | { ok: true; listing: NormalisedListing }
  | { ok: false; reason: Exclude<RejectionReason, 'duplicate-id'>; detail: string };

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Checks one raw listing (a parsed JSON object or CSV row) and normalises what the statistics
 * need: role, seniority, canonical skills, posting time and annual pay. Required: `id` and
 * `title` (non-empty strings) and `postedAt` (ISO date or date-time). Skills come from the
 * `skills` list when there is one, else from the `description` text.
 */
export function normaliseListing(raw: unknown, context: NormaliseContext): NormaliseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'malformed', detail: 'not a JSON object' };
  }
  const r = raw as Record<string, unknown>;
  if (!text(r.id)) return { ok: false, reason: 'missing-field', detail: 'id is missing or not a string' };
  if (!text(r.title)) return { ok: false, reason: 'missing-field', detail: 'title is missing or not a string' };
  const postedAt = parsePostedAt(r.postedAt);
  if (postedAt === undefined) return { ok: false, reason: 'missing-field', detail: 'postedAt is missing or not an ISO date' };

  const role = context.roles.classify(r.title, r.role);
  if (!role) return { ok: false, reason: 'unclassified-role', detail: `no role matches the title ${JSON.stringify(r.title)}` };

  const listed = Array.isArray(r.skills)
    ? skillsFromList(r.skills, context.skills)
    : { skills: typeof r.description === 'string' ? extractSkills(r.description, context.skills) : [], unknown: [] };

  const listing: NormalisedListing = {
    id: r.id,
    role,
    seniority: parseSeniority(r.seniority) ?? inferSeniority(r.title),
    postedAt,
    skills: listed.skills,
    unknownSkills: listed.unknown,
    pay: r.salary === undefined || r.salary === null ? null : readPay(r.salary, context.constants),
  };
  if (text(r.role) && role !== r.role.trim().toLowerCase()) listing.unknownRole = r.role.trim();
  return { ok: true, listing };
}
