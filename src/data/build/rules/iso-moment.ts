/**
 * A date, or a date and time with an optional offset, as ISO 8601 and RFC 3339 write them
 * (`2024-09-02`, `2024-09-02T10:00Z`, `2024-09-02 10:00:00.5+0200`): the form of a listing's
 * `postedAt` and of the builder's `--as-of`. Without an offset it is read as UTC.
 *
 * Written without backslashes so that the one text is a pattern in JavaScript, RE2 (DuckDB), Java
 * (Spark) and Trino alike; docs/listing.schema.json carries it verbatim (tested). One difference:
 * in Java and Trino `$` also matches before a final line break, which the cast then refuses.
 * An offset's hours run 00–23 and its minutes 00–59, as RFC 3339 writes them: the engines' casts
 * would read `+99:00` as 99 hours. Groups: year, month, day, hour, minute, second, fraction, offset.
 */
export const ISO_MOMENT_PATTERN =
  '^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})([.][0-9]+)?)?(Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?)?$';

/**
 * Engines cast `10:00:00Z` but not `10:00Z`: a time given to the minute gets its seconds before the
 * cast. The text before `(Z|…)` is the date, the separator and the hour and minute of the pattern above.
 */
export const MINUTE_TIME = '^(.{10}[T ][0-9]{2}:[0-9]{2})(Z|[+-].*)?$';
