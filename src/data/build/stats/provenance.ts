import type { PayConstants, Provenance } from '../../bundle/types';
import { isoDate } from '../time/iso-week';

export interface ProvenanceInput {
  generatedAt: string;
  source: string;
  /** First and last posting time of the role's listings (ms since the epoch). */
  firstPosted: number;
  lastPosted: number;
  builderVersion: string;
  constants: PayConstants;
}

/** Where a bundle's figures come from: data window (UTC dates), build time, source, versions, pay constants. */
export function provenance(input: ProvenanceInput): Provenance {
  const c = input.constants;
  return {
    generatedAt: input.generatedAt,
    source: input.source,
    window: { from: isoDate(input.firstPosted), to: isoDate(input.lastPosted) },
    builderVersion: input.builderVersion,
    constants: {
      hoursPerYear: c.hoursPerYear,
      daysPerYear: c.daysPerYear,
      weeksPerYear: c.weeksPerYear,
      monthsPerYear: c.monthsPerYear,
      plausibleMin: c.plausibleMin,
      plausibleMax: c.plausibleMax,
    },
  };
}
