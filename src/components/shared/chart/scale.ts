import { nice, ticks } from 'd3-array';

/** A linear map onto percentages of a chart's width, and the ticks to label it with. */
export interface PercentAxis {
  /** A value's position, 0–100, on the nice domain. */
  x: (value: number) => number;
  ticks: number[];
}

/**
 * An axis from [min, max] onto 0–100, so charts can place marks with SVG percentage lengths: they
 * stay exact at any width without measuring the element, and text in the SVG is never stretched.
 *
 * The domain is widened to round numbers on a fine step (d3-array's `nice` with ten intervals), so
 * it starts just below the smallest value, never at a far-off zero; the ticks are d3-array's
 * `ticks` on a coarser step (about `count`), the same steps d3-scale's `scaleLinear` takes. With
 * `exact`, the domain is [min, max] as given: a page that sets one domain for several charts gets
 * the same axis in each. The position itself is one line of arithmetic: a scale object would bring
 * d3-scale's interpolation, clamping and inversion machinery into every chart element.
 */
export function percentAxis(min: number, max: number, { count = 5, exact = false } = {}): PercentAxis {
  const [lo, hi] = exact && min < max ? [min, max] : min < max ? nice(min, max, 10) : nice(min * 0.9, max * 1.1 || 1, 10);
  // A value outside a given domain is drawn at its edge; the figures in text stay exact.
  const x = exact
    ? (value: number) => Math.min(100, Math.max(0, linear(lo, hi, 0, 100, value)))
    : (value: number) => linear(lo, hi, 0, 100, value);
  return { x, ticks: ticks(lo, hi, count) };
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
