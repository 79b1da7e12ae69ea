/**
 * Orders names by UTF-16 code unit, the same on every machine and locale (unlike
 * `localeCompare`), so ties in the statistics always break the same way.
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
