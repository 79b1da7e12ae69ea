/**
 * What a section says when its bundle has no pay. The builder writes `pay: null` when no listing
 * has a usable salary on the headline basis — stated per year, or with basis "all" per any period —
 * and the bundle then does not say which basis; on either, no listing had a usable yearly salary.
 * Hourly or monthly pay may still have been stated, so the sentence never says "no pay".
 */
export function noYearlySalary(role: string): string {
  return `No ${role} listing in this data states a usable yearly salary.`;
}
