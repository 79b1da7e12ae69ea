/**
 * Items already sorted best first, each with its standard competition rank ("1, 2, 2, 4"): items
 * with the same value share the better rank, so a tie is never shown as an order the data does
 * not have (and a ranking never contradicts `<role-glance>`, which names a tie for the top as a tie).
 *
 * @example
 * withTiedRanks([30, 22, 16, 16, 14], (n) => n); // [[30, 1], [22, 2], [16, 3], [16, 3], [14, 5]]
 */
export function withTiedRanks<T>(sorted: readonly T[], value: (item: T) => number): [item: T, rank: number][] {
  let rank = 0;
  let last = Number.NaN;
  return sorted.map((item, i) => {
    const v = value(item);
    if (v !== last) rank = i + 1;
    last = v;
    return [item, rank];
  });
}
