const DAY = 86_400_000;

/**
 * The Monday (YYYY-MM-DD, UTC) that starts an ISO week label such as "2024-W37", or null for a
 * label that is not one. Week 1 is the week holding January 4th, so its Monday is January 4th
 * minus that day's distance from Monday.
 */
export function isoWeekMonday(label: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return null;
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return new Date(week1Monday + (Number(m[2]) - 1) * 7 * DAY).toISOString().slice(0, 10);
}
