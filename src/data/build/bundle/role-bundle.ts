import { SCHEMA_VERSION, type PayConstants, type RoleBundle } from '../../bundle/types';
import type { RoleTotals } from '../accumulate/role-accumulator';
import { payStats } from '../stats/pay-stats';
import { provenance } from '../stats/provenance';
import { seniorityCounts } from '../stats/seniority-counts';
import { skillDemand } from '../stats/skill-demand';
import { weeklyTrend } from '../stats/weekly-trend';
import type { RoleDefinition } from '../types';
import { BUILDER_VERSION } from '../version';
import { roleInfo } from './role-info';

export interface BundleOptions {
  generatedAt: string;
  source: string;
  constants: PayConstants;
  minSkillN: number;
  /** Week index (see `isoWeekIndex`) the trend ends with: the last week of the whole build's data. */
  lastWeek: number;
  /** How many skills the demand list keeps (30) and the trend follows (10). */
  topSkills?: number;
  trendSkills?: number;
  trendWeeks?: number;
}

/** Assembles one role's bundle from its totals. Keys are always in the same order. */
export function roleBundle(role: RoleDefinition, totals: RoleTotals, categoryOf: (name: string) => string, options: BundleOptions): RoleBundle {
  const skills = skillDemand(totals.skillCounts, categoryOf, options.topSkills ?? 30);
  const trendSkills = skills.slice(0, options.trendSkills ?? 10).map((s) => s.name);
  return {
    schemaVersion: SCHEMA_VERSION,
    role: roleInfo(role),
    listings: totals.listings,
    skills,
    pay: totals.currency ? payStats(totals.records, totals.currency, totals.excluded, options.minSkillN) : null,
    seniority: seniorityCounts(totals.seniority),
    trend: weeklyTrend(totals.weekTotals, totals.weekSkills, trendSkills, options.lastWeek, options.trendWeeks ?? 12),
    provenance: provenance({
      generatedAt: options.generatedAt,
      source: options.source,
      firstPosted: totals.firstPosted,
      lastPosted: totals.lastPosted,
      builderVersion: BUILDER_VERSION,
      constants: options.constants,
    }),
  };
}
