/**
 * ISO week labels, as a bundle's trend names its weeks: "2024-W07", the ISO week-year and the
 * week 01–53. The builder makes them in SQL (src/data/build/sql/trend.sql: a Monday's ISO year is
 * the year of its Thursday); the contract checks them and the trend chart dates them from here.
 */

const DAY = 86_400_000;

/** An ISO week label: four digits of week-year, "-W", and the week 01 to 53. */
export const ISO_WEEK_PATTERN = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

/**
 * The Monday (YYYY-MM-DD, UTC) that starts an ISO week label such as "2024-W37", or null for a
 * label that is not one. Week 1 is the week holding January 4th, so its Monday is January 4th
 * minus that day's distance from Monday.
 */
export function isoWeekMonday(label: string): string | null {
  const m = ISO_WEEK_PATTERN.exec(label);
  if (!m) return null;
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return new Date(week1Monday + (Number(m[2]) - 1) * 7 * DAY).toISOString().slice(0, 10);
}
