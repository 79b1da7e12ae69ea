/**
 * A count a page sets on an element (`limit`, `low-n`, `min-listings`): rounded, at most `max`, and `fallback`
 * when it is not a number or under 1. A removed attribute is null and a framework clearing a
 * number property may set 0 (Vue does), so neither may leave a list of one row, or none.
 */
export function countSetting(value: unknown, fallback: number, max = Infinity): number {
  const n = value === null || value === '' ? NaN : Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}
