import { SENIORITY_LEVELS, type SeniorityCount, type SeniorityLevel } from '../../bundle/types';

/**
 * Listings per seniority level: every level in career order, zero counts included, so a reader
 * never has to guess whether a missing level means none or unknown.
 */
export function seniorityCounts(counts: Partial<Record<SeniorityLevel, number>>): SeniorityCount[] {
  return SENIORITY_LEVELS.map((level) => ({ level, count: counts[level] ?? 0 }));
}
