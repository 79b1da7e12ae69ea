import type { SeniorityCount, SeniorityLevel } from '../../data/bundle/types.js';

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

/** How a bundle's listings state seniority, for advice about which level to aim at. */
export interface StatedSeniority {
  /** Listings that state a level (every level but `unspecified`). */
  stated: number;
  /** Listings that do not. */
  unstated: number;
  /** The level most of the stated listings name, with its count; null when none or a tie. */
  top: { level: Exclude<SeniorityLevel, 'unspecified'>; count: number } | null;
  /**
   * Whether a level may be advised: more than half of all listings state a level, and one level
   * leads. Otherwise copy says how many listings do not state one instead of pointing at a band.
   */
  advise: boolean;
}

/** The one rule every element uses to speak of the level to aim at. */
export function statedSeniority(seniority: readonly SeniorityCount[], listings: number): StatedSeniority {
  let stated = 0;
  let top: StatedSeniority['top'] = null;
  let tie = false;
  for (const { level, count } of seniority) {
    if (level === 'unspecified' || !(count > 0)) continue;
    stated += count;
    if (!top || count > top.count) {
      top = { level, count };
      tie = false;
    } else if (count === top.count) tie = true;
  }
  const leader = tie ? null : top;
  return { stated, unstated: Math.max(0, listings - stated), top: leader, advise: leader !== null && stated * 2 > listings };
}
