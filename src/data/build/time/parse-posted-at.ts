const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Reads an ISO 8601 date ("2024-09-01") or date-time ("2024-09-01T08:30:00Z") as milliseconds
 * since the epoch. A date alone, or a date-time without an offset, is taken as UTC so the result
 * never depends on the machine's time zone. Impossible dates (2024-02-30) give `undefined`.
 */
export function parsePostedAt(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = m;
  const year = +y;
  const month = +mo;
  const day = +d;
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && leap(year) ? 29 : DAYS_IN_MONTH[month - 1])) return undefined;
  if (+h > 23 || +mi > 59 || +s > 59) return undefined;
  const ms = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  let offset = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Date.UTC(year, month - 1, day, +h, +mi, +s, ms) - offset;
}
