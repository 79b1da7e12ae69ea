/**
 * Checks that a parsed JSON value really is a stats bundle (or the roles index) before anything
 * renders it: the schemas of ./contract.ts, run by `check` (./dsl.ts). A check stops at the first
 * problem and says where it is ("skills[3].count is not a whole number"); it never throws, whatever
 * it is given, and never changes its input. Names stay plain strings; rendering them as text is the
 * views' job.
 *
 * The bundle is checked in parts: the envelope every element reads (version, role title and slug,
 * market, listings, provenance) and the sections (the role's copy, skills, pay, seniority, trend).
 * `validateBundle` checks them all; an element checks the envelope and the sections it shows
 * (`bundleCheck`), so its script carries, and runs, only those checks.
 *
 * Pay by skill comes in two forms: columns, as the builder writes files, and rows, as in memory
 * (e.g. a bundle passed through an element's `data`). Columns are decoded into rows, so the value
 * returned is always a `RoleBundle`: the input itself when it already had rows, else a shallow
 * copy with a new `pay`.
 */
import { nullable, obj, run, type Fields, type Validation } from './dsl.js';
import {
  envelopeFields,
  payHead,
  payWithSkills,
  roleBundle,
  roleIndex,
  roleInfo,
  seniority,
  skillListings,
  skills,
  trend,
  type RoleBundle,
  type RoleIndex,
} from './contract.js';

export type { Validation };

/**
 * The fields one section of a bundle adds to the envelope's checks, by name: `{ pay: … }`. Made
 * once, at module level: a loader's cache (`checkOnce`) keys on the checks made from them.
 */
export type Check = Fields;

/**
 * The checks of a bundle's sections. An element checks only the sections it shows (see
 * `bundleCheck`), so a page that shows one chart carries, and runs, only that chart's checks.
 */
export type SectionChecks = { [K in 'role' | 'skills' | 'pay' | 'seniority' | 'trend' | 'provenance']?: Check };

/** The role's copy: description, fit, related roles and the path in, besides its title and slug. */
export const roleCheck: Check = { role: roleInfo };
/** The skills ranking: names, categories, and counts of at most `skillListings` (the listings that carry skills). */
export const skillsCheck: Check = { skillListings, skills };
/** Pay percentiles, overall and by seniority (null when no listing disclosed pay); pay by skill is not read. */
export const payCheck: Check = { pay: nullable(payHead) };
/** Pay, with the minimum listings per skill and pay by skill checked, and pay by skill decoded into rows. */
export const payWithSkillsCheck: Check = { pay: nullable(payWithSkills) };
/** Listings per seniority level. */
export const seniorityCheck: Check = { seniority };
/** Weekly counts. */
export const trendCheck: Check = { trend };

/**
 * A bundle validator that checks the envelope (version, role title and slug, market, listings,
 * provenance dates and source) and the given sections, and passes the rest through unchecked. A
 * section may widen an envelope field (`role: roleCheck` for the role's copy). The value it returns
 * is typed as a whole `RoleBundle`; only the checked sections may be relied on.
 *
 * @example
 * static bundleCheck = bundleCheck({ pay: payCheck }); // a pay chart
 */
export function bundleCheck(sections: SectionChecks): (json: unknown) => Validation<RoleBundle> {
  const schema = obj(Object.assign({}, envelopeFields, ...Object.values(sections)) as Fields);
  return (json) => run(schema, json);
}

/** Checks only the envelope: what the shared loader checks before caching a bundle for every element. */
export const validateEnvelope = /* @__PURE__ */ bundleCheck({});

/**
 * Checks a parsed role bundle against the contract (./contract.ts), every section included, and
 * returns it with pay by skill as rows (decoded from the columns files store; see `RoleBundleWire`).
 *
 * @example
 * const result = validateBundle(JSON.parse(text));
 * if (!result.ok) showError(result.reason); // "skills[3].count is not a whole number"
 */
export function validateBundle(json: unknown): Validation<RoleBundle> {
  return run(roleBundle, json);
}

/** Checks a parsed roles index (`index.json`) against the contract. */
export function validateIndex(json: unknown): Validation<RoleIndex> {
  return run(roleIndex, json);
}
