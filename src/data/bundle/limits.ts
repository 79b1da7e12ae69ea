/**
 * The sizes and thresholds the builder writes and the validator checks: one home for both, so a
 * bundle the builder writes always passes the widgets' own check.
 */

/** Skills a bundle ranks, and how many of them its trend follows. */
export const TOP_SKILLS = 30;
export const TREND_SKILLS = 10;
/** Complete ISO weeks a trend keeps, and the weeks on each side of its rising/falling test. */
export const TREND_WEEKS = 12;
export const TREND_TEST_WEEKS = 4;
/** The trend test's confidence, its two-sided critical z, and the mentions each side needs. */
export const TREND_CONFIDENCE = 0.95;
export const TREND_Z = 1.959963984540054;
export const TREND_MIN_MENTIONS = 30;

/** Salaried listings below which a pay-by-skill entry is marked low-confidence. */
export const LOW_CONFIDENCE_N = 10;
/** Salaried listings a seniority level needs for percentiles; below it the bundle keeps its n only. */
export const MIN_SENIORITY_PAY_N = 10;

/** Bounds that no honest bundle comes near; they keep a hostile file from costing much. */
export const MAX_COUNT = 1e9;
export const MAX_PAY = 1e8;
export const MAX_TEXT = 10_000;
export const MAX_ITEMS = 1_000;
export const MAX_ROLES = 10_000;
/** A market's or a skill's name, as the builder cuts it. */
export const MAX_NAME = 200;

/**
 * A role or market slug: lower-case letters and digits in words joined by "-". Safe in a file
 * name, a URL and an attribute; "all" names the all-markets view.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG = 100;

/** The slug rule, in one place for the builder, the validator and the elements. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG && SLUG_PATTERN.test(value);
}
export const ALL_MARKETS = 'all';
