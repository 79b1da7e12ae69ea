import type { SeniorityLevel } from '../../data/bundle/types.js';

/** What each seniority level is called on screen, in every element: one table, one vocabulary. */
export const LEVEL_LABELS: Record<SeniorityLevel, string> = {
  intern: 'Intern',
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  executive: 'Executive',
  unspecified: 'Not stated',
};
