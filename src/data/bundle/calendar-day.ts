/**
 * Whether a year, month (1–12) and day name a day the calendar has: 2024-02-29, not 2023-02-29,
 * 2024-02-31 or 2024-13-01. JavaScript's dates roll such a day over into the next month; a
 * listing's date, `--as-of` and a bundle's dates are refused instead.
 *
 * @example
 * isCalendarDay(2024, 2, 29); // true
 * isCalendarDay(2024, 2, 31); // false
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
