/**
 * Numbers and dates formatted with Intl, and names joined into a list for the copy. Every Intl
 * object is made here, through `intl`, once per kind, locale and options: widgets re-render often
 * and constructing Intl objects is the slowest part of a render.
 */

/** The Intl constructors role-hub formats with, and what each one formats. */
interface Formats {
  NumberFormat: number;
  DateTimeFormat: Date;
}
type Kind = keyof Formats;
type Options<K extends Kind> = K extends 'NumberFormat' ? Intl.NumberFormatOptions : Intl.DateTimeFormatOptions;
interface Formatter<V> {
  format(value: V): string;
}

/** Every formatter made, by kind, then by locale and options; null where none could be made. */
const cache = new Map<Kind, Map<string, Formatter<never> | null>>();

/**
 * A cache key from the options' own entries. Not JSON.stringify: a host page that adds an
 * enumerable `toJSON` to Object.prototype would give every options object the same key.
 */
function optionsKey(locale: string | undefined, options: object): string {
  const entries = Object.keys(options).map((key) => `${key}=${String((options as Record<string, unknown>)[key])}`);
  return `${locale ?? ''}|${entries.join('|')}`;
}

/**
 * The one `new Intl.*` of role-hub: `new Intl[kind](locale, options)`, made once and reused, or
 * null when the locale or the options are refused (remembered too, so a bad locale is not retried
 * on every render). Pass the same option keys in the same order for the same formatter.
 */
function intl<K extends Kind>(kind: K, locale: string | undefined, options: Options<K>): Formatter<Formats[K]> | null {
  let byKey = cache.get(kind);
  if (!byKey) cache.set(kind, (byKey = new Map()));
  const key = optionsKey(locale, options);
  if (byKey.has(key)) return byKey.get(key) as Formatter<Formats[K]> | null;
  let made: Formatter<Formats[K]> | null;
  try {
    const Made = globalThis.Intl[kind] as unknown as new (locale?: string, options?: Options<K>) => Formatter<Formats[K]>;
    made = new Made(locale, options);
  } catch {
    made = engineFormatter(kind, locale, options);
  }
  byKey.set(key, made);
  return made;
}

/**
 * The engine's own formatting, for a page that removed `Intl` or replaced a constructor with a
 * partial polyfill that throws: Number#toLocaleString and Date#toLocaleDateString do not read the
 * global `Intl`, take the same options and give the same text. Slower (nothing is reused), so only
 * the fallback; null when they refuse the locale or the options as well.
 */
function engineFormatter<K extends Kind>(kind: K, locale: string | undefined, options: Options<K>): Formatter<Formats[K]> | null {
  const format = (value: number | Date) =>
    typeof value === 'number'
      ? value.toLocaleString(locale, options as Intl.NumberFormatOptions)
      : value.toLocaleDateString(locale, options as Intl.DateTimeFormatOptions);
  try {
    format(kind === 'NumberFormat' ? 0 : new Date(0));
    return { format };
  } catch {
    return null;
  }
}

function formatter(locale: string, options: Intl.NumberFormatOptions): Formatter<number> {
  // An unknown locale or currency must not break the widget: fall back to the browser's default
  // locale, and to plain numbers where a currency was asked for.
  const f =
    intl('NumberFormat', locale, options) ??
    intl('NumberFormat', undefined, { ...options, currency: undefined, style: options.currency ? 'decimal' : options.style });
  if (!f) throw new RangeError(`Numbers cannot be formatted with ${optionsKey(locale, options)}`);
  return f;
}

/**
 * A figure that holds right-to-left text or marks (he, ar: "‏75,000 $"), wrapped in Unicode
 * isolates (FSI … PDI). The copy around it is English, left to right: without them the bidi
 * algorithm runs two such figures and the dash between them together, and "$75,000 – $125,000"
 * reads backwards; so do Arabic-Indic digits ("٢٠٢٤–٢٠٢٥"). Other figures are returned as they are.
 */
const isolated = (text: string): string => (/[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefc]/.test(text) ? `\u2068${text}\u2069` : text);

/** Whole units of `currency`, with extra `options` (compact, signed). */
const money = (value: number, currency: string, locale: string, options?: Intl.NumberFormatOptions) =>
  isolated(
    formatter(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, ...options }).format(value),
  );

/** Whole-unit money, e.g. "$124,671" (en-US) or "124.671 $" (de-DE). */
export function formatMoney(value: number, currency: string, locale: string): string {
  return money(value, currency, locale);
}

/**
 * Compact money for an axis's tick labels, e.g. "$100K", "$150K": whole, unless two ticks would
 * then read the same ("$1M", "$2M" for 1.5 million; "$1 लाख" three times in hi-IN), when as many
 * decimals as tell them apart, up to two.
 */
export function formatMoneyTicks(values: readonly number[], currency: string, locale: string): string[] {
  for (let digits = 0; ; digits++) {
    const labels = values.map((v) => money(v, currency, locale, { notation: 'compact', maximumFractionDigits: digits }));
    if (digits === 2 || new Set(labels).size === labels.length) return labels;
  }
}

/** A signed money difference, e.g. "+$20,992" or "−$4,000". */
export function formatMoneyDelta(value: number, currency: string, locale: string): string {
  return money(value, currency, locale, { signDisplay: 'exceptZero' });
}

/**
 * A share in [0, 1] as a whole percentage, e.g. 0.152 → "15%". A share that rounds to 0% or 100%
 * without being it reads "<1%" or ">99%": beside "9 listings", "0%" would say there are none.
 */
export function formatPercent(share: number, locale: string): string {
  const f = formatter(locale, { style: 'percent', maximumFractionDigits: 0 });
  return isolated(share > 0 && share < 0.005 ? `<${f.format(0.01)}` : share < 1 && share >= 0.995 ? `>${f.format(0.99)}` : f.format(share));
}

/** A signed whole percentage change, e.g. 0.25 → "+25%". */
export function formatPercentDelta(share: number, locale: string): string {
  return isolated(formatter(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(share));
}

/** A count, e.g. 1234 → "1,234". */
export function formatCount(value: number, locale: string): string {
  return isolated(formatter(locale, { maximumFractionDigits: 0 }).format(value));
}

/** A year in the locale's digits and without grouping, e.g. 2024 → "2024", or "٢٠٢٤" in ar-EG. */
export function formatYear(year: number, locale: string): string {
  return isolated(formatter(locale, { useGrouping: false }).format(year));
}

/** A count of listings with its noun, e.g. 1 → "1 listing", 1234 → "1,234 listings". */
export function formatListings(count: number, locale: string): string {
  return `${formatCount(count, locale)} ${count === 1 ? 'listing' : 'listings'}`;
}

/** A signed whole number, e.g. 30 → "+30", -1 → "-1", 0 → "0". */
export function formatCountDelta(value: number, locale: string): string {
  return isolated(formatter(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value));
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };

/** A calendar date (YYYY-MM-DD or ISO date-time) in the locale, always read as UTC. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const f = intl('DateTimeFormat', locale, DAY);
  return f ? isolated(f.format(date)) : date.toISOString().slice(0, 10);
}

/** Locales whose date formatter is made or asked for. */
const prepared = new Set<string>();

/**
 * Makes the footer's date formatter for `locale` while the browser is idle, once per locale. A
 * page's first Intl.DateTimeFormat loads the browser's calendar data (~5 ms, four times that on a
 * slow phone); made while the bundle is still on its way, that cost stays out of the task that
 * renders the bundle. Where the browser has no idle callbacks it is made when first needed.
 */
export function prepareDates(locale: string): void {
  if (prepared.has(locale)) return;
  prepared.add(locale);
  try {
    window.requestIdleCallback(() => intl('DateTimeFormat', locale, DAY));
  } catch {
    // No idle callbacks (or a page that replaced them): formatDate makes it when first needed.
  }
}

/** A date formatter that may format a range (the engine's fallback and some polyfills do not). */
type RangeFormatter = Formatter<Date> & { formatRangeToParts?(a: Date, b: Date): { value: string; source: string }[] };

const MONTH: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };

/**
 * The months a data window spans, e.g. "Sep–Dec 2024", "Nov 2024–Jan 2025" or "Oct 2024" (en-US),
 * read as UTC; "" for an empty window.
 */
export function formatMonthRange(from: string, to: string, locale: string): string {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return '';
  // The locale's own range ("Sept.–Dez. 2024", "2024/09～2024/12"): two months formatted apart
  // would each take the standalone form and the year only once. Its spaced dash is closed up, the
  // style of the copy.
  const range = intl('DateTimeFormat', locale, MONTH_YEAR) as RangeFormatter | null;
  try {
    const parts = range?.formatRangeToParts?.(a, b);
    if (parts) return isolated(parts.map((p) => (p.source === 'shared' && p.value.trim() === '–' ? '–' : p.value)).join(''));
  } catch {
    // A page's partial polyfill: the months one by one, below.
  }
  const month = (d: Date, withYear: boolean) => {
    const f = intl('DateTimeFormat', locale, withYear ? MONTH_YEAR : MONTH);
    return f ? isolated(f.format(d)) : d.toISOString().slice(0, 7);
  };
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (sameYear && a.getUTCMonth() === b.getUTCMonth()) return month(a, true);
  return `${month(a, !sameYear)}–${month(b, true)}`;
}

/** "AWS", "AWS and SQL", "AWS, SQL and Python": names in a sentence, the reference copy's list style. */
export function andList(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
