import { isCalendarDay } from '../../data/bundle/calendar-day.js';
import { ISO_MOMENT_PATTERN } from '../../data/build/rules/iso-moment.js';

const ISO_MOMENT = new RegExp(ISO_MOMENT_PATTERN);

/**
 * An ISO 8601 date or date-time given on the command line, as milliseconds since the epoch; null
 * when it is not one, or names a day the calendar lacks (2024-02-30). Without an offset it is
 * read as UTC, as the listings' own dates are: the same command gives the same bundles on a
 * machine in any time zone.
 *
 * @example
 * parseIsoMoment('2025-06-01'); // 1748736000000 (midnight UTC)
 * parseIsoMoment('Friday, 1 August 2025'); // null
 */
export function parseIsoMoment(text: string): number | null {
  const m = ISO_MOMENT.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = m;
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) return null;
  // Date.parse wants the offset's colon (+02:00) that ISO 8601 lets a writer leave out.
  const offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
  return Number.isNaN(ms) ? null : ms;
}
