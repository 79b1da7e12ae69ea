/**
 * Week-to-week noise in a share of listings.
 *
 * A skill's share moves every week by chance alone, and with a few dozen listings a week the
 * chance moves are large. A change is called real only when a two-proportion z-test between the
 * last two weeks rejects "same share" at the two-sided 5 % level, |z| ≥ 1.96.
 */

/** |z| at or above this is a change beyond week-to-week noise (two-sided, 5 % level). */
export const Z_CRITICAL = 1.96;

/**
 * The two-proportion z statistic for c1 of n1 against c2 of n2, with the pooled share
 * p = (c1 + c2) / (n1 + n2) and standard error √(p(1 − p)(1/n1 + 1/n2)). Positive when the second
 * share is higher. 0 when a week has no listings or the pooled share is 0 or 1 (nothing to test).
 */
export function twoProportionZ(c1: number, n1: number, c2: number, n2: number): number {
  if (!(n1 > 0 && n2 > 0)) return 0;
  const p = (c1 + c2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se > 0 ? (c2 / n2 - c1 / n1) / se : 0;
}

/** -1, 0 or 1: whether the change from c1/n1 to c2/n2 is a fall, within noise, or a rise. */
export function clearChange(c1: number, n1: number, c2: number, n2: number): -1 | 0 | 1 {
  const z = twoProportionZ(c1, n1, c2, n2);
  return Math.abs(z) >= Z_CRITICAL ? (z > 0 ? 1 : -1) : 0;
}
