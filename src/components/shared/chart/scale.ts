import { nice, ticks } from 'd3-array';

/** A linear map onto percentages of a chart's width, and the ticks to label it with. */
export interface PercentAxis {
  /** A value's position, 0–100, on the nice domain. */
  x: (value: number) => number;
  ticks: number[];
}

/**
 * An axis from [min, max], widened to round numbers, onto 0–100, so charts can place marks with SVG
 * percentage lengths: they stay exact at any width without measuring the element, and text in the
 * SVG is never stretched.
 *
 * The round bounds and the ticks are d3-array's `nice` and `ticks`, the same steps d3-scale's
 * `scaleLinear().nice(count).ticks(count)` takes. The position itself is one line of arithmetic:
 * a scale object would bring d3-scale's interpolation, clamping and inversion machinery, about
 * 1 KB gzip that an element alone cannot afford within its 15 KB budget (bench/page).
 */
export function percentAxis(min: number, max: number, count = 4): PercentAxis {
  const [lo, hi] = min < max ? nice(min, max, count) : nice(min * 0.9, max * 1.1 || 1, count);
  return { x: (value) => linear(lo, hi, 0, 100, value), ticks: ticks(lo, hi, count) };
}

/**
 * `value` on [d0, d1] mapped onto [r0, r1], as d3-scale's linear scale computes it (normalise, then
 * interpolate `r0 * (1 - t) + r1 * t`), so positions match a d3 scale to the last digit.
 */
export function linear(d0: number, d1: number, r0: number, r1: number, value: number): number {
  const t = d1 !== d0 ? (value - d0) / (d1 - d0) : 0.5;
  return r0 * (1 - t) + r1 * t;
}

/** A 0–100 position as an SVG length, rounded so attributes stay short and stable. */
export function pct(position: number): string {
  return `${Math.round(position * 1000) / 1000}%`;
}
