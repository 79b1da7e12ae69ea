import { SENIORITY_LEVELS, type SeniorityLevel } from '../../bundle/types';

/**
 * A listing's stated `seniority` when it names a level (in any case), else `undefined` (the
 * title decides instead). "unspecified" is accepted as stated.
 */
export function parseSeniority(value: unknown): SeniorityLevel | undefined {
  if (typeof value !== 'string') return undefined;
  const level = value.trim().toLowerCase();
  return (SENIORITY_LEVELS as readonly string[]).includes(level) ? (level as SeniorityLevel) : undefined;
}
