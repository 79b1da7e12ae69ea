const DAY = 86_400_000;

/**
 * The ISO week (Monday to Sunday, UTC) holding `ms`, as a running number: consecutive weeks give
 * consecutive numbers, so "the last 12 weeks" is a simple range. 1970-01-01 was a Thursday, so
 * the Monday of week 0 is 1969-12-29.
 */
export function isoWeekIndex(ms: number): number {
  return Math.floor((Math.floor(ms / DAY) + 3) / 7);
}

/**
 * The ISO 8601 label of a week index, e.g. "2024-W49". The ISO year is the year of the week's
 * Thursday, so 2024-12-30 falls in "2025-W01".
 */
export function isoWeekLabel(index: number): string {
  const thursday = new Date(index * 7 * DAY);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY);
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** "YYYY-MM-DD" (UTC) of `ms`. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
