import { quantileSorted } from 'd3-array';
import type { PayPercentiles } from '../../bundle/types';

/**
 * p10, p25, median, p75 and p90 of annual pay values with their count, by d3-array's R-7
 * quantile (the default of R, NumPy and Excel's PERCENTILE.INC). Each figure is exact, then
 * rounded to a whole unit (half up). Values that are not finite numbers are skipped; no values
 * gives `undefined`.
 *
 * @example
 * payPercentiles([10, 20, 30, 40, 50]); // { n: 5, p10: 14, p25: 20, median: 30, p75: 40, p90: 46 }
 */
export function payPercentiles(values: Iterable<number>): PayPercentiles | undefined {
  const finite: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) finite.push(v);
  if (finite.length === 0) return undefined;
  // A typed array sorts numerically, in place, without boxing; d3 reads it by index.
  const sorted = Float64Array.from(finite).sort() as unknown as number[];
  const q = (p: number) => Math.round(quantileSorted(sorted, p) as number);
  return { n: sorted.length, p10: q(0.1), p25: q(0.25), median: q(0.5), p75: q(0.75), p90: q(0.9) };
}
