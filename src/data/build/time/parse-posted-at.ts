const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads an ISO 8601 date ("2024-09-01") or date-time ("2024-09-01T08:30:00Z") as milliseconds
 * since the epoch. A date alone, or a date-time without an offset, is taken as UTC so the result
 * never depends on the machine's time zone. Impossible dates (2024-02-30) give `undefined`.
 */
export function parsePostedAt(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone] = m;
  const day = Date.UTC(+y, +mo - 1, +d);
  const check = new Date(day);
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d) return undefined;
  if (+h > 23 || +mi > 59 || +s > 59) return undefined;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${zone && zone !== 'Z' ? normaliseOffset(zone) : 'Z'}`);
  return Number.isNaN(ms) ? undefined : ms;
}

function normaliseOffset(zone: string): string {
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}
