import type { PayConstants, RoleBundle, RoleIndex } from '../../bundle/types';
import { roleBundle } from '../bundle/role-bundle';
import { roleIndex } from '../bundle/role-index';
import { compareNames } from '../compare-names';
import { normaliseListing, type NormaliseContext } from '../listing/normalise-listing';
import type { RoleClassifier } from '../roles/role-classifier';
import type { SkillIndex } from '../skills/skill-index';
import { isoWeekIndex } from '../time/iso-week';
import { REJECTION_REASONS, type RejectionReason, type SourcePosition } from '../types';
import { RoleAccumulator } from './role-accumulator';
import { SkillRegistry } from './skill-registry';

export interface BuildSettings {
  skills: SkillIndex;
  roles: RoleClassifier;
  constants: PayConstants;
  /** Report every role's pay in this currency instead of its most common one. */
  currency?: string;
  /** Minimum salaried listings for a skill to appear in pay by skill. */
  minSkillN: number;
  /** How many examples of each rejection reason to keep for the report. */
  examplesPerReason?: number;
}

export interface Rejection extends SourcePosition {
  reason: RejectionReason;
  detail: string;
}

export interface FileCounts {
  file: string;
  records: number;
  used: number;
  rejected: number;
}

export interface RoleSummary {
  slug: string;
  listings: number;
  salaried: number;
  median: number | null;
  currency: string | null;
  topSkills: string[];
  excluded: Record<string, number>;
}

export interface BuildReport {
  /** Records read = used + rejected, in total and per file. */
  records: number;
  used: number;
  rejected: Record<RejectionReason, number>;
  /** The first few rejections of each reason, in reading order. */
  examples: Rejection[];
  files: FileCounts[];
  /** Skill keywords outside the taxonomy, by listings mentioning them (most first). */
  unknownSkills: Array<[string, number]>;
  /** `role` values outside the roles file (their titles decided the role), by count. */
  unknownRoles: Array<[string, number]>;
  roles: RoleSummary[];
}

export interface BuildResult {
  bundles: RoleBundle[];
  index: RoleIndex;
  report: BuildReport;
}

/**
 * The whole build's state while listings stream in: one accumulator per role, the ids seen so far
 * (to drop later duplicates — the one thing besides salaries that grows with the input), and the
 * counts that reconcile what was read with what was used.
 */
export class BuildAccumulator {
  private readonly context: NormaliseContext;
  private readonly registry = new SkillRegistry();
  private readonly roles = new Map<string, RoleAccumulator>();
  private readonly seen = new Set<string>();
  private readonly rejected = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>;
  private readonly examples: Rejection[] = [];
  private readonly files = new Map<string, FileCounts>();
  private readonly unknownSkills = new Map<string, number>();
  private readonly unknownRoles = new Map<string, number>();
  private lastPosted = -Infinity;

  constructor(private readonly settings: BuildSettings) {
    this.context = { skills: settings.skills, roles: settings.roles, constants: settings.constants };
  }

  /** Takes one parsed record (a JSON value or a CSV row as an object). */
  add(raw: unknown, where: SourcePosition): void {
    const file = this.file(where.file);
    file.records += 1;
    const result = normaliseListing(raw, this.context);
    if (!result.ok) return this.rejectCounted(file, { ...where, reason: result.reason, detail: result.detail });
    const listing = result.listing;
    if (this.seen.has(listing.id)) {
      return this.rejectCounted(file, { ...where, reason: 'duplicate-id', detail: `id ${JSON.stringify(listing.id)} was seen before` });
    }
    this.seen.add(listing.id);
    file.used += 1;
    for (const keyword of listing.unknownSkills) this.unknownSkills.set(keyword, (this.unknownSkills.get(keyword) ?? 0) + 1);
    if (listing.unknownRole) this.unknownRoles.set(listing.unknownRole, (this.unknownRoles.get(listing.unknownRole) ?? 0) + 1);
    this.lastPosted = Math.max(this.lastPosted, listing.postedAt);
    let role = this.roles.get(listing.role);
    if (!role) this.roles.set(listing.role, (role = new RoleAccumulator(this.registry)));
    role.add(listing);
  }

  /** Counts a record the reader could not parse (a malformed JSON line, a CSV row of the wrong width). */
  reject(reason: RejectionReason, where: SourcePosition, detail: string): void {
    const file = this.file(where.file);
    file.records += 1;
    this.rejectCounted(file, { ...where, reason, detail });
  }

  /** Every role with listings as a bundle, the index, and the reconciliation report. */
  finish(options: { generatedAt: string; source: string }): BuildResult {
    const lastWeek = isoWeekIndex(Number.isFinite(this.lastPosted) ? this.lastPosted : Date.parse(options.generatedAt));
    const bundles: RoleBundle[] = [];
    const summaries: RoleSummary[] = [];
    for (const definition of this.settings.roles.roles) {
      const role = this.roles.get(definition.slug);
      if (!role) continue;
      const totals = role.totals(this.settings.currency);
      const bundle = roleBundle(definition, totals, this.settings.skills.categoryOf, {
        generatedAt: options.generatedAt,
        source: options.source,
        constants: this.settings.constants,
        minSkillN: this.settings.minSkillN,
        lastWeek,
      });
      bundles.push(bundle);
      summaries.push({
        slug: definition.slug,
        listings: bundle.listings,
        salaried: bundle.pay?.n ?? 0,
        median: bundle.pay?.median ?? null,
        currency: bundle.pay?.currency ?? null,
        topSkills: bundle.skills.slice(0, 3).map((s) => s.name),
        excluded: { ...totals.excluded },
      });
    }
    const files = [...this.files.values()];
    const byCount = ([a, x]: [string, number], [b, y]: [string, number]) => y - x || compareNames(a, b);
    return {
      bundles,
      index: roleIndex(bundles, options.generatedAt),
      report: {
        records: files.reduce((sum, f) => sum + f.records, 0),
        used: files.reduce((sum, f) => sum + f.used, 0),
        rejected: { ...this.rejected },
        examples: [...this.examples],
        files,
        unknownSkills: [...this.unknownSkills].sort(byCount),
        unknownRoles: [...this.unknownRoles].sort(byCount),
        roles: summaries,
      },
    };
  }

  private file(name: string): FileCounts {
    let counts = this.files.get(name);
    if (!counts) this.files.set(name, (counts = { file: name, records: 0, used: 0, rejected: 0 }));
    return counts;
  }

  private rejectCounted(file: FileCounts, rejection: Rejection): void {
    file.rejected += 1;
    this.rejected[rejection.reason] += 1;
    const limit = this.settings.examplesPerReason ?? 5;
    if (this.rejected[rejection.reason] <= limit) this.examples.push(rejection);
  }
}
